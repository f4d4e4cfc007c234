// The slim panel beside (desktop) or above (phone) a running meeting: the code,
// elapsed time, who is there, copy invite, and Leave. Jitsi's own toolbar keeps
// audio, video, screen share, chat and the rest.
#pragma once

#include <string>
#include <vector>

#include "app/fonts.h"
#include "app/qr_view.h"
#include "app/widget_rects.h"

namespace cofx {

struct MeetingPanelView {
  std::string room;
  std::string domain;
  std::string elapsed;        // "12:34", empty until joined
  int participants = 0;       // 0 while unknown
  bool recording = false;
  std::vector<std::string> security;  // one line per item, as Jitsi reported it
  std::string leave_question; // "Leave COF-… to join COF-…?", a link followed mid-meeting
  std::string notice;         // "Invite link copied", hints such as camera errors
};

// Jitsi asked for the room password (a guest of a protected room).
struct PasswordPrompt {
  bool open = false;
  std::string text;
  std::string error;
  bool tried = false;  // a password was sent: a new request means it was wrong
};

struct MeetingPanelIntents {
  bool copy_invite = false;
  bool show_qr = false;
  bool leave = false;
  bool submit_password = false;
  bool cancel_password = false;
  bool leave_for_link = false;  // yes to leave_question
  bool keep_meeting = false;    // no to leave_question
};

// `qr`: the meeting link's QR code, drawn over the panel while shown ("Show QR code" is in
// the column; a phone's one-line bar has no room for the code).
MeetingPanelIntents draw_meeting_panel(const MeetingPanelView& view, PasswordPrompt& prompt, QrPanel& qr,
                                       const UiFonts& fonts, WidgetRects& rects);

// "0:42", "12:34", "1:02:03"
std::string format_elapsed(long long seconds);

}  // namespace cofx
