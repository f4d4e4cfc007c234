// The shortcuts of the "Schedule a meeting" form, without the drawing: start
// times in 15-minute steps and the quick durations (the sentence saying when the meeting
// ends is app/words/time_words.h's end_time_text).
//
//   time_steps()                                   // 0, 15, ..., 1425 (minutes after midnight)
//   nearest_step(9 * 60 + 20)                      // index of 09:15
//   step_is_past({2026, 3, 2}, 9 * 60, now_local)  // true when it is 10:00 on 2 Mar
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "core/time/civil_time.h"

namespace cofx {

inline constexpr int kTimeStepMinutes = 15;
inline constexpr std::array<int, 5> kQuickDurations = {15, 30, 45, 60, 90};

// Minutes after midnight, every step_minutes (1-1440) from 00:00.
std::vector<int> time_steps(int step_minutes = kTimeStepMinutes);
// The index in time_steps(step_minutes) of the step closest to minute_of_day
// (ties go to the earlier one; out-of-day values to the first or last step).
std::size_t nearest_step(int minute_of_day, int step_minutes = kTimeStepMinutes);
// A start at that minute of `date` is already over: only on today's date, as the
// form's check counts the current minute as "now".
bool step_is_past(const CivilDate& date, int minute_of_day, const LocalDateTime& now);

}  // namespace cofx
