#include "core/time/time_choices.h"

#include <algorithm>

namespace cofx {
namespace {

constexpr int kMinutesPerDay = 24 * 60;

int valid_step(int step_minutes) { return std::clamp(step_minutes, 1, kMinutesPerDay); }

}  // namespace

std::vector<int> time_steps(int step_minutes) {
  const int step = valid_step(step_minutes);
  std::vector<int> steps;
  for (int minute = 0; minute < kMinutesPerDay; minute += step) steps.push_back(minute);
  return steps;
}

std::size_t nearest_step(int minute_of_day, int step_minutes) {
  const int step = valid_step(step_minutes);
  const int last = (kMinutesPerDay - 1) / step;
  const int minute = std::clamp(minute_of_day, 0, kMinutesPerDay - 1);
  const int below = minute / step;
  const int index = (minute - below * step) * 2 > step ? below + 1 : below;
  return static_cast<std::size_t>(std::min(index, last));
}

bool step_is_past(const CivilDate& date, int minute_of_day, const LocalDateTime& now) {
  return date == now.date() && minute_of_day < now.hour * 60 + now.minute;
}

}  // namespace cofx
