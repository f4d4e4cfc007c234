#include "app/site_notices.h"

#include <imgui.h>

#include "app/theme.h"
#include "app/ui_parts.h"

namespace cofx {

void draw_offline_line(bool online, WidgetRects& rects) {
  if (online) return;
  ui::message(std::string(tr(kOfflineSentence)), theme_colors().error_text, WidgetRole::Alert, "offline", rects);
}

bool draw_update_offer(WidgetRects& rects) {
  const std::string ready(tr("A new version of Cof-iniX is ready."));
  // Translators: a button: reload the page to use the new version of the site.
  const std::string reload_label = label(tr("Reload"), "update-reload");
  const bool fits = ImGui::CalcTextSize(ready.c_str()).x + ImGui::GetStyle().ItemSpacing.x +
                        ui::button_width(reload_label.c_str()) <=
                    ImGui::GetContentRegionAvail().x;
  if (fits) ImGui::AlignTextToFramePadding();
  if (fits) ui::muted(ready);
  else ui::muted_wrapped(ready);
  rects.track_last_text("update-ready", WidgetRole::Status, ready);
  if (fits) ImGui::SameLine();
  const bool reload = ImGui::Button(reload_label.c_str());
  rects.track_last_item("update-reload");
  rects.last().label = tr("Reload to use the new version");
  ImGui::Separator();
  return reload;
}

bool refuse_offline(bool online, Platform& platform) {
  if (online) return false;
  platform.announce(std::string(tr(kOfflineSentence)));
  return true;
}

void draw_site_notices(const Scene& scene, WidgetRects& rects, Platform& platform) {
  draw_offline_line(scene.online, rects);
  const bool meeting_under_way = scene.screen() == Screen::Joining || scene.screen() == Screen::Meeting;
  if (scene.update_ready && !meeting_under_way && draw_update_offer(rects)) platform.apply_update();
}

}  // namespace cofx
