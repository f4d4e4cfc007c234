#include "app/words/invitation_words.h"

#include <cstdlib>

#include "app/words/schedule_words.h"
#include "app/words/time_words.h"
#include "app/words/tr.h"
#include "core/schedule/recurrence.h"
#include "core/time/civil_time.h"

namespace cofx {
namespace {

// "Sat 12 Dec", with the year when it is not `this_year`.
std::string day_text(const LocalDateTime& time, int this_year) {
  const std::string date = time.year != this_year ? format_day_month_year(time.date()) : format_day_month(time.date());
  // Translators: a day: {weekday} is a short weekday name ("Sat"), {date} a date ("12 Dec").
  return tr("{weekday} {date}", {{"weekday", weekday_abbreviation(weekday_of(time.date()))}, {"date", date}});
}

std::string offset_text(int minutes) {
  const int magnitude = std::abs(minutes);
  return std::string("UTC") + (minutes < 0 ? "-" : "+") + format_hh_mm(magnitude / 60, magnitude % 60);
}

}  // namespace

std::string invitation_when(std::int64_t start_utc, std::optional<int> duration_minutes, std::int64_t now_utc,
                            const ZoneRules& zone) {
  const int this_year = to_local(now_utc, zone).year;
  const LocalDateTime start = to_local(start_utc, zone);
  const std::string day = day_text(start, this_year);
  const std::string start_time = format_hh_mm(start.hour, start.minute);
  if (!duration_minutes) {
    // Translators: when the meeting is, in the reader's time zone: {day} is "Sat 12 Dec", {start} a 24-hour time.
    return tr("{day}, {start} your time", {{"day", day}, {"start", start_time}});
  }
  const LocalDateTime end = to_local(start_utc + std::int64_t{*duration_minutes} * 60, zone);
  const std::string end_time = format_hh_mm(end.hour, end.minute);
  if (end.date() == start.date()) {
    // Translators: when the meeting is, in the reader's time zone: {day} is "Sat 12 Dec", {start}
    // and {end} 24-hour times ("Sat 12 Dec, 15:30 – 16:30 your time").
    return tr("{day}, {start} \u2013 {end} your time", {{"day", day}, {"start", start_time}, {"end", end_time}});
  }
  // Translators: as above, for a meeting that ends on another day ({end_day} is "Sun 13 Dec").
  return tr("{day}, {start} \u2013 {end_day}, {end} your time",
            {{"day", day}, {"start", start_time}, {"end_day", day_text(end, this_year)}, {"end", end_time}});
}

std::string invitation_zone(std::int64_t start_utc, const ZoneRules& zone) {
  const std::string offset = offset_text(zone.offset_minutes_at(start_utc));
  const std::string name = zone.name();
  // Translators: {offset} is the offset from UTC ("UTC+08:00").
  if (name.empty() || name == offset) return tr("Your time zone: {offset}", {{"offset", offset}});
  // Translators: {zone} is the time zone's name ("Asia/Kuala_Lumpur"), {offset} its offset from UTC ("UTC+08:00").
  return tr("Your time zone: {zone} ({offset})", {{"zone", name}, {"offset", offset}});
}

std::string duration_words(int minutes) {
  const int hours = minutes / 60;
  const int rest = minutes % 60;
  const std::string hours_text = hours > 0 ? trn("{n} hour", "{n} hours", hours) : "";
  const std::string minutes_text = rest > 0 ? trn("{n} minute", "{n} minutes", rest) : "";
  if (hours_text.empty() || minutes_text.empty()) return hours_text + minutes_text;
  // Translators: how long a meeting lasts: {hours} is "1 hour" or "2 hours", {minutes} is "30 minutes".
  return trc("duration", "{hours} {minutes}", {{"hours", hours_text}, {"minutes", minutes_text}});
}

std::string invitation_countdown(const InviteDetails& details, std::int64_t now_utc, const ZoneRules& zone) {
  if (!details.start_utc) return "";
  const std::int64_t start = *details.start_utc;
  if (!details.duration_minutes) {
    // Translators: {span} is a short length of time ("2 h 10 min").
    if (now_utc < start) return tr("Starts in {span}", {{"span", span_text(start - now_utc)}});
    const LocalDateTime local = to_local(start, zone);
    // Translators: {time} is a 24-hour time, {date} a day ("12 Dec").
    return tr("Started at {time} on {date}",
              {{"time", format_hh_mm(local.hour, local.minute)}, {"date", format_day_month(local.date())}});
  }
  Occurrence occurrence;
  occurrence.start_utc = start;
  occurrence.end_utc = start + std::int64_t{*details.duration_minutes} * 60;
  const Countdown c = countdown(occurrence, now_utc, zone);
  switch (c.kind) {
    case Countdown::Kind::Upcoming: return tr("Starts in {span}", {{"span", c.span}});
    case Countdown::Kind::JustStarted: return std::string(tr("Started just now"));
    // Translators: {span} is a short length of time ("5 min").
    case Countdown::Kind::Started: return tr("Started {span} ago", {{"span", c.span}});
    // Translators: {time} is a 24-hour time, {date} a day ("12 Dec", or "12 Dec 2026" in another year).
    case Countdown::Kind::Ended: return tr("Ended at {time} on {date}", {{"time", c.time}, {"date", c.date}});
  }
  return {};
}

std::string invitation_join_opens(std::int64_t start_utc, const ZoneRules& zone) {
  const LocalDateTime opens = to_local(start_utc - kJoinEarlySeconds, zone);
  // Translators: {time} is a 24-hour time, 10 minutes before the meeting starts.
  return tr("You can join from {time}, 10 minutes before the start.",
            {{"time", format_hh_mm(opens.hour, opens.minute)}});
}

// Translators: a title for a meeting whose link has none: {code} is its code ("COF-AB12CD34").
std::string untitled_meeting(const std::string& code) { return tr("The meeting {code}", {{"code", code}}); }

}  // namespace cofx
