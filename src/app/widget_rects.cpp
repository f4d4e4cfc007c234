#include "app/widget_rects.h"

#include <imgui.h>

namespace cofx {

void WidgetRects::track_last_item(const std::string& name) {
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  current_[name] = WidgetRect{min.x, min.y, max.x - min.x, max.y - min.y};
}

void WidgetRects::track_last_text_field(const std::string& name) {
  track_last_item(name);
  current_[name].text_field = true;
}

const WidgetRect* WidgetRects::find(const std::string& name) const {
  auto it = current_.find(name);
  return it == current_.end() ? nullptr : &it->second;
}

}  // namespace cofx
