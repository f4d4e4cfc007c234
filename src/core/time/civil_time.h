// Calendar arithmetic on the proleptic Gregorian calendar, with no time zone
// and no clock: dates <-> day numbers, validity (31 Feb, leap years),
// weekdays, clock times (HH:MM) and ISO-8601 UTC text. Dates in words ("15:30 on 12 Dec")
// are made in app/words/time_words.h.
//
//   days_from_civil({1970, 1, 1})               // 0 (day numbers count from 1970-01-01)
//   civil_from_days(20799)                      // {2026, 12, 12}
//   is_valid_date({2026, 2, 31})                // false
//   weekday_of({2024, 12, 3})                   // Weekday::Tuesday
//   format_iso_utc(1797089400)                  // "2026-12-12T15:30:00Z"
//   parse_iso_utc("2026-12-12T15:30:00Z")       // 1797089400
//
// "Local seconds" are seconds since 1970-01-01 00:00 on a wall clock, as if it
// were UTC; time_zone.h turns them into real instants.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cofx {

// Dates the app accepts and stores: 1970-01-01 to 9999-12-31 (four-digit years).
inline constexpr int kMinYear = 1970;
inline constexpr int kMaxYear = 9999;
inline constexpr std::int64_t kSecondsPerDay = 86400;
inline constexpr std::int64_t kMinSupportedUtc = 0;               // 1970-01-01T00:00:00Z
inline constexpr std::int64_t kMaxSupportedUtc = 253402300799;    // 9999-12-31T23:59:59Z

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1-12
  int day = 1;    // 1-31
  auto operator<=>(const CivilDate&) const = default;
};

// A wall-clock time with minute precision, in no particular zone.
struct LocalDateTime {
  int year = 1970;
  int month = 1;
  int day = 1;
  int hour = 0;    // 0-23
  int minute = 0;  // 0-59
  auto operator<=>(const LocalDateTime&) const = default;
  CivilDate date() const { return {year, month, day}; }
};

enum class Weekday { Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday };

// Division and remainder rounding towards minus infinity (b > 0).
constexpr std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  return (a % b != 0 && a < 0) ? a / b - 1 : a / b;
}
constexpr std::int64_t floor_mod(std::int64_t a, std::int64_t b) { return a - floor_div(a, b) * b; }

bool is_leap_year(int year);
int days_in_month(int year, int month);  // 0 when month is not 1-12

// Year within kMinYear..kMaxYear, month 1-12, day within the month.
bool is_valid_date(const CivilDate& date);
// is_valid_date() plus hour 0-23 and minute 0-59.
bool is_valid(const LocalDateTime& time);

// Any year (no range check); invalid days roll over like mktime (31 Feb -> 3 Mar).
std::int64_t days_from_civil(const CivilDate& date);
CivilDate civil_from_days(std::int64_t days);
Weekday weekday_of_days(std::int64_t days);
Weekday weekday_of(const CivilDate& date);
bool is_weekend(Weekday day);

std::int64_t local_seconds(const LocalDateTime& time);
LocalDateTime local_from_seconds(std::int64_t seconds);  // drops the seconds

std::string format_hh_mm(int hour, int minute);                // "09:05"
// Month and weekday names and dates in words ("Tue 3 Dec 09:00"): app/words/time_words.h.

std::string format_iso_date(const CivilDate& date);  // "2026-12-12"
// "YYYY-MM-DD" with exactly those digits; the fields are returned as written
// (month 13 or 31 Feb included) so callers can say what is wrong: check
// is_valid_date() next.
std::optional<CivilDate> parse_iso_date(std::string_view text);

std::string format_iso_utc(std::int64_t utc_seconds);  // "2026-12-12T15:30:00Z"
// "YYYY-MM-DDTHH:MM[:SS[.fraction]]" followed by "Z" or "+HH:MM"/"-HH:MM"
// ('T'/'Z' in either case). Fractions are dropped. nullopt for anything else,
// for invalid dates or times, and outside kMinSupportedUtc..kMaxSupportedUtc.
std::optional<std::int64_t> parse_iso_utc(std::string_view text);

}  // namespace cofx
