#include "app/picker_popup.h"
#include "app/imgui_reach.h"

#include <algorithm>


namespace cofx {
namespace {

// Below the anchor, else above it when that fits and below does not; from left_x, within the
// screen's width.
ImVec2 position(const ImVec2& anchor_min, const ImVec2& anchor_max, float left_x, const ImVec2& size) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float gap = ImGui::GetStyle().ItemSpacing.y * 0.5f;
  const float top = viewport->WorkPos.y;
  const float bottom = top + viewport->WorkSize.y;
  float y = anchor_max.y + gap;
  if (y + size.y > bottom && anchor_min.y - gap - size.y >= top) y = anchor_min.y - gap - size.y;
  const float left = viewport->WorkPos.x;
  const float right = left + viewport->WorkSize.x;
  const float x = std::max(left, std::min(left_x, right - size.x));
  return {x, y};
}

}  // namespace

PickerPopup::PickerPopup(const char* id, float left_x, float expected_width) {
  const ImVec2 anchor_min = ImGui::GetItemRectMin();
  const ImVec2 anchor_max = ImGui::GetItemRectMax();
  storage_ = ImGui::GetStateStorage();
  ImGui::PushID(id);
  width_key_ = ImGui::GetID("width");
  height_key_ = ImGui::GetID("height");
  ImGui::PopID();
  // Zero before the first frame, which ImGui spends measuring the popup without showing it.
  const ImVec2 size(std::max(storage_->GetFloat(width_key_), expected_width), storage_->GetFloat(height_key_));
  ImGui::SetNextWindowPos(position(anchor_min, anchor_max, left_x, size));
  open_ = ImGui::BeginPopup(id);
}

void PickerPopup::mark_area() const {
  const ImVec2 min = ImGui::GetWindowPos();
  const ImVec2 size = ImGui::GetWindowSize();
  imgui_reach::add_plain_item(min, ImVec2(min.x + size.x, min.y + size.y));
}

PickerPopup::~PickerPopup() {
  if (!open_) return;
  const ImVec2 size = ImGui::GetWindowSize();
  storage_->SetFloat(width_key_, size.x);
  storage_->SetFloat(height_key_, size.y);
  ImGui::EndPopup();
}

}  // namespace cofx
