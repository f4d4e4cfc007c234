// The pre-join room, driven through the headless lobby: the preview, the device toggles
// and their saved choices, the browser's device reports, the name, and Join now.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <imgui_internal.h>

#include "headless_lobby.h"
#include "host_events.h"

using cofx::DeviceStatus;
using cofx::test::FakePlatform;
using cofx::test::kSavedName;
using cofx::test::state;
using cofx::test::kBundledApi;
using cofx::test::HeadlessLobby;

namespace {


nlohmann::json options(const FakePlatform::Opened& opened) { return nlohmann::json::parse(opened.options_json); }

// Choices saved by an earlier visit: a camera and a microphone picked by id.
cofx::DeviceChoices saved_choices() {
  cofx::DeviceChoices choices;
  choices.camera_id = "cam-2";
  choices.camera_label = "Desk camera";
  choices.microphone_id = "mic-1";
  choices.microphone_label = "Headset";
  return choices;
}

cofx::DeviceChoices stored_choices(const FakePlatform& platform) {
  const auto found = platform.storage.find(cofx::kDeviceChoicesStorageKey);
  REQUIRE(found != platform.storage.end());
  return cofx::decode_device_choices(found->second);
}

// Where `call` first comes in the platform's call log (calls.size() when never).
std::size_t first(const FakePlatform& platform, const std::string& call) {
  return static_cast<std::size_t>(std::find(platform.calls.begin(), platform.calls.end(), call) - platform.calls.begin());
}
std::size_t last(const FakePlatform& platform, const std::string& call) {
  const auto found = std::find(platform.calls.rbegin(), platform.calls.rend(), call);
  return found == platform.calls.rend() ? platform.calls.size()
                                        : static_cast<std::size_t>(platform.calls.rend() - found) - 1;
}

}  // namespace

TEST_CASE("Start opens the pre-join room: the saved devices preview, and Jitsi's script warms up") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  platform.storage[cofx::kDeviceChoicesStorageKey] = cofx::encode_device_choices(saved_choices());
  HeadlessLobby lobby(platform);
  CHECK(platform.previews_started.empty());  // the lobby itself never touches the camera
  lobby.click("start");

  CHECK(lobby.app().screen() == cofx::Screen::PreJoin);
  const auto s = state(platform);
  CHECK(s["screen"] == "prejoin");
  CHECK(s["flow"] == "prejoin");
  CHECK(s["prejoin"]["camera"] == "starting");
  CHECK(s["prejoin"]["microphone"] == "starting");
  CHECK(s["prejoin"]["name"] == "Grace");
  REQUIRE(platform.previews_started.size() == 1);
  CHECK(platform.previews_started[0] == saved_choices());
  REQUIRE(platform.warmed.size() == 1);
  CHECK(platform.warmed[0].script_url == kBundledApi);
  CHECK(platform.warmed[0].origin == "https://meet.jit.si");
  CHECK(platform.opened.empty());
  for (const char* widget : {"preview", "camera-toggle", "mic-toggle", "join-now", "join-without-devices",
                             "prejoin-cancel", "prejoin-name", "skip-check"}) {
    CAPTURE(widget);
    CHECK(lobby.has_widget(widget));
  }
  CHECK_FALSE(lobby.has_widget("start"));  // the lobby's form is gone
}

TEST_CASE("the camera toggle restarts the preview without the camera and remembers it") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform);
  lobby.click("start");
  REQUIRE(platform.previews_started.size() == 1);
  CHECK(platform.previews_started[0].camera_on);

  lobby.click("camera-toggle");
  REQUIRE(platform.previews_started.size() == 2);
  CHECK_FALSE(platform.previews_started[1].camera_on);
  CHECK(platform.previews_started[1].microphone_on);
  CHECK_FALSE(stored_choices(platform).camera_on);
  CHECK(stored_choices(platform).microphone_on);
  CHECK(state(platform)["prejoin"]["cameraOn"] == false);
  CHECK(state(platform)["prejoin"]["camera"] == "off");

  lobby.click("mic-toggle");
  REQUIRE(platform.previews_started.size() == 3);
  CHECK_FALSE(platform.previews_started[2].microphone_on);
  CHECK_FALSE(stored_choices(platform).microphone_on);

  // Join now carries the choices into Jitsi.
  lobby.click("join-now");
  REQUIRE(platform.opened.size() == 1);
  CHECK(options(platform.opened[0])["configOverwrite"]["startWithVideoMuted"] == true);
  CHECK(options(platform.opened[0])["configOverwrite"]["startWithAudioMuted"] == true);

  // The next visit starts with the camera and microphone off.
  FakePlatform next;
  next.storage = platform.storage;
  HeadlessLobby again(next);
  again.click("start");
  REQUIRE(next.previews_started.size() == 1);
  CHECK_FALSE(next.previews_started[0].camera_on);
  CHECK_FALSE(next.previews_started[0].microphone_on);
}

// Where a widget is drawn, to compare frames.
struct Place {
  float x, y, w, h;
  bool operator==(const Place&) const = default;
};

Place place_of(HeadlessLobby& lobby, const std::string& name) {
  const cofx::WidgetRect* r = lobby.app().widgets().find(name);
  REQUIRE_MESSAGE(r != nullptr, "no widget named " << name);
  return {r->x, r->y, r->w, r->h};
}

bool inside(const Place& inner, const Place& outer) {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w &&
         inner.y + inner.h <= outer.y + outer.h;
}

TEST_CASE("the pre-join room keeps its layout whatever the browser answers about the devices") {
  // A laptop's room keeps its place; a phone's one column grows its picture only for a problem
  // (room kept for every possible answer would push "Join now" below the fold).
  for (const auto [width, height] : {std::pair{1280.0f, 800.0f}, std::pair{390.0f, 844.0f}}) {
    CAPTURE(width);
    const bool phone = width < 500.0f;
    FakePlatform platform;
    platform.speaker_choice = true;
    platform.storage["cofinix.settings"] = kSavedName;
    HeadlessLobby lobby(platform);
    lobby.resize(width, height);
    lobby.click("start");
    // The speaker picker is laid out from the first frame: it doesn't wait for the device list.
    REQUIRE(lobby.has_widget("speaker-picker"));
    const Place join = place_of(lobby, "join-now");
    const Place preview = place_of(lobby, "preview");

    // Both refused: the sentences and "Try again" stand in the empty picture; on a laptop nothing moves.
    lobby.app().handle(cofx::host::MediaState{DeviceStatus::Denied, DeviceStatus::Denied, "NotAllowedError"});
    lobby.frame();
    const Place refused = place_of(lobby, "preview");
    CHECK(inside(place_of(lobby, "retry-devices"), refused));
    if (phone) {
      CHECK(refused.h > preview.h);
      CHECK(place_of(lobby, "join-now").y > join.y);
      continue;
    }
    CHECK(place_of(lobby, "join-now") == join);
    CHECK(refused == preview);

    cofx::MediaDeviceList devices;
    devices.cameras = {{"cam-1", "Front camera"}};
    devices.microphones = {{"mic-1", "Headset"}};
    devices.speakers = {{"spk-1", "Headphones"}};
    devices.can_pick_speaker = true;
    lobby.app().handle(cofx::host::MediaDevices{devices});
    lobby.frame();
    CHECK(place_of(lobby, "join-now") == join);

    // A live picture covers the preview: the microphone's problem goes under it, away from the way in.
    lobby.app().handle(cofx::host::MediaState{DeviceStatus::Live, DeviceStatus::Busy, ""});
    lobby.frame();
    CHECK(place_of(lobby, "retry-devices").y >= preview.y + preview.h);
    CHECK(place_of(lobby, "join-now") == join);
  }
}

TEST_CASE("the browser's device reports show in the pre-join room") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform);
  lobby.click("start");

  lobby.app().handle(cofx::host::MediaState{DeviceStatus::Denied, DeviceStatus::Live, "NotAllowedError"});
  lobby.frame();
  auto prejoin = state(platform)["prejoin"];
  CHECK(prejoin["camera"] == "denied");
  CHECK(prejoin["microphone"] == "live");
  CHECK(prejoin["cameraProblem"] == *cofx::describe(DeviceStatus::Denied, cofx::DeviceKind::Camera));
  CHECK(prejoin["microphoneProblem"] == "");
  // A problem never blocks joining, and can be tried again.
  CHECK(lobby.has_widget("join-now"));
  REQUIRE(lobby.has_widget("retry-devices"));
  lobby.click("retry-devices");
  CHECK(platform.previews_started.size() == 2);
  CHECK(state(platform)["prejoin"]["camera"] == "starting");

  lobby.app().handle(cofx::host::MediaState{DeviceStatus::Live, DeviceStatus::Busy, ""});
  prejoin = state(platform)["prejoin"];
  CHECK(prejoin["cameraProblem"] == "");
  CHECK(prejoin["microphoneProblem"] == *cofx::describe(DeviceStatus::Busy, cofx::DeviceKind::Microphone));

  cofx::MediaDeviceList devices;
  devices.cameras = {{"cam-1", "Front camera"}, {"cam-2", "Desk camera"}};
  devices.microphones = {{"mic-1", "Headset"}};
  devices.speakers = {{"spk-1", "Headphones"}};
  devices.can_pick_speaker = true;  // setSinkId exists: the speaker can be chosen and tested
  lobby.app().handle(cofx::host::MediaDevices{devices});
  lobby.app().handle(cofx::host::MediaLevel{64});
  prejoin = state(platform)["prejoin"];
  CHECK(prejoin["cameras"] == 2);
  CHECK(prejoin["microphones"] == 1);
  CHECK(prejoin["level"] == 64);

  lobby.frame();
  REQUIRE(lobby.has_widget("speaker-picker"));
  lobby.click("test-speaker");
  REQUIRE(platform.speaker_tests.size() == 1);
  CHECK(platform.speaker_tests[0].empty());  // the browser's default speaker
  lobby.app().handle(cofx::host::SpeakerTest{false, "NotAllowedError"});
  CHECK(std::string(state(platform)["prejoin"]["speakerNote"]).find("NotAllowedError") != std::string::npos);

  // A camera turned off has no problem to show.
  lobby.frame();
  lobby.app().handle(cofx::host::MediaState{DeviceStatus::Denied, DeviceStatus::Live, ""});
  lobby.frame();
  lobby.click("camera-toggle");
  CHECK(state(platform)["prejoin"]["cameraProblem"] == "");
}

TEST_CASE("the devices the browser lists decide what Jitsi is told") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  cofx::DeviceChoices saved = saved_choices();
  saved.camera_id = "gone";  // unplugged since the last visit
  saved.camera_label = "Old camera";
  saved.microphone_label = "";  // labels arrive only once the browser allows the device
  platform.storage[cofx::kDeviceChoicesStorageKey] = cofx::encode_device_choices(saved);
  HeadlessLobby lobby(platform);
  lobby.click("start");
  cofx::MediaDeviceList devices;
  devices.cameras = {{"cam-1", "Front camera"}};
  devices.microphones = {{"mic-1", "Headset"}, {"mic-2", "Laptop mic"}};
  lobby.app().handle(cofx::host::MediaDevices{devices});
  lobby.frame();
  lobby.click("join-now");
  REQUIRE(platform.opened.size() == 1);
  // The gone camera falls back to the browser's default (no label sent); the microphone's
  // label is the one the browser now reports.
  CHECK(options(platform.opened[0])["devices"] == nlohmann::json{{"audioInput", "Headset"}});
  CHECK(stored_choices(platform).camera_id.empty());
  CHECK(stored_choices(platform).microphone_label == "Headset");
}

TEST_CASE("Join without camera and microphone starts Jitsi muted, without changing the saved choices") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform);
  lobby.click("start");
  lobby.click("join-without-devices");
  REQUIRE(platform.opened.size() == 1);
  const auto config = options(platform.opened[0])["configOverwrite"];
  CHECK(config["startWithAudioMuted"] == true);
  CHECK(config["startWithVideoMuted"] == true);
  CHECK(lobby.app().screen() == cofx::Screen::Joining);
  // Only this meeting: next time the devices are on as before.
  const auto stored = platform.storage.find(cofx::kDeviceChoicesStorageKey);
  if (stored != platform.storage.end()) {
    CHECK(cofx::decode_device_choices(stored->second).camera_on);
    CHECK(cofx::decode_device_choices(stored->second).microphone_on);
  }
}

TEST_CASE("a link without a saved name: the pre-join room asks, and Enter in its name field joins") {
  FakePlatform platform;
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
  CHECK(lobby.app().screen() == cofx::Screen::PreJoin);
  CHECK(state(platform)["room"] == "COF-AB12CD34");
  REQUIRE(lobby.has_widget("prejoin-name"));

  lobby.click("join-now");
  CHECK(platform.opened.empty());
  CHECK(lobby.app().screen() == cofx::Screen::PreJoin);
  const std::string error = state(platform)["prejoin"]["nameError"];
  CHECK_FALSE(error.empty());
  CHECK(platform.announced.back() == error);  // read out, too

  lobby.click_and_type("prejoin-name", "Ada");
  lobby.press(ImGuiKey_Enter);
  REQUIRE(platform.opened.size() == 1);
  CHECK(options(platform.opened[0])["roomName"] == "COF-AB12CD34");
  CHECK(options(platform.opened[0])["userInfo"]["displayName"] == "Ada");
  CHECK(state(platform)["displayName"] == "Ada");
  CHECK(platform.storage.at("cofinix.settings").find("Ada") != std::string::npos);
  // The camera is let go before Jitsi asks for it.
  CHECK(last(platform, "stop_preview") < first(platform, "open_meeting"));
  CHECK(first(platform, "open_meeting") < platform.calls.size());
}

TEST_CASE("stop_preview always comes before open_meeting") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform);
  lobby.click("start");
  lobby.click("join-now");
  CHECK(platform.calls == std::vector<std::string>{"start_preview", "warm_meeting", "stop_preview", "open_meeting"});
  // A late report from the stopped preview changes nothing.
  lobby.app().handle(cofx::host::MediaState{DeviceStatus::Denied, DeviceStatus::Denied, ""});
  CHECK(state(platform)["prejoin"]["cameraProblem"] == "");
  CHECK(platform.calls.size() == 4);
}

TEST_CASE("Back to the lobby stops the preview and puts the lobby in the address bar") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform);
  lobby.click("start");
  lobby.click("prejoin-cancel");
  CHECK(lobby.app().screen() == cofx::Screen::Lobby);
  CHECK(platform.previews_stopped == 1);
  CHECK(platform.opened.empty());
  CHECK(platform.routes.back().hash == "#/");
  CHECK_FALSE(platform.routes.back().push);
  CHECK(lobby.has_widget("start"));
}

TEST_CASE("the skip-the-check setting is saved, and then Start goes straight in") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform);
  lobby.click("start");
  lobby.click("skip-check");
  CHECK(stored_choices(platform).skip_check);
  CHECK(state(platform)["prejoin"]["skipCheck"] == true);
  lobby.click("prejoin-cancel");
  CHECK(platform.opened.empty());

  lobby.click("start");
  REQUIRE(platform.opened.size() == 1);
  CHECK(platform.previews_started.size() == 1);  // no second preview
  CHECK(lobby.app().screen() == cofx::Screen::Joining);
}

TEST_CASE("keyboard only: J, a code, Enter, then Tab reaches the pre-join room's controls") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = R"({"version":1,"displayName":"Ada"})";
  HeadlessLobby lobby(platform);
  lobby.press(ImGuiKey_J);  // the shortcut puts the keyboard in the code field
  lobby.type("c");
  REQUIRE(lobby.app().form().code == "c");
  lobby.type("of-ab12cd34");
  // As after moving here with Tab: the keyboard highlight is shown.
  ImGui::GetCurrentContext()->NavCursorVisible = true;
  lobby.press(ImGuiKey_Enter);
  REQUIRE(lobby.app().screen() == cofx::Screen::PreJoin);
  // The first Tab lands on a control of the pre-join room (not on the lobby's vanished field).
  lobby.press(ImGuiKey_Tab);
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  CHECK(g.NavId != 0);
  REQUIRE(g.NavWindow != nullptr);
  CHECK(std::string(g.NavWindow->Name).find("room-card") != std::string::npos);
}
