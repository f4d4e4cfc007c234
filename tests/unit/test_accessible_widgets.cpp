// What the accessible mirror is told about each widget (app/widget_rects.h): roles,
// names and states from ImGui's own item info, refined where ImGui can't know; and the
// mirror's focus and press reaching the ImGui widget.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "headless_lobby.h"

using cofx::WidgetRect;
using cofx::test::FakePlatform;
using cofx::test::HeadlessLobby;

namespace {

const WidgetRect& widget(HeadlessLobby& lobby, const std::string& name) {
  const WidgetRect* rect = lobby.app().widgets().find(name);
  REQUIRE_MESSAGE(rect != nullptr, name);
  return *rect;
}

}  // namespace

TEST_CASE("the lobby's widgets carry roles, names and states") {
  FakePlatform platform;
  HeadlessLobby lobby(platform);
  lobby.frame();
  CHECK(widget(lobby, "start").role == "button");
  CHECK(widget(lobby, "start").label == "Start instant meeting");
  CHECK(widget(lobby, "name").role == "textbox");
  CHECK(widget(lobby, "name").label == "Your name");
  CHECK(widget(lobby, "code").label == "Meeting code");
  CHECK(widget(lobby, "tab-meet").role == "tab");
  CHECK(widget(lobby, "tab-meet").selected);
  CHECK_FALSE(widget(lobby, "tab-schedule").selected);
  CHECK(widget(lobby, "start").id != 0);

  // A bad code: the field is invalid and described by the message under it.
  lobby.click_and_type("code", "nonsense");
  lobby.click("join");
  lobby.frame();
  CHECK(widget(lobby, "code").invalid);
  CHECK_FALSE(widget(lobby, "code").description.empty());
  CHECK_FALSE(widget(lobby, "name").invalid);
}

TEST_CASE("settings: the deployment choices are radios, one checked") {
  FakePlatform platform;
  HeadlessLobby lobby(platform);
  lobby.click("tab-settings");
  lobby.frame();
  int checked = 0;
  for (const auto& [name, rect] : lobby.app().widgets().all()) {
    if (rect.role != "radio") continue;
    CHECK(rect.checkable);
    CHECK_FALSE(rect.label.empty());
    checked += rect.checked ? 1 : 0;
  }
  CHECK(checked == 1);
}

TEST_CASE("the mirror presses a widget, and focusing a field starts typing in it") {
  FakePlatform platform;
  HeadlessLobby lobby(platform);
  lobby.frame();
  lobby.app().handle(cofx::host::Accessible{false, "name"});
  lobby.frame();
  lobby.type("Ada");
  lobby.frame();
  CHECK(widget(lobby, "name").value == "Ada");  // screen readers read the field's text
  lobby.app().handle(cofx::host::Accessible{true, "start"});
  lobby.frame();
  lobby.frame();
  CHECK(lobby.app().screen() == cofx::Screen::PreJoin);
  CHECK(platform.storage.at("cofinix.settings").find("\"Ada\"") != std::string::npos);  // the name typed
}

TEST_CASE("the mirror's focus moves ImGui's keyboard focus, and the focused widget is named") {
  FakePlatform platform;
  HeadlessLobby lobby(platform);
  lobby.frame();
  lobby.app().handle(cofx::host::Accessible{false, "tab-schedule"});
  lobby.frame();
  CHECK(lobby.app().widgets().focused_name() == "tab-schedule");
  lobby.press(ImGuiKey_Enter);
  lobby.frame();
  CHECK(widget(lobby, "tab-schedule").selected);
  // A name that is not drawn changes nothing.
  lobby.app().handle(cofx::host::Accessible{true, "no-such-widget"});
  lobby.frame();
}
