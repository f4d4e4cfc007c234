// The lobby's Meet tab: the name, "Start instant meeting" with its room security,
// "Join with a meeting code", an invitation's card, and the recent meetings. It owns the
// form, its errors and the lobby's one-line notice (which the pre-join room and the
// meeting panel also show), the invitation a link brought, and the recent-meetings book.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "app/invite_card.h"
#include "app/lobby_view.h"
#include "app/qr_view.h"
#include "app/recent_book.h"
#include "app/recent_view.h"
#include "app/requests.h"
#include "app/screen.h"
#include "app/widget_rects.h"
#include "core/host/platform.h"
#include "core/links/invite.h"
#include "core/links/room_code.h"

namespace cofx {

class MeetTab {
 public:
  MeetTab(Platform& platform, RandomBytes random);

  void load(std::int64_t now_ms) { recent_.load(now_ms); }
  void reload_recent(std::int64_t now_ms) { recent_.reload(now_ms); }
  void record(const MeetingTarget& target, std::int64_t now_ms) { recent_.record(target, now_ms); }

  const LobbyForm& form() const { return form_; }
  void set_name(const std::string& name) { form_.name = name; }
  void focus_code() { form_.focus_code = true; }
  // A link, a schedule or a reminder names this room: it is in the code field.
  void show_code(const RoomCode& code, std::string notice = "");

  // The notice line: neutral news, or (failed) why the meeting couldn't open, with Retry.
  void tell(std::string notice, bool failed = false);
  const std::string& notice() const { return view_.notice; }
  bool has_notice() const { return !view_.notice.empty(); }
  // The most pressing error, else the notice: what a screen reader hears.
  const std::string& message() const;
  const std::string& error() const;  // the most pressing error, or ""
  // A link this lobby can't follow: its text in the code field, and why.
  void refuse(const std::string& code_text, std::string why);
  void clear_errors();  // a join is on its way

  // An invitation link: the room and when, shown as a card until joined.
  void invite(MeetingTarget target, InviteDetails details);
  void forget_invite();
  const MeetingTarget* invited() const { return invited_ ? &*invited_ : nullptr; }
  std::optional<InviteCardView> invite_card(const Scene& scene, const ZoneRules& zone) const;
  bool shows_countdown() const { return invite_ && invite_->start_utc; }

  Requests draw(const Scene& scene, WidgetRects& rects);
  Requests run_action(const std::string& name, const Scene& scene);

  const LobbyView& view() const { return view_; }
  const QrPanel& qr() const { return qr_; }
  RecentView recent(const Scene& scene) const;

 private:
  Requests apply(const LobbyIntents& intents, const Scene& scene);
  Requests apply(const RecentIntents& intents, const Scene& scene);
  Requests start_instant(const Scene& scene);
  Requests join_typed_code(const Scene& scene);
  Requests rejoin(std::size_t index, const Scene& scene);
  bool take_name();

  Platform& platform_;
  RandomBytes random_;
  LobbyForm form_;
  LobbyView view_;
  std::optional<MeetingTarget> invited_;  // the room an invitation link names, until joined
  std::optional<InviteDetails> invite_;   // that invitation: ask before joining
  RecentBook recent_;
  QrPanel qr_;  // the meeting link's QR code, over the lobby while shown
  std::string recent_focus_said_;  // the row button label last read out
};

}  // namespace cofx
