#include "app/theme.h"

namespace cofx {

void apply_theme(float scale) {
  using namespace palette;
  ImGuiStyle style;
  ImGui::StyleColorsDark(&style);
  style.WindowPadding = ImVec2(24, 24);
  style.FramePadding = ImVec2(12, 9);
  style.ItemSpacing = ImVec2(10, 10);
  style.WindowRounding = 0;
  style.ChildRounding = 14;
  style.FrameRounding = 8;
  style.PopupRounding = 8;
  style.GrabRounding = 8;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 1;
  style.FrameBorderSize = 1;

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = kText;
  c[ImGuiCol_TextDisabled] = kTextMuted;
  c[ImGuiCol_WindowBg] = kBackground;
  c[ImGuiCol_ChildBg] = kMeetingBackground;
  c[ImGuiCol_PopupBg] = kMeetingBackground;
  c[ImGuiCol_Border] = rgb(0x8A2BE2, 0.45f);
  c[ImGuiCol_FrameBg] = rgb(0x12001F);
  c[ImGuiCol_FrameBgHovered] = rgb(0x24003B);
  c[ImGuiCol_FrameBgActive] = rgb(0x2E004C);
  c[ImGuiCol_Button] = kDeepPurple;
  c[ImGuiCol_ButtonHovered] = kHotPurple;
  c[ImGuiCol_ButtonActive] = kElectricPurple;
  c[ImGuiCol_Header] = kDeepPurple;
  c[ImGuiCol_HeaderHovered] = kHotPurple;
  c[ImGuiCol_HeaderActive] = kElectricPurple;
  c[ImGuiCol_Separator] = rgb(0x8A2BE2, 0.35f);
  c[ImGuiCol_TextSelectedBg] = rgb(0xFF6EC7, 0.35f);
  c[ImGuiCol_NavHighlight] = kNeonPink;
  c[ImGuiCol_CheckMark] = kNeonPink;

  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

}  // namespace cofx
