#include "app/ui_parts.h"

#include "app/theme.h"

namespace cofx::ui {

void wrapped(const std::string& text, const ImVec4& colour) {
  if (text.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

void muted(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme_colors().muted_text);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopStyleColor();
}

void muted_wrapped(const std::string& text) { wrapped(text, theme_colors().muted_text); }

bool primary_button(const char* label, const ImVec2& size) {
  const ThemeColors& t = theme_colors();
  ImGui::PushStyleColor(ImGuiCol_Text, t.primary_text);
  ImGui::PushStyleColor(ImGuiCol_Button, t.primary_button);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, t.primary_hovered);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, t.primary_active);
  const bool pressed = ImGui::Button(label, size);
  ImGui::PopStyleColor(4);
  return pressed;
}

}  // namespace cofx::ui
