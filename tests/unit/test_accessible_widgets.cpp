// What the accessible mirror is told about each widget (app/widget_rects.h): roles,
// names and states from ImGui's own item info, refined where ImGui can't know; and the
// mirror's focus and press reaching the ImGui widget.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/meeting/recent_meetings.h"
#include "headless_lobby.h"

using cofx::GroupRole;
using cofx::WidgetRect;
using cofx::WidgetRole;
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
  CHECK(widget(lobby, "start").role == WidgetRole::Button);
  CHECK(widget(lobby, "start").label == "Start instant meeting");
  CHECK(widget(lobby, "name").role == WidgetRole::Textbox);
  CHECK(widget(lobby, "name").label == "Your name");
  CHECK(widget(lobby, "code").label == "Meeting code");
  CHECK(widget(lobby, "tab-meet").role == WidgetRole::Tab);
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
    if (rect.role != WidgetRole::Radio) continue;
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

TEST_CASE("widgets sit in groups: tabs in a tablist, the tab's content in its panel, radios in a radiogroup") {
  FakePlatform platform;
  HeadlessLobby lobby(platform);
  lobby.frame();
  const auto& groups = lobby.app().widgets().groups();
  REQUIRE(groups.count("tabs") == 1);
  CHECK(groups.at("tabs").role == GroupRole::Tablist);
  CHECK(widget(lobby, "tab-meet").group == "tabs");
  REQUIRE(groups.count("tab-panel") == 1);
  CHECK(groups.at("tab-panel").role == GroupRole::Tabpanel);
  CHECK(groups.at("tab-panel").label == "Meet");
  CHECK(widget(lobby, "start").group == "tab-panel");

  lobby.click("tab-settings");
  lobby.frame();
  CHECK(lobby.app().widgets().groups().at("tab-panel").label == "Settings");
  const auto& kinds = lobby.app().widgets().groups().at("deployment-kinds");
  CHECK(kinds.role == GroupRole::Radiogroup);
  CHECK(kinds.parent == "tab-panel");
  CHECK(widget(lobby, "kind-public").group == "deployment-kinds");
  CHECK(widget(lobby, "save-deployment").group == "tab-panel");  // the group ended before Save
}

TEST_CASE("a group's guard ends it; text is tracked as a status or an alert that is never focused") {
  cofx::WidgetRects rects;
  ImGuiContext* context = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(800, 600);
  io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;  // glyphs baked on use (ImGui 1.92); nothing uploads them
  ImGui::NewFrame();
  rects.begin_frame();
  ImGui::Begin("test");
  {
    cofx::WidgetGroup list = rects.group("list", GroupRole::List, "Things");
    {
      cofx::WidgetGroup item = rects.group("item-1", GroupRole::Listitem, "First");
      ImGui::Button("Open");
      rects.track_last_item("open-1");
    }
    ImGui::TextUnformatted("Saved.");
    rects.track_last_text("saved", WidgetRole::Status, "Saved.");
  }
  ImGui::Button("After");
  rects.track_last_item("after");
  ImGui::End();
  ImGui::EndFrame();
  CHECK(rects.groups().at("item-1").parent == "list");
  CHECK(rects.find("open-1")->group == "item-1");
  CHECK(rects.find("saved")->group == "list");
  CHECK(rects.find("saved")->role == cofx::WidgetRole::Status);
  CHECK(rects.find("saved")->label == "Saved.");
  CHECK(rects.find("saved")->id == 0);
  CHECK(rects.find("after")->group.empty());
  ImGui::DestroyContext(context);
}

TEST_CASE("recent meetings: a list of named items, and the × button is named by what it removes") {
  FakePlatform platform;
  const cofx::RecentMeeting meeting{*cofx::RoomCode::from_canonical("COF-AB12CD34"), "Budget review",
                                    cofx::recent_deployment(cofx::Deployment{}), 1'700'000'000'000};
  platform.storage["cofinix.recent"] = cofx::encode_recent_meetings({meeting});
  HeadlessLobby lobby(platform);
  lobby.frame();
  const auto& groups = lobby.app().widgets().groups();
  REQUIRE(groups.count("recent") == 1);
  CHECK(groups.at("recent").role == GroupRole::List);
  CHECK(groups.at("recent-0").role == GroupRole::Listitem);
  CHECK(groups.at("recent-0").label.find("Budget review") == 0);
  CHECK(widget(lobby, "recent-remove-0").label == "Remove 'Budget review' (COF-AB12CD34) from recent meetings");
  CHECK(widget(lobby, "recent-remove-0").group == "recent-0");
}

TEST_CASE("keyboard shortcuts are a note in the lobby, and not shown on a touch-only device") {
  FakePlatform with_keys;
  HeadlessLobby lobby(with_keys);
  REQUIRE(lobby.has_widget("shortcuts"));
  CHECK(widget(lobby, "shortcuts").role == WidgetRole::Note);
  CHECK(widget(lobby, "shortcuts").label.find("N new meeting") != std::string::npos);

  FakePlatform touch_only;
  touch_only.keyboard = false;
  HeadlessLobby phone(touch_only);
  CHECK(phone.has_widget("start"));
  CHECK_FALSE(phone.has_widget("shortcuts"));
}

TEST_CASE("password-style fields are secret, set in C++: the room password and the JWT") {
  FakePlatform platform;
  HeadlessLobby lobby(platform);
  lobby.click("security");
  lobby.click_and_type("room-password", "open sesame");
  lobby.frame();
  CHECK(widget(lobby, "room-password").secret);
  CHECK(widget(lobby, "room-password").value.empty());
  CHECK_FALSE(widget(lobby, "name").secret);
  CHECK_FALSE(widget(lobby, "code").secret);
  lobby.click("tab-settings");
  lobby.click("kind-self");
  lobby.frame();
  CHECK(widget(lobby, "jwt").secret);
  CHECK(widget(lobby, "jwt").label.find("JWT") != std::string::npos);
}

TEST_CASE("the record handed to JS is versioned and named, never positional") {
  FakePlatform platform;
  HeadlessLobby lobby(platform);
  lobby.click("security");
  lobby.click_and_type("room-password", "open sesame");
  lobby.frame();
  const auto record = nlohmann::json::parse(cofx::widget_record(lobby.app().widgets()));
  CHECK(record["v"] == 1);
  REQUIRE(record["widgets"].is_array());
  const auto named = [&record](const std::string& name) {
    for (const auto& w : record["widgets"]) if (w["name"] == name) return w;
    return nlohmann::json();
  };
  const auto start = named("start");
  CHECK(start["role"] == "button");
  CHECK(start["label"] == "Start instant meeting");
  CHECK(start["w"].get<double>() > 0);
  CHECK_FALSE(start.contains("textField"));  // false booleans are left out
  const auto password = named("room-password");
  CHECK(password["role"] == "textbox");
  CHECK(password["textField"] == true);
  CHECK(password["secret"] == true);
  CHECK_FALSE(password.contains("value"));
  CHECK(record.dump().find("open sesame") == std::string::npos);
  CHECK(named("tab-meet")["selected"] == true);
  CHECK(named("tab-meet")["group"] == "tabs");
  bool tablist = false;
  for (const auto& g : record["groups"]) tablist |= g["key"] == "tabs" && g["role"] == "tablist" && g["parent"] == "";
  CHECK(tablist);
}
