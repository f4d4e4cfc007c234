// The host's part of the meeting panel. At the top, what needs an answer: a question (remove
// someone, end for all) and the guests waiting to be let in (Admit, Deny, Admit all). Below
// the panel's buttons, everyone in the meeting (raised hands first, your own entry marked),
// each person's actions behind a menu for a moderator (mute, make moderator, remove), Mute
// everyone and End for everyone.
#pragma once

#include "app/meeting_panel_view.h"
#include "app/widget_rects.h"

namespace cofx {

void draw_host_requests(const MeetingPanelView& view, WidgetRects& rects, MeetingPanelIntents& out);
void draw_people(const MeetingPanelView& view, WidgetRects& rects, MeetingPanelIntents& out);

}  // namespace cofx
