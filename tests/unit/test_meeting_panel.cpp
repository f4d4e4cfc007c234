// The slim panel shown beside a running meeting.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "app/meeting_panel.h"
#include "headless_lobby.h"

using cofx::PlatformEvent;
using cofx::test::FakePlatform;
using cofx::test::HeadlessLobby;


TEST_CASE("elapsed time is formatted as m:ss, then h:mm:ss") {
  CHECK(cofx::format_elapsed(0) == "0:00");
  CHECK(cofx::format_elapsed(42) == "0:42");
  CHECK(cofx::format_elapsed(754) == "12:34");
  CHECK(cofx::format_elapsed(3723) == "1:02:03");
  CHECK(cofx::format_elapsed(-5) == "0:00");
}

TEST_CASE("during a meeting the panel ticks once a second and Leave returns to the lobby") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = R"({"version":1,"displayName":"Grace"})";
  std::int64_t now_ms = 1'800'000'000'000;
  HeadlessLobby lobby(platform, "#/COF-AB12CD34", cofx::system_random_bytes, [&now_ms] { return now_ms; });
  REQUIRE(platform.opened.size() == 1);

  lobby.app().handle({PlatformEvent::Type::MeetingOpened, ""});
  lobby.frame();
  CHECK(lobby.has_widget("leave"));
  CHECK_FALSE(lobby.has_widget("start"));  // the lobby form is gone
  CHECK(lobby.app().tick_interval_ms() == 0);  // nothing moves until Jitsi says we joined

  lobby.app().handle({PlatformEvent::Type::Jitsi,
                      R"({"type":"jitsi","name":"videoConferenceJoined","data":{"roomName":"cof-ab12cd34","id":"me1"}})"});
  CHECK(lobby.app().tick_interval_ms() == 1000);
  now_ms += 75'000;
  lobby.frame();

  lobby.click("copy-invite");
  REQUIRE(platform.copied.size() == 1);
  CHECK(platform.copied[0] == "https://cofinix.example/app/#/COF-AB12CD34");

  lobby.click("leave");
  CHECK(lobby.app().screen() == cofx::Screen::Lobby);
  CHECK(platform.closed >= 1);
  CHECK(platform.routes.back().hash == "#/");
  CHECK(lobby.app().tick_interval_ms() == 0);
  CHECK(lobby.has_widget("start"));
}

TEST_CASE("on a phone-shaped bar the panel still offers Invite and Leave") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = R"({"version":1,"displayName":"Grace"})";
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
  lobby.app().handle({PlatformEvent::Type::MeetingOpened, ""});
  lobby.resize(390, 56);
  REQUIRE(lobby.has_widget("leave"));
  const cofx::WidgetRect* leave = lobby.app().widgets().find("leave");
  CHECK(leave->x + leave->w <= 390.0f);
  CHECK(leave->y + leave->h <= 56.0f);
  lobby.click("leave");
  CHECK(lobby.app().screen() == cofx::Screen::Lobby);
}
