// The slim panel shown beside a running meeting.
#include <algorithm>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "app/meeting_panel.h"
#include "headless_lobby.h"
#include "host_events.h"

using cofx::test::FakePlatform;
using cofx::test::state;
using cofx::test::HeadlessLobby;
using cofx::test::jitsi_event;

namespace {


// Opens the bookmark's meeting through the pre-join room; Jitsi is up.
void open_meeting(HeadlessLobby& lobby, FakePlatform& platform) {
  REQUIRE(lobby.app().screen() == cofx::Screen::PreJoin);
  lobby.click("join-now");
  REQUIRE(platform.opened.size() == 1);
  lobby.app().handle(cofx::host::MeetingOpened{});
  lobby.frame();
}

// Grace in the bookmark's meeting, joined as "me1" (a moderator when `moderator`).
struct JoinedMeeting {
  explicit JoinedMeeting(bool moderator) {
    open_meeting(lobby, platform);
    lobby.app().handle(jitsi_event("videoConferenceJoined", R"({"roomName":"cof-ab12cd34","id":"me1"})"));
    if (moderator) lobby.app().handle(jitsi_event("participantRoleChanged", R"({"id":"me1","role":"moderator"})"));
    lobby.frame();
  }
  FakePlatform platform = [] {
    FakePlatform saved;
    saved.storage["cofinix.settings"] = cofx::test::kSavedName;
    return saved;
  }();
  HeadlessLobby lobby{platform, "#/COF-AB12CD34"};
};

}  // namespace


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
  open_meeting(lobby, platform);
  CHECK(lobby.has_widget("leave"));
  CHECK_FALSE(lobby.has_widget("start"));  // the lobby form is gone
  CHECK(lobby.app().tick_interval_ms() == 0);  // nothing moves until Jitsi says we joined

  lobby.app().handle(jitsi_event("videoConferenceJoined", R"({"roomName":"cof-ab12cd34","id":"me1"})"));
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
  open_meeting(lobby, platform);
  lobby.resize(390, 56);
  REQUIRE(lobby.has_widget("leave"));
  const cofx::WidgetRect* leave = lobby.app().widgets().find("leave");
  CHECK(leave->x + leave->w <= 390.0f);
  CHECK(leave->y + leave->h <= 56.0f);
  lobby.click("leave");
  CHECK(lobby.app().screen() == cofx::Screen::Lobby);
}

TEST_CASE("the panel lists each security item on its own line, as Jitsi reported it") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = R"({"version":1,"displayName":"Grace"})";
  HeadlessLobby lobby(platform);
  lobby.click("security");
  lobby.click_and_type("room-password", "open sesame");
  lobby.click("start");
  lobby.click("join-now");
  REQUIRE(platform.opened.size() == 1);
  lobby.app().handle(cofx::host::MeetingOpened{});
  lobby.app().handle(jitsi_event("videoConferenceJoined", R"({"id":"me1"})"));
  lobby.app().handle(jitsi_event("participantRoleChanged", R"({"id":"me1","role":"moderator"})"));
  lobby.app().handle(jitsi_event("notificationTriggered", R"({"title":"dialog.lockTitle"})"));
  lobby.frame();
  const auto security = state(platform)["security"];
  REQUIRE(security.size() == 2);
  CHECK(security[0]["item"] == "password");
  CHECK(security[0]["state"] == "failed");
  CHECK(security[0]["text"] == cofx::describe({cofx::SecurityItem::Password, cofx::SecurityState::Failed}, "meet.jit.si"));
  CHECK(security[1]["item"] == "lobby");
  CHECK(security[1]["state"] == "sent");
}

TEST_CASE("a link followed during a meeting asks before leaving it") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = R"({"version":1,"displayName":"Grace"})";
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
  open_meeting(lobby, platform);
  CHECK_FALSE(lobby.has_widget("leave-for-link"));

  // No: the meeting goes on and the address bar names it again.
  lobby.app().handle(cofx::host::RouteChanged{"#/COF-ZZ99ZZ99"});
  lobby.frame();
  CHECK(lobby.app().screen() == cofx::Screen::Meeting);
  CHECK(state(platform)["leaveQuestion"] == true);
  CHECK(platform.routes.back().hash == "#/COF-AB12CD34");
  CHECK_FALSE(platform.routes.back().push);
  REQUIRE(lobby.has_widget("keep-meeting"));
  lobby.click("keep-meeting");
  CHECK(state(platform)["leaveQuestion"] == false);
  CHECK_FALSE(lobby.has_widget("leave-for-link"));
  CHECK(platform.closed == 0);

  // Yes: the meeting closes and the pre-join room of the link's meeting opens.
  lobby.app().handle(cofx::host::RouteChanged{"#/COF-ZZ99ZZ99"});
  lobby.frame();
  lobby.click("leave-for-link");
  CHECK(platform.closed == 1);
  CHECK(lobby.app().screen() == cofx::Screen::PreJoin);
  CHECK(state(platform)["room"] == "COF-ZZ99ZZ99");
  CHECK(platform.routes.back().hash == "#/COF-ZZ99ZZ99");
  lobby.click("join-now");
  REQUIRE(platform.opened.size() == 2);
  CHECK(nlohmann::json::parse(platform.opened[1].options_json)["roomName"] == "COF-ZZ99ZZ99");
}

TEST_CASE("on a phone-shaped bar the leave question replaces the bar's buttons") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = R"({"version":1,"displayName":"Grace"})";
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
  open_meeting(lobby, platform);
  lobby.resize(390, 56);
  lobby.app().handle(cofx::host::RouteChanged{"#/COF-ZZ99ZZ99"});
  lobby.frame();
  REQUIRE(lobby.has_widget("leave-for-link"));
  REQUIRE(lobby.has_widget("keep-meeting"));
  lobby.click("keep-meeting");
  CHECK(lobby.has_widget("leave"));
  CHECK(lobby.app().screen() == cofx::Screen::Meeting);
}

TEST_CASE("on a phone with a share sheet the panel's invite button shares the meeting link") {
  FakePlatform platform;
  platform.share_sheet = true;
  platform.storage["cofinix.settings"] = R"({"version":1,"displayName":"Grace"})";
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
  open_meeting(lobby, platform);
  lobby.click("copy-invite");
  CHECK(platform.copied.empty());
  REQUIRE(platform.shared.size() == 1);
  CHECK(platform.shared[0].second == "https://cofinix.example/app/#/COF-AB12CD34");
}

TEST_CASE("the host's panel: a knock is announced (notified when hidden), Admit and Deny answer Jitsi") {
  JoinedMeeting meeting(true);
  FakePlatform& platform = meeting.platform;
  HeadlessLobby& lobby = meeting.lobby;
  platform.permission = FakePlatform::NotificationPermission::Granted;
  platform.visible = false;
  lobby.app().handle(jitsi_event("knockingParticipant", R"({"participant":{"id":"g1","name":"Aminah"}})"));
  lobby.app().handle(jitsi_event("knockingParticipant", R"({"participant":{"id":"g2","name":"Kumar"}})"));
  lobby.frame();
  CHECK(std::count(platform.announced.begin(), platform.announced.end(), "Aminah is waiting to join") == 1);
  REQUIRE(platform.notifications.size() == 2);
  CHECK(platform.notifications[1].title == "Kumar is waiting to join");
  CHECK(lobby.has_widget("admit-all"));

  platform.commands.clear();
  lobby.click("admit-0");
  REQUIRE(platform.commands.size() == 1);
  CHECK(platform.commands[0] == cofx::JitsiCommand{cofx::JitsiCommand::Name::AnswerKnocking, "g1", true});
  lobby.frame();
  CHECK_FALSE(lobby.has_widget("admit-all"));  // one guest left
  lobby.click("deny-0");
  REQUIRE(platform.commands.size() == 2);
  CHECK(platform.commands[1] == cofx::JitsiCommand{cofx::JitsiCommand::Name::AnswerKnocking, "g2", false});
  lobby.frame();
  CHECK_FALSE(lobby.has_widget("admit-0"));
}

TEST_CASE("the host's panel: removing someone and ending for all ask first; a participant gets no actions") {
  JoinedMeeting meeting(false);
  FakePlatform& platform = meeting.platform;
  HeadlessLobby& lobby = meeting.lobby;
  lobby.app().handle(jitsi_event("participantJoined", R"({"id":"p1","displayName":"Ahmad"})"));
  lobby.frame();
  CHECK(lobby.has_widget("person-1-name"));
  CHECK_FALSE(lobby.has_widget("person-1-menu"));  // not a moderator (yet)
  CHECK_FALSE(lobby.has_widget("mute-everyone"));

  lobby.app().handle(jitsi_event("participantRoleChanged", R"({"id":"me1","role":"moderator"})"));
  lobby.frame();
  platform.commands.clear();
  lobby.click("mute-everyone");
  REQUIRE(platform.commands.size() == 1);
  CHECK(platform.commands[0].name == cofx::JitsiCommand::Name::MuteEveryone);

  lobby.click("person-1-menu");
  const cofx::WidgetRect* remove = lobby.app().widgets().find("person-menu-remove");
  REQUIRE(remove != nullptr);
  CHECK(remove->role == cofx::WidgetRole::Button);  // an action, not an unchecked checkbox
  CHECK_FALSE(remove->checkable);
  lobby.click("person-menu-remove");
  CHECK(platform.commands.size() == 1);  // asked first
  CHECK(lobby.has_widget("confirm-yes"));
  lobby.click("confirm-no");
  CHECK(platform.commands.size() == 1);
  lobby.click("person-1-menu");
  lobby.click("person-menu-remove");
  lobby.click("confirm-yes");
  REQUIRE(platform.commands.size() == 2);
  CHECK(platform.commands[1] == cofx::JitsiCommand{cofx::JitsiCommand::Name::KickParticipant, "p1", false});

  lobby.click("end-for-all");
  CHECK(platform.commands.size() == 2);
  lobby.click("confirm-yes");
  REQUIRE(platform.commands.size() == 3);
  CHECK(platform.commands[2].name == cofx::JitsiCommand::Name::EndConference);
}

TEST_CASE("blur and noise suppression chosen in the pre-join room are remembered, asked of Jitsi, refusals shown") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = cofx::test::kSavedName;
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
  lobby.click("blur-toggle");
  lobby.click("noise-toggle");
  const auto saved = cofx::decode_device_choices(platform.storage[cofx::kDeviceChoicesStorageKey]);
  CHECK(saved.blur_background);
  CHECK(saved.noise_suppression);
  open_meeting(lobby, platform);
  CHECK(platform.commands.empty());  // only once joined
  lobby.app().handle(jitsi_event("videoConferenceJoined", R"({"roomName":"cof-ab12cd34","id":"me1"})"));
  using Name = cofx::JitsiCommand::Name;
  CHECK(platform.commands == std::vector<cofx::JitsiCommand>{{Name::SetBlurredBackground, "blur"},
                                                             {Name::SetNoiseSuppression, "", true}});
  lobby.app().handle(jitsi_event("notificationTriggered", R"({"title":"notify.noiseSuppressionFailedTitle"})"));
  lobby.frame();
  const auto panel = lobby.app().panel().view(lobby.app().scene(), "");
  CHECK(panel.effects == std::vector<std::string>{"This meeting couldn't turn on noise suppression."});
}

TEST_CASE("a guest Jitsi's lobby keeps waiting reads so in the panel, and hears when let in") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = cofx::test::kSavedName;
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
  open_meeting(lobby, platform);
  lobby.app().handle(jitsi_event("errorOccurred",
                                 R"({"error":{"name":"conference.connectionError.membersOnly","type":"CONFERENCE"}})"));
  lobby.frame();
  CHECK(lobby.has_widget("waiting-for-host"));
  CHECK_FALSE(lobby.has_widget("elapsed"));
  lobby.app().handle(jitsi_event("videoConferenceJoined", R"({"roomName":"cof-ab12cd34","id":"me1"})"));
  lobby.frame();
  CHECK_FALSE(lobby.has_widget("waiting-for-host"));
  CHECK(std::count(platform.announced.begin(), platform.announced.end(), "The host let you in") == 1);
}

TEST_CASE("on a phone's bar, People opens the sheet: the people, who waits, and a way back") {
  JoinedMeeting meeting(true);
  HeadlessLobby& lobby = meeting.lobby;
  lobby.resize(390, 56);  // the phone's one-line bar above the meeting
  lobby.app().handle(jitsi_event("participantJoined", R"({"id":"p1","displayName":"Ahmad"})"));
  lobby.app().handle(jitsi_event("knockingParticipant", R"({"participant":{"id":"g1","name":"Aminah"}})"));
  lobby.frame();
  REQUIRE(lobby.has_widget("open-people"));
  CHECK(lobby.app().widgets().find("open-people")->label == "People (2) · 1 waiting");
  CHECK_FALSE(lobby.has_widget("admit-0"));
  lobby.click("open-people");
  CHECK(lobby.app().panel().wants_page());
  lobby.resize(390, 844);  // the page gives the panel the whole height
  lobby.frame();
  CHECK(lobby.has_widget("admit-0"));
  CHECK(lobby.has_widget("person-1-name"));
  lobby.click("close-sheet");
  CHECK_FALSE(lobby.app().panel().wants_page());
}
