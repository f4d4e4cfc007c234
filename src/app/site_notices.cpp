#include "app/site_notices.h"

#include <imgui.h>

#include "app/theme.h"
#include "app/ui_parts.h"

namespace cofx {

void draw_offline_line(bool online, WidgetRects& rects) {
  if (!online) ui::message(kOfflineSentence, theme_colors().error_text, WidgetRole::Alert, "offline", rects);
}

bool draw_update_offer(WidgetRects& rects) {
  constexpr const char* kReady = "A new version of Cof-iniX is ready.";
  const bool fits = ImGui::CalcTextSize(kReady).x + ImGui::GetStyle().ItemSpacing.x + ui::button_width("Reload") <=
                    ImGui::GetContentRegionAvail().x;
  if (fits) ImGui::AlignTextToFramePadding();
  if (fits) ui::muted(kReady);
  else ui::muted_wrapped(kReady);
  rects.track_last_text("update-ready", WidgetRole::Status, kReady);
  if (fits) ImGui::SameLine();
  const bool reload = ImGui::Button("Reload");
  rects.track_last_item("update-reload");
  rects.last().label = "Reload to use the new version";
  ImGui::Separator();
  return reload;
}

bool refuse_offline(bool online, Platform& platform) {
  if (online) return false;
  platform.announce(kOfflineSentence);
  return true;
}

void draw_site_notices(const Scene& scene, WidgetRects& rects, Platform& platform) {
  draw_offline_line(scene.online, rects);
  const bool meeting_under_way = scene.screen() == Screen::Joining || scene.screen() == Screen::Meeting;
  if (scene.update_ready && !meeting_under_way && draw_update_offer(rects)) platform.apply_update();
}

}  // namespace cofx
