#include "app/invitation_view.h"

#include <imgui.h>

#include "app/invite_card.h"
#include "app/qr_view.h"
#include "app/theme.h"
#include "app/ui_parts.h"
#include "app/words/link_words.h"
#include "app/words/tr.h"

namespace cofx {
namespace {

using ui::em;

const char* primary_name(const InvitationView& view) {
  if (view.phase == InviteStatus::Phase::Ended) return "ended";
  return view.can_join ? "join" : "calendar";
}

// Buttons side by side while they fit the card's width, on the next line when not: a phone
// gets two short lines instead of labels cut off at the edge.
class ButtonFlow {
 public:
  bool button(const char* label, const std::string& name, WidgetRects& rects) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = ImGui::CalcTextSize(label, nullptr, true).x + style.FramePadding.x * 2;
    if (used_ > 0) {
      if (used_ + style.ItemSpacing.x + width <= ImGui::GetContentRegionAvail().x) {
        ImGui::SameLine();
        used_ += style.ItemSpacing.x;
      } else {
        used_ = 0;
      }
    }
    const bool pressed = ImGui::Button(label);
    rects.track_last_item(name);
    used_ += width;
    return pressed;
  }

 private:
  float used_ = 0;  // the width taken on the current line
};

// A link-like button: text in the accent colour, no frame until hovered.
bool quiet_link(const char* label, const std::string& name, WidgetRects& rects) {
  const ThemeColors& colors = theme_colors();
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_Text, colors.accent_text);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
  const bool pressed = ImGui::Button(label);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);
  rects.track_last_item(name);
  rects.last().role = WidgetRole::Link;
  return pressed;
}

void draw_primary(const InvitationView& view, InvitationIntents& out, WidgetRects& rects) {
  const ThemeColors& colors = theme_colors();
  const ImVec2 size(-FLT_MIN, 2.6f * em());
  if (view.phase == InviteStatus::Phase::Ended) {
    ui::message(std::string(tr("The meeting has ended.")), colors.text, WidgetRole::Status, "invitation-ended", rects);
    if (ImGui::Button(label(tr("Open the room anyway"), "invitation-join").c_str())) out.join = true;
    rects.track_last_item("invitation-join");
    return;
  }
  if (view.can_join) {
    ImGui::BeginDisabled(view.joining);
    if (ui::primary_button(label(tr("Join"), "invitation-join").c_str(), size)) out.join = true;
    ImGui::EndDisabled();
    rects.track_last_item("invitation-join");
    return;
  }
  if (ui::primary_button(label(tr("Add to calendar"), "invitation-calendar").c_str(), size)) out.calendar = true;
  rects.track_last_item("invitation-calendar");
  ui::message(view.join_opens, colors.muted_text, WidgetRole::Note, "invitation-join-opens", rects);
}

}  // namespace

InvitationIntents draw_invitation(const InvitationView& view, WidgetRects& rects) {
  InvitationIntents out;
  const ThemeColors& colors = theme_colors();
  ui::message(view.when, colors.text, WidgetRole::Note, "invitation-when", rects);
  ui::message(view.zone, colors.muted_text, WidgetRole::Note, "invitation-zone", rects);
  if (!view.duration.empty()) {
    // Translators: {duration} is how long the meeting lasts, e.g. "1 hour".
    ui::message(tr("Lasts {duration}.", {{"duration", view.duration}}), colors.muted_text, WidgetRole::Note,
                "invitation-duration", rects);
  }
  // Translators: {deployment} is the Jitsi server the meeting is on, e.g. "meet.jit.si".
  ui::message(tr("Runs on {deployment}.", {{"deployment", view.deployment}}), colors.muted_text, WidgetRole::Note,
              "invitation-deployment", rects);
  ImGui::Spacing();
  ui::message(view.countdown, colors.accent_text, WidgetRole::Note, "invitation-countdown", rects);
  ImGui::Spacing();
  draw_primary(view, out, rects);

  ImGui::Spacing();
  ButtonFlow more;
  if (view.can_join || view.phase == InviteStatus::Phase::Ended) {
    if (more.button(label(tr("Add to calendar"), "invitation-calendar").c_str(), "invitation-calendar", rects)) out.calendar = true;
  }
  if (more.button("Google Calendar###invitation-google", "invitation-google", rects)) out.google = true;
  if (more.button("Outlook###invitation-outlook", "invitation-outlook", rects)) out.outlook = true;
  ButtonFlow hand_on;
  if (view.share) {
    if (hand_on.button(label(tr("Share"), "invitation-share").c_str(), "invitation-share", rects)) out.share = true;
  }
  if (hand_on.button(label(tr("Copy link"), "invitation-copy").c_str(), "invitation-copy", rects)) out.copy_link = true;
  if (hand_on.button(label(tr("Show QR code"), "invitation-qr").c_str(), kQrShowWidget, rects)) out.toggle_qr = true;
  ui::message(view.copy_note, colors.muted_text, WidgetRole::Status, "invitation-copy-note", rects);

  if (!view.agenda.empty()) {
    ImGui::Spacing();
    ImGui::SeparatorText(std::string(tr("Agenda")).c_str());
    ui::message(view.agenda, colors.text, WidgetRole::Note, "invitation-agenda", rects);
  }
  ui::message(ignored_notice(view.ignored), colors.muted_text, WidgetRole::Note, "invitation-ignored", rects);
  ImGui::Spacing();
  ImGui::Separator();
  if (quiet_link(label(tr("Start your own meeting"), "invitation-lobby").c_str(), "invitation-lobby", rects)) out.lobby = true;
  return out;
}

nlohmann::json invitation_state(const InvitationView& view) {
  return {{"title", view.title},         {"when", view.when},
          {"zone", view.zone},           {"duration", view.duration},
          {"countdown", view.countdown}, {"deployment", view.deployment},
          {"agenda", view.agenda},       {"joinOpens", view.join_opens},
          {"link", view.link},           {"phase", invite_phase_name(view.phase)},
          {"primary", primary_name(view)}, {"canJoin", view.can_join && !view.joining},
          {"share", view.share},         {"showQr", view.show_qr},
          {"ignored", view.ignored},     {"copyNote", view.copy_note}};
}

}  // namespace cofx
