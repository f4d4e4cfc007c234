// The modifier keys held during a DOM key or mouse event, for ImGui (before the event itself,
// as ImGui's own backends do). Bits: 1 Ctrl, 2 Shift, 4 Alt, 8 Meta.
#pragma once

#include <imgui.h>

namespace cofx::web {

inline void set_modifiers(int bits) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, (bits & 1) != 0);
  io.AddKeyEvent(ImGuiMod_Shift, (bits & 2) != 0);
  io.AddKeyEvent(ImGuiMod_Alt, (bits & 4) != 0);
  io.AddKeyEvent(ImGuiMod_Super, (bits & 8) != 0);
}

}  // namespace cofx::web
