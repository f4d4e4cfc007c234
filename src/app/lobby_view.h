// The lobby's Meet tab: name, instant meeting, join by code, the meeting link.
// It changes nothing but the form's text and reports what the person asked for;
// App decides what the intents mean.
#pragma once

#include <string>

#include "app/widget_rects.h"
// app.cpp reaches describe(CodeProblem) through here.
#include "app/words/link_words.h"

namespace cofx {

struct LobbyForm {
  std::string name;
  std::string code;
  bool focus_code = false;  // put the keyboard in the code field on the next draw
  // Room security for the next meeting created here.
  std::string room_password;
  bool lobby = true;  // knocking on by default: nobody walks in unannounced
  bool end_to_end_encryption = false;
};

// Read-only facts the lobby shows.
struct LobbyView {
  std::string domain;
  bool joining = false;        // waiting for Jitsi
  std::string room;            // the current or last meeting code, may be empty
  std::string link;            // its shareable link, may be empty
  std::string name_error;
  std::string code_error;
  std::string script_error;    // external_api.js could not be used; Retry is offered
  std::string notice;          // neutral news: "Link copied", "You left the meeting"
  std::string security_error;  // the room password can't be used
  std::string security_summary;  // "Password · Lobby on", what the next meeting gets
  std::string confirm;         // "You are joining COF-… on jitsi.example.org": ask before joining
};

struct LobbyIntents {
  bool start_instant = false;
  bool join_code = false;
  bool retry = false;
  bool cancel = false;
  bool copy_link = false;
  bool show_qr = false;         // "Show QR code" under the meeting link
  bool name_committed = false;  // the name field was edited and left
  bool name_edited = false;
  bool code_edited = false;
  bool security_edited = false;
  bool confirm_join = false;   // yes to `confirm`
  bool decline_join = false;
};

LobbyIntents draw_meet_tab(LobbyForm& form, const LobbyView& view, WidgetRects& rects);

}  // namespace cofx
