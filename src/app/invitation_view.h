// The guest's invitation page as data (InvitationView, made by InvitationPage::view),
// drawn by draw_invitation() and published for tests by invitation_state().
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/widget_rects.h"
#include "core/links/invite.h"

namespace cofx {

struct InvitationView {
  std::string title;      // the link's title, or "The meeting COF-…"
  std::string when;       // "Sat 12 Dec, 15:30 – 16:30 your time"
  std::string zone;       // "Your time zone: Asia/Kuala_Lumpur (UTC+08:00)"
  std::string duration;   // "1 hour"; "" when the link doesn't say
  std::string countdown;  // "Starts in 2 h 10 min"
  std::string deployment; // "meet.jit.si"
  std::string agenda;     // "" for none; plain text
  std::string join_opens; // "You can join from 15:20, …" while too early
  std::string link;       // what Share, Copy link and the QR code hand on
  std::string copy_note;  // "Link copied." after Copy link
  std::vector<std::string> ignored;
  InviteStatus::Phase phase = InviteStatus::Phase::Unknown;
  bool can_join = false;  // from 10 minutes before the start until the end
  bool joining = false;   // a join is under way: Join is off
  bool share = false;     // the browser can share (a phone): "Share", else "Copy link"
  bool show_qr = false;
};

struct InvitationIntents {
  bool join = false;
  bool calendar = false;  // the .ics file
  bool google = false;
  bool outlook = false;
  bool share = false;
  bool copy_link = false;
  bool toggle_qr = false;
  bool lobby = false;     // "Start your own meeting"
};

InvitationIntents draw_invitation(const InvitationView& view, WidgetRects& rects);

// {title, when, zone, duration, countdown, deployment, agenda, joinOpens, link, phase,
//  primary: "calendar"|"join"|"ended", canJoin, share, showQr, ignored, copyNote}
nlohmann::json invitation_state(const InvitationView& view);

}  // namespace cofx
