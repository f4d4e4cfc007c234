// What the lobby and the pre-join room say about the site itself: no network (meetings
// can't start, everything saved still shows) and a new version waiting to be loaded.
#pragma once

#include <string>

#include "app/widget_rects.h"

namespace cofx {

inline constexpr const char* kOfflineSentence = "You're offline: meetings need a connection.";

// The offline sentence, in the error colour, as an alert; nothing when `online`.
void draw_offline_line(bool online, WidgetRects& rects);

// "A new version is ready" with a Reload button; true when it was pressed.
bool draw_update_offer(WidgetRects& rects);

}  // namespace cofx
