// Dates and times in words: month and weekday names, "3 Dec", "15:30 on 12 Dec",
// "Tue 3 Dec 09:00", "December 2026", "Ends 15:30", when a recent meeting was joined,
// spans of time ("2 h 10 min") and which time a DST gap or overlap used.
// Core keeps the arithmetic and the digits (core/time/...); these add the words.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/time/civil_time.h"
#include "core/time/month_grid.h"
#include "core/time/time_zone.h"

namespace cofx {

std::string_view month_abbreviation(int month);      // "Jan" ... "Dec"; "?" when out of range
std::string_view month_name(int month);              // "January" ... "December"; "?" likewise
std::string_view weekday_abbreviation(Weekday day);  // "Mon"
std::string_view weekday_name(Weekday day);          // "Monday"

std::string format_day_month(const CivilDate& date);              // "3 Dec"
std::string format_day_month_year(const CivilDate& date);         // "3 Dec 2026"
std::string format_time_on_date(const LocalDateTime& time);       // "15:30 on 12 Dec"
std::string format_weekday_date_time(const LocalDateTime& time);  // "Tue 3 Dec 09:00"
std::string format_month_year(YearMonth month);                   // "December 2026"

// "Ends 15:30"; "Ends 00:30 on 13 Dec" on another day; the year too when the
// end is in another year than the start ("Ends 00:30 on 1 Jan 2027").
std::string end_time_text(const LocalDateTime& start, const LocalDateTime& end);

// When a recent meeting was joined, the way the lobby's list says it, in the viewer's zone:
// "Today 14:05", "Yesterday", "3 Dec" (this year), "3 Dec 2024" (before).
std::string format_joined_when(std::int64_t joined_at_ms, std::int64_t now_ms, const ZoneRules& zone);

// A length of time, rounded down: "45 s", "5 min", "2 h", "2 h 10 min", "3 d 4 h".
std::string span_text(std::int64_t seconds);

// Which time was used, for a start that fell in a DST gap or overlap, e.g. on 29 Mar 2026
// in Berlin: "02:30 doesn't exist on 29 Mar (clocks go forward); using 03:30 CEST"; for an
// invalid time what is wrong ("There is no 31 Feb 2026."); "" for an exact time.
std::string describe(const LocalResolution& resolution);

}  // namespace cofx
