// The lobby driven through simulated mouse and keyboard input, headless.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "headless_lobby.h"
#include "host_events.h"

using cofx::test::FakePlatform;
using cofx::test::state;
using cofx::test::kBundledApi;
using cofx::test::HeadlessLobby;
using cofx::test::jitsi_event;
using cofx::WidgetRole;

namespace {


// The pre-join room is showing; its Join now opens the meeting.
void join_now(HeadlessLobby& lobby, FakePlatform& platform) {
  REQUIRE(lobby.app().screen() == cofx::Screen::PreJoin);
  const std::size_t before = platform.opened.size();
  lobby.click("join-now");
  REQUIRE(platform.opened.size() == before + 1);
}

}  // namespace

TEST_CASE("typing a code and pressing Join opens that meeting with the typed name") {
  FakePlatform platform;
  HeadlessLobby lobby(platform);
  lobby.click_and_type("name", "Ada Lovelace");
  lobby.click_and_type("code", "  cof-ab12cd34 ");
  lobby.click(WidgetRole::Button, "Join");
  // Every join passes through the pre-join room first.
  CHECK(platform.opened.empty());
  CHECK(state(platform)["screen"] == "prejoin");
  CHECK(state(platform)["room"] == "COF-AB12CD34");
  CHECK(state(platform)["prejoin"]["name"] == "Ada Lovelace");
  join_now(lobby, platform);

  CHECK(platform.opened[0].domain == "meet.jit.si");
  CHECK(platform.opened[0].script_url == kBundledApi);
  const auto options = nlohmann::json::parse(platform.opened[0].options_json);
  CHECK(options["roomName"] == "COF-AB12CD34");
  CHECK(options["userInfo"]["displayName"] == "Ada Lovelace");
  REQUIRE(platform.routes.size() == 1);
  CHECK(platform.routes[0].hash == "#/COF-AB12CD34");
  CHECK(platform.routes[0].push);
  CHECK(lobby.app().screen() == cofx::Screen::Joining);
  CHECK(platform.storage.at("cofinix.settings").find("Ada Lovelace") != std::string::npos);
}

TEST_CASE("Enter in the code field joins like the button") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = R"({"version":1,"displayName":"Grace"})";
  HeadlessLobby lobby(platform);
  lobby.click_and_type("code", "COF-ZZ99ZZ99");
  lobby.press(ImGuiKey_Enter);
  CHECK(state(platform)["screen"] == "prejoin");
  CHECK(state(platform)["room"] == "COF-ZZ99ZZ99");
  join_now(lobby, platform);
  CHECK(nlohmann::json::parse(platform.opened[0].options_json)["roomName"] == "COF-ZZ99ZZ99");
}

TEST_CASE("an invalid code shows the expected format and opens nothing") {
  FakePlatform platform;
  HeadlessLobby lobby(platform);
  lobby.click_and_type("name", "Ada");
  lobby.click_and_type("code", "COF-123");
  lobby.click(WidgetRole::Button, "Join");
  CHECK(platform.opened.empty());
  const std::string error = state(platform)["codeError"];
  CHECK(error.find("COF-AB12CD34") != std::string::npos);

  // Editing the code clears the message.
  lobby.click_and_type("code", "4");
  CHECK(state(platform)["codeError"] == "");
}

TEST_CASE("a display name is required before any meeting starts") {
  FakePlatform platform;
  HeadlessLobby lobby(platform);
  lobby.click(WidgetRole::Button, "Start instant meeting");
  CHECK(platform.opened.empty());
  CHECK(platform.previews_started.empty());  // not even the pre-join room
  CHECK(state(platform)["screen"] == "lobby");
  CHECK(state(platform)["nameError"] != "");
  lobby.click_and_type("name", "   ");
  lobby.click(WidgetRole::Button, "Start instant meeting");
  CHECK(platform.opened.empty());
  CHECK(state(platform)["screen"] == "lobby");
}

TEST_CASE("Start instant meeting opens a fresh code and remembers the name") {
  FakePlatform platform;
  HeadlessLobby lobby(platform);
  lobby.click_and_type("name", "Ada");
  lobby.click(WidgetRole::Button, "Start instant meeting");
  CHECK(state(platform)["screen"] == "prejoin");
  const std::string room = state(platform)["room"];
  CHECK(cofx::RoomCode::from_canonical(room).has_value());
  CHECK(platform.routes.back().hash == "#/" + room);
  CHECK(platform.routes.back().push);
  CHECK(state(platform)["link"] == "https://cofinix.example/app/#/" + room);
  join_now(lobby, platform);
  CHECK(nlohmann::json::parse(platform.opened[0].options_json)["roomName"] == room);

  // The bridge reports the meeting is up: the lobby stops drawing.
  lobby.app().handle(cofx::host::MeetingOpened{});
  CHECK_FALSE(lobby.app().lobby_visible());

  // Hanging up in Jitsi (readyToClose) returns to the lobby at once, with the link still there to copy.
  lobby.app().handle(jitsi_event("readyToClose"));
  CHECK(lobby.app().screen() == cofx::Screen::Lobby);
  CHECK(state(platform)["message"] == "You left " + room + ".");
  CHECK(platform.closed >= 1);
  CHECK(platform.routes.back().hash == "#/");
  lobby.frame();
  lobby.click("copy-link");
  REQUIRE(platform.copied.size() == 1);
  CHECK(platform.copied[0] == "https://cofinix.example/app/#/" + room);
}

TEST_CASE("a bookmark shows the pre-join room with the saved name; Join now opens it") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = R"({"version":1,"displayName":"Grace"})";
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
  CHECK(platform.opened.empty());
  CHECK(state(platform)["screen"] == "prejoin");
  CHECK(state(platform)["prejoin"]["name"] == "Grace");
  join_now(lobby, platform);
  CHECK(nlohmann::json::parse(platform.opened[0].options_json)["userInfo"]["displayName"] == "Grace");
  CHECK(platform.routes.empty());  // the URL already says where we are
}

TEST_CASE("a link never skips the pre-join room, even for someone who skips the device check") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = R"({"version":1,"displayName":"Grace"})";
  platform.storage["cofinix.devices"] = cofx::test::devices_skipping_check();
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
  CHECK(platform.opened.empty());
  CHECK(state(platform)["screen"] == "prejoin");
  CHECK(state(platform)["prejoin"]["skipCheck"] == true);
  join_now(lobby, platform);
}

TEST_CASE("skipping the device check: Start and a typed code go straight in") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = R"({"version":1,"displayName":"Grace"})";
  platform.storage["cofinix.devices"] = cofx::test::devices_skipping_check();
  HeadlessLobby lobby(platform);
  lobby.click(WidgetRole::Button, "Start instant meeting");
  REQUIRE(platform.opened.size() == 1);
  CHECK(platform.previews_started.empty());  // no camera light for a skipped check
  CHECK(lobby.app().screen() == cofx::Screen::Joining);
  lobby.click("cancel");
  CHECK(lobby.app().screen() == cofx::Screen::Lobby);
  lobby.click_and_type("code", "COF-ZZ99ZZ99");
  lobby.click(WidgetRole::Button, "Join");
  REQUIRE(platform.opened.size() == 2);
  CHECK(nlohmann::json::parse(platform.opened[1].options_json)["roomName"] == "COF-ZZ99ZZ99");
}

TEST_CASE("a bookmark without a saved name asks for it in the pre-join room") {
  FakePlatform platform;
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
  CHECK(platform.opened.empty());
  CHECK(state(platform)["screen"] == "prejoin");
  CHECK(state(platform)["nameError"] == "");  // no lobby name error: the room has its own field
  CHECK(lobby.has_widget("prejoin-name"));
  lobby.click("join-now");
  CHECK(platform.opened.empty());
  CHECK(state(platform)["prejoin"]["nameError"] != "");
  lobby.click_and_type("prejoin-name", "Ada");
  CHECK(state(platform)["prejoin"]["nameError"] == "");  // typing clears it
  join_now(lobby, platform);
  const auto options = nlohmann::json::parse(platform.opened[0].options_json);
  CHECK(options["roomName"] == "COF-AB12CD34");
  CHECK(options["userInfo"]["displayName"] == "Ada");
  CHECK(platform.storage.at("cofinix.settings").find("Ada") != std::string::npos);
}

TEST_CASE("an invalid code in the URL lands in the lobby with the code and the message") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = R"({"version":1,"displayName":"Grace"})";
  HeadlessLobby lobby(platform, "#/COF-12%3Cb%3E");
  CHECK(platform.opened.empty());
  CHECK(lobby.app().form().code == "COF-12<b>");
  CHECK(std::string(state(platform)["codeError"]).find("COF-AB12CD34") != std::string::npos);
}

TEST_CASE("a failed script load offers Retry, which opens the same room again") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = R"({"version":1,"displayName":"Grace"})";
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
  join_now(lobby, platform);
  lobby.app().handle(cofx::host::ScriptLoadFailed{"the script could not be downloaded"});
  lobby.frame();
  CHECK(lobby.app().screen() == cofx::Screen::Lobby);
  CHECK(std::string(state(platform)["scriptError"]).find("could not be downloaded") != std::string::npos);
  REQUIRE(lobby.has_widget("retry"));
  lobby.click("retry");
  REQUIRE(platform.opened.size() == 2);
  CHECK(nlohmann::json::parse(platform.opened[1].options_json)["roomName"] == "COF-AB12CD34");
  CHECK(state(platform)["scriptError"] == "");
}

TEST_CASE("back and forward follow the hash route; Back during a meeting asks first") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = R"({"version":1,"displayName":"Grace"})";
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
  join_now(lobby, platform);
  lobby.app().handle(cofx::host::MeetingOpened{});
  lobby.app().handle(cofx::host::RouteChanged{"#/"});
  // Back to the lobby during a meeting: the address bar is put back and the panel asks.
  CHECK(lobby.app().screen() == cofx::Screen::Meeting);
  CHECK(platform.closed == 0);
  CHECK(state(platform)["leaveQuestion"] == true);
  REQUIRE_FALSE(platform.routes.empty());
  CHECK(platform.routes.back().hash == "#/COF-AB12CD34");
  CHECK_FALSE(platform.routes.back().push);
  lobby.frame();
  lobby.click("leave-for-link");
  CHECK(lobby.app().screen() == cofx::Screen::Lobby);
  CHECK(platform.closed == 1);
  CHECK(platform.routes.back().hash == "#/");

  // Forward again: the pre-join room, then the meeting.
  lobby.app().handle(cofx::host::RouteChanged{"#/COF-AB12CD34"});
  CHECK(lobby.app().screen() == cofx::Screen::PreJoin);
  const std::size_t previews = platform.previews_started.size();
  // The same route again (hashchange and popstate both fire) changes nothing.
  lobby.app().handle(cofx::host::RouteChanged{"#/COF-AB12CD34"});
  CHECK(platform.previews_started.size() == previews);
  CHECK(platform.opened.size() == 1);
  lobby.frame();
  join_now(lobby, platform);
  CHECK(lobby.app().screen() == cofx::Screen::Joining);
  lobby.app().handle(cofx::host::RouteChanged{"#/COF-AB12CD34"});
  CHECK(platform.opened.size() == 2);

  // Back while still joining needs no question: the meeting was not up yet.
  lobby.app().handle(cofx::host::RouteChanged{"#/"});
  CHECK(lobby.app().screen() == cofx::Screen::Lobby);
  CHECK(platform.closed == 2);
}

TEST_CASE("corrupt stored settings are backed up, reported, and the lobby still works") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = "{\"version\":1,\"displayName\":";
  HeadlessLobby lobby(platform);
  CHECK(cofx::test::backup_text(platform, "cofinix.settings.backup") == "{\"version\":1,\"displayName\":");
  CHECK(std::string(state(platform)["message"]).find("A copy of the original is kept") != std::string::npos);
  lobby.click_and_type("name", "Ada");
  lobby.click(WidgetRole::Button, "Start instant meeting");
  join_now(lobby, platform);
}

TEST_CASE("a full storage quota keeps the name for this visit and says so") {
  FakePlatform platform;
  platform.next_save_status = cofx::StorageStatus::QuotaExceeded;
  HeadlessLobby lobby(platform);
  lobby.click_and_type("name", "Ada");
  lobby.click(WidgetRole::Button, "Start instant meeting");
  CHECK(std::string(state(platform)["message"]).find("full") != std::string::npos);
  CHECK(platform.storage.count("cofinix.settings") == 0);
  join_now(lobby, platform);  // the meeting still starts
}

TEST_CASE("single-key shortcuts: N starts, J focuses the code field, S opens the schedule tab") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = R"({"version":1,"displayName":"Grace"})";
  {
    HeadlessLobby lobby(platform);
    lobby.press(ImGuiKey_J);
    CHECK(ImGui::GetIO().WantTextInput);
    lobby.type("cof-ab12cd34");
    CHECK(lobby.app().form().code == "cof-ab12cd34");
    lobby.press(ImGuiKey_Enter);
    CHECK(state(platform)["screen"] == "prejoin");
    CHECK(state(platform)["room"] == "COF-AB12CD34");
  }
  {
    HeadlessLobby lobby(platform);
    lobby.press(ImGuiKey_N);
    CHECK(lobby.app().screen() == cofx::Screen::PreJoin);
    CHECK(platform.previews_started.size() == 2);
  }
  {
    HeadlessLobby lobby(platform);
    lobby.click_and_type("name", "Nina");  // typing N into a field is text, not a shortcut
    CHECK(lobby.app().screen() == cofx::Screen::Lobby);
    CHECK(platform.previews_started.size() == 2);
    lobby.press(ImGuiKey_Escape);
    lobby.press(ImGuiKey_S);
    CHECK_FALSE(lobby.has_widget("start"));
    CHECK(lobby.has_widget("tab-schedule"));
  }
}
