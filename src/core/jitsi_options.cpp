#include "jitsi_options.h"

namespace cofx {

const std::vector<std::string>& jitsi_toolbar_buttons() {
  static const std::vector<std::string> buttons = {
      "microphone", "camera", "desktop", "chat", "raisehand", "participants-pane",
      "tileview", "select-background", "mute-everyone", "mute-video-everyone",
      "recording", "security", "invite", "videoquality", "fullscreen", "settings",
      "hangup",
  };
  return buttons;
}

// Every configOverwrite key is on Jitsi's configWhitelist.ts and every
// interfaceConfigOverwrite key on interfaceConfigWhitelist.ts (@jitsi/react-native-sdk 13.2.0);
// tests/unit/test_jitsi_options.cpp lists them and the browser tests check them.
nlohmann::json build_jitsi_options(const MeetingRequest& request) {
  using nlohmann::json;
  json config = json::object();
  config["toolbarButtons"] = jitsi_toolbar_buttons();
  config["prejoinConfig"] = {{"enabled", false}};  // the lobby already asked for the name
  config["disableDeepLinking"] = true;             // stay in the browser on phones
  config["requireDisplayName"] = true;

  json interface_config = json::object();
  interface_config["SHOW_CHROME_EXTENSION_BANNER"] = false;

  json options = json::object();
  options["roomName"] = request.room.str();
  options["parentNode"] = kMeetingContainerId;
  options["width"] = "100%";
  options["height"] = "100%";
  options["userInfo"] = {{"displayName", request.display_name}};
  options["configOverwrite"] = std::move(config);
  options["interfaceConfigOverwrite"] = std::move(interface_config);
  return options;
}

}  // namespace cofx
