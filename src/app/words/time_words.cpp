#include "app/words/time_words.h"

#include <array>

namespace cofx {

namespace {

// "30 min", "1 h", "1 h 30 min".
std::string amount_text(int minutes) {
  const int hours = minutes / 60;
  const int rest = minutes % 60;
  if (hours == 0) return std::to_string(rest) + " min";
  if (rest == 0) return std::to_string(hours) + " h";
  return std::to_string(hours) + " h " + std::to_string(rest) + " min";
}

std::string clocks_text(const char* direction, int minutes) {
  std::string text = std::string("clocks go ") + direction;
  if (minutes != 60) text.append(" ").append(amount_text(minutes));
  return text;
}

}  // namespace

std::string_view month_abbreviation(int month) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (month < 1 || month > 12) return "?";
  return kNames[static_cast<std::size_t>(month - 1)];
}

std::string_view weekday_abbreviation(Weekday day) { return weekday_name(day).substr(0, 3); }

std::string_view weekday_name(Weekday day) {
  static constexpr std::array<std::string_view, 7> kNames = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  return kNames[static_cast<std::size_t>(day)];
}

std::string format_day_month(const CivilDate& date) {
  return std::to_string(date.day) + " " + std::string(month_abbreviation(date.month));
}

std::string format_day_month_year(const CivilDate& date) {
  return format_day_month(date) + " " + std::to_string(date.year);
}

std::string format_time_on_date(const LocalDateTime& time) {
  return format_hh_mm(time.hour, time.minute) + " on " + format_day_month(time.date());
}

std::string format_weekday_date_time(const LocalDateTime& time) {
  return std::string(weekday_abbreviation(weekday_of(time.date()))) + " " +
         format_day_month(time.date()) + " " + format_hh_mm(time.hour, time.minute);
}

std::string format_month_year(YearMonth month) {
  static constexpr std::array<const char*, 12> kNames = {"January", "February", "March",     "April",
                                                          "May",     "June",     "July",      "August",
                                                          "September", "October", "November", "December"};
  const std::string name = month.month >= 1 && month.month <= 12 ? kNames[month.month - 1] : "?";
  return name + " " + std::to_string(month.year);
}

std::string end_time_text(const LocalDateTime& start, const LocalDateTime& end) {
  std::string text = "Ends " + format_hh_mm(end.hour, end.minute);
  if (end.date() == start.date()) return text;
  text += " on " + format_day_month(end.date());
  if (end.year != start.year) text += " " + std::to_string(end.year);
  return text;
}

std::string format_joined_when(std::int64_t joined_at_ms, std::int64_t now_ms, const ZoneRules& zone) {
  const std::int64_t joined = floor_div(joined_at_ms, 1000);
  const std::int64_t now = floor_div(now_ms, 1000);
  const std::int64_t days_ago = local_day_number(now, zone) - local_day_number(joined, zone);
  const LocalDateTime local = to_local(joined, zone);
  if (days_ago == 0) return "Today " + format_hh_mm(local.hour, local.minute);
  if (days_ago == 1) return "Yesterday";
  // Earlier, or later than today (a clock put back): the date says it plainly.
  if (local.year == to_local(now, zone).year) return format_day_month(local.date());
  return format_day_month_year(local.date());
}

std::string span_text(std::int64_t seconds) {
  if (seconds < 0) seconds = 0;
  if (seconds < 60) return std::to_string(seconds) + " s";
  const std::int64_t minutes = seconds / 60;
  if (minutes < 60) return std::to_string(minutes) + " min";
  const std::int64_t hours = minutes / 60;
  // Two units at most; the second is left out when it is zero.
  auto two_units = [](std::int64_t big, const char* big_unit, std::int64_t small, const char* small_unit) {
    std::string text = std::to_string(big);
    text.append(big_unit);
    if (small != 0) text.append(" ").append(std::to_string(small)).append(small_unit);
    return text;
  };
  if (hours < 24) return two_units(hours, " h", minutes % 60, " min");
  return two_units(hours / 24, " d", hours % 24, " h");
}

std::string describe(const LocalResolution& r) {
  const std::string asked = format_hh_mm(r.asked.hour, r.asked.minute);
  const std::string day = format_day_month(r.asked.date());
  switch (r.kind) {
    case LocalResolution::Kind::Exact: return {};
    case LocalResolution::Kind::Ambiguous:
      return asked + " happens twice on " + day + " (" + clocks_text("back", r.shift_minutes) +
             "); using the first one, " + asked + " " + r.zone_label;
    case LocalResolution::Kind::Gap:
      return asked + " doesn't exist on " + day + " (" + clocks_text("forward", r.shift_minutes) +
             "); using " + format_hh_mm(r.used.hour, r.used.minute) + " " + r.zone_label;
    case LocalResolution::Kind::Invalid: break;
  }
  switch (r.invalid) {
    case LocalResolution::Invalid::Month: return "Months run from 1 to 12.";
    case LocalResolution::Invalid::Year:
      return "Years run from " + std::to_string(kMinYear) + " to " + std::to_string(kMaxYear) + ".";
    case LocalResolution::Invalid::Day: return "There is no " + format_day_month_year(r.asked.date()) + ".";
    case LocalResolution::Invalid::Time: break;
  }
  return "Times run from 00:00 to 23:59.";
}

}  // namespace cofx
