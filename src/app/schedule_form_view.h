// The "Schedule a meeting" form of the Schedule tab (schedule_view.h).
#pragma once

#include "app/schedule_view.h"

namespace cofx {

void draw_schedule_form(ScheduleUi& ui, const ScheduleView& view, WidgetRects& rects, ScheduleIntents& out);

}  // namespace cofx
