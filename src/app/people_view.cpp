#include "app/people_view.h"

#include <string>

#include <imgui.h>

#include "app/theme.h"
#include "app/ui_parts.h"
#include "app/words/tr.h"
#include "core/text/shaped_text.h"

namespace cofx {
namespace {

std::string shown_name(const std::string& name) {
  // Translators: a participant who gave Jitsi no name.
  return name.empty() ? std::string(tr("Guest")) : name;
}

void heading(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme_colors().accent_text);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

void draw_question(const MeetingPanelView& view, WidgetRects& rects, MeetingPanelIntents& out) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(shaped::for_display(view.confirm_question).c_str());
  ImGui::PopTextWrapPos();
  rects.track_last_text("confirm-question", WidgetRole::Alert, view.confirm_question);
  const ui::Answer answer =
      ui::answer_buttons(view.confirm_label, "confirm-yes", std::string(tr("Cancel")), "confirm-no", true, rects);
  out.confirm_yes = answer == ui::Answer::Yes;
  out.confirm_no = answer == ui::Answer::No;
  ImGui::Spacing();
}

void draw_waiting(const MeetingPanelView& view, WidgetRects& rects, MeetingPanelIntents& out) {
  // Translators: a heading over the guests asking to join (Jitsi's lobby).
  heading(trn("{n} waiting to join", "{n} waiting to join", static_cast<long>(view.waiting.size())));
  {
    WidgetGroup list = rects.group("waiting", GroupRole::List, std::string(tr("Waiting to join")));
    for (std::size_t i = 0; i < view.waiting.size(); ++i) {
      const PanelGuest& guest = view.waiting[i];
      const std::string name = shown_name(guest.name);
      const std::string index = std::to_string(i);
      WidgetGroup item = rects.group("waiting-" + index, GroupRole::Listitem, name);
      ImGui::PushID(static_cast<int>(i));
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(shaped::for_display(name).c_str());
      ImGui::PopTextWrapPos();
      // Translators: a button: lets a waiting guest into the meeting.
      if (ImGui::Button(label(tr("Admit"), "admit-" + index).c_str())) out.admit = guest.id;
      rects.track_last_item("admit-" + index);
      // Translators: the accessible name of the Admit button: {name} is the waiting guest.
      rects.last().label = tr("Admit {name}", {{"name", name}});
      ImGui::SameLine();
      // Translators: a button: turns a waiting guest away.
      if (ImGui::Button(label(tr("Deny"), "deny-" + index).c_str())) out.deny = guest.id;
      rects.track_last_item("deny-" + index);
      // Translators: the accessible name of the Deny button: {name} is the waiting guest.
      rects.last().label = tr("Deny {name}", {{"name", name}});
      ImGui::PopID();
    }
  }
  if (view.waiting.size() > 1) {
    if (ImGui::Button(label(tr("Admit all"), "admit-all").c_str(), ImVec2(-FLT_MIN, 0))) out.admit_all = true;
    rects.track_last_item("admit-all");
  }
  ImGui::Spacing();
}

// "✋ Aminah Yusof (you) · moderator"
std::string person_line(const PanelPerson& person) {
  std::string line = shown_name(person.name);
  // Translators: after your own name in the list of people in the meeting.
  if (person.you) line = tr("{name} (you)", {{"name", line}});
  if (person.hand_raised) line = "\xE2\x9C\x8B " + line;  // ✋
  // Translators: marks a moderator in the list of people in the meeting.
  if (person.moderator) line = tr("{name} · moderator", {{"name", line}});
  return line;
}

void draw_person_menu(const PanelPerson& person, WidgetRects& rects, MeetingPanelIntents& out) {
  if (!ImGui::BeginPopup("##person-menu")) return;
  auto item = [&](const std::string& words, const char* widget, MeetingPanelIntents::PersonAction action) {
    if (ui::menu_action(label(words, widget), widget, rects)) {
      out.person_action = action;
      out.person_id = person.id;
    }
  };
  using Action = MeetingPanelIntents::PersonAction;
  // Translators: a menu item: mutes this person's microphone.
  if (!person.muted) item(std::string(tr("Mute")), "person-menu-mute", Action::Mute);
  // Translators: a menu item: asks a muted person to turn their microphone on (Jitsi shows them the request).
  else item(std::string(tr("Ask to unmute")), "person-menu-unmute", Action::AskToUnmute);
  // Translators: a menu item: gives this person a moderator's rights.
  if (!person.moderator) item(std::string(tr("Make moderator")), "person-menu-moderator", Action::MakeModerator);
  // Translators: a menu item: removes this person from the meeting (it asks first).
  item(std::string(trc("remove a person", "Remove…")), "person-menu-remove", Action::Remove);
  ImGui::EndPopup();
}

void draw_person(const MeetingPanelView& view, std::size_t i, WidgetRects& rects, MeetingPanelIntents& out) {
  const PanelPerson& person = view.people[i];
  const std::string index = std::to_string(i);
  const std::string line = person_line(person);
  WidgetGroup item = rects.group("person-" + index, GroupRole::Listitem, line);
  ImGui::PushID(static_cast<int>(i));
  const bool acts = view.moderator && !person.you;
  const float menu_width = acts ? ui::button_width("\xE2\x80\xA6") + ImGui::GetStyle().ItemSpacing.x : 0.0f;
  const float left = ImGui::GetCursorPosX();
  ImGui::PushTextWrapPos(left + ImGui::GetContentRegionAvail().x - menu_width);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(shaped::for_display(line).c_str());
  ImGui::PopTextWrapPos();
  rects.track_last_text("person-" + index + "-name", WidgetRole::Note, line);
  if (acts) {
    ImGui::SameLine(left + ImGui::GetContentRegionAvail().x - menu_width + ImGui::GetStyle().ItemSpacing.x);
    if (ImGui::Button(label("\xE2\x80\xA6", "person-" + index + "-menu").c_str())) ImGui::OpenPopup("##person-menu");
    rects.track_last_item("person-" + index + "-menu");
    // Translators: the accessible name of the button opening a person's actions: {name} is the person.
    rects.last().label = tr("Actions for {name}", {{"name", shown_name(person.name)}});
    draw_person_menu(person, rects, out);
  }
  ImGui::PopID();
}

}  // namespace

void draw_host_requests(const MeetingPanelView& view, WidgetRects& rects, MeetingPanelIntents& out) {
  if (!view.confirm_question.empty()) draw_question(view, rects, out);
  if (!view.waiting.empty()) draw_waiting(view, rects, out);
}

void draw_people(const MeetingPanelView& view, WidgetRects& rects, MeetingPanelIntents& out) {
  if (view.people.empty()) return;
  const long count = static_cast<long>(view.people.size() + view.people_not_listed);
  // Translators: the heading over the list of people in the meeting.
  const std::string title = trn("People ({n})", "People ({n})", count);
  heading(title);
  rects.track_last_text("people-heading", WidgetRole::Note, title);
  {
    WidgetGroup list = rects.group("people", GroupRole::List, std::string(tr("People in the meeting")));
    for (std::size_t i = 0; i < view.people.size(); ++i) draw_person(view, i, rects, out);
  }
  if (view.people_not_listed > 0) {
    // Translators: under the list of people when it is too long to show everyone.
    ui::muted(trn("and {n} more", "and {n} more", static_cast<long>(view.people_not_listed)));
  }
  if (view.moderator && view.people.size() > 1) {
    // Translators: a button: mutes every microphone in the meeting but the moderators'.
    if (ImGui::Button(label(tr("Mute everyone"), "mute-everyone").c_str(), ImVec2(-FLT_MIN, 0))) out.mute_everyone = true;
    rects.track_last_item("mute-everyone");
  }
  if (view.moderator) {
    // Translators: a button: ends the meeting for every participant (it asks first).
    if (ImGui::Button(label(tr("End for everyone…"), "end-for-all").c_str(), ImVec2(-FLT_MIN, 0))) out.end_for_all = true;
    rects.track_last_item("end-for-all");
  }
  ImGui::Spacing();
}

}  // namespace cofx
