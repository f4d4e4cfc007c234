// The date picker's month calendar and the form's time shortcuts, without drawing.
#include <doctest/doctest.h>

#include "core/time/month_grid.h"
#include "core/time/time_choices.h"
#include "app/words/time_words.h"

using namespace cofx;

namespace {

const CivilDate kToday{2026, 12, 3};  // a Thursday

}  // namespace

TEST_CASE("the grid starts on the locale's first day of the week, in the week holding the 1st") {
  // 1 Dec 2026 is a Tuesday.
  const MonthGrid monday = month_grid({2026, 12}, Weekday::Monday, kToday);
  CHECK(monday.cells[0].date == CivilDate{2026, 11, 30});
  CHECK(monday.cells[1].date == CivilDate{2026, 12, 1});
  const MonthGrid sunday = month_grid({2026, 12}, Weekday::Sunday, kToday);
  CHECK(sunday.cells[0].date == CivilDate{2026, 11, 29});
  CHECK(sunday.cells[2].date == CivilDate{2026, 12, 1});
  const MonthGrid saturday = month_grid({2026, 12}, Weekday::Saturday, kToday);
  CHECK(saturday.cells[0].date == CivilDate{2026, 11, 28});
  CHECK(saturday.cells[3].date == CivilDate{2026, 12, 1});
  // A month starting on the first day of the week has no days of the month before in its first row.
  const MonthGrid february = month_grid({2026, 2}, Weekday::Sunday, kToday);  // 1 Feb 2026: Sunday
  CHECK(february.cells[0].date == CivilDate{2026, 2, 1});
  CHECK(february.cells[0].in_month);

  // Every column holds one weekday, in week_order().
  for (const Weekday first : {Weekday::Monday, Weekday::Sunday, Weekday::Saturday}) {
    const MonthGrid grid = month_grid({2026, 12}, first, kToday);
    const auto order = week_order(first);
    CHECK(order[0] == first);
    for (std::size_t i = 0; i < grid.cells.size(); ++i) CHECK(weekday_of(grid.cells[i].date) == order[i % 7]);
  }
}

TEST_CASE("the grid marks the month's days, today, and the past as not pickable") {
  const MonthGrid grid = month_grid({2026, 12}, Weekday::Monday, kToday);
  int in_month = 0;
  for (const DayCell& cell : grid.cells) {
    in_month += cell.in_month ? 1 : 0;
    CHECK(cell.in_month == (cell.date.year == 2026 && cell.date.month == 12));
    CHECK(cell.today == (cell.date == kToday));
    CHECK(cell.pickable == (cell.date >= kToday));
  }
  CHECK(in_month == 31);
  CHECK(grid.cells.size() == 42);  // six rows always
  // The rows run on, day by day, into the next month.
  CHECK(grid.cells[41].date == CivilDate{2027, 1, 10});
  // Today itself can be picked; the day before cannot.
  CHECK(is_pickable(kToday, kToday));
  CHECK_FALSE(is_pickable({2026, 12, 2}, kToday));
  // Nothing after the last supported day.
  const MonthGrid last = month_grid({9999, 12}, Weekday::Monday, kToday);
  CHECK(last.cells[41].date.year == 10000);
  CHECK_FALSE(last.cells[41].pickable);
  CHECK_FALSE(is_pickable({10000, 1, 1}, kToday));
}

TEST_CASE("months: names, arithmetic, and which the arrows may show") {
  CHECK(format_month_year({2026, 12}) == "December 2026");
  CHECK(format_month_year({2027, 1}) == "January 2027");
  CHECK(add_months({2026, 12}, 1) == YearMonth{2027, 1});
  CHECK(add_months({2026, 1}, -1) == YearMonth{2025, 12});
  CHECK(add_months({2026, 3}, -27) == YearMonth{2023, 12});
  CHECK(add_months({2026, 3}, 24) == YearMonth{2028, 3});
  CHECK(can_show_month({2026, 12}, kToday));
  CHECK_FALSE(can_show_month({2026, 11}, kToday));
  CHECK(can_show_month({9999, 12}, kToday));
  CHECK_FALSE(can_show_month({10000, 1}, kToday));
}

TEST_CASE("the keyboard moves the day by a day, a week or a month, never into the past") {
  const CivilDate from{2026, 12, 10};
  CHECK(move_day(from, DayMove::NextDay, kToday) == CivilDate{2026, 12, 11});
  CHECK(move_day(from, DayMove::PreviousDay, kToday) == CivilDate{2026, 12, 9});
  CHECK(move_day(from, DayMove::NextWeek, kToday) == CivilDate{2026, 12, 17});
  CHECK(move_day(from, DayMove::PreviousWeek, kToday) == CivilDate{2026, 12, 3});
  CHECK(move_day(from, DayMove::NextMonth, kToday) == CivilDate{2027, 1, 10});
  // Clamped to today.
  CHECK(move_day({2026, 12, 5}, DayMove::PreviousWeek, kToday) == kToday);
  CHECK(move_day(kToday, DayMove::PreviousDay, kToday) == kToday);
  CHECK(move_day({2027, 1, 2}, DayMove::PreviousMonth, kToday) == kToday);
  CHECK(move_day({2027, 1, 20}, DayMove::PreviousMonth, kToday) == CivilDate{2026, 12, 20});
  // Across months and years, and onto shorter months.
  CHECK(move_day({2026, 12, 31}, DayMove::NextDay, kToday) == CivilDate{2027, 1, 1});
  CHECK(move_day({2027, 1, 31}, DayMove::NextMonth, kToday) == CivilDate{2027, 2, 28});
  CHECK(move_day({2028, 1, 31}, DayMove::NextMonth, kToday) == CivilDate{2028, 2, 29});
  CHECK(move_day({2027, 3, 31}, DayMove::PreviousMonth, kToday) == CivilDate{2027, 2, 28});
  CHECK(move_day({2027, 5, 31}, DayMove::NextMonth, kToday) == CivilDate{2027, 6, 30});
  // Clamped to the last supported day.
  CHECK(move_day({9999, 12, 30}, DayMove::NextWeek, kToday) == CivilDate{9999, 12, 31});
  CHECK(move_day({9999, 12, 15}, DayMove::NextMonth, kToday) == CivilDate{9999, 12, 31});
}

TEST_CASE("the calendar opens on the chosen day, or today") {
  CHECK(initial_day(CivilDate{2027, 2, 14}, kToday) == CivilDate{2027, 2, 14});
  CHECK(initial_day(std::nullopt, kToday) == kToday);
  CHECK(initial_day(CivilDate{2026, 11, 20}, kToday) == kToday);  // past: editing an old meeting
  CHECK(initial_day(CivilDate{2026, 2, 31}, kToday) == kToday);   // not a date
}

TEST_CASE("start times come in 15-minute steps, and open near the chosen time") {
  const std::vector<int> steps = time_steps();
  REQUIRE(steps.size() == 96);
  CHECK(steps.front() == 0);
  CHECK(steps[1] == 15);
  CHECK(steps.back() == 23 * 60 + 45);
  CHECK(time_steps(30).size() == 48);
  CHECK(time_steps(0).size() == 1440);  // steps below a minute become one minute

  CHECK(nearest_step(9 * 60) == 36);        // 09:00
  CHECK(nearest_step(9 * 60 + 7) == 36);    // 09:07 -> 09:00
  CHECK(nearest_step(9 * 60 + 8) == 37);    // 09:08 -> 09:15
  CHECK(nearest_step(9 * 60 + 22) == 37);   // 09:22 -> 09:15
  CHECK(nearest_step(9 * 60 + 15, 30) == 18);  // a tie goes to the earlier step
  CHECK(nearest_step(23 * 60 + 59) == 95);  // never past 23:45
  CHECK(nearest_step(-5) == 0);
  CHECK(nearest_step(5000) == 95);
}

TEST_CASE("only today's times before the current minute are past") {
  const LocalDateTime now{2026, 12, 3, 10, 20};
  CHECK(step_is_past(kToday, 10 * 60 + 15, now));
  CHECK_FALSE(step_is_past(kToday, 10 * 60 + 20, now));  // the current minute still counts as now
  CHECK_FALSE(step_is_past(kToday, 10 * 60 + 30, now));
  CHECK_FALSE(step_is_past({2026, 12, 4}, 0, now));
  CHECK_FALSE(step_is_past({2026, 12, 2}, 0, now));  // a past date is the date field's message, not the list's
}

TEST_CASE("the end time says the day only when it is another one") {
  CHECK(end_time_text({2026, 12, 12, 14, 0}, {2026, 12, 12, 15, 30}) == "Ends 15:30");
  CHECK(end_time_text({2026, 12, 12, 23, 30}, {2026, 12, 13, 0, 30}) == "Ends 00:30 on 13 Dec");
  CHECK(end_time_text({2026, 12, 31, 23, 30}, {2027, 1, 1, 0, 30}) == "Ends 00:30 on 1 Jan 2027");
  CHECK(kQuickDurations == std::array<int, 5>{15, 30, 45, 60, 90});
}
