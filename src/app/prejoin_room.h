// The pre-join room: the door of one meeting, where the person checks their name,
// camera, microphone and speaker before one click takes them in. It owns the form, what
// the browser reported about the devices, and the card it draws in.
#pragma once

#include <string>

#include "app/fonts.h"
#include "app/lobby_card.h"
#include "app/prejoin_view.h"
#include "app/requests.h"
#include "app/screen.h"
#include "app/widget_rects.h"
#include "core/host/platform.h"
#include "core/host/platform_event.h"

namespace cofx {

class PreJoinRoom {
 public:
  explicit PreJoinRoom(Platform& platform) : platform_(platform) {}

  // The devices chosen last time (Preferences) or just now in Settings.
  void use_devices(const DeviceChoices& devices) { form_.devices = devices; }
  const DeviceChoices& devices() const { return form_.devices; }
  const PreJoinForm& form() const { return form_; }

  // The flow opened the door: start the preview; `name` is the lobby's name field.
  void open(const std::string& name);
  void close();
  // What the browser reports about the preview's devices (MediaState, MediaDevices, …).
  void on_media(const PlatformEvent& event);

  // `notice` is the lobby's news line (what a link ignored, say).
  Requests draw(const Scene& scene, const std::string& notice, const UiFonts& fonts, WidgetRects& rects);
  // The hidden DOM buttons for assistive technology: "join", "start", "cancel".
  Requests run_action(const std::string& name, const Scene& scene);

  PreJoinView view(const Scene& scene, const std::string& notice) const;
  const std::string& name_error() const { return media_.name_error; }
  bool card_scrolls() const { return card_.scrolls(); }
  bool moved() const { return moved_; }

 private:
  Requests apply(const PreJoinIntents& intents, const Scene& scene);
  Requests join(bool without_devices, const Scene& scene);
  void restart_preview();

  Platform& platform_;
  PreJoinForm form_;
  PreJoinView media_;  // what the browser reported; the rest of the view is read from the flow
  bool focus_name_ = false;
  bool moved_ = false;
  LobbyCard card_;
};

}  // namespace cofx
