// Deployments, room security and Jitsi's meeting events, driven through the lobby.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/deployment.h"
#include "headless_lobby.h"

using cofx::PlatformEvent;
using cofx::test::FakePlatform;
using cofx::test::HeadlessLobby;

namespace {

constexpr const char* kSavedName = R"({"version":1,"displayName":"Grace"})";
constexpr const char* kAppId = "vpaas-magic-cookie-0123456789abcdef0123456789abcdef";
// header.payload.signature, each base64url
constexpr const char* kJwt = "eyJhbGciOiJIUzI1NiJ9.eyJyb29tIjoiKiJ9.c2lnbmF0dXJl";

nlohmann::json state(const FakePlatform& platform) { return nlohmann::json::parse(platform.last_state); }
nlohmann::json options(const FakePlatform::Opened& opened) { return nlohmann::json::parse(opened.options_json); }

void jitsi(HeadlessLobby& lobby, const std::string& name, const std::string& data) {
  lobby.app().handle({PlatformEvent::Type::Jitsi, R"({"type":"jitsi","name":")" + name + R"(","data":)" + data + "}"});
  lobby.frame();
}

void joined_as(HeadlessLobby& lobby, const std::string& id) {
  lobby.app().handle({PlatformEvent::Type::MeetingOpened, ""});
  jitsi(lobby, "videoConferenceJoined", R"({"roomName":"cof-ab12cd34","id":")" + id + R"("})");
}

}  // namespace

TEST_CASE("a JaaS deployment loads 8x8's script, names the room AppID/code and sends the JWT") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  cofx::Deployment jaas = cofx::jaas(kAppId);
  jaas.jwt = kJwt;
  platform.storage["cofinix.deployment"] = cofx::encode_deployment(jaas);
  HeadlessLobby lobby(platform);
  lobby.click_and_type("code", "COF-AB12CD34");
  lobby.click("join");
  REQUIRE(platform.opened.size() == 1);
  CHECK(platform.opened[0].script_url == std::string("https://8x8.vc/") + kAppId + "/external_api.js");
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
  REQUIRE(platform.opened.size() == 1);
  CHECK(platform.opened[0].domain == "meet.jit.si");
}

TEST_CASE("meet.jit.si never receives a JWT") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
  REQUIRE(platform.opened.size() == 1);
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
  REQUIRE(platform.opened.size() == 1);
  CHECK(platform.opened[0].script_url == "https://jitsi.example.org:8443/meet/external_api.js");
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
    CHECK(std::string(state(platform)["confirm"]).find("jitsi.example.org") != std::string::npos);
    lobby.click("confirm-join");
    REQUIRE(platform.opened.size() == 1);
    CHECK(platform.opened[0].domain == "jitsi.example.org");
  }
  HeadlessLobby again(platform, hash);  // the yes is remembered for that domain
  CHECK(platform.opened.size() == 2);
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
  // The room still opens on the site's own deployment, and the refused parameters are named.
  REQUIRE(platform.opened.size() == 1);
  CHECK(platform.opened[0].domain == "meet.jit.si");
  CHECK_FALSE(options(platform.opened[0]).contains("jwt"));
  CHECK(std::string(state(platform)["message"]).find("Ignored") != std::string::npos);
}

TEST_CASE("room security is applied once we are moderator") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform);
  lobby.click("security");
  lobby.click_and_type("room-password", "open sesame");
  lobby.click("lobby-toggle");
  lobby.click("start");
  REQUIRE(platform.opened.size() == 1);
  joined_as(lobby, "me1");
  CHECK(platform.commands.empty());  // not moderator yet
  jitsi(lobby, "participantRoleChanged", R"({"id":"someone-else","role":"moderator"})");
  CHECK(platform.commands.empty());
  jitsi(lobby, "participantRoleChanged", R"({"id":"me1","role":"moderator"})");
  REQUIRE(platform.commands.size() == 2);
  CHECK(platform.commands[0].name == "password");
  CHECK(nlohmann::json::parse(platform.commands[0].args_json) == nlohmann::json::array({"open sesame"}));
  CHECK(platform.commands[1].name == "toggleLobby");
  jitsi(lobby, "participantRoleChanged", R"({"id":"me1","role":"moderator"})");
  CHECK(platform.commands.size() == 2);  // once
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
  joined_as(lobby, "guest1");
  jitsi(lobby, "passwordRequired", "{}");
  CHECK(state(platform)["passwordPrompt"] == true);
  lobby.click_and_type("guest-password", "letmein");
  lobby.click("submit-password");
  REQUIRE(platform.commands.size() == 1);
  CHECK(platform.commands[0].name == "password");
  CHECK(state(platform)["passwordPrompt"] == false);

  jitsi(lobby, "passwordRequired", "{}");
  lobby.click("cancel-password");
  CHECK(lobby.app().screen() == cofx::Screen::Lobby);
  CHECK(std::string(state(platform)["message"]).find("password") != std::string::npos);
}

TEST_CASE("participants and recording show in the panel; being kicked out ends with a reason") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
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
    joined_as(lobby, "me1");
    jitsi(lobby, "errorOccurred",
          R"({"error":{"name":"connection.droppedError","message":"lost","type":"CONNECTION","isFatal":true}})");
    CHECK(lobby.app().screen() == cofx::Screen::Lobby);
    CHECK(state(platform)["message"] != "");
  }
  {
    HeadlessLobby lobby(platform, "#/COF-AB12CD34");
    joined_as(lobby, "me1");
    jitsi(lobby, "errorOccurred",
          R"({"error":{"name":"conference.iceFailed","message":"retrying","type":"CONFERENCE","isFatal":false}})");
    CHECK(lobby.app().screen() == cofx::Screen::Meeting);  // Jitsi's own reconnect is left alone
    jitsi(lobby, "cameraError", R"({"type":"gum.permission_denied","message":"denied"})");
    CHECK(lobby.app().screen() == cofx::Screen::Meeting);
    CHECK(state(platform)["message"] != "");  // a hint, not an ending
  }
}

TEST_CASE("a deployer's token URL is fetched before joining, and its JWT is used") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  cofx::SitePolicy policy;
  policy.deployment = cofx::jaas(kAppId);
  policy.deployment.token_url = "https://auth.example.org/token";
  cofx::App app(platform, cofx::SiteConfig{}, cofx::system_random_bytes, cofx::App::system_clock_ms, policy);
  app.start("#/COF-AB12CD34");
  REQUIRE(platform.fetches.size() == 1);
  CHECK(platform.fetches[0].url == "https://auth.example.org/token");
  CHECK(platform.opened.empty());
  PlatformEvent answer{PlatformEvent::Type::Fetched, std::string(R"({"token":")") + kJwt + "\"}"};
  answer.detail = "token";
  app.handle(answer);
  REQUIRE(platform.opened.size() == 1);
  CHECK(options(platform.opened[0])["jwt"] == kJwt);
}
