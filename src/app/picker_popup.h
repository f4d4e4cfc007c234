// The popup of a picker button (date, time): it opens below the button, lined
// up with the field the button fills, or above them when the screen has no room
// below, and stays on screen. Construct it right after the button, in the same
// ID scope as the OpenPopup() call:
//
//   const float field_x = ImGui::GetItemRectMin().x;  // the field, drawn just before
//   if (ImGui::ArrowButton("##open", ImGuiDir_Down)) ImGui::OpenPopup("calendar");
//   if (PickerPopup popup("calendar", field_x)) {
//     ...draw the choices...
//     popup.mark_area();
//     rects.track_last_item("picker-calendar");
//   }
#pragma once

#include <imgui.h>

namespace cofx {

class PickerPopup {
 public:
  // `expected_width`: how wide the popup will be, for placing it on the frame it opens (before
  // ImGui has measured it): a popup placed as if narrower would hang off a phone's screen.
  PickerPopup(const char* id, float left_x, float expected_width = 0);
  ~PickerPopup();  // remembers the popup's size for placing the next frame, and ends it
  PickerPopup(const PickerPopup&) = delete;
  PickerPopup& operator=(const PickerPopup&) = delete;

  explicit operator bool() const { return open_; }
  // Makes the popup's whole rectangle the last item (for WidgetRects), adding nothing to its layout.
  void mark_area() const;

 private:
  bool open_ = false;
  ImGuiStorage* storage_ = nullptr;  // the button's window: the popup has its own
  ImGuiID width_key_ = 0;
  ImGuiID height_key_ = 0;
};

}  // namespace cofx
