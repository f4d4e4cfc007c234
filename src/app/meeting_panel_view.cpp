#include "app/meeting_panel_view.h"

#include <algorithm>
#include <cstdio>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/people_view.h"
#include "app/theme.h"
#include "app/ui_parts.h"
#include "app/words/tr.h"
#include "core/text/shaped_text.h"

namespace cofx {
namespace {

using ui::muted;

std::string people(int count) {
  if (count <= 0) return "";
  // Translators: how many people are in the meeting.
  return trn("{n} person", "{n} people", count);
}

long people_count(const MeetingPanelView& view) {
  return static_cast<long>(view.people.size() + view.people_not_listed);
}

// "People (4) · 1 waiting" ("People (4) · +1" when `short_waiting`); empty until Jitsi named anyone.
std::string people_summary(const MeetingPanelView& view, bool short_waiting = false) {
  if (view.people.empty()) return "";
  // Translators: the heading over the list of people in the meeting.
  std::string words = trn("People ({n})", "People ({n})", people_count(view));
  if (view.waiting.empty()) return words;
  const long waiting = static_cast<long>(view.waiting.size());
  // Translators: after "People (4)" on a phone's bar: how many guests ask to be let in.
  return words + " · " + (short_waiting ? "+" + std::to_string(waiting) : trn("{n} waiting", "{n} waiting", waiting));
}

// "4 · +1": the bar's People button where the words don't fit.
std::string people_numbers(const MeetingPanelView& view) {
  std::string numbers = std::to_string(people_count(view));
  if (!view.waiting.empty()) numbers += " · +" + std::to_string(view.waiting.size());
  return numbers;
}

bool leave_button(float width, WidgetRects& rects) {
  const bool pressed = ui::primary_button(label(tr("Leave"), "leave").c_str(), ImVec2(width, 0));
  rects.track_last_item("leave");
  return pressed;
}

// A wide, short canvas (a phone's top bar): everything on one line. The buttons come first
// (Invite and Leave always within one tap, at their labels' width, at the right); the room,
// the time and the recording mark take the room left to their left, each only if it fits whole.
// A further button goes in `buttons` (its width counted) and is drawn beside the others.
void draw_bar(const MeetingPanelView& view, WidgetRects& rects, MeetingPanelIntents& out) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float spacing = style.ItemSpacing.x;
  // Translators: a short button on a phone's one-line bar: shares or copies the meeting's invite link.
  const std::string invite_label = label(tr("Invite"), "copy-invite");
  // Translators: a very short button on a phone's one-line bar: shows the meeting link's QR code.
  const std::string qr_label = label(tr("QR"), "show-qr");
  const float available = ImGui::GetContentRegionAvail().x;
  float buttons = ui::button_width(invite_label.c_str()) + spacing + ui::button_width(label(tr("Leave"), "leave").c_str());
  // People (and who waits) open the sheet: the whole label where it fits, else only the numbers.
  const std::string people_words = people_summary(view);
  std::string people_label;
  if (!people_words.empty()) {
    // Tiers: "People (4) · 1 waiting", "People (4) · +1", "4 · +1".
    const float room = available - buttons - spacing;
    for (const std::string& words : {people_words, people_summary(view, true), people_numbers(view)}) {
      people_label = label(words, "open-people");
      if (ui::button_width(people_label.c_str()) <= room) break;
    }
    buttons += ui::button_width(people_label.c_str()) + spacing;
  }
  // QR goes last: on a narrow bar (a 320 px phone in Tamil) it moves into the People sheet.
  const bool qr_on_bar = people_label.empty() || ui::button_width(qr_label.c_str()) + spacing <= available - buttons;
  if (qr_on_bar) buttons += ui::button_width(qr_label.c_str()) + spacing;
  float room_left = ImGui::GetContentRegionAvail().x - buttons - spacing;
  bool first = true;
  auto text_if_fits = [&](const std::string& text, const ImVec4* colour) {
    const float width = ImGui::CalcTextSize(text.c_str()).x + (first ? 0.0f : spacing);
    if (text.empty() || width > room_left) return;
    if (!first) ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    if (colour != nullptr) ImGui::TextColored(*colour, "%s", text.c_str());
    else ImGui::TextUnformatted(text.c_str());
    room_left -= width;
    first = false;
  };
  text_if_fits(view.room, nullptr);
  text_if_fits(view.waiting_for_host.empty() ? view.elapsed : view.waiting_for_host, &theme_colors().muted_text);
  // Translators: a very short mark that the meeting is being recorded (as on a camera).
  if (view.recording) text_if_fits(std::string(tr("REC")), &theme_colors().error_text);
  const float buttons_x = ImGui::GetWindowWidth() - buttons - style.WindowPadding.x;
  if (!first) ImGui::SameLine(buttons_x);
  else ImGui::SetCursorPosX(buttons_x);
  if (!people_label.empty()) {
    if (ImGui::Button(people_label.c_str())) out.open_sheet = true;
    rects.track_last_item("open-people");
    rects.last().label = people_words;
    ImGui::SameLine();
  }
  if (ImGui::Button(invite_label.c_str())) out.copy_invite = true;
  rects.track_last_item("copy-invite");
  ImGui::SameLine();
  // The code needs the page: the panel grows to it while the code is shown (main.cpp).
  if (qr_on_bar) {
    if (ImGui::Button(qr_label.c_str())) out.show_qr = true;
    rects.track_last_item(kQrShowWidget);
    rects.last().label = std::string(tr("Show QR code"));
    ImGui::SameLine();
  }
  if (leave_button(0, rects)) out.leave = true;
}

void draw_password_prompt(PasswordPrompt& prompt, WidgetRects& rects, MeetingPanelIntents& out) {
  ImGui::TextWrapped("%s", std::string(tr("This meeting has a password.")).c_str());
  ImGui::SetNextItemWidth(-FLT_MIN);
  const std::string hint(tr("Password"));
  if (ImGui::InputTextWithHint("##room-password", hint.c_str(), &prompt.text,
                               ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue)) {
    out.submit_password = true;
  }
  rects.track_last_secret_field("guest-password", std::string(tr("Meeting password")));
  if (!prompt.error.empty()) ImGui::TextColored(theme_colors().error_text, "%s", prompt.error.c_str());
  // Translators: a button: sends the password typed above.
  if (ImGui::Button(label(tr("Enter"), "submit-password").c_str())) out.submit_password = true;
  rects.track_last_item("submit-password");
  ImGui::SameLine();
  if (ImGui::Button(label(tr("Cancel"), "cancel-password").c_str())) out.cancel_password = true;
  rects.track_last_item("cancel-password");
  ImGui::Spacing();
}

// The phone's bar has one line: the password question takes it whole.
void draw_bar_password_prompt(PasswordPrompt& prompt, WidgetRects& rects, MeetingPanelIntents& out) {
  const float em = ImGui::GetFontSize();
  ImGui::SetNextItemWidth(std::max(4.0f * em, ImGui::GetContentRegionAvail().x - 9.5f * em));
  const std::string hint(prompt.error.empty() ? tr("Meeting password") : tr("Wrong password, try again"));
  if (ImGui::InputTextWithHint("##room-password", hint.c_str(), &prompt.text,
                               ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue)) {
    out.submit_password = true;
  }
  rects.track_last_secret_field("guest-password", std::string(tr("Meeting password")));
  ImGui::SameLine();
  if (ImGui::Button(label(tr("Enter"), "submit-password").c_str(), ImVec2(4.5f * em, 0))) out.submit_password = true;
  rects.track_last_item("submit-password");
  ImGui::SameLine();
  if (ImGui::Button(label(tr("Cancel"), "cancel-password").c_str(), ImVec2(4.5f * em, 0))) out.cancel_password = true;
  rects.track_last_item("cancel-password");
}

void draw_leave_question(const MeetingPanelView& view, WidgetRects& rects, MeetingPanelIntents& out) {
  ImGui::TextWrapped("%s", view.leave_question.c_str());
  // Translators: leave this meeting and go to the one the link leads to.
  const ui::Answer answer = ui::answer_buttons(std::string(tr("Leave and go")), "leave-for-link",
                                               std::string(tr("Stay here")), "keep-meeting", true, rects);
  out.leave_for_link = answer == ui::Answer::Yes;
  out.keep_meeting = answer == ui::Answer::No;
  ImGui::Spacing();
}

// The scheduled meeting's agenda, one tap away.
void draw_agenda(const MeetingPanelView& view, WidgetRects& rects, MeetingPanelIntents& out) {
  if (view.agenda.empty()) return;
  // Translators: a button in the meeting's panel: shows or hides the scheduled meeting's agenda.
  const std::string words = view.agenda_shown ? std::string(tr("Hide agenda")) : std::string(tr("Show agenda"));
  if (ImGui::Button(label(words, "agenda-toggle").c_str(), ImVec2(-FLT_MIN, 0))) out.toggle_agenda = true;
  rects.track_last_item("agenda-toggle");
  if (!view.agenda_shown) return;
  ui::message(view.agenda, ImGui::GetStyleColorVec4(ImGuiCol_Text), WidgetRole::Note, "agenda", rects);
  ImGui::Spacing();
}

// A phone's sheet over the meeting: what the bar has no room for (who waits, the agenda, the
// people) and the way back; Invite, QR and Leave stay on the bar.
void draw_sheet(const MeetingPanelView& view, WidgetRects& rects, MeetingPanelIntents& out) {
  // Translators: closes the phone's sheet of people and goes back to the meeting's video.
  if (ui::primary_button(label(tr("Back to the meeting"), "close-sheet").c_str(), ImVec2(-FLT_MIN, 0))) {
    out.close_sheet = true;
  }
  rects.track_last_item("close-sheet");
  if (ImGui::Button(label(tr("Show QR code"), "show-qr").c_str(), ImVec2(-FLT_MIN, 0))) out.show_qr = true;
  rects.track_last_item(kQrShowWidget);
  ImGui::Spacing();
  if (!view.title.empty()) ui::message(view.title, theme_colors().accent_text, WidgetRole::Note, "meeting-title", rects);
  draw_host_requests(view, rects, out);
  draw_agenda(view, rects, out);
  draw_people(view, rects, out);
}

void draw_column(const MeetingPanelView& view, PasswordPrompt& prompt, const UiFonts& fonts, WidgetRects& rects,
                 MeetingPanelIntents& out) {
  if (view.sheet) return draw_sheet(view, rects, out);
  ImGui::PushStyleColor(ImGuiCol_Text, theme_colors().accent_text);
  ImGui::TextUnformatted("Cof-iniX");
  ImGui::PopStyleColor();
  ImGui::Spacing();
  muted(std::string(tr("In meeting")));
  push_title_font(fonts);
  ImGui::TextUnformatted(shaped::for_display(view.room).c_str());
  ImGui::PopFont();
  // Translators: under the meeting code: {server} is the Jitsi server it is on, e.g. "meet.jit.si".
  muted(tr("on {server}", {{"server", view.domain}}));
  if (!view.title.empty()) ui::message(view.title, theme_colors().accent_text, WidgetRole::Note, "meeting-title", rects);
  ImGui::Spacing();
  if (!view.waiting_for_host.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(view.waiting_for_host.c_str());
    ImGui::PopTextWrapPos();
    rects.track_last_text("waiting-for-host", WidgetRole::Status, view.waiting_for_host);
  } else {
    ImGui::TextUnformatted(view.elapsed.empty() ? std::string(tr("Connecting…")).c_str() : view.elapsed.c_str());
    rects.track_last_item("elapsed");
  }
  if (view.participants > 0) ImGui::TextUnformatted(people(view.participants).c_str());
  if (view.recording) ImGui::TextColored(theme_colors().error_text, "%s", std::string(tr("Recording")).c_str());
  for (const std::string& line : view.security) ui::muted_wrapped(line);
  for (std::size_t i = 0; i < view.effects.size(); ++i) {
    ui::message(view.effects[i], theme_colors().error_text, WidgetRole::Alert, "effect-" + std::to_string(i), rects);
  }
  ImGui::Spacing();
  if (!view.leave_question.empty()) draw_leave_question(view, rects, out);
  if (prompt.open) draw_password_prompt(prompt, rects, out);
  draw_host_requests(view, rects, out);
  if (ImGui::Button(label(tr("Copy invite link"), "copy-invite").c_str(), ImVec2(-FLT_MIN, 0))) out.copy_invite = true;
  rects.track_last_item("copy-invite");
  if (ImGui::Button(label(tr("Show QR code"), "show-qr").c_str(), ImVec2(-FLT_MIN, 0))) out.show_qr = true;
  rects.track_last_item(kQrShowWidget);
  if (leave_button(-FLT_MIN, rects)) out.leave = true;
  ImGui::Spacing();
  draw_agenda(view, rects, out);
  draw_people(view, rects, out);
  if (!view.notice.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme_colors().muted_text);
    ImGui::TextWrapped("%s", view.notice.c_str());
    ImGui::PopStyleColor();
  }
}

}  // namespace

std::string format_elapsed(long long seconds) {
  if (seconds < 0) seconds = 0;
  char text[32];
  const long long h = seconds / 3600, m = (seconds / 60) % 60, s = seconds % 60;
  if (h > 0) std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", h, m, s);
  else std::snprintf(text, sizeof text, "%lld:%02lld", m, s);
  return text;
}

MeetingPanelIntents draw_meeting_panel(const MeetingPanelView& view, PasswordPrompt& prompt, QrPanel& qr,
                                       const UiFonts& fonts, WidgetRects& rects) {
  MeetingPanelIntents out;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const bool bar = viewport->WorkSize.x > viewport->WorkSize.y * 3.0f;
  ImGui::PushStyleColor(ImGuiCol_WindowBg, theme_colors().surface);
  if (bar) {  // centre one row of buttons vertically in the short canvas
    const float padding_y = std::max(0.0f, (viewport->WorkSize.y - ImGui::GetFrameHeight()) * 0.5f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ImGui::GetFontSize() * 0.75f, padding_y));
  }
  ImGui::Begin("##meeting-panel", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                               ImGuiWindowFlags_NoSavedSettings);
  if (bar && prompt.open) draw_bar_password_prompt(prompt, rects, out);
  else if (bar && !view.leave_question.empty()) draw_leave_question(view, rects, out);
  else if (bar) draw_bar(view, rects, out);
  else draw_column(view, prompt, fonts, rects, out);
  qr.draw(rects);
  ImGui::End();
  if (bar) ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  return out;
}

}  // namespace cofx
