// The slim panel beside (desktop) or above (phone) a running meeting: the code,
// elapsed time, who is there, copy invite, and Leave. Jitsi's own toolbar keeps
// audio, video, screen share, chat and the rest.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "app/fonts.h"
#include "app/qr_view.h"
#include "app/widget_rects.h"

namespace cofx {

// Someone in the meeting, as the panel lists them (core/meeting/roster.h).
struct PanelPerson {
  std::string id;
  std::string name;  // empty: Jitsi had none
  bool you = false;
  bool moderator = false;
  bool hand_raised = false;
  bool muted = false;
};

// A guest knocking in Jitsi's lobby.
struct PanelGuest {
  std::string id;
  std::string name;
};

struct MeetingPanelView {
  std::string room;
  std::string domain;
  std::string elapsed;        // "12:34", empty until joined
  std::string title;             // a scheduled meeting's or an invitation's, may be empty
  std::string waiting_for_host;  // we knocked: "Waiting for the host to let you in"
  std::string agenda;            // the scheduled meeting's, shown on request (agenda_shown)
  bool agenda_shown = false;
  std::vector<std::string> effects;  // what Jitsi couldn't do of the pre-join room's effects
  bool sheet = false;            // a phone's bar opened to the whole page: the column, with Close
  int participants = 0;       // 0 while unknown
  bool recording = false;
  std::vector<std::string> security;  // one line per item, as Jitsi reported it
  std::string leave_question; // "Leave COF-… to join COF-…?", a link followed mid-meeting
  std::string notice;         // "Invite link copied", hints such as camera errors
  bool moderator = false;             // we may let guests in and act on people
  std::vector<PanelGuest> waiting;    // moderators only
  std::vector<PanelPerson> people;    // raised hands first, then you, then by name
  std::size_t people_not_listed = 0;  // past the list's bound: counted only
  std::string confirm_question;       // "Remove Aminah from the meeting?", answered before anything else
  std::string confirm_label;          // its Yes button ("Remove", "End for everyone")
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
  std::string admit;            // a waiting guest's id
  std::string deny;
  bool admit_all = false;
  bool mute_everyone = false;
  bool end_for_all = false;     // asks first
  bool toggle_agenda = false;
  bool open_sheet = false;      // the phone bar's People button
  bool close_sheet = false;
  enum class PersonAction { None, Mute, AskToUnmute, MakeModerator, Remove };
  PersonAction person_action = PersonAction::None;  // on person_id; Remove asks first
  std::string person_id;
  bool confirm_yes = false;
  bool confirm_no = false;
};

// `qr`: the meeting link's QR code, drawn over the panel while shown ("Show QR code" is in
// the column; a phone's one-line bar has no room for the code).
MeetingPanelIntents draw_meeting_panel(const MeetingPanelView& view, PasswordPrompt& prompt, QrPanel& qr,
                                       const UiFonts& fonts, WidgetRects& rects);

// "0:42", "12:34", "1:02:03"
std::string format_elapsed(long long seconds);

}  // namespace cofx
