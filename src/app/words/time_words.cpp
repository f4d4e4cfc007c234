#include "app/words/time_words.h"

#include "app/words/tr.h"

namespace cofx {

namespace {

// "30 min", "1 h", "1 h 30 min".
std::string amount_text(int minutes) {
  const std::string hours = std::to_string(minutes / 60);
  const std::string rest = std::to_string(minutes % 60);
  // Translators: a length of time in minutes, short ("30 min").
  if (minutes / 60 == 0) return tr("{minutes} min", {{"minutes", rest}});
  // Translators: a length of time in hours, short ("2 h").
  if (minutes % 60 == 0) return tr("{hours} h", {{"hours", hours}});
  // Translators: a length of time in hours and minutes, short ("1 h 30 min").
  return tr("{hours} h {minutes} min", {{"hours", hours}, {"minutes", rest}});
}

}  // namespace

std::string_view month_abbreviation(int month) {
  switch (month) {
    case 1: return trc("month abbreviation", "Jan");
    case 2: return trc("month abbreviation", "Feb");
    case 3: return trc("month abbreviation", "Mar");
    case 4: return trc("month abbreviation", "Apr");
    case 5: return trc("month abbreviation", "May");
    case 6: return trc("month abbreviation", "Jun");
    case 7: return trc("month abbreviation", "Jul");
    case 8: return trc("month abbreviation", "Aug");
    case 9: return trc("month abbreviation", "Sep");
    case 10: return trc("month abbreviation", "Oct");
    case 11: return trc("month abbreviation", "Nov");
    case 12: return trc("month abbreviation", "Dec");
  }
  return "?";
}

std::string_view month_name(int month) {
  switch (month) {
    case 1: return trc("month", "January");
    case 2: return trc("month", "February");
    case 3: return trc("month", "March");
    case 4: return trc("month", "April");
    case 5: return trc("month", "May");
    case 6: return trc("month", "June");
    case 7: return trc("month", "July");
    case 8: return trc("month", "August");
    case 9: return trc("month", "September");
    case 10: return trc("month", "October");
    case 11: return trc("month", "November");
    case 12: return trc("month", "December");
  }
  return "?";
}

std::string_view weekday_abbreviation(Weekday day) {
  switch (day) {
    case Weekday::Monday: return trc("weekday abbreviation", "Mon");
    case Weekday::Tuesday: return trc("weekday abbreviation", "Tue");
    case Weekday::Wednesday: return trc("weekday abbreviation", "Wed");
    case Weekday::Thursday: return trc("weekday abbreviation", "Thu");
    case Weekday::Friday: return trc("weekday abbreviation", "Fri");
    case Weekday::Saturday: return trc("weekday abbreviation", "Sat");
    case Weekday::Sunday: return trc("weekday abbreviation", "Sun");
  }
  return "?";
}

std::string_view weekday_name(Weekday day) {
  switch (day) {
    case Weekday::Monday: return trc("weekday", "Monday");
    case Weekday::Tuesday: return trc("weekday", "Tuesday");
    case Weekday::Wednesday: return trc("weekday", "Wednesday");
    case Weekday::Thursday: return trc("weekday", "Thursday");
    case Weekday::Friday: return trc("weekday", "Friday");
    case Weekday::Saturday: return trc("weekday", "Saturday");
    case Weekday::Sunday: return trc("weekday", "Sunday");
  }
  return "?";
}

std::string format_day_month(const CivilDate& date) {
  // Translators: a date without the year, "3 Dec": {day} is the day of the month (a number),
  // {month} a short month name (msgctxt "month abbreviation").
  return tr("{day} {month}", {{"day", std::to_string(date.day)}, {"month", month_abbreviation(date.month)}});
}

std::string format_day_month_year(const CivilDate& date) {
  // Translators: a date with the year, "3 Dec 2026": {day} is the day of the month (a number),
  // {month} a short month name (msgctxt "month abbreviation"), {year} the year.
  return tr("{day} {month} {year}", {{"day", std::to_string(date.day)},
                                     {"month", month_abbreviation(date.month)},
                                     {"year", std::to_string(date.year)}});
}

std::string format_time_on_date(const LocalDateTime& time) {
  // Translators: "15:30 on 12 Dec": {time} is a 24-hour time, {date} a date such as "12 Dec".
  return tr("{time} on {date}", {{"time", format_hh_mm(time.hour, time.minute)}, {"date", format_day_month(time.date())}});
}

std::string format_weekday_date_time(const LocalDateTime& time) {
  // Translators: "Tue 3 Dec 09:00": {weekday} is a short weekday name, {date} a date such as
  // "3 Dec", {time} a 24-hour time.
  return tr("{weekday} {date} {time}", {{"weekday", weekday_abbreviation(weekday_of(time.date()))},
                                         {"date", format_day_month(time.date())},
                                         {"time", format_hh_mm(time.hour, time.minute)}});
}

std::string format_month_year(YearMonth month) {
  // Translators: a calendar's title, "December 2026": {month} is a full month name (msgctxt
  // "month"), {year} the year.
  return tr("{month} {year}", {{"month", month_name(month.month)}, {"year", std::to_string(month.year)}});
}

std::string end_time_text(const LocalDateTime& start, const LocalDateTime& end) {
  const std::string time = format_hh_mm(end.hour, end.minute);
  // Translators: when a meeting ends, the same day: {time} is a 24-hour time ("Ends 15:30").
  if (end.date() == start.date()) return tr("Ends {time}", {{"time", time}});
  const std::string date = end.year != start.year ? format_day_month_year(end.date()) : format_day_month(end.date());
  // Translators: when a meeting ends, on another day: "Ends 00:30 on 13 Dec" ({date} may hold a year).
  return tr("Ends {time} on {date}", {{"time", time}, {"date", date}});
}

std::string format_joined_when(std::int64_t joined_at_ms, std::int64_t now_ms, const ZoneRules& zone) {
  const std::int64_t joined = floor_div(joined_at_ms, 1000);
  const std::int64_t now = floor_div(now_ms, 1000);
  const std::int64_t days_ago = local_day_number(now, zone) - local_day_number(joined, zone);
  const LocalDateTime local = to_local(joined, zone);
  // Translators: when a recent meeting was joined: "Today 14:05" ({time} is a 24-hour time).
  if (days_ago == 0) return tr("Today {time}", {{"time", format_hh_mm(local.hour, local.minute)}});
  // Translators: when a recent meeting was joined.
  if (days_ago == 1) return std::string(tr("Yesterday"));
  // Earlier, or later than today (a clock put back): the date says it plainly.
  if (local.year == to_local(now, zone).year) return format_day_month(local.date());
  return format_day_month_year(local.date());
}

std::string span_text(std::int64_t seconds) {
  if (seconds < 0) seconds = 0;
  // Translators: a length of time in seconds, short ("45 s").
  if (seconds < 60) return tr("{seconds} s", {{"seconds", std::to_string(seconds)}});
  const std::int64_t minutes = seconds / 60;
  if (minutes < 60) return tr("{minutes} min", {{"minutes", std::to_string(minutes)}});
  const std::int64_t hours = minutes / 60;
  // Two units at most; the second is left out when it is zero.
  if (hours < 24) {
    const std::string h = std::to_string(hours);
    if (minutes % 60 == 0) return tr("{hours} h", {{"hours", h}});
    return tr("{hours} h {minutes} min", {{"hours", h}, {"minutes", std::to_string(minutes % 60)}});
  }
  const std::string d = std::to_string(hours / 24);
  // Translators: a length of time in days, short ("3 d").
  if (hours % 24 == 0) return tr("{days} d", {{"days", d}});
  // Translators: a length of time in days and hours, short ("3 d 4 h").
  return tr("{days} d {hours} h", {{"days", d}, {"hours", std::to_string(hours % 24)}});
}

std::string describe(const LocalResolution& r) {
  const std::string asked = format_hh_mm(r.asked.hour, r.asked.minute);
  const std::string day = format_day_month(r.asked.date());
  // The size of the shift is said only when it is not the usual hour.
  const std::string amount = r.shift_minutes != 60 ? amount_text(r.shift_minutes) : "";
  switch (r.kind) {
    case LocalResolution::Kind::Exact: return {};
    case LocalResolution::Kind::Ambiguous:
      if (amount.empty()) {
        // Translators: a start time that happens twice when the clocks go back an hour (end of
        // summer time): {time} is the time asked for, {date} its day ("25 Oct"), {zone} the
        // zone's abbreviation or offset ("CEST", "UTC+02:00").
        return tr("{time} happens twice on {date} (clocks go back); using the first one, {time} {zone}",
                  {{"time", asked}, {"date", day}, {"zone", r.zone_label}});
      }
      // Translators: as above, when the clocks go back by {amount} ("30 min").
      return tr("{time} happens twice on {date} (clocks go back {amount}); using the first one, {time} {zone}",
                {{"time", asked}, {"date", day}, {"amount", amount}, {"zone", r.zone_label}});
    case LocalResolution::Kind::Gap: {
      const std::string used = format_hh_mm(r.used.hour, r.used.minute);
      if (amount.empty()) {
        // Translators: a start time skipped when the clocks go forward an hour (start of summer
        // time): {time} is the time asked for, {date} its day ("29 Mar"), {used} the time used
        // instead, {zone} the zone's abbreviation or offset ("CEST", "UTC+02:00").
        return tr("{time} doesn't exist on {date} (clocks go forward); using {used} {zone}",
                  {{"time", asked}, {"date", day}, {"used", used}, {"zone", r.zone_label}});
      }
      // Translators: as above, when the clocks go forward by {amount} ("30 min").
      return tr("{time} doesn't exist on {date} (clocks go forward {amount}); using {used} {zone}",
                {{"time", asked}, {"date", day}, {"amount", amount}, {"used", used}, {"zone", r.zone_label}});
    }
    case LocalResolution::Kind::Invalid: break;
  }
  switch (r.invalid) {
    case LocalResolution::Invalid::Month: return std::string(tr("Months run from 1 to 12."));
    case LocalResolution::Invalid::Year:
      // Translators: {first} and {last} are the first and last years that can be used.
      return tr("Years run from {first} to {last}.",
                {{"first", std::to_string(kMinYear)}, {"last", std::to_string(kMaxYear)}});
    case LocalResolution::Invalid::Day:
      // Translators: a date that does not exist, such as "31 Feb 2026".
      return tr("There is no {date}.", {{"date", format_day_month_year(r.asked.date())}});
    case LocalResolution::Invalid::Time: break;
  }
  return std::string(tr("Times run from 00:00 to 23:59."));
}

}  // namespace cofx
