// The lobby driven through simulated mouse and keyboard input, headless.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "headless_lobby.h"

using cofx::test::FakePlatform;
using cofx::test::HeadlessLobby;

namespace {

nlohmann::json state(const FakePlatform& platform) { return nlohmann::json::parse(platform.last_state); }

}  // namespace

TEST_CASE("typing a code and pressing Join opens that meeting with the typed name") {
  FakePlatform platform;
  HeadlessLobby lobby(platform);
  lobby.click_and_type("name", "Ada Lovelace");
  lobby.click_and_type("code", "  cof-ab12cd34 ");
  lobby.click("join");

  REQUIRE(platform.opened.size() == 1);
  CHECK(platform.opened[0].domain == "meet.jit.si");
  CHECK(platform.opened[0].script_url == "https://meet.jit.si/external_api.js");
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
  REQUIRE(platform.opened.size() == 1);
  CHECK(nlohmann::json::parse(platform.opened[0].options_json)["roomName"] == "COF-ZZ99ZZ99");
}

TEST_CASE("an invalid code shows the expected format and opens nothing") {
  FakePlatform platform;
  HeadlessLobby lobby(platform);
  lobby.click_and_type("name", "Ada");
  lobby.click_and_type("code", "COF-123");
  lobby.click("join");
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
  lobby.click("start");
  CHECK(platform.opened.empty());
  CHECK(state(platform)["nameError"] != "");
  lobby.click_and_type("name", "   ");
  lobby.click("start");
  CHECK(platform.opened.empty());
}

TEST_CASE("Start instant meeting opens a fresh code and remembers the name") {
  FakePlatform platform;
  HeadlessLobby lobby(platform);
  lobby.click_and_type("name", "Ada");
  lobby.click("start");
  REQUIRE(platform.opened.size() == 1);
  const std::string room = nlohmann::json::parse(platform.opened[0].options_json)["roomName"];
  CHECK(cofx::RoomCode::from_canonical(room).has_value());
  CHECK(platform.routes.back().hash == "#/" + room);
  CHECK(state(platform)["link"] == "https://cofinix.example/app/#/" + room);

  // The bridge reports the meeting is up: the lobby stops drawing.
  lobby.app().handle({cofx::PlatformEvent::Type::MeetingOpened, ""});
  CHECK_FALSE(lobby.app().lobby_visible());

  // Hanging up returns to the lobby, with the link still there to copy.
  lobby.app().handle({cofx::PlatformEvent::Type::ReadyToClose, ""});
  CHECK(lobby.app().screen() == cofx::Screen::Lobby);
  CHECK(platform.closed >= 1);
  CHECK(platform.routes.back().hash == "#/");
  lobby.frame();
  lobby.click("copy-link");
  REQUIRE(platform.copied.size() == 1);
  CHECK(platform.copied[0] == "https://cofinix.example/app/#/" + room);
}

TEST_CASE("a bookmark opens the meeting at once when a name is saved") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = R"({"version":1,"displayName":"Grace"})";
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
  REQUIRE(platform.opened.size() == 1);
  CHECK(platform.routes.empty());  // the URL already says where we are
}

TEST_CASE("a bookmark without a saved name asks for it, then Join goes to that room") {
  FakePlatform platform;
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
  CHECK(platform.opened.empty());
  CHECK(std::string(state(platform)["nameError"]).find("COF-AB12CD34") != std::string::npos);
  CHECK(lobby.app().form().code == "COF-AB12CD34");
  lobby.click_and_type("name", "Ada");
  lobby.click("join");
  REQUIRE(platform.opened.size() == 1);
  CHECK(nlohmann::json::parse(platform.opened[0].options_json)["roomName"] == "COF-AB12CD34");
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
  lobby.app().handle({cofx::PlatformEvent::Type::ScriptLoadFailed, "the script could not be downloaded"});
  lobby.frame();
  CHECK(lobby.app().screen() == cofx::Screen::Lobby);
  CHECK(std::string(state(platform)["scriptError"]).find("could not be downloaded") != std::string::npos);
  REQUIRE(lobby.has_widget("retry"));
  lobby.click("retry");
  REQUIRE(platform.opened.size() == 2);
  CHECK(nlohmann::json::parse(platform.opened[1].options_json)["roomName"] == "COF-AB12CD34");
  CHECK(state(platform)["scriptError"] == "");
}

TEST_CASE("back and forward follow the hash route") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = R"({"version":1,"displayName":"Grace"})";
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
  lobby.app().handle({cofx::PlatformEvent::Type::MeetingOpened, ""});
  lobby.app().handle({cofx::PlatformEvent::Type::RouteChanged, "#/"});
  CHECK(lobby.app().screen() == cofx::Screen::Lobby);
  CHECK(platform.closed >= 1);
  lobby.app().handle({cofx::PlatformEvent::Type::RouteChanged, "#/COF-AB12CD34"});
  CHECK(lobby.app().screen() == cofx::Screen::Joining);
  CHECK(platform.opened.size() == 2);
  // The same route again (hashchange and popstate both fire) changes nothing.
  lobby.app().handle({cofx::PlatformEvent::Type::RouteChanged, "#/COF-AB12CD34"});
  CHECK(platform.opened.size() == 2);
}

TEST_CASE("corrupt stored settings are backed up, reported, and the lobby still works") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = "{\"version\":1,\"displayName\":";
  HeadlessLobby lobby(platform);
  CHECK(platform.storage.at("cofinix.settings.backup") == "{\"version\":1,\"displayName\":");
  CHECK(std::string(state(platform)["message"]).find("cofinix.settings.backup") != std::string::npos);
  lobby.click_and_type("name", "Ada");
  lobby.click("start");
  CHECK(platform.opened.size() == 1);
}

TEST_CASE("a full storage quota keeps the name for this visit and says so") {
  FakePlatform platform;
  platform.next_save_status = cofx::StorageStatus::QuotaExceeded;
  HeadlessLobby lobby(platform);
  lobby.click_and_type("name", "Ada");
  lobby.click("start");
  CHECK(platform.opened.size() == 1);  // the meeting still starts
  CHECK(std::string(state(platform)["message"]).find("full") != std::string::npos);
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
    REQUIRE(platform.opened.size() == 1);
  }
  {
    HeadlessLobby lobby(platform);
    lobby.press(ImGuiKey_N);
    CHECK(platform.opened.size() == 2);
  }
  {
    HeadlessLobby lobby(platform);
    lobby.click_and_type("name", "Nina");  // typing N into a field is text, not a shortcut
    CHECK(platform.opened.size() == 2);
    lobby.press(ImGuiKey_Escape);
    lobby.press(ImGuiKey_S);
    CHECK_FALSE(lobby.has_widget("start"));
    CHECK(lobby.has_widget("tab-schedule"));
  }
}
