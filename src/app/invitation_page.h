// The guest's page: what an invitation link that says when opens. The meeting's title,
// its time in the guest's own zone, how long, the countdown, the deployment it runs on,
// an agenda if the link carries one, and one primary action that changes with time:
// "Add to calendar" before the join window, "Join" from 10 minutes before, "The meeting
// has ended" after. Share (or Copy link) and the QR code hand the link on; "Start your
// own meeting" leads to the organiser's lobby.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "app/fonts.h"
#include "app/invitation_view.h"
#include "app/lobby_card.h"
#include "app/qr_view.h"
#include "app/requests.h"
#include "app/screen.h"
#include "app/widget_rects.h"
#include "core/host/platform.h"
#include "core/links/invite.h"
#include "core/schedule/schedule.h"

namespace cofx {

class InvitationPage {
 public:
  explicit InvitationPage(Platform& platform) : platform_(platform) {}

  // A link with a start time: show its invitation (a bad or missing time never gets here).
  void open(MeetingTarget target, InviteDetails details);
  void close();
  bool is_open() const { return target_.has_value(); }
  const MeetingTarget* target() const { return target_ ? &*target_ : nullptr; }
  const QrPanel& qr() const { return qr_; }

  // `notice` is the lobby's news line (what a link ignored, say).
  Requests draw(const Scene& scene, const std::string& notice, const UiFonts& fonts, WidgetRects& rects);
  // The hidden DOM buttons: "join", "calendar", "google", "outlook", "share", "copy-link", "qr", "lobby".
  Requests run_action(const std::string& name, const Scene& scene);
  // The clipboard answered a "Copy link": said under the buttons.
  void on_clipboard(bool ok);

  InvitationView view(const Scene& scene) const;
  // The link this page hands on: the room, its deployment and the invitation's details.
  std::string link(const Scene& scene) const;
  std::string hash(const Scene& scene) const;  // the same, as this page's address
  // The meeting as a calendar entry (one occurrence), for the .ics and calendar links.
  ScheduledMeeting calendar_entry() const;
  bool card_scrolls() const { return card_.scrolls(); }
  bool moved() const { return moved_; }

 private:
  Requests apply(const InvitationIntents& intents, const Scene& scene);

  Platform& platform_;
  std::optional<MeetingTarget> target_;
  InviteDetails details_;
  QrPanel qr_;
  std::string copy_note_;  // "Link copied." after Copy link
  bool moved_ = false;
  LobbyCard card_;
};

}  // namespace cofx
