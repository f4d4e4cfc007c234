// The date picker's month calendar without the drawing: the six weeks shown
// for a month, laid out from the person's first day of the week, which days can
// be picked (today up to 9999-12-31; earlier days are past), and how the
// keyboard moves the highlighted day (a day, a week, a month) within that range.
//
//   const MonthGrid grid = month_grid({2026, 12}, Weekday::Sunday, {2026, 12, 3});
//   grid.cells[0].date                     // {2026, 11, 29}: the Sunday before the 1st
//   grid.cells[2].pickable                 // false: 1 Dec is past
//   move_day({2026, 1, 31}, DayMove::NextMonth, today)  // {2026, 2, 28}
#pragma once

#include <array>
#include <compare>
#include <optional>
#include <string>

#include "core/time/civil_time.h"

namespace cofx {

struct YearMonth {
  int year = 1970;
  int month = 1;  // 1-12
  auto operator<=>(const YearMonth&) const = default;
};

YearMonth month_of(const CivilDate& date);
YearMonth add_months(YearMonth month, int count);  // any count; no range check

// The seven weekdays in the order the grid's columns show them.
std::array<Weekday, 7> week_order(Weekday first_day);

struct DayCell {
  CivilDate date;
  bool in_month = false;  // the other cells belong to the weeks around the month
  bool today = false;
  bool pickable = false;  // today or later, up to 9999-12-31
};

inline constexpr int kGridWeeks = 6;  // always six rows, so the popup keeps its size

struct MonthGrid {
  YearMonth month;
  std::array<DayCell, kGridWeeks * 7> cells;  // row by row, from the week holding the 1st
};

MonthGrid month_grid(YearMonth month, Weekday first_day, const CivilDate& today);

bool is_pickable(const CivilDate& date, const CivilDate& today);
// The months the arrows can show: from today's month to December 9999.
bool can_show_month(YearMonth month, const CivilDate& today);

enum class DayMove { PreviousDay, NextDay, PreviousWeek, NextWeek, PreviousMonth, NextMonth };

// The day after the move, clamped to today .. 9999-12-31. By month the day of
// the month stays, or becomes the month's last (31 Jan -> 28 Feb).
CivilDate move_day(const CivilDate& from, DayMove move, const CivilDate& today);

// Where the highlight starts when the calendar opens: the chosen day, or today
// when there is none or it is past.
CivilDate initial_day(const std::optional<CivilDate>& chosen, const CivilDate& today);

}  // namespace cofx
