#include "app/words/invitation_words.h"

#include <cstdlib>

#include "app/words/schedule_words.h"
#include "app/words/time_words.h"
#include "core/schedule/recurrence.h"
#include "core/time/civil_time.h"

namespace cofx {
namespace {

std::string day_text(const LocalDateTime& time, int this_year) {
  std::string text = std::string(weekday_abbreviation(weekday_of(time.date()))) + " " + format_day_month(time.date());
  if (time.year != this_year) text += " " + std::to_string(time.year);
  return text;
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
  std::string text = day_text(start, this_year) + ", " + format_hh_mm(start.hour, start.minute);
  if (duration_minutes) {
    const LocalDateTime end = to_local(start_utc + std::int64_t{*duration_minutes} * 60, zone);
    text += " \u2013 ";
    if (end.date() != start.date()) text += day_text(end, this_year) + ", ";
    text += format_hh_mm(end.hour, end.minute);
  }
  return text + " your time";
}

std::string invitation_zone(std::int64_t start_utc, const ZoneRules& zone) {
  const std::string offset = offset_text(zone.offset_minutes_at(start_utc));
  const std::string name = zone.name();
  return "Your time zone: " + (name.empty() || name == offset ? offset : name + " (" + offset + ")");
}

std::string duration_words(int minutes) {
  const int hours = minutes / 60;
  const int rest = minutes % 60;
  std::string text;
  if (hours > 0) text = std::to_string(hours) + (hours == 1 ? " hour" : " hours");
  if (rest > 0) text += (text.empty() ? "" : " ") + std::to_string(rest) + (rest == 1 ? " minute" : " minutes");
  return text;
}

std::string invitation_countdown(const InviteDetails& details, std::int64_t now_utc, const ZoneRules& zone) {
  if (!details.start_utc) return "";
  const std::int64_t start = *details.start_utc;
  std::string text;
  if (!details.duration_minutes) {
    text = now_utc < start ? "starts in " + span_text(start - now_utc)
                           : "started at " + format_time_on_date(to_local(start, zone));
  } else {
    Occurrence occurrence;
    occurrence.start_utc = start;
    occurrence.end_utc = start + std::int64_t{*details.duration_minutes} * 60;
    text = countdown_text(occurrence, now_utc, zone);
  }
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

std::string invitation_join_opens(std::int64_t start_utc, const ZoneRules& zone) {
  const LocalDateTime opens = to_local(start_utc - kJoinEarlySeconds, zone);
  return "You can join from " + format_hh_mm(opens.hour, opens.minute) + ", 10 minutes before the start.";
}

std::string untitled_meeting(const std::string& code) { return "The meeting " + code; }

}  // namespace cofx
