// A button that opens a month calendar (core/month_grid.h) below it. The
// calendar starts on the chosen day (today when there is none or it is past),
// marks today, greys out past days, and picks a day on a click, or from the
// keyboard: arrows move a day (Left/Right) or a week (Up/Down), PageUp/PageDown
// a month, Enter or Space picks, Escape closes with nothing picked.
//
// Widget names: the button as given; while open, picker-calendar (the popup),
// picker-month (its title), picker-prev-month, picker-next-month, and
// picker-day-YYYY-MM-DD for each day of the month shown.
#pragma once

#include <optional>

#include "app/widget_rects.h"
#include "core/time/civil_time.h"

namespace cofx {

struct DatePickerView {
  std::optional<CivilDate> chosen;  // the form's date, when its text reads as one
  CivilDate today;
  Weekday first_day = Weekday::Monday;  // the first column
};

// Call right after the date field: the calendar opens under it. Returns the day
// picked this frame.
std::optional<CivilDate> date_picker(const char* widget, const DatePickerView& view, WidgetRects& rects);

}  // namespace cofx
