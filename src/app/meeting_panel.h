// The slim panel beside a meeting: the room, time, people, security as Jitsi reported
// it, Copy invite, Leave, the room-password prompt and the question a link followed
// mid-meeting asks. It owns the prompt and the flow's latest hint.
#pragma once

#include <optional>
#include <set>
#include <string>

#include "app/fonts.h"
#include "app/meeting_panel_view.h"
#include "app/requests.h"
#include "app/screen.h"
#include "app/widget_rects.h"
#include "core/host/platform.h"

namespace cofx {

// A "waiting to join" notification's click: the page comes to the front (notify.js focuses
// the window); the app has nothing more to do.
inline constexpr const char* kShowMeetingAction = "show-meeting";

class MeetingPanel {
 public:
  explicit MeetingPanel(Platform& platform) : platform_(platform) {}

  // After each flow step: Jitsi asking for the room's password opens the prompt (saying
  // so when a password was already tried); a guest newly knocking is announced (and, while
  // the page is hidden, notified).
  void after_step(const MeetingFlow& flow);
  void hint(std::string text) { hint_ = std::move(text); }
  void reset();  // a meeting opened or ended

  // `notice` is the lobby's news line, shown when the flow has no hint.
  Requests draw(const Scene& scene, const std::string& notice, const UiFonts& fonts, WidgetRects& rects);
  MeetingPanelView view(const Scene& scene, const std::string& notice) const;

  const std::string& hint_text() const { return hint_; }
  bool asking_password() const { return prompt_.open; }
  const QrPanel& qr() const { return qr_; }
  // A phone's bar grows to the whole page: the QR code, or the sheet of people.
  bool wants_page() const { return qr_.shown() || sheet_; }

 private:
  // A question asked before acting: remove someone, or end the meeting for everyone.
  struct Question {
    enum class Kind { Remove, EndForAll } kind = Kind::Remove;
    std::string id;    // Remove: whom
    std::string name;  // Remove: their name as shown
  };
  void act(const Scene& scene, const MeetingPanelIntents& intents);
  void answer_knock(const std::string& id, bool admit);

  Platform& platform_;
  PasswordPrompt prompt_;
  std::set<std::string> answered_;  // guests we admitted or denied (Jitsi doesn't say when they leave its lobby)
  std::set<std::string> announced_; // guests already announced as waiting
  std::optional<Question> question_;
  bool agenda_shown_ = false;
  bool sheet_ = false;              // the phone's sheet of people is open
  bool told_admitted_ = false;      // "The host let you in" was said
  QrPanel qr_;  // the meeting link's QR code, over the panel while shown
  std::string hint_;
};

}  // namespace cofx
