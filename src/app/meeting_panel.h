// The slim panel beside (desktop) or above (phone) a running meeting: the code,
// elapsed time, who is there, copy invite, and Leave. Jitsi's own toolbar keeps
// audio, video, screen share, chat and the rest.
#pragma once

#include <string>

#include "app/fonts.h"
#include "app/widget_rects.h"

namespace cofx {

struct MeetingPanelView {
  std::string room;
  std::string domain;
  std::string elapsed;        // "12:34", empty until joined
  int participants = 0;       // 0 while unknown
  bool recording = false;
  std::string security;       // "Password · Lobby on", may be empty
  std::string notice;         // "Invite link copied", hints such as camera errors
};

// Jitsi asked for the room password (a guest of a protected room).
struct PasswordPrompt {
  bool open = false;
  std::string text;
  std::string error;
};

struct MeetingPanelIntents {
  bool copy_invite = false;
  bool leave = false;
  bool submit_password = false;
  bool cancel_password = false;
};

MeetingPanelIntents draw_meeting_panel(const MeetingPanelView& view, PasswordPrompt& prompt, const UiFonts& fonts,
                                       WidgetRects& rects);

// "0:42", "12:34", "1:02:03"
std::string format_elapsed(long long seconds);

}  // namespace cofx
