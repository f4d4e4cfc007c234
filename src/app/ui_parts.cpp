#include "app/ui_parts.h"


#include "app/theme.h"
#include "app/words/tr.h"
#include "core/text/shaped_text.h"

namespace cofx::ui {

void wrapped(const std::string& text, const ImVec4& colour) {
  if (text.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextWrapped("%s", shaped::for_display(text).c_str());  // may hold a name or a title
  ImGui::PopStyleColor();
}

void message(const std::string& text, const ImVec4& colour, WidgetRole role, const std::string& name,
             WidgetRects& rects) {
  if (text.empty()) return;
  wrapped(text, colour);
  rects.track_last_text(name, role, text);
}

void muted(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme_colors().muted_text);
  ImGui::TextUnformatted(shaped::for_display(text).c_str());
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

float button_width(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

void same_line_if_fits(float width) {
  // Where the line ends: the next line's start plus the room there (items end at the same edge).
  const float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width;
  const float edge = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  if (right <= edge) ImGui::SameLine();
}

bool muted_with_button(const std::string& text, const char* label) {
  const float both = ImGui::CalcTextSize(text.c_str()).x + ImGui::GetStyle().ItemSpacing.x + button_width(label);
  if (both <= ImGui::GetContentRegionAvail().x) {
    ImGui::AlignTextToFramePadding();
    muted(text);
    ImGui::SameLine();
  } else {
    muted_wrapped(text);
  }
  return ImGui::Button(label);
}

bool menu_action(const std::string& shown, const std::string& name, WidgetRects& rects) {
  const bool pressed = ImGui::MenuItem(shown.c_str());
  rects.track_last_item(name);
  rects.last().role = WidgetRole::Button;
  rects.last().checkable = false;
  rects.last().checked = false;
  return pressed;
}

bool checkbox(const std::string& label, bool* value, const std::string& name, WidgetRects& rects) {
  bool changed = ImGui::Checkbox(("##" + name).c_str(), value);
  rects.track_last_item(name);
  rects.last().label = label;
  ImGui::SameLine();
  ImGui::TextWrapped("%s", label.c_str());
  if (ImGui::IsItemClicked()) {
    *value = !*value;
    changed = true;
  }
  return changed;
}

bool section_header(const std::string& label, const std::string& name, WidgetRects& rects) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImVec2 max(min.x + ImGui::GetContentRegionAvail().x, min.y + ImGui::GetFrameHeight());
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(min, max, ImGui::GetColorU32(ImGuiCol_Header), style.FrameRounding);
  if (style.FrameBorderSize > 0) {
    draw->AddRect(min, max, ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding, 0, style.FrameBorderSize);
  }
  const bool open = ImGui::TreeNodeEx(label.c_str(), ImGuiTreeNodeFlags_FramePadding | ImGuiTreeNodeFlags_SpanAvailWidth |
                                                         ImGuiTreeNodeFlags_NoTreePushOnOpen |
                                                         ImGuiTreeNodeFlags_NoAutoOpenOnLog);
  rects.track_last_item(name);
  return open;
}

Answer answer_buttons(const std::string& yes, const std::string& yes_name, const std::string& no,
                      const std::string& no_name, bool yes_primary, WidgetRects& rects) {
  Answer answer = Answer::None;
  const std::string yes_label = label(yes, yes_name);
  if (yes_primary ? primary_button(yes_label.c_str()) : ImGui::Button(yes_label.c_str())) answer = Answer::Yes;
  rects.track_last_item(yes_name);
  ImGui::SameLine();
  if (ImGui::Button(label(no, no_name).c_str())) answer = Answer::No;
  rects.track_last_item(no_name);
  return answer;
}

}  // namespace cofx::ui
