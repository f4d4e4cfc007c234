// The site as an installed app, seen from the lobby: offline nothing starts (with one
// sentence saying why) and everything works again when the network is back, without a
// reload; a new version is offered outside meetings and loaded only on request.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "app/site_notices.h"
#include "headless_lobby.h"
#include "host_events.h"

using cofx::test::FakePlatform;
using cofx::test::state;
using cofx::test::HeadlessLobby;

namespace {


void send(HeadlessLobby& lobby, const cofx::PlatformEvent& event) {
  lobby.app().handle(event);
  lobby.frame();
}

}  // namespace

TEST_CASE("offline: Start and Join say why and stay in the lobby; back online they work without a reload") {
  FakePlatform platform;
  platform.is_online = false;
  HeadlessLobby lobby(platform);
  CHECK(state(platform)["online"] == false);
  REQUIRE(lobby.has_widget("offline"));
  CHECK(lobby.app().widgets().find("offline")->role == cofx::WidgetRole::Alert);
  CHECK(lobby.app().widgets().find("offline")->label == cofx::kOfflineSentence);

  lobby.click_and_type("name", "Ada");
  lobby.click("start");
  lobby.frame();
  CHECK(state(platform)["screen"] == "lobby");
  CHECK(platform.announced.back() == cofx::kOfflineSentence);
  lobby.click_and_type("code", "COF-AB12CD34");
  lobby.click("join");
  lobby.frame();
  CHECK(state(platform)["screen"] == "lobby");

  send(lobby, cofx::host::Connectivity{true});
  CHECK_FALSE(lobby.has_widget("offline"));
  lobby.click("start");
  lobby.frame();
  CHECK(state(platform)["screen"] == "prejoin");
}

TEST_CASE("offline: a link opens its door, but Join now waits for the network") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = R"({"version":1,"displayName":"Ada"})";
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
  send(lobby, cofx::host::Connectivity{false});
  CHECK(state(platform)["screen"] == "prejoin");
  CHECK(lobby.has_widget("offline"));
  lobby.click("join-now");
  lobby.frame();
  CHECK(platform.opened.empty());
  CHECK(state(platform)["screen"] == "prejoin");

  send(lobby, cofx::host::Connectivity{true});
  lobby.click("join-now");
  lobby.frame();
  CHECK(platform.opened.size() == 1);
}

TEST_CASE("a new version is offered in the lobby, not during a meeting, and loaded only when asked") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = R"({"version":1,"displayName":"Ada"})";
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
  lobby.click("join-now");
  lobby.frame();
  send(lobby, cofx::host::UpdateReady{});
  CHECK_FALSE(lobby.has_widget("update-reload"));  // joining
  send(lobby, cofx::host::MeetingOpened{});
  REQUIRE(state(platform)["screen"] == "meeting");
  CHECK(state(platform)["updateReady"] == true);
  CHECK_FALSE(lobby.has_widget("update-reload"));  // the meeting goes on
  CHECK(platform.updates_applied == 0);

  lobby.app().handle(cofx::test::jitsi_event("readyToClose"));
  lobby.frame();
  lobby.frame();
  REQUIRE(lobby.has_widget("update-reload"));
  CHECK(lobby.app().widgets().find("update-reload")->label == "Reload to use the new version");
  CHECK(platform.updates_applied == 0);
  lobby.click("update-reload");
  lobby.frame();
  CHECK(platform.updates_applied == 1);
}
