// The slim panel beside a meeting: the room, time, people, security as Jitsi reported
// it, Copy invite, Leave, the room-password prompt and the question a link followed
// mid-meeting asks. It owns the prompt and the flow's latest hint.
#pragma once

#include <string>

#include "app/fonts.h"
#include "app/meeting_panel_view.h"
#include "app/requests.h"
#include "app/screen.h"
#include "app/widget_rects.h"
#include "core/host/platform.h"

namespace cofx {

class MeetingPanel {
 public:
  explicit MeetingPanel(Platform& platform) : platform_(platform) {}

  // After each flow step: Jitsi asking for the room's password opens the prompt (saying
  // so when a password was already tried).
  void after_step(const MeetingFlow& flow);
  void hint(std::string text) { hint_ = std::move(text); }
  void reset();  // a meeting opened or ended

  // `notice` is the lobby's news line, shown when the flow has no hint.
  Requests draw(const Scene& scene, const std::string& notice, const UiFonts& fonts, WidgetRects& rects);
  MeetingPanelView view(const Scene& scene, const std::string& notice) const;

  const std::string& hint_text() const { return hint_; }
  bool asking_password() const { return prompt_.open; }
  const QrPanel& qr() const { return qr_; }

 private:
  Platform& platform_;
  PasswordPrompt prompt_;
  QrPanel qr_;  // the meeting link's QR code, over the panel while shown
  std::string hint_;
};

}  // namespace cofx
