#include "core/meeting/jitsi_options.h"

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
  config["prejoinConfig"] = {{"enabled", false}};  // our pre-join room already did its job
  config["disableDeepLinking"] = true;             // stay in the browser on phones
  config["requireDisplayName"] = true;
  // Whoever pressed Join now in our pre-join room asked to come in: where the room has Jitsi's
  // lobby on, knock for them instead of showing Jitsi's "Ask to join" screen.
  config["lobby"] = {{"autoKnock", true}};
  config["startWithAudioMuted"] = !request.devices.microphone_on;
  config["startWithVideoMuted"] = !request.devices.camera_on;

  json interface_config = json::object();
  interface_config["SHOW_CHROME_EXTENSION_BANNER"] = false;

  json options = json::object();
  options["roomName"] = request.room.str();
  options["parentNode"] = kMeetingContainerId;
  options["width"] = "100%";
  options["height"] = "100%";
  options["userInfo"] = {{"displayName", request.display_name}};
  json devices = json::object();
  if (!request.devices.microphone_label.empty()) devices["audioInput"] = request.devices.microphone_label;
  if (!request.devices.camera_label.empty()) devices["videoInput"] = request.devices.camera_label;
  if (!request.devices.speaker_label.empty()) devices["audioOutput"] = request.devices.speaker_label;
  if (!devices.empty()) options["devices"] = std::move(devices);
  options["configOverwrite"] = std::move(config);
  options["interfaceConfigOverwrite"] = std::move(interface_config);
  return options;
}

void apply_jitsi_language(nlohmann::json& options, std::string_view jitsi_language) {
  if (jitsi_language.empty()) {
    options.erase("lang");
  } else {
    options["lang"] = std::string(jitsi_language);
  }
}

}  // namespace cofx
