// Phone-first layout: the clip decision each tracked widget publishes (WidgetRect::clipped,
// text_clipped()), the windows that overflow sideways, and the lobby's screens at 320 px wide.
#include <cstdio>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <imgui.h>

#include "app/ui_parts.h"
#include "app/widget_rects.h"
#include "core/schedule/schedule_store.h"
#include "headless_lobby.h"
#include "test_zones.h"

using cofx::WidgetRects;
using cofx::test::FakePlatform;
using cofx::test::HeadlessLobby;

namespace {

// A bare ImGui context with the built-in font, for drawing a window by hand.
class BareImGui {
 public:
  BareImGui() : context_(ImGui::CreateContext()) {
    cofx::listen_to_item_info(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(400, 300);
    io.DeltaTime = 1.0f / 60.0f;
    io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;  // glyphs baked on use (ImGui 1.92); nothing uploads them
  }
  ~BareImGui() { ImGui::DestroyContext(context_); }
  BareImGui(const BareImGui&) = delete;
  BareImGui& operator=(const BareImGui&) = delete;

  // Draws `draw` in a 200 px wide window for a few frames (windows settle over two).
  template <typename Draw>
  void frames(WidgetRects& rects, Draw draw) {
    for (int i = 0; i < 3; ++i) {
      ImGui::NewFrame();
      rects.begin_frame();
      ImGui::SetNextWindowPos(ImVec2(0, 0));
      ImGui::SetNextWindowSize(ImVec2(200, 200));
      ImGui::Begin("narrow", nullptr, ImGuiWindowFlags_NoDecoration);
      draw(rects);
      ImGui::End();
      rects.end_frame();
      ImGui::Render();
    }
  }

 private:
  ImGuiContext* context_;
};

std::string clipped_names(const WidgetRects& rects) {
  std::string names;
  for (const auto& [name, rect] : rects.all()) {
    if (rect.clipped) names += name + " ";
  }
  return names;
}

std::string overflowing(const WidgetRects& rects) {
  std::string names;
  for (const std::string& name : rects.overflowing()) names += name + " ";
  return names;
}

}  // namespace

TEST_CASE("text_clipped: text wider than its frame, or a frame past the window's shown part") {
  // A 100 px button with 8 px padding: a label too wide to centre starts 8 px in, so 92 px fit.
  CHECK_FALSE(cofx::text_clipped(84, 8, 10, 110, 0, 200));
  CHECK_FALSE(cofx::text_clipped(92.3f, 8, 10, 110, 0, 200));  // rounding
  CHECK(cofx::text_clipped(95, 8, 10, 110, 0, 200));
  // Fits its frame, but the frame reaches past the right (or left) edge of what is shown.
  CHECK(cofx::text_clipped(50, 8, 150, 250, 0, 200));
  CHECK(cofx::text_clipped(50, 8, -20, 80, 0, 200));
  // A plain text item (no frame of its own): only its place counts.
  CHECK_FALSE(cofx::text_clipped(0, 0, 0, 200, 0, 200));
  CHECK(cofx::text_clipped(0, 0, 0, 260, 0, 200));
}

TEST_CASE("a tracked widget says whether ImGui had to cut its text") {
  BareImGui imgui;
  WidgetRects rects;
  imgui.frames(rects, [](WidgetRects& r) {
    ImGui::Button("OK");
    r.track_last_item("fits");
    ImGui::Button("A label far too long for it", ImVec2(60, 0));
    r.track_last_item("squeezed");
    ImGui::TextWrapped("A sentence long enough to need two lines in a window this narrow, wrapped.");
    r.track_last_text("wrapped", cofx::WidgetRole::Note, "wrapped");
    ImGui::TextUnformatted("A sentence long enough to need two lines, never wrapped, so cut.");
    r.track_last_text("unwrapped", cofx::WidgetRole::Note, "unwrapped");
  });
  CHECK(clipped_names(rects) == "squeezed unwrapped ");
  CHECK_FALSE(rects.find("fits")->clipped);
  // The window's content reaches past its right edge: it overflows sideways.
  CHECK(overflowing(rects) == "narrow ");
  CHECK(cofx::widget_record(rects).find("\"clipped\":true") != std::string::npos);
  CHECK(cofx::widget_record(rects).find("\"overflowX\":[\"narrow\"]") != std::string::npos);
}

TEST_CASE("a row of buttons too wide for a window wraps to a second line instead of being cut") {
  BareImGui imgui;
  WidgetRects rects;
  imgui.frames(rects, [](WidgetRects& r) {
    const char* labels[] = {"Restore", "Download", "Discard", "Export all"};
    for (int i = 0; i < 4; ++i) {
      if (i > 0) cofx::ui::same_line_if_fits(cofx::ui::button_width(labels[i]));
      ImGui::Button(labels[i]);
      r.track_last_item(labels[i]);
    }
  });
  CHECK(clipped_names(rects).empty());
  CHECK(rects.overflowing().empty());
  CHECK(rects.find("Discard")->y > rects.find("Restore")->y);  // went to the next line
  CHECK(rects.find("Download")->y == rects.find("Restore")->y);
}

namespace {

// Every widget drawn fits: nothing clipped, no window overflowing.
void check_fits(HeadlessLobby& lobby, const char* screen) {
  CAPTURE(screen);
  CHECK(clipped_names(lobby.app().widgets()) == "");
  CHECK(overflowing(lobby.app().widgets()) == "");
}

}  // namespace

TEST_CASE("at 320 px wide the lobby's tabs and a long schedule fit without cutting text") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = R"({"version":1,"displayName":"Grace"})";
  std::vector<cofx::ScheduledMeeting> meetings;
  const char* titles[] = {
      "Quarterly planning review with the whole product and engineering team, part one",
      "Mesyuarat perancangan suku tahunan bersama seluruh pasukan produk dan kejuruteraan",
  };
  for (int i = 0; i < 2; ++i) {
    cofx::ScheduledMeeting m;
    char id[33];
    std::snprintf(id, sizeof id, "%032x", i + 1);
    m.id = id;
    m.title = titles[i];
    m.start_utc = 4102444800 + i * 3600;  // 2100: always upcoming
    m.code = cofx::test::code();
    m.updated_at_ms = 1;
    meetings.push_back(std::move(m));
  }
  platform.storage[cofx::kSchedulesStorageKey] = cofx::encode_schedules(meetings);
  HeadlessLobby lobby(platform);
  lobby.resize(320, 640);
  check_fits(lobby, "meet");
  lobby.click("tab-schedule");
  REQUIRE(lobby.has_widget("row-0-join"));
  check_fits(lobby, "schedule");
  // The actions go under the title and time on a phone, not beside them.
  const cofx::WidgetRect* join = lobby.app().widgets().find("row-0-join");
  const cofx::WidgetRect* menu = lobby.app().widgets().find("row-0-menu");
  CHECK(join->x + join->w < menu->x);
  CHECK(menu->x + menu->w <= 320.0f);
  lobby.click("tab-settings");
  check_fits(lobby, "settings");
}
