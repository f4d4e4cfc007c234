#include "core/time/month_grid.h"

#include <algorithm>

namespace cofx {
namespace {

constexpr CivilDate kLastDay{kMaxYear, 12, 31};

CivilDate clamped(const CivilDate& date, const CivilDate& today) {
  return std::clamp(date, today, std::max(today, kLastDay));
}

}  // namespace

YearMonth month_of(const CivilDate& date) { return {date.year, date.month}; }

YearMonth add_months(YearMonth month, int count) {
  const std::int64_t index = std::int64_t{month.year} * 12 + (month.month - 1) + count;
  return {static_cast<int>(floor_div(index, 12)), static_cast<int>(floor_mod(index, 12)) + 1};
}

std::array<Weekday, 7> week_order(Weekday first_day) {
  std::array<Weekday, 7> order{};
  for (int i = 0; i < 7; ++i) order[i] = static_cast<Weekday>((static_cast<int>(first_day) + i) % 7);
  return order;
}

bool is_pickable(const CivilDate& date, const CivilDate& today) { return date >= today && date <= kLastDay; }

bool can_show_month(YearMonth month, const CivilDate& today) {
  return month >= month_of(today) && month <= month_of(kLastDay);
}

MonthGrid month_grid(YearMonth month, Weekday first_day, const CivilDate& today) {
  MonthGrid grid;
  grid.month = month;
  const std::int64_t first = days_from_civil({month.year, month.month, 1});
  // Days between the week's first day and the 1st.
  const std::int64_t lead = floor_mod(static_cast<int>(weekday_of_days(first)) - static_cast<int>(first_day), 7);
  for (std::size_t i = 0; i < grid.cells.size(); ++i) {
    DayCell& cell = grid.cells[i];
    cell.date = civil_from_days(first - lead + static_cast<std::int64_t>(i));
    cell.in_month = month_of(cell.date) == month;
    cell.today = cell.date == today;
    cell.pickable = is_pickable(cell.date, today);
  }
  return grid;
}

CivilDate move_day(const CivilDate& from, DayMove move, const CivilDate& today) {
  auto by_days = [&](int days) { return civil_from_days(days_from_civil(from) + days); };
  auto by_months = [&](int months) {
    const YearMonth to = add_months(month_of(from), months);
    return CivilDate{to.year, to.month, std::min(from.day, days_in_month(to.year, to.month))};
  };
  CivilDate to = from;
  switch (move) {
    case DayMove::PreviousDay: to = by_days(-1); break;
    case DayMove::NextDay: to = by_days(1); break;
    case DayMove::PreviousWeek: to = by_days(-7); break;
    case DayMove::NextWeek: to = by_days(7); break;
    case DayMove::PreviousMonth: to = by_months(-1); break;
    case DayMove::NextMonth: to = by_months(1); break;
  }
  return clamped(to, today);
}

CivilDate initial_day(const std::optional<CivilDate>& chosen, const CivilDate& today) {
  return chosen && is_valid_date(*chosen) ? clamped(*chosen, today) : today;
}

}  // namespace cofx
