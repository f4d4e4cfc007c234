// Time zones as rules passed in, never the machine's: a ZoneRules answers
// "what is the UTC offset at this instant?", and everything else (local
// times, DST gaps and overlaps, labels) is derived from that one question.
//
//   FixedZone utc;                                       // UTC
//   auto berlin = PosixTzZone::parse("CET-1CEST,M3.5.0,M10.5.0/3", "Europe/Berlin");
//   berlin->offset_minutes_at(t)                         // 60 in winter, 120 in summer
//   to_local(t, *berlin)                                 // wall-clock time at t
//   resolve_local_time({2026, 3, 29, 2, 30}, *berlin)    // Gap: 03:30 CEST, and says so
//
// The browser implements ZoneRules with JavaScript Date offsets (and Intl for
// names); tests and native tools use PosixTzZone, which reads POSIX TZ strings
// ("std offset [dst [offset] [,start[/time],end[/time]]]", as in the last line
// of a TZif file). Offsets are whole minutes, positive east of Greenwich.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/time/civil_time.h"

namespace cofx {

class ZoneRules {
 public:
  virtual ~ZoneRules() = default;
  // Minutes to add to UTC to get the wall-clock time at that instant (UTC+01:00 -> 60).
  virtual int offset_minutes_at(std::int64_t utc_seconds) const = 0;
  // What to call the zone, e.g. "Europe/Berlin"; may be empty.
  virtual std::string name() const = 0;
  // The abbreviation in force at that instant ("CEST"), or "" when unknown.
  virtual std::string abbreviation_at(std::int64_t utc_seconds) const;
};

// A constant offset, e.g. UTC (the default) or a fixed "UTC+05:30".
class FixedZone final : public ZoneRules {
 public:
  explicit FixedZone(int offset_minutes = 0, std::string name = {}, std::string abbreviation = {});
  int offset_minutes_at(std::int64_t utc_seconds) const override;
  std::string name() const override;
  std::string abbreviation_at(std::int64_t utc_seconds) const override;

 private:
  int offset_minutes_;
  std::string name_;
  std::string abbreviation_;
};

// A POSIX TZ string with optional DST rules, e.g. "EST5EDT,M3.2.0,M11.1.0",
// "AEST-10AEDT,M10.1.0,M4.1.0/3" (southern hemisphere) or
// "<+1030>-10:30<+11>-11,M10.1.0,M4.1.0" (Lord Howe, 30-minute DST).
// Rule dates: Mm.w.d (w = 1-5, 5 = last; d = 0 Sunday .. 6), Jn (1-365, no
// 29 Feb) or n (0-365); times [+-]h[:mm[:ss]] up to 167 h (RFC 8536).
// A DST name without rules is refused rather than guessed.
class PosixTzZone final : public ZoneRules {
 public:
  // nullopt for anything malformed or out of range. `display_name` is what name() returns
  // (the TZ string itself when empty).
  static std::optional<PosixTzZone> parse(std::string_view tz, std::string display_name = {});

  int offset_minutes_at(std::int64_t utc_seconds) const override;
  std::string name() const override;
  std::string abbreviation_at(std::int64_t utc_seconds) const override;
  bool has_dst() const { return has_dst_; }

  // How one transition date is written in the TZ string.
  struct DateRule {
    enum class Form { JulianNoLeap, ZeroBasedDay, MonthWeekDay };
    Form form = Form::MonthWeekDay;
    int month = 1, week = 1, weekday = 0;  // MonthWeekDay (weekday 0 = Sunday)
    int day = 0;                           // JulianNoLeap 1-365, ZeroBasedDay 0-365
    int time_seconds = 7200;               // local time of the change, default 02:00
  };

 private:
  PosixTzZone() = default;
  bool in_dst(std::int64_t utc_seconds) const;

  std::string tz_;
  std::string display_name_;
  std::string std_name_, dst_name_;
  int std_offset_minutes_ = 0;
  int dst_offset_minutes_ = 0;
  bool has_dst_ = false;
  DateRule dst_start_, dst_end_;
};

// "UTC+01:00", "UTC-03:30", "UTC" for zero.
std::string offset_label(int offset_minutes);
// The abbreviation when it is made of letters ("CEST"), else the offset label.
std::string short_zone_label(const ZoneRules& zone, std::int64_t utc_seconds);
// For a form's "times are in …" line: "Europe/Berlin (CEST, UTC+02:00)", "UTC+05:30".
std::string describe_zone(const ZoneRules& zone, std::int64_t utc_seconds);

LocalDateTime to_local(std::int64_t utc_seconds, const ZoneRules& zone);  // seconds dropped
// Day number (days_from_civil) of the local date at that instant.
std::int64_t local_day_number(std::int64_t utc_seconds, const ZoneRules& zone);

struct LocalResolution {
  enum class Kind {
    Exact,      // the wall time happens once
    Gap,        // skipped by a forward change: shifted forward by the gap (02:30 -> 03:30)
    Ambiguous,  // happens twice around a backward change: the first (earlier) one is used
    Invalid,    // not a real date or time (31 Feb, 24:00); utc is 0
  };
  // Invalid: what is wrong.
  enum class Invalid { Month, Year, Day, Time };
  Kind kind = Kind::Exact;
  std::int64_t utc = 0;
  // What the sentence saying which time was used needs (app/words/time_words.h):
  LocalDateTime asked;        // the wall time asked for
  LocalDateTime used;         // Gap: the wall time used instead
  int shift_minutes = 0;      // Gap: how far clocks go forward; Ambiguous: how far back
  std::string zone_label;     // Gap, Ambiguous: short_zone_label() at utc, "CEST"
  Invalid invalid = Invalid::Time;
};

// Turns a wall-clock time in `zone` into an instant, e.g. on 29 Mar 2026 in Berlin,
// 02:30 is a Gap: 03:30 CEST is used, as clocks go forward.
// Assumes at most one offset change within a day either side (true of real zones).
LocalResolution resolve_local_time(const LocalDateTime& local, const ZoneRules& zone);

}  // namespace cofx
