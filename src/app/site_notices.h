// What the lobby and the pre-join room say about the site itself: no network (meetings
// can't start, everything saved still shows) and a new version waiting to be loaded.
#pragma once

#include <string>

#include "app/screen.h"
#include "app/widget_rects.h"
#include "app/words/tr.h"
#include "core/host/platform.h"

namespace cofx {

// English, for tr(): what is shown and said is tr(kOfflineSentence).
inline constexpr const char* kOfflineSentence = N_("You're offline: meetings need a connection.");

// The offline sentence, in the error colour, as an alert; nothing when `online`.
void draw_offline_line(bool online, WidgetRects& rects);

// "A new version is ready" with a Reload button; true when it was pressed.
bool draw_update_offer(WidgetRects& rects);

// Offline, nothing can open a meeting: true, and the sentence (already on screen) is said
// aloud. Online: false, and nothing is said.
bool refuse_offline(bool online, Platform& platform);

// Above each screen but the meeting: the offline line, and the update offer (never during
// a meeting, whose reload would end it; Reload asks the platform to apply it).
void draw_site_notices(const Scene& scene, WidgetRects& rects, Platform& platform);

}  // namespace cofx
