// The lobby screen: draws the form and reports what the person asked for.
// It changes nothing but the form's text; App decides what the intents mean.
#pragma once

#include <string>

#include "app/fonts.h"
#include "app/widget_rects.h"

namespace cofx {

struct LobbyForm {
  std::string name;
  std::string code;
};

// Read-only facts the lobby shows.
struct LobbyView {
  std::string title;
  std::string domain;
  bool joining = false;        // waiting for Jitsi
  std::string room;            // the current or last meeting code, may be empty
  std::string link;            // its shareable link, may be empty
  std::string name_error;
  std::string code_error;
  std::string script_error;    // external_api.js could not be used; Retry is offered
  std::string notice;          // neutral news: "Link copied", "You left the meeting"
};

struct LobbyIntents {
  bool start_instant = false;
  bool join_code = false;
  bool retry = false;
  bool cancel = false;
  bool copy_link = false;
  bool name_committed = false;  // the name field was edited and left
  bool name_edited = false;
  bool code_edited = false;
  bool relayout = false;        // the card changed height: draw again to re-centre it
};

LobbyIntents draw_lobby(LobbyForm& form, const LobbyView& view, const UiFonts& fonts, WidgetRects& rects);

}  // namespace cofx
