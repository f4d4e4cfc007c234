// Runs the real lobby UI in a headless Dear ImGui context (no GPU), feeding it
// mouse and keyboard input the way a backend would, so tests can click widgets
// by name and type into fields.
#pragma once

#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <imgui.h>

#include "app/app.h"
#include "app/test_snapshot.h"
#include "app/item_info.h"
#include "app/fonts.h"
#include "fake_platform.h"

namespace cofx::test {

// The settings a returning person saved: the name Grace.
inline constexpr const char* kSavedName = R"({"version":1,"displayName":"Grace"})";

inline std::vector<std::uint8_t> read_test_font() {
  std::ifstream in(COFX_TEST_FONT, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// state(platform) reads this app's test snapshot.
inline void watch_snapshot(FakePlatform& platform, const App& app) {
  platform.snapshot = [&platform, &app] { return test_snapshot(app, platform.local_zone(), platform.site_url()); };
}

class HeadlessLobby {
 public:
  explicit HeadlessLobby(FakePlatform& platform, std::string initial_hash = "",
                         RandomBytes random = system_random_bytes, App::Clock clock = App::system_clock_ms)
      : app_(platform, SiteConfig{}, std::move(random), std::move(clock)), font_(read_test_font()) {
    watch_snapshot(platform, app_);
    context_ = ImGui::CreateContext();
    listen_to_item_info(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1024, 768);
    io.DeltaTime = 1.0f / 60.0f;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    fonts_ = build_fonts(font_);
    io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;  // glyphs baked on use (ImGui 1.92); nothing uploads them
    app_.start(initial_hash);
    frame();
  }
  ~HeadlessLobby() { ImGui::DestroyContext(context_); }
  HeadlessLobby(const HeadlessLobby&) = delete;
  HeadlessLobby& operator=(const HeadlessLobby&) = delete;

  App& app() { return app_; }

  // One frame, plus the extra ones the app asks for to settle its layout (as in the browser).
  void frame() {
    for (int i = 0; i < 5; ++i) {
      ImGui::NewFrame();
      app_.draw(fonts_);
      ImGui::Render();
      if (!app_.wants_another_frame()) break;
    }
  }

  // A canvas of another shape, e.g. the phone's slim bar during a meeting.
  void resize(float width, float height) {
    ImGui::GetIO().DisplaySize = ImVec2(width, height);
    frame();
  }

  bool has_widget(const std::string& name) const { return app_.widgets().find(name) != nullptr; }
  // The widget named `name`; the test stops if there is none.
  const WidgetRect& widget(const std::string& name) const {
    const WidgetRect* r = app_.widgets().find(name);
    REQUIRE_MESSAGE(r != nullptr, "no widget named " << name);
    return *r;
  }
  // What a text field shows, as the mirror reads it.
  std::string field_value(const std::string& name) const { return widget(name).value; }

  // Clicks the widget a person would name: "the Join button".
  void click(WidgetRole role, std::string_view label) {
    std::string name;
    REQUIRE_MESSAGE(app_.widgets().find_by(role, label, &name) != nullptr,
                    "no " << role_name(role) << " labelled " << label);
    click(name);
  }

  void click(const std::string& name) {
    const WidgetRect& r = widget(name);
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(r.x + r.w * 0.5f, r.y + r.h * 0.5f);
    frame();
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    frame();
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    frame();
    frame();
  }

  void type(const std::string& utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8.c_str());
    frame();
  }

  void press(ImGuiKey key) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(key, true);
    frame();
    io.AddKeyEvent(key, false);
    frame();
  }

  // Clicks the field, selects all its text (Ctrl+A), deletes it, and types.
  void replace_text(const std::string& name, const std::string& utf8) {
    click(name);
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, true);
    press(ImGuiKey_A);
    io.AddKeyEvent(ImGuiMod_Ctrl, false);
    press(ImGuiKey_Delete);
    type(utf8);
  }

  void click_and_type(const std::string& name, const std::string& utf8) {
    click(name);
    type(utf8);
  }

 private:
  ImGuiContext* context_ = nullptr;
  App app_;
  std::vector<std::uint8_t> font_;
  UiFonts fonts_;
};

}  // namespace cofx::test
