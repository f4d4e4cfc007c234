// The lobby's Settings tab: the deployment form (kind, server, AppID, JWT), the servers
// trusted for links, and whether links skip the camera check. It edits the Preferences
// it is handed; the form and its messages are its own.
#pragma once

#include "app/preferences.h"
#include "app/requests.h"
#include "app/screen.h"
#include "app/settings_view.h"
#include "app/widget_rects.h"

namespace cofx {

class SettingsTab {
 public:
  // The form starts as what is in use; a stored deployment that couldn't be used says why.
  void load(const Preferences& preferences);
  Requests draw(const Scene& scene, Preferences& preferences, WidgetRects& rects);

 private:
  void apply(const SettingsIntents& intents, const Scene& scene, Preferences& preferences, Requests& out);

  DeploymentForm form_;
  SettingsView view_;  // only its problems and notice persist between frames
};

}  // namespace cofx
