#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/meeting/jitsi_options.h"

using namespace cofx;
using nlohmann::json;

namespace {

// The keys we send, as dotted paths the way Jitsi's whitelists spell them
// (lodash pick() keeps "prejoinConfig.enabled" out of {"prejoinConfig": {...}}).
const std::set<std::string> kSentConfigKeys = {
    "toolbarButtons",         // configWhitelist.ts:242
    "prejoinConfig.enabled",  // configWhitelist.ts:207
    "disableDeepLinking",     // configWhitelist.ts:100
    "requireDisplayName",     // configWhitelist.ts:213
    "startWithAudioMuted",    // configWhitelist.ts:236
    "startWithVideoMuted",    // configWhitelist.ts:237
    "lobby.autoKnock",        // configWhitelist.ts:183 ('lobby', the whole object)
};
const std::set<std::string> kSentInterfaceConfigKeys = {
    "SHOW_CHROME_EXTENSION_BANNER",  // interfaceConfigWhitelist.ts:47
};

void collect_paths(const json& object, const std::string& prefix, std::set<std::string>& out) {
  for (const auto& [key, value] : object.items()) {
    const std::string path = prefix.empty() ? key : prefix + "." + key;
    if (value.is_object()) {
      collect_paths(value, path, out);
    } else {
      out.insert(path);
    }
  }
}

json options_for(const char* code, const char* name) {
  const auto room = RoomCode::from_canonical(code);
  REQUIRE(room.has_value());
  return build_jitsi_options({*room, name});
}

// The quoted entries of a Jitsi whitelist file ('key',) or an empty set when the
// npm package has not been unpacked (./scripts/setup puts it in .cache/).
std::set<std::string> read_whitelist(const char* file_name) {
  const auto path = std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() /
                    ".cache/jitsi-sdk-13.2.0/react/features/base/config" / file_name;
  std::ifstream in(path);
  std::set<std::string> keys;
  std::string line;
  while (std::getline(in, line)) {
    const auto open = line.find('\'');
    const auto close = line.find('\'', open + 1);
    if (open != std::string::npos && close != std::string::npos &&
        line.find_first_not_of(" \t") == open) {
      keys.insert(line.substr(open + 1, close - open - 1));
    }
  }
  return keys;
}

}  // namespace

TEST_CASE("build_jitsi_options: the top-level options") {
  const json options = options_for("COF-AB12CD34", "Zo\xC3\xAB");
  CHECK(options["roomName"] == "COF-AB12CD34");
  CHECK(options["parentNode"] == "meeting");
  CHECK(options["parentNode"] == kMeetingContainerId);
  CHECK(options["width"] == "100%");
  CHECK(options["height"] == "100%");
  CHECK(options["userInfo"] == json{{"displayName", "Zo\xC3\xAB"}});
  std::set<std::string> keys;
  for (const auto& [key, value] : options.items()) keys.insert(key);
  CHECK(keys == std::set<std::string>{"roomName", "parentNode", "width", "height", "userInfo",
                                      "configOverwrite", "interfaceConfigOverwrite"});
}

TEST_CASE("build_jitsi_options: configOverwrite content") {
  const json config = options_for("COF-AB12CD34", "Ann")["configOverwrite"];
  CHECK(config["toolbarButtons"] == json(jitsi_toolbar_buttons()));
  CHECK(config["prejoinConfig"] == json{{"enabled", false}});
  CHECK(config["disableDeepLinking"] == true);
  CHECK(config["requireDisplayName"] == true);
  CHECK(config["lobby"] == json{{"autoKnock", true}});  // Join now in our room asked to come in

  std::set<std::string> sent;
  collect_paths(config, "", sent);
  CHECK(sent == kSentConfigKeys);

  std::set<std::string> sent_interface;
  collect_paths(options_for("COF-AB12CD34", "Ann")["interfaceConfigOverwrite"], "", sent_interface);
  CHECK(sent_interface == kSentInterfaceConfigKeys);
  CHECK(options_for("COF-AB12CD34", "Ann")["interfaceConfigOverwrite"]
                   ["SHOW_CHROME_EXTENSION_BANNER"] == false);
}

TEST_CASE("jitsi_toolbar_buttons: exactly the agreed buttons, in order") {
  const std::vector<std::string> expected = {
      "microphone", "camera", "desktop", "chat", "raisehand", "participants-pane",
      "tileview", "select-background", "mute-everyone", "mute-video-everyone",
      "recording", "security", "invite", "videoquality", "fullscreen", "settings",
      "hangup"};
  CHECK(jitsi_toolbar_buttons() == expected);
}

TEST_CASE("every sent key is on Jitsi's whitelists (when the SDK sources are present)") {
  const auto config_whitelist = read_whitelist("configWhitelist.ts");
  const auto interface_whitelist = read_whitelist("interfaceConfigWhitelist.ts");
  if (config_whitelist.empty() || interface_whitelist.empty()) {
    MESSAGE("Jitsi SDK sources not found under .cache/: whitelist check left to the browser tests");
    return;
  }
  CHECK(config_whitelist.size() > 100);
  // lodash pick() keeps a whitelisted key's whole object: "lobby" lets "lobby.autoKnock" through.
  auto whitelisted = [&](const std::string& key) {
    for (std::size_t dot = key.size(); dot != std::string::npos; dot = dot == 0 ? std::string::npos : key.rfind('.', dot - 1)) {
      if (config_whitelist.count(key.substr(0, dot)) == 1) return true;
    }
    return false;
  };
  for (const auto& key : kSentConfigKeys) {
    CAPTURE(key);
    CHECK(whitelisted(key));
  }
  CHECK_FALSE(whitelisted("lobbyX.autoKnock"));
  for (const auto& key : kSentInterfaceConfigKeys) {
    CAPTURE(key);
    CHECK(interface_whitelist.count(key) == 1);
  }
}

TEST_CASE("build_jitsi_options serializes any cleaned name") {
  const json options = options_for("COF-ZZZZ0000", "\xF0\x9F\x98\x80 \"quoted\" <b>&");
  const std::string text = options.dump();
  const json back = json::parse(text, nullptr, false);
  REQUIRE_FALSE(back.is_discarded());
  CHECK(back == options);
}

TEST_CASE("build_jitsi_options: the pre-join room's devices and mute choices") {
  const auto room = RoomCode::from_canonical("COF-AB12CD34");
  REQUIRE(room.has_value());
  DeviceChoices devices;
  devices.camera_id = "cam-1";
  devices.camera_label = "Front camera";
  devices.microphone_id = "mic-1";
  devices.microphone_label = "USB mic";
  devices.speaker_id = "spk-1";
  devices.speaker_label = "Headphones";
  devices.camera_on = false;
  const json options = build_jitsi_options({*room, "Ann", devices});
  // Jitsi matches devices by label, never by this page's ids.
  CHECK(options["devices"] ==
        json{{"audioInput", "USB mic"}, {"videoInput", "Front camera"}, {"audioOutput", "Headphones"}});
  CHECK(options["configOverwrite"]["startWithVideoMuted"] == true);
  CHECK(options["configOverwrite"]["startWithAudioMuted"] == false);

  // Only the labels that are known: a default device sends nothing for its kind.
  DeviceChoices defaults;
  defaults.microphone_label = "USB mic";
  defaults.microphone_on = false;
  const json partial = build_jitsi_options({*room, "Ann", defaults});
  CHECK(partial["devices"] == json{{"audioInput", "USB mic"}});
  CHECK(partial["configOverwrite"]["startWithAudioMuted"] == true);
  CHECK(partial["configOverwrite"]["startWithVideoMuted"] == false);
  CHECK_FALSE(build_jitsi_options({*room, "Ann", DeviceChoices{}}).contains("devices"));
}
