// Each screen's controller on its own: no App, no ImGui frame. A controller reads a Scene
// (const), talks to the Platform, and hands Requests back to the router.
#include <doctest/doctest.h>

#include "app/meet_tab.h"
#include "app/meeting_panel.h"
#include "app/preferences.h"
#include "app/prejoin_room.h"
#include "app/site_notices.h"
#include "core/deployment/deployment_storage.h"
#include "core/site/settings.h"
#include "fake_platform.h"

using cofx::test::FakePlatform;

namespace {

constexpr std::int64_t kNow = 1'765'000'000'000;
constexpr const char* kJwt = "eyJhbGciOiJIUzI1NiJ9.eyJyb29tIjoiKiJ9.c2lnbmF0dXJl";

// A scene in the lobby, with nothing under way.
struct Stage {
  FakePlatform platform;
  cofx::SitePolicy policy;
  cofx::MeetingFlow flow{policy};
  cofx::TrustedDeploymentBook trusted{platform};
  bool online = true;
  cofx::Scene scene() const {
    return {flow, cofx::screen_of(flow), policy, policy.deployment, trusted, kNow, online, false};
  }
};

template <typename T> const T* step_of(const cofx::Requests& requests) {
  for (const cofx::FlowEvent& event : requests.steps) {
    if (const T* found = std::get_if<T>(&event)) return found;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("Preferences: a damaged name document is backed up and said once; a full quota keeps the name for the visit") {
  FakePlatform platform;
  cofx::SitePolicy policy;
  platform.storage[cofx::kSettingsStorageKey] = "{not json";
  cofx::Preferences preferences(platform, policy);
  preferences.load(kNow);
  const std::optional<std::string> notice = preferences.take_notice();
  REQUIRE(notice.has_value());
  CHECK(notice->find("Your saved settings couldn't be read") == 0);
  CHECK_FALSE(preferences.take_notice().has_value());  // said once
  CHECK(cofx::test::backup_text(platform, std::string(cofx::kSettingsStorageKey) + ".backup") == "{not json");

  CHECK_FALSE(preferences.keep_name("Siti Nurhaliza").has_value());
  CHECK(preferences.name() == "Siti Nurhaliza");
  platform.next_save_status = cofx::StorageStatus::QuotaExceeded;
  const std::optional<std::string> refused = preferences.keep_name("陈美玲");
  REQUIRE(refused.has_value());
  CHECK(refused->find("your name") != std::string::npos);
  CHECK(preferences.name() == "Siti Nurhaliza");  // storage still holds the last one kept
}

TEST_CASE("Preferences: a chosen deployment is kept with its JWT for this tab only, and reset forgets both") {
  FakePlatform platform;
  cofx::SitePolicy policy;
  cofx::Preferences preferences(platform, policy);
  preferences.load(kNow);
  cofx::Deployment own{cofx::Deployment::Kind::SelfHosted, "meet.example.my", "", kJwt, ""};
  CHECK(preferences.keep_deployment(own, cofx::JwtKeeping::Tab) == cofx::StorageStatus::Ok);
  CHECK(preferences.deployment().domain == "meet.example.my");
  CHECK(platform.tab_storage[cofx::kDeploymentJwtTabKey] == kJwt);
  CHECK(platform.storage[cofx::kDeploymentStorageKey].find(kJwt) == std::string::npos);

  cofx::Preferences reread(platform, policy);  // the next visit, same tab
  reread.load(kNow);
  CHECK(reread.deployment() == own);

  reread.reset_deployment();
  CHECK(reread.deployment() == policy.deployment);
  CHECK(platform.storage.count(cofx::kDeploymentStorageKey) == 0);
}

TEST_CASE("MeetTab: Start asks for a meeting only with a usable name and password") {
  Stage stage;
  cofx::MeetTab meet(stage.platform, cofx::system_random_bytes);
  cofx::Requests out = meet.run_action("start", stage.scene());
  CHECK_FALSE(out.join.has_value());
  CHECK_FALSE(meet.view().name_error.empty());
  CHECK(meet.message() == meet.view().name_error);  // what a screen reader hears

  meet.set_name("  Arumugam a/l Raju  ");
  out = meet.run_action("start", stage.scene());
  REQUIRE(out.join.has_value());
  CHECK(out.join->origin == cofx::JoinOrigin::Instant);
  CHECK(out.join->target.deployment == stage.policy.deployment);
  CHECK(out.keep_name == std::optional<std::string>("Arumugam a/l Raju"));
  CHECK(meet.form().name == "Arumugam a/l Raju");
  CHECK(meet.view().name_error.empty());
}

TEST_CASE("MeetTab: a malformed typed code is refused with a sentence and no join") {
  Stage stage;
  cofx::MeetTab meet(stage.platform, cofx::system_random_bytes);
  meet.set_name("Aminah");
  meet.refuse("COF-12", "");  // puts text in the code field
  cofx::Requests out = meet.run_action("join", stage.scene());
  CHECK_FALSE(out.join.has_value());
  CHECK_FALSE(meet.view().code_error.empty());
  CHECK(meet.error() == meet.view().code_error);
}

TEST_CASE("MeetTab: Retry offline is said aloud and doesn't reach the flow") {
  Stage stage;
  stage.online = false;
  cofx::MeetTab meet(stage.platform, cofx::system_random_bytes);
  meet.tell("Jitsi's script couldn't load.", true);
  const cofx::Requests out = meet.run_action("retry", stage.scene());
  CHECK(out.steps.empty());
  REQUIRE_FALSE(stage.platform.announced.empty());
  CHECK(stage.platform.announced.back() == cofx::kOfflineSentence);
  CHECK(meet.error() == "Jitsi's script couldn't load.");  // still there to retry later
}

TEST_CASE("PreJoinRoom: opening starts the preview; Join checks the name, keeps it and the devices, and joins") {
  Stage stage;
  cofx::PreJoinRoom room(stage.platform);
  cofx::DeviceChoices devices;
  devices.microphone_on = false;
  room.use_devices(devices);
  room.open("");
  REQUIRE(stage.platform.previews_started.size() == 1);
  CHECK_FALSE(stage.platform.previews_started[0].microphone_on);

  cofx::Requests out = room.run_action("join", stage.scene());
  CHECK(out.steps.empty());
  CHECK_FALSE(room.name_error().empty());

  room.open("  Tan Wei Ming ");
  out = room.run_action("join", stage.scene());
  const auto* join = step_of<cofx::flow::JoinNow>(out);
  REQUIRE(join != nullptr);
  CHECK(join->choices.display_name == "Tan Wei Ming");
  CHECK_FALSE(join->choices.devices.microphone_on);
  CHECK(out.keep_name == std::optional<std::string>("Tan Wei Ming"));
  CHECK(out.keep_devices.has_value());
}

TEST_CASE("PreJoinRoom: a remembered camera that is gone falls back to the default") {
  Stage stage;
  cofx::PreJoinRoom room(stage.platform);
  cofx::DeviceChoices devices;
  devices.camera_id = "old-camera";
  devices.camera_label = "Old camera";
  room.use_devices(devices);
  room.open("Lim");
  cofx::MediaDeviceList list;
  list.cameras = {{"new-camera", "New camera"}};
  room.on_media(cofx::host::MediaDevices{list});
  CHECK(room.devices().camera_id.empty());
  CHECK(room.devices().camera_label.empty());
}

TEST_CASE("MeetingPanel: outside a meeting it shows nothing and asks for nothing") {
  Stage stage;
  cofx::MeetingPanel panel(stage.platform);
  panel.hint("Your camera is in use by another app.");
  const cofx::MeetingPanelView view = panel.view(stage.scene(), "notice");
  CHECK(view.room.empty());
  CHECK(view.notice.empty());
  panel.after_step(stage.flow);
  CHECK_FALSE(panel.asking_password());
  panel.reset();
  CHECK(panel.hint_text().empty());
}
