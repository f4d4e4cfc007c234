// A button that opens the start times of a day in 15-minute steps
// (core/time_choices.h) below it, scrolled to the chosen time. A click picks;
// from the keyboard Up/Down move, Enter or Space picks, Escape closes with
// nothing picked. On today's date the times already past are greyed out.
//
// Widget names: the button as given; while open, picker-times (the list) and
// picker-time-HH:MM for each time in view.
#pragma once

#include <optional>

#include "app/widget_rects.h"
#include "core/time/civil_time.h"

namespace cofx {

struct TimePickerView {
  std::optional<int> chosen;        // minutes after midnight, when the form's time reads as one
  std::optional<CivilDate> date;    // the form's date, when it reads as one
  LocalDateTime now;
};

// Call right after the time field: the list opens under it. Returns the minute of the
// day picked this frame.
std::optional<int> time_picker(const char* widget, const TimePickerView& view, WidgetRects& rects);

}  // namespace cofx
