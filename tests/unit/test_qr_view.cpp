// "Show QR code": the meeting link's QR code over the lobby and over the meeting panel.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

#include "app/qr_view.h"
#include "core/links/qr_code.h"
#include "headless_lobby.h"
#include "host_events.h"

using cofx::test::FakePlatform;
using cofx::test::HeadlessLobby;
using cofx::test::state;

namespace {

constexpr const char* kSavedName = R"({"version":1,"displayName":"Ada"})";

// The code is an image named for people, described by the link, big enough for a phone's
// camera and on the canvas.
const cofx::WidgetRect& shown_code(HeadlessLobby& lobby, const std::string& link) {
  const cofx::WidgetRect* code = lobby.app().widgets().find(cofx::kQrCodeWidget);
  REQUIRE(code != nullptr);
  CHECK(code->role == cofx::WidgetRole::Img);
  CHECK(std::string(cofx::role_name(code->role)) == "img");
  CHECK(code->label == "QR code for the meeting link");
  CHECK(code->description == link);
  CHECK(code->w == code->h);
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  CHECK(code->x >= 0);
  CHECK(code->y >= 0);
  CHECK(code->x + code->w <= display.x);
  CHECK(code->y + code->h <= display.y);
  // Whole-pixel modules of at least 4 px, the quiet zone included.
  const cofx::QrEncoding qr = cofx::encode_qr(link, cofx::QrLevel::Low);  // as QrPanel encodes
  REQUIRE(qr.code);
  const float modules = static_cast<float>(qr.code->size + 2 * cofx::kQrQuietZone);
  const float module_px = code->w / modules;
  CHECK(module_px >= 4.0f);
  CHECK(module_px == doctest::Approx(static_cast<float>(static_cast<int>(module_px))));
  return *code;
}

}  // namespace

TEST_CASE("an invitation's link shows as a QR code in the lobby; Close and Escape put it away") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform, "#/COF-AB12CD34?title=Weekly%20sync");
  const std::string link = state(platform)["link"];
  REQUIRE(link == "https://cofinix.example/app/#/COF-AB12CD34");
  CHECK_FALSE(lobby.has_widget(cofx::kQrCodeWidget));

  lobby.click(cofx::WidgetRole::Button, "Show QR code");
  CHECK(shown_code(lobby, link).w >= 200.0f);
  REQUIRE(lobby.has_widget(cofx::kQrCloseWidget));

  lobby.click(cofx::kQrCloseWidget);
  CHECK_FALSE(lobby.has_widget(cofx::kQrCodeWidget));

  lobby.click(cofx::kQrShowWidget);
  REQUIRE(lobby.has_widget(cofx::kQrCodeWidget));
  lobby.press(ImGuiKey_Escape);
  CHECK_FALSE(lobby.has_widget(cofx::kQrCodeWidget));
  CHECK(state(platform)["screen"] == "lobby");  // Escape closed the code, nothing else
}

TEST_CASE("on a phone's screen the QR code still fits, at least 200 px across") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform, "#/COF-AB12CD34?title=Weekly%20sync");
  lobby.resize(390, 844);
  lobby.click(cofx::kQrShowWidget);
  CHECK(shown_code(lobby, state(platform)["link"]).w >= 200.0f);
}

TEST_CASE("the meeting panel shows the meeting's link as a QR code, within its slim column") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
  REQUIRE(lobby.app().screen() == cofx::Screen::PreJoin);
  lobby.click("join-now");
  REQUIRE(platform.opened.size() == 1);
  lobby.app().handle(cofx::host::MeetingOpened{});
  lobby.resize(288, 800);  // the panel beside a meeting on a wide screen (18 rem)

  lobby.click(cofx::WidgetRole::Button, "Show QR code");
  CHECK(shown_code(lobby, "https://cofinix.example/app/#/COF-AB12CD34").w >= 200.0f);
  lobby.click(cofx::WidgetRole::Button, "Close");
  CHECK_FALSE(lobby.has_widget(cofx::kQrCodeWidget));
  CHECK(lobby.has_widget("leave"));
}

TEST_CASE("a QR code's window says so when the link is too long, instead of a code") {
  cofx::QrPanel panel;
  panel.show(std::string(3000, 'a'));
  CHECK(panel.shown());
  CHECK_FALSE(panel.encoding().code);
  CHECK(panel.encoding().problem == cofx::QrProblem::TooLong);
  CHECK(cofx::describe(cofx::QrProblem::TooLong) == "This link is too long for a QR code. Copy it instead.");
  panel.toggle("https://cofinix.example/#/COF-AB12CD34");
  CHECK_FALSE(panel.shown());
}

TEST_CASE("on a phone the meeting's one-line bar has a QR button; the panel grows to show the code") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  HeadlessLobby lobby(platform, "#/COF-AB12CD34");
  lobby.click("join-now");
  REQUIRE(platform.opened.size() == 1);
  lobby.app().handle(cofx::host::MeetingOpened{});
  lobby.app().handle(cofx::test::jitsi_event("videoConferenceJoined", R"({"roomName":"cof-ab12cd34","id":"me1"})"));
  lobby.resize(390, 56);  // the bar above the meeting (shell/style.css)
  const cofx::WidgetRect* button = lobby.app().widgets().find(cofx::kQrShowWidget);
  REQUIRE(button != nullptr);
  CHECK(button->label == "Show QR code");
  CHECK(button->x + button->w <= 390.0f);
  const cofx::WidgetRect* leave = lobby.app().widgets().find("leave");
  REQUIRE(leave != nullptr);
  CHECK(leave->x + leave->w <= 390.0f);
  CHECK(leave->x >= button->x + button->w);
  // The buttons start after the room's code and its time, never over them.
  const cofx::WidgetRect* invite = lobby.app().widgets().find("copy-invite");
  REQUIRE(invite != nullptr);
  const float text_width = ImGui::CalcTextSize("COF-AB12CD34").x + ImGui::CalcTextSize("0:00").x;
  CHECK(invite->x >= ImGui::GetStyle().WindowPadding.x + text_width + ImGui::GetStyle().ItemSpacing.x);

  lobby.click(cofx::kQrShowWidget);
  CHECK(lobby.app().panel().qr().shown());  // the web layer makes the canvas the page's height
  lobby.resize(390, 844);
  CHECK(shown_code(lobby, "https://cofinix.example/app/#/COF-AB12CD34").w >= 200.0f);
  lobby.click(cofx::kQrCloseWidget);
  CHECK_FALSE(lobby.app().panel().qr().shown());
}
