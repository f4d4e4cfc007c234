#include "app/lobby_view.h"

#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/theme.h"

namespace cofx {
namespace {

float em() { return ImGui::GetFontSize(); }

void message_text(const std::string& text, const ImVec4& colour) {
  if (text.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

bool wide_button(const char* label, const char* name, WidgetRects& rects, bool primary) {
  const ThemeColors& t = theme_colors();
  if (primary) {
    ImGui::PushStyleColor(ImGuiCol_Text, t.primary_text);
    ImGui::PushStyleColor(ImGuiCol_Button, t.primary_button);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, t.primary_hovered);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, t.primary_active);
  }
  const bool pressed = ImGui::Button(label, ImVec2(-FLT_MIN, 2.6f * em()));
  if (primary) ImGui::PopStyleColor(4);
  rects.track_last_item(name);
  return pressed;
}

void draw_header(const LobbyView& view, const UiFonts& fonts) {
  if (fonts.title != nullptr) ImGui::PushFont(fonts.title);
  ImGui::PushStyleColor(ImGuiCol_Text, theme_colors().accent_text);
  ImGui::TextWrapped("%s", view.title.c_str());
  ImGui::PopStyleColor();
  if (fonts.title != nullptr) ImGui::PopFont();
  ImGui::PushStyleColor(ImGuiCol_Text, theme_colors().muted_text);
  ImGui::TextWrapped("Video meetings in one click. No account, no install.");
  ImGui::PopStyleColor();
}

void draw_name_field(LobbyForm& form, const LobbyView& view, WidgetRects& rects, LobbyIntents& out) {
  ImGui::TextUnformatted("Your name");
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::InputTextWithHint("##name", "e.g. Ada Lovelace", &form.name)) out.name_edited = true;
  rects.track_last_text_field("name");
  if (ImGui::IsItemDeactivatedAfterEdit()) out.name_committed = true;
  message_text(view.name_error, theme_colors().error_text);
}

void draw_join_row(LobbyForm& form, const LobbyView& view, WidgetRects& rects, LobbyIntents& out) {
  ImGui::TextUnformatted("Join with a meeting code");
  const float join_width = 5.0f * em();
  ImGui::SetNextItemWidth(-(join_width + ImGui::GetStyle().ItemSpacing.x));
  if (ImGui::InputTextWithHint("##code", "COF-AB12CD34", &form.code, ImGuiInputTextFlags_EnterReturnsTrue)) {
    out.join_code = true;
  }
  if (ImGui::IsItemEdited()) out.code_edited = true;
  rects.track_last_text_field("code");
  ImGui::SameLine();
  ImGui::BeginDisabled(view.joining);
  if (ImGui::Button("Join", ImVec2(join_width, 0))) out.join_code = true;
  ImGui::EndDisabled();
  rects.track_last_item("join");
  message_text(view.code_error, theme_colors().error_text);
}

void draw_status(const LobbyView& view, WidgetRects& rects, LobbyIntents& out) {
  if (view.joining) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme_colors().muted_text);
    ImGui::TextWrapped("Connecting to %s on %s…", view.room.c_str(), view.domain.c_str());
    ImGui::PopStyleColor();
    if (ImGui::Button("Cancel")) out.cancel = true;
    rects.track_last_item("cancel");
  }
  if (!view.script_error.empty()) {
    message_text(view.script_error, theme_colors().error_text);
    if (ImGui::Button("Retry")) out.retry = true;
    rects.track_last_item("retry");
  }
}

void draw_link(const LobbyView& view, WidgetRects& rects, LobbyIntents& out) {
  if (view.link.empty()) return;
  ImGui::TextUnformatted("Meeting link");
  const float copy_width = 5.0f * em();
  std::string shown = view.link;  // read-only: selectable, never edited
  ImGui::SetNextItemWidth(-(copy_width + ImGui::GetStyle().ItemSpacing.x));
  ImGui::InputText("##link", &shown, ImGuiInputTextFlags_ReadOnly);
  rects.track_last_item("link");
  ImGui::SameLine();
  if (ImGui::Button("Copy", ImVec2(copy_width, 0))) out.copy_link = true;
  rects.track_last_item("copy-link");
}

}  // namespace

LobbyIntents draw_lobby(LobbyForm& form, const LobbyView& view, const UiFonts& fonts, WidgetRects& rects) {
  LobbyIntents out;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGui::Begin("##lobby", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);

  // Centred; the card's height is known only after it is drawn, so last frame's is used.
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID height_id = ImGui::GetID("card-height");
  const float last_height = storage->GetFloat(height_id, 0.0f);
  const float card_width = std::min(ImGui::GetContentRegionAvail().x, 30.0f * em());
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), (viewport->WorkSize.x - card_width) * 0.5f));
  ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), (viewport->WorkSize.y - last_height) * 0.5f));
  ImGui::BeginChild("##card", ImVec2(card_width, last_height),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding);

  draw_header(view, fonts);
  ImGui::Spacing();
  draw_name_field(form, view, rects, out);
  ImGui::Spacing();
  ImGui::BeginDisabled(view.joining);
  if (wide_button("Start instant meeting", "start", rects, true)) out.start_instant = true;
  ImGui::EndDisabled();
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Spacing();
  draw_join_row(form, view, rects, out);
  draw_status(view, rects, out);
  ImGui::Spacing();
  draw_link(view, rects, out);
  message_text(view.notice, theme_colors().muted_text);

  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, theme_colors().muted_text);
  ImGui::TextWrapped("Meetings run on %s with Jitsi Meet.", view.domain.c_str());
  ImGui::PopStyleColor();
  const float height = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y;
  ImGui::EndChild();
  if (height != last_height) {
    storage->SetFloat(height_id, height);
    out.relayout = true;
  }
  ImGui::End();
  return out;
}

}  // namespace cofx
