// Deployments, room security and Jitsi's meeting events, driven through the lobby.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/deployment/deployment.h"
#include "core/deployment/deployment_check.h"
#include "core/deployment/deployment_storage.h"
#include "headless_lobby.h"
#include "host_events.h"

using cofx::test::FakePlatform;
using cofx::test::kSavedName;
using cofx::test::state;
using cofx::test::kBundledApi;
using cofx::test::HeadlessLobby;
using cofx::test::jitsi_event;
using Name = cofx::JitsiCommand::Name;

namespace {

constexpr const char* kAppId = "vpaas-magic-cookie-0123456789abcdef0123456789abcdef";
// header.payload.signature, each base64url
constexpr const char* kJwt = "eyJhbGciOiJIUzI1NiJ9.eyJyb29tIjoiKiJ9.c2lnbmF0dXJl";

nlohmann::json options(const FakePlatform::Opened& opened) { return nlohmann::json::parse(opened.options_json); }

void jitsi(HeadlessLobby& lobby, const std::string& name, const std::string& data) {
  lobby.app().handle(jitsi_event(name, data));
  lobby.frame();
}

void joined_as(HeadlessLobby& lobby, const std::string& id) {
  lobby.app().handle(cofx::host::MeetingOpened{});
  jitsi(lobby, "videoConferenceJoined", R"({"roomName":"cof-ab12cd34","id":")" + id + R"("})");
}

// The pre-join room is showing; its Join now opens the meeting.
void join_now(HeadlessLobby& lobby, FakePlatform& platform) {
  REQUIRE(lobby.app().screen() == cofx::Screen::PreJoin);
  const std::size_t before = platform.opened.size();
  lobby.click("join-now");
  REQUIRE(platform.opened.size() == before + 1);
}

}  // namespace

TEST_CASE("a JaaS deployment loads 8x8's script, names the room AppID/code and sends the JWT") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  cofx::Deployment jaas = cofx::jaas(kAppId);
  jaas.jwt = kJwt;
  platform.storage["cofinix.deployment"] = cofx::encode_deployment(jaas, cofx::JwtKeeping::Device);
  HeadlessLobby lobby(platform);
  lobby.click_and_type("code", "COF-AB12CD34");
  lobby.click("join");
  CHECK(platform.opened.empty());
  // The pre-join room warms up 8x8's script while the person checks their camera.
  REQUIRE(platform.warmed.size() == 1);
  CHECK(platform.warmed[0].script_url == kBundledApi);
  CHECK(platform.warmed[0].origin == "https://8x8.vc");
  join_now(lobby, platform);
  CHECK(platform.opened[0].script_url == kBundledApi);
  CHECK(platform.opened[0].domain == "8x8.vc");
  CHECK(options(platform.opened[0])["roomName"] == std::string(kAppId) + "/COF-AB12CD34");
  CHECK(options(platform.opened[0])["jwt"] == kJwt);
  // Its link names the deployment (not the site default) and never the JWT.
  const std::string link = state(platform)["link"];
  CHECK(link.find(std::string("app=") + kAppId) != std::string::npos);
  CHECK(link.find("eyJ") == std::string::npos);
}

TEST_CASE("a plain bookmark means the site's default deployment") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  platform.storage["cofinix.deployment"] = cofx::encode_deployment(cofx::jaas(kAppId));
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
  CHECK(state(platform)["screen"] == "prejoin");
  REQUIRE(platform.warmed.size() == 1);
  CHECK(platform.warmed[0].script_url == kBundledApi);
  join_now(lobby, platform);
  CHECK(platform.opened[0].domain == "meet.jit.si");
}

TEST_CASE("meet.jit.si never receives a JWT") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
  join_now(lobby, platform);
  CHECK_FALSE(options(platform.opened[0]).contains("jwt"));
  CHECK(options(platform.opened[0])["roomName"] == "COF-AB12CD34");
}

TEST_CASE("Settings refuses a hostile domain with a message and saves a good one") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform);
  lobby.click("tab-settings");
  lobby.click("kind-self");
  for (const char* bad : {"javascript:alert(1)", "user@jitsi.example.org", "https://jitsi.example.org",
                          "jitsi example.org"}) {
    CAPTURE(bad);
    lobby.replace_text("deployment-domain", bad);
    lobby.click("save-deployment");
    CHECK(platform.storage.count("cofinix.deployment") == 0);
  }
  lobby.replace_text("deployment-domain", "Jitsi.Example.org:8443/meet");
  lobby.click("save-deployment");
  REQUIRE(platform.storage.count("cofinix.deployment") == 1);
  CHECK(state(platform)["domain"] == "jitsi.example.org:8443/meet");

  lobby.click("tab-meet");
  lobby.click("start");
  join_now(lobby, platform);
  CHECK(platform.opened[0].script_url == kBundledApi);
  // The link carries the deployment, since it is not the site's default.
  CHECK(std::string(state(platform)["link"]).find("host=jitsi.example.org") != std::string::npos);
}

TEST_CASE("a link to another deployment asks once, then joins there") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  const std::string hash = "#/COF-AB12CD34?dep=self&host=jitsi.example.org";
  {
    HeadlessLobby lobby(platform, hash);
    CHECK(platform.opened.empty());
    CHECK(platform.previews_started.empty());  // nothing starts before the yes
    CHECK(std::string(state(platform)["confirm"]).find("jitsi.example.org") != std::string::npos);
    lobby.click("confirm-join");
    CHECK(state(platform)["screen"] == "prejoin");
    REQUIRE(platform.warmed.size() == 1);
    CHECK(platform.warmed[0].script_url == kBundledApi);
    join_now(lobby, platform);
    CHECK(platform.opened[0].domain == "jitsi.example.org");
  }
  HeadlessLobby again(platform, hash);  // the yes is remembered for that domain
  CHECK(state(platform)["confirm"] == "");
  join_now(again, platform);
  CHECK(platform.opened.size() == 2);
  CHECK(platform.opened[1].domain == "jitsi.example.org");
}

TEST_CASE("while a link's server is asked about, no other way in reaches it") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  // The person's own shortcut is on: a typed code would otherwise go straight into the meeting.
  platform.storage["cofinix.devices"] = R"({"version":1,"skipCheck":true})";
  const std::string hash = "#/COF-AB12CD34?dep=self&host=evil.example";
  HeadlessLobby lobby(platform, hash);
  REQUIRE(std::string(state(platform)["flow"]) == "confirm-deployment");
  auto nothing_happened = [&] {
    CHECK(platform.opened.empty());
    CHECK(platform.warmed.empty());
    CHECK(platform.previews_started.empty());
    CHECK(std::string(state(platform)["flow"]) == "confirm-deployment");
    CHECK(platform.storage.count("cofinix.trusted-places") == 0);
  };
  // The canvas: Join, Start and the code field are disabled.
  const cofx::WidgetRect* join = lobby.app().widgets().find("join");
  REQUIRE(join != nullptr);
  CHECK(join->disabled);
  CHECK(lobby.app().widgets().find("start")->disabled);
  CHECK(lobby.app().widgets().find("code")->disabled);
  lobby.click("join");
  lobby.click("start");
  nothing_happened();
  // Enter in the code field.
  lobby.click("code");
  lobby.press(ImGuiKey_Enter);
  nothing_happened();
  // The page's hidden buttons, and the accessible mirror's press.
  lobby.app().handle(cofx::host::Action{"join"});
  lobby.app().handle(cofx::host::Action{"start"});
  lobby.app().handle(cofx::host::Accessible{true, "join"});
  lobby.app().handle(cofx::host::Accessible{true, "code"});
  lobby.frame();
  lobby.press(ImGuiKey_Enter);
  nothing_happened();
  // Back to the lobby, then Forward to the link: the question again, never the server.
  lobby.app().handle(cofx::host::RouteChanged{"#/"});
  lobby.frame();
  CHECK(std::string(state(platform)["flow"]) == "idle");
  lobby.app().handle(cofx::host::RouteChanged{hash});
  lobby.frame();
  nothing_happened();
  // "Not now", then the code (still in the field) typed and joined: the site's own deployment.
  lobby.click("decline-join");
  CHECK(std::string(state(platform)["code"]) == "COF-AB12CD34");
  lobby.click("join");
  REQUIRE(platform.opened.size() == 1);
  CHECK(platform.opened[0].domain == "meet.jit.si");
  CHECK(options(platform.opened[0]).contains("sandbox") == false);
  CHECK(platform.storage.count("cofinix.trusted-places") == 0);
}

TEST_CASE("trusted servers are listed in Settings, removable, and capped") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  {
    HeadlessLobby lobby(platform, "#/COF-AB12CD34?dep=self&host=jitsi.example.org");
    lobby.click("confirm-join");
    CHECK(platform.storage.at("cofinix.trusted-places") == R"(["jitsi.example.org"])");
  }
  HeadlessLobby lobby(platform);
  lobby.click("tab-settings");
  REQUIRE(lobby.has_widget("trusted-remove-0"));
  CHECK(lobby.app().widgets().find("trusted-remove-0")->label == "Stop trusting jitsi.example.org");
  lobby.click("trusted-remove-0");
  CHECK(platform.storage.at("cofinix.trusted-places") == "[]");
  CHECK_FALSE(lobby.has_widget("trusted-remove-0"));
  // Removed: the next link there asks again.
  lobby.app().handle(cofx::host::RouteChanged{"#/COF-AB12CD34?dep=self&host=jitsi.example.org"});
  lobby.frame();
  CHECK(std::string(state(platform)["flow"]) == "confirm-deployment");
}

TEST_CASE("a framed meeting on a server the site did not configure is sandboxed") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform, "#/COF-AB12CD34?dep=self&host=jitsi.example.org");
  lobby.click("confirm-join");
  join_now(lobby, platform);
  const std::string sandbox = options(platform.opened[0]).value("sandbox", "");
  CHECK(sandbox.find("allow-scripts") != std::string::npos);
  CHECK(sandbox.find("top-navigation") == std::string::npos);
}

TEST_CASE("declining a link to another deployment stays in the lobby") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform, "#/COF-AB12CD34?dep=self&host=evil.example");
  lobby.click("decline-join");
  CHECK(platform.opened.empty());
  CHECK(state(platform)["confirm"] == "");
  CHECK(platform.routes.back().hash == "#/");
}

TEST_CASE("a link may not smuggle a JWT or a bad host") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform, std::string("#/COF-AB12CD34?dep=self&host=javascript:alert(1)&jwt=") + kJwt);
  // The pre-join room names the refused parameters (the published message, read out to screen readers)...
  CHECK(std::string(state(platform)["message"]).find("Ignored") != std::string::npos);
  CHECK_FALSE(platform.announced.empty());
  CHECK(platform.announced.back().find("Ignored") != std::string::npos);
  // ...and the room still opens on the site's own deployment.
  join_now(lobby, platform);
  CHECK(platform.opened[0].domain == "meet.jit.si");
  CHECK_FALSE(options(platform.opened[0]).contains("jwt"));
}

TEST_CASE("room security is applied once we are moderator; the lobby is on by default") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform);
  lobby.click("security");
  lobby.click_and_type("room-password", "open sesame");
  lobby.click("start");
  join_now(lobby, platform);
  joined_as(lobby, "me1");
  CHECK(platform.commands.empty());  // not moderator yet
  auto security = state(platform)["security"];
  REQUIRE(security.size() == 2);
  CHECK(security[0]["item"] == "password");
  CHECK(security[0]["state"] == "waiting");
  CHECK(security[1]["item"] == "lobby");
  CHECK(security[1]["state"] == "waiting");
  jitsi(lobby, "participantRoleChanged", R"({"id":"someone-else","role":"moderator"})");
  CHECK(platform.commands.empty());
  jitsi(lobby, "participantRoleChanged", R"({"id":"me1","role":"moderator"})");
  REQUIRE(platform.commands.size() == 2);
  CHECK(platform.commands[0] == cofx::JitsiCommand{Name::Password, "open sesame", false});
  CHECK(platform.commands[1] == cofx::JitsiCommand{Name::ToggleLobby, "", true});
  CHECK(state(platform)["security"][0]["state"] == "sent");
  jitsi(lobby, "participantRoleChanged", R"({"id":"me1","role":"moderator"})");
  CHECK(platform.commands.size() == 2);  // once
  // Jitsi's notification is the lobby's only confirmation.
  jitsi(lobby, "notificationTriggered",
        R"({"title":"lobby.notificationTitle","description":"lobby.notificationLobbyEnabled"})");
  CHECK(state(platform)["security"][1]["state"] == "applied");
}

TEST_CASE("turning the lobby off leaves toggleLobby out of the commands") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform);
  CHECK(lobby.app().form().lobby);
  lobby.click("security");
  lobby.click("lobby-toggle");
  CHECK_FALSE(lobby.app().form().lobby);
  lobby.click("start");
  join_now(lobby, platform);
  joined_as(lobby, "me1");
  jitsi(lobby, "participantRoleChanged", R"({"id":"me1","role":"moderator"})");
  CHECK(platform.commands.empty());  // nothing was asked for
  CHECK(state(platform)["security"].empty());
}

TEST_CASE("an instant meeting with nothing changed asks Jitsi for the lobby") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform);
  lobby.click("start");
  join_now(lobby, platform);
  joined_as(lobby, "me1");
  jitsi(lobby, "participantRoleChanged", R"({"id":"me1","role":"moderator"})");
  REQUIRE(platform.commands.size() == 1);
  CHECK(platform.commands[0] == cofx::JitsiCommand{Name::ToggleLobby, "", true});
}

TEST_CASE("a room password with control characters is refused before anything opens") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform);
  lobby.click("security");
  lobby.click_and_type("room-password", " padded ");
  lobby.click("start");
  CHECK(platform.opened.empty());
  CHECK(state(platform)["securityError"] != "");
}

TEST_CASE("a guest asked for the password can enter it, or cancel back to the lobby") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
  join_now(lobby, platform);
  joined_as(lobby, "guest1");
  CHECK(state(platform)["security"].empty());  // a guest's room: its security is not ours to set
  jitsi(lobby, "passwordRequired", "{}");
  CHECK(state(platform)["passwordPrompt"] == true);
  lobby.click_and_type("guest-password", "letmein");
  lobby.click("submit-password");
  REQUIRE(platform.commands.size() == 1);
  CHECK(platform.commands[0] == cofx::JitsiCommand{Name::Password, "letmein", false});
  CHECK(state(platform)["passwordPrompt"] == false);

  jitsi(lobby, "passwordRequired", "{}");  // asked again: the password was wrong
  CHECK(state(platform)["passwordPrompt"] == true);
  lobby.click("cancel-password");
  CHECK(lobby.app().screen() == cofx::Screen::Lobby);
  CHECK(std::string(state(platform)["message"]).find("password") != std::string::npos);
}

TEST_CASE("participants and recording show in the panel; being kicked out ends with a reason") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
  join_now(lobby, platform);
  joined_as(lobby, "me1");
  CHECK(state(platform)["participants"] == 1);
  jitsi(lobby, "participantJoined", R"({"id":"p2","displayName":"Ada"})");
  jitsi(lobby, "participantJoined", R"({"id":"p3","displayName":"<script>alert(1)</script>"})");
  CHECK(state(platform)["participants"] == 3);
  jitsi(lobby, "participantLeft", R"({"id":"p2"})");
  CHECK(state(platform)["participants"] == 2);
  jitsi(lobby, "recordingStatusChanged", R"({"on":true,"mode":"file"})");
  CHECK(state(platform)["recording"] != "");

  jitsi(lobby, "participantKickedOut", R"({"kicked":{"id":"me1","local":true},"kicker":{"id":"p3"}})");
  CHECK(lobby.app().screen() == cofx::Screen::Lobby);
  CHECK(std::string(state(platform)["message"]).find("removed") != std::string::npos);
  CHECK(platform.routes.back().hash == "#/");
}

TEST_CASE("a fatal conference error or an unsupported browser returns to the lobby and says so") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  {
    HeadlessLobby lobby(platform, "#/COF-AB12CD34");
    join_now(lobby, platform);
    joined_as(lobby, "me1");
    jitsi(lobby, "errorOccurred",
          R"({"error":{"name":"connection.droppedError","message":"lost","type":"CONNECTION","isFatal":true}})");
    CHECK(lobby.app().screen() == cofx::Screen::Lobby);
    CHECK(state(platform)["message"] != "");
  }
  {
    HeadlessLobby lobby(platform, "#/COF-AB12CD34");
    join_now(lobby, platform);
    joined_as(lobby, "me1");
    jitsi(lobby, "errorOccurred",
          R"({"error":{"name":"conference.iceFailed","message":"retrying","type":"CONFERENCE","isFatal":false}})");
    CHECK(lobby.app().screen() == cofx::Screen::Meeting);  // Jitsi's own reconnect is left alone
    jitsi(lobby, "cameraError", R"({"type":"gum.permission_denied","message":"denied"})");
    CHECK(lobby.app().screen() == cofx::Screen::Meeting);
    CHECK(std::string(state(platform)["hint"]).find("blocked the camera") != std::string::npos);  // a hint, not an ending
  }
}

namespace {

// A site whose deployer hands out JaaS JWTs from a token URL, opened on a meeting link.
cofx::SitePolicy token_url_policy() {
  cofx::SitePolicy policy;
  policy.deployment = cofx::jaas(kAppId);
  policy.deployment.token_url = "https://auth.example.org/token";
  return policy;
}

}  // namespace

TEST_CASE("a deployer's token URL is fetched before joining, and its JWT is used") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  cofx::App app(platform, cofx::SiteConfig{}, cofx::system_random_bytes, cofx::App::system_clock_ms,
                token_url_policy());
  watch_snapshot(platform, app);
  app.start("#/COF-AB12CD34");
  CHECK(app.screen() == cofx::Screen::PreJoin);
  CHECK(platform.fetches.empty());  // not before the person joins
  app.handle(cofx::host::Action{"join"});  // the pre-join room's Join now, from outside the canvas
  REQUIRE(platform.fetches.size() == 1);
  CHECK(platform.fetches[0].url == "https://auth.example.org/token");
  CHECK(platform.opened.empty());
  CHECK(app.screen() == cofx::Screen::Joining);
  app.handle(cofx::host::Fetched{"something-else", true, std::string(R"({"token":")") + kJwt + "\"}"});
  CHECK(platform.opened.empty());  // another purpose's answer
  app.handle(cofx::host::Fetched{platform.fetches[0].purpose, true, std::string(R"({"token":")") + kJwt + "\"}"});
  REQUIRE(platform.opened.size() == 1);
  CHECK(options(platform.opened[0])["jwt"] == kJwt);
  CHECK(platform.calls == std::vector<std::string>{"start_preview", "warm_meeting", "stop_preview", "fetch_text",
                                                   "open_meeting"});
  // The host stops reading where the reader would refuse: one bound on both sides.
  CHECK(platform.fetch_limits == std::vector<std::size_t>{cofx::kMaxTokenResponseBytes});
  CHECK(cofx::jwt_from_token_response(std::string(cofx::kMaxTokenResponseBytes + 1, ' ') + kJwt) == std::nullopt);
}

TEST_CASE("a token URL that refuses ends in the lobby with Retry, which fetches a fresh token") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  cofx::App app(platform, cofx::SiteConfig{}, cofx::system_random_bytes, cofx::App::system_clock_ms,
                token_url_policy());
  watch_snapshot(platform, app);
  app.start("#/COF-AB12CD34");
  app.handle(cofx::host::Action{"join"});
  app.handle(cofx::host::Fetched{platform.fetches[0].purpose, false, "HTTP 401"});
  CHECK(platform.opened.empty());
  CHECK(app.screen() == cofx::Screen::Lobby);
  const std::string error = state(platform)["scriptError"];
  CHECK(error.find("https://auth.example.org/token") != std::string::npos);
  CHECK(error.find("HTTP 401") != std::string::npos);
  app.handle(cofx::host::Action{"retry"});
  REQUIRE(platform.fetches.size() == 2);
  // The first request's late answer is not this join's.
  app.handle(cofx::host::Fetched{platform.fetches[0].purpose, true, kJwt});
  CHECK(platform.opened.empty());
  app.handle(cofx::host::Fetched{platform.fetches[1].purpose, true, kJwt});
  REQUIRE(platform.opened.size() == 1);
  CHECK(options(platform.opened[0])["jwt"] == kJwt);
}

TEST_CASE("a hidden tab (no frames) still applies room security and ends the meeting after the grace") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  std::int64_t now_ms = 1'800'000'000'000;
  HeadlessLobby lobby(platform, "", cofx::system_random_bytes, [&now_ms] { return now_ms; });
  lobby.click("security");
  lobby.click_and_type("room-password", "open sesame");
  lobby.click("start");
  join_now(lobby, platform);
  const std::string room = state(platform)["room"];

  // From here on the tab is hidden: the browser draws no frames, only events arrive.
  const int frames = ImGui::GetFrameCount();
  cofx::App& app = lobby.app();
  app.handle(cofx::host::MeetingOpened{});
  // An older server: the role comes before the join.
  app.handle(jitsi_event("participantRoleChanged", R"({"id":"local","role":"moderator"})"));
  CHECK(platform.commands.empty());
  app.handle(jitsi_event("videoConferenceJoined", R"({"roomName":"x","id":"local"})"));
  REQUIRE(platform.commands.size() == 2);
  CHECK(platform.commands[0] == cofx::JitsiCommand{Name::Password, "open sesame", false});
  CHECK(platform.commands[1] == cofx::JitsiCommand{Name::ToggleLobby, "", true});
  CHECK(state(platform)["security"][0]["state"] == "sent");  // published without a frame

  now_ms += 60'000;
  app.handle(jitsi_event("videoConferenceLeft", R"({"roomName":"x"})"));
  REQUIRE_FALSE(platform.wakes.empty());
  CHECK(platform.wakes.back() == 3000);  // the host is asked to wake the app, visible or not
  now_ms += 2'999;
  app.handle(cofx::host::Wake{});
  CHECK(app.screen() == cofx::Screen::Meeting);
  now_ms += 1;
  app.handle(cofx::host::Wake{});
  CHECK(app.screen() == cofx::Screen::Lobby);
  CHECK(platform.closed == 1);
  CHECK(platform.routes.back().hash == "#/");
  CHECK(platform.routes.back().push);
  CHECK(state(platform)["message"] == "You left " + room + ".");
  CHECK(state(platform)["screen"] == "lobby");
  CHECK(ImGui::GetFrameCount() == frames);  // not one frame was drawn
}

TEST_CASE("a link to another deployment followed during a meeting asks to leave, then asks about the place") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
  join_now(lobby, platform);
  lobby.app().handle(cofx::host::MeetingOpened{});
  lobby.frame();
  REQUIRE(platform.warmed.size() == 1);

  lobby.app().handle(cofx::host::RouteChanged{"#/COF-ZZ99ZZ99?dep=self&host=evil.example"});
  lobby.frame();
  CHECK(state(platform)["leaveQuestion"] == true);
  lobby.click("leave-for-link");
  CHECK(platform.closed == 1);
  CHECK(lobby.app().screen() == cofx::Screen::Lobby);
  CHECK(std::string(state(platform)["confirm"]).find("evil.example") != std::string::npos);
  CHECK(platform.warmed.size() == 1);  // evil.example's script is not loaded before the yes
  CHECK(platform.previews_started.size() == 1);
  lobby.click("decline-join");
  CHECK(platform.routes.back().hash == "#/");
  CHECK(platform.opened.size() == 1);
  CHECK(platform.warmed.size() == 1);
}

TEST_CASE("a JWT saved in Settings stays in the tab's storage unless the person asks to remember it") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform);
  lobby.click("tab-settings");
  lobby.click("kind-jaas");
  lobby.click_and_type("jaas-app-id", kAppId);
  lobby.click_and_type("jwt", kJwt);
  lobby.click("save-deployment");
  CHECK(platform.storage.at("cofinix.deployment").find(kJwt) == std::string::npos);
  CHECK(platform.tab_storage.at(cofx::kDeploymentJwtTabKey) == kJwt);

  lobby.click("remember-jwt");
  lobby.click("save-deployment");
  CHECK(platform.storage.at("cofinix.deployment").find(kJwt) != std::string::npos);
  CHECK(platform.tab_storage.count(cofx::kDeploymentJwtTabKey) == 0);
}

TEST_CASE("a JWT an older version kept in localStorage moves to the tab's storage, and still works") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  platform.storage["cofinix.deployment"] =
      std::string(R"({"version":1,"kind":"jaas","appId":")") + kAppId + R"(","jwt":")" + kJwt + R"("})";
  HeadlessLobby lobby(platform);
  CHECK(platform.storage.at("cofinix.deployment").find(kJwt) == std::string::npos);
  CHECK(platform.tab_storage.at(cofx::kDeploymentJwtTabKey) == kJwt);
  lobby.click_and_type("code", "COF-AB12CD34");
  lobby.click("join");
  lobby.click("join-now");
  REQUIRE(platform.opened.size() == 1);
  CHECK(nlohmann::json::parse(platform.opened[0].options_json)["jwt"] == kJwt);
}
