#include "app/lobby_view.h"

#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/shaped_field.h"
#include "app/theme.h"
#include "app/ui_parts.h"
#include "app/imgui_reach.h"
#include "app/qr_view.h"
#include "app/words/tr.h"

namespace cofx {
namespace {

using ui::em;

void message_text(const std::string& text, const ImVec4& colour) { ui::wrapped(text, colour); }

bool wide_button(const char* label, const char* name, WidgetRects& rects, bool primary) {
  const ImVec2 size(-FLT_MIN, 2.6f * em());
  const bool pressed = primary ? ui::primary_button(label, size) : ImGui::Button(label, size);
  rects.track_last_item(name);
  return pressed;
}

void draw_name_field(LobbyForm& form, const LobbyView& view, WidgetRects& rects, LobbyIntents& out) {
  const std::string name_label(tr("Your name"));
  ImGui::TextUnformatted(name_label.c_str());
  ImGui::SetNextItemWidth(-FLT_MIN);
  // Translators: an example name shown in the empty name field; a name common where you are is fine.
  const std::string name_hint(tr("e.g. Ada Lovelace"));
  ShapedField name(form.name);
  if (name.done(ImGui::InputTextWithHint("##name", name_hint.c_str(), name.buffer(), name.flags(0), ShapedField::callback,
                                         &name))) {
    out.name_edited = true;
  }
  rects.track_last_text_field("name", name_label, form.name);
  rects.describe("name", view.name_error);
  if (ImGui::IsItemDeactivatedAfterEdit()) out.name_committed = true;
  message_text(view.name_error, theme_colors().error_text);
}

void draw_join_row(LobbyForm& form, const LobbyView& view, WidgetRects& rects, LobbyIntents& out) {
  ImGui::TextUnformatted(std::string(tr("Join with a meeting code")).c_str());
  const float join_width = 5.0f * em();
  ImGui::SetNextItemWidth(-(join_width + ImGui::GetStyle().ItemSpacing.x));
  if (form.focus_code) {
    // Activates the field for typing on the next frame (SetKeyboardFocusHere finds
    // no tab stop inside the card's child window).
    imgui_reach::type_into_next("##code");
    form.focus_code = false;
  }
  // While a link's server is being asked about, only the question's answers go anywhere.
  const bool asking = !view.confirm.empty();
  ImGui::BeginDisabled(asking);
  if (ImGui::InputTextWithHint("##code", "COF-AB12CD34", &form.code, ImGuiInputTextFlags_EnterReturnsTrue)) {
    out.join_code = true;
  }
  if (ImGui::IsItemEdited()) out.code_edited = true;
  ImGui::EndDisabled();
  rects.track_last_text_field("code", std::string(tr("Meeting code")), form.code);
  rects.describe("code", view.code_error);
  ImGui::SameLine();
  ImGui::BeginDisabled(view.joining || asking);
  if (ImGui::Button(label(tr("Join"), "join").c_str(), ImVec2(join_width, 0))) out.join_code = true;
  ImGui::EndDisabled();
  rects.track_last_item("join");
  message_text(view.code_error, theme_colors().error_text);
}

void draw_status(const LobbyView& view, WidgetRects& rects, LobbyIntents& out) {
  if (view.joining) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme_colors().muted_text);
    // Translators: {code} is the meeting code, {server} the Jitsi server, e.g. "meet.jit.si".
    const std::string connecting = tr("Connecting to {code} on {server}…", {{"code", view.room}, {"server", view.domain}});
    ImGui::TextWrapped("%s", connecting.c_str());
    ImGui::PopStyleColor();
    if (ImGui::Button(label(tr("Cancel"), "cancel").c_str())) out.cancel = true;
    rects.track_last_item("cancel");
  }
  if (!view.script_error.empty()) {
    ui::message(view.script_error, theme_colors().error_text, WidgetRole::Alert, "script-error", rects);
    if (ImGui::Button(label(tr("Retry"), "retry").c_str())) out.retry = true;
    rects.track_last_item("retry");
  }
}

void draw_security(LobbyForm& form, const LobbyView& view, WidgetRects& rects, LobbyIntents& out) {
  // Translators: {summary} lists the security settings chosen, e.g. "Password · Lobby on".
  std::string words = view.security_summary.empty() ? std::string(tr("Room security (optional)"))
                                                    : tr("Room security: {summary}", {{"summary", view.security_summary}});
  // A header never wraps: when the summary makes it too long (a phone, a longer language), the
  // summary goes on a line of its own under the closed header.
  const float room = ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - 2 * ImGui::GetStyle().FramePadding.x;
  const bool summary_below = !view.security_summary.empty() && ImGui::CalcTextSize(words.c_str()).x > room;
  if (summary_below) words = tr("Room security");
  const bool open = ui::section_header(label(words, "security"), "security", rects);
  if (summary_below && !open) ui::muted_wrapped(view.security_summary);
  if (!open) return;
  const std::string password_label(tr("Password"));
  ImGui::TextUnformatted(password_label.c_str());
  ImGui::SetNextItemWidth(-FLT_MIN);
  // Translators: shown in the empty password field: the room has no password.
  const std::string password_hint(tr("none"));
  if (ImGui::InputTextWithHint("##password", password_hint.c_str(), &form.room_password, ImGuiInputTextFlags_Password)) {
    out.security_edited = true;
  }
  rects.track_last_secret_field("room-password", password_label);
  message_text(view.security_error, theme_colors().error_text);
  // Translators: "Lobby" here is Jitsi's waiting room, where guests wait until a moderator admits them.
  out.security_edited |= ui::checkbox(std::string(tr("Lobby: guests knock and a moderator lets them in")), &form.lobby,
                                       "lobby-toggle", rects);
  // Translators: "deployment" is the Jitsi server the meeting runs on.
  out.security_edited |= ui::checkbox(std::string(tr("End-to-end encryption (where the deployment supports it)")),
                                       &form.end_to_end_encryption, "e2ee-toggle", rects);
}

void draw_confirm(const LobbyView& view, WidgetRects& rects, LobbyIntents& out) {
  if (view.confirm.empty()) return;
  message_text(view.confirm, theme_colors().text);
  message_text(std::string(tr("Join only if you trust the person who sent the link.")), theme_colors().muted_text);
  // Translators: join the meeting on the other Jitsi server the link names.
  const ui::Answer answer = ui::answer_buttons(std::string(tr("Join there")), "confirm-join",
                                               std::string(tr("Not now")), "decline-join", false, rects);
  out.confirm_join = answer == ui::Answer::Yes;
  out.decline_join = answer == ui::Answer::No;
  ImGui::Separator();
}

void draw_link(const LobbyView& view, WidgetRects& rects, LobbyIntents& out) {
  if (view.link.empty()) return;
  ImGui::TextUnformatted(std::string(tr("Meeting link")).c_str());
  const float copy_width = 5.0f * em();
  std::string shown = view.link;  // read-only: selectable, never edited
  ImGui::SetNextItemWidth(-(copy_width + ImGui::GetStyle().ItemSpacing.x));
  ImGui::InputText("##link", &shown, ImGuiInputTextFlags_ReadOnly);
  rects.track_last_item("link");
  ImGui::SameLine();
  // Translators: a short button beside the meeting link: copies it.
  if (ImGui::Button(label(tr("Copy"), "copy-link").c_str(), ImVec2(copy_width, 0))) out.copy_link = true;
  rects.track_last_item("copy-link");
  if (ImGui::Button(label(tr("Show QR code"), "show-qr").c_str())) out.show_qr = true;
  rects.track_last_item(kQrShowWidget);
}

}  // namespace

LobbyIntents draw_meet_tab(LobbyForm& form, const LobbyView& view, WidgetRects& rects) {
  LobbyIntents out;
  draw_confirm(view, rects, out);
  draw_name_field(form, view, rects, out);
  ImGui::Spacing();
  ImGui::BeginDisabled(view.joining || !view.confirm.empty());
  if (wide_button(label(tr("Start instant meeting"), "start").c_str(), "start", rects, true)) out.start_instant = true;
  ImGui::EndDisabled();
  draw_security(form, view, rects, out);
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Spacing();
  draw_join_row(form, view, rects, out);
  draw_status(view, rects, out);
  ImGui::Spacing();
  draw_link(view, rects, out);
  ui::message(view.notice, theme_colors().muted_text, WidgetRole::Status, "lobby-notice", rects);
  return out;
}

}  // namespace cofx
