#include "app/schedule_form_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/theme.h"
#include "app/ui_parts.h"

namespace cofx {
namespace {

constexpr float kShortFieldEm = 7.5f;

struct RepeatChoice {
  Repeat::Kind kind;
  const char* label;
  const char* widget;
};
constexpr RepeatChoice kRepeatChoices[] = {
    {Repeat::Kind::None, "Does not repeat", "repeat-none"},
    {Repeat::Kind::Daily, "Every day", "repeat-daily"},
    {Repeat::Kind::Weekdays, "Every weekday (Mon-Fri)", "repeat-weekdays"},
    {Repeat::Kind::Weekly, "Every week", "repeat-weekly"},
};

using ui::em;
using ui::wrapped;

void field_message(const std::optional<std::string>& message, const ScheduleView& view) {
  if (message && view.show_messages) wrapped(*message, theme_colors().error_text);
}

// A label above a text field as wide as the card.
bool text_field(const char* label, const char* id, const char* hint, std::string& text, const char* widget,
                WidgetRects& rects) {
  ImGui::TextUnformatted(label);
  ImGui::SetNextItemWidth(-FLT_MIN);
  const bool edited = ImGui::InputTextWithHint(id, hint, &text);
  rects.track_last_text_field(widget);
  return edited;
}

void draw_when(ScheduleUi& ui, const ScheduleView& view, WidgetRects& rects, ScheduleIntents& out) {
  wrapped(view.zone, theme_colors().muted_text);
  const float width = kShortFieldEm * em();
  const float time_x = ImGui::GetCursorPosX() + width + ImGui::GetStyle().ItemSpacing.x;
  ImGui::TextUnformatted("Date");
  ImGui::SameLine(time_x);
  ImGui::TextUnformatted("Time");
  ImGui::SetNextItemWidth(width);
  out.form_edited |= ImGui::InputTextWithHint("##schedule-date", "YYYY-MM-DD", &ui.form.date,
                                              ImGuiInputTextFlags_AutoSelectAll);
  rects.track_last_text_field("schedule-date");
  ImGui::SameLine(time_x);
  ImGui::SetNextItemWidth(width * 0.7f);
  out.form_edited |= ImGui::InputTextWithHint("##schedule-time", "HH:MM", &ui.form.time,
                                              ImGuiInputTextFlags_AutoSelectAll);
  rects.track_last_text_field("schedule-time");
  field_message(view.check.start, view);
  // Not an error: which time a DST gap or overlap turned the start into. Shown while typing.
  if (!view.check.start) wrapped(view.check.start_note, theme_colors().text);

  ImGui::TextUnformatted("Duration (15 min to 24 h)");
  ImGui::SetNextItemWidth(width * 0.6f);
  out.form_edited |= ImGui::InputInt("##schedule-duration", &ui.form.duration_minutes, 0, 0);
  rects.track_last_text_field("schedule-duration");
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(view.duration.c_str());
  field_message(view.check.duration, view);
}

void draw_repeat(ScheduleUi& ui, const ScheduleView& view, WidgetRects& rects, ScheduleIntents& out) {
  ImGui::TextUnformatted("Repeat");
  const char* current = kRepeatChoices[0].label;
  for (const RepeatChoice& choice : kRepeatChoices) {
    if (choice.kind == ui.form.repeat) current = choice.label;
  }
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::BeginCombo("##schedule-repeat", current)) {
    for (const RepeatChoice& choice : kRepeatChoices) {
      if (ImGui::Selectable(choice.label, choice.kind == ui.form.repeat)) {
        ui.form.repeat = choice.kind;
        out.form_edited = true;
      }
      rects.track_last_item(choice.widget);
    }
    ImGui::EndCombo();
  }
  rects.track_last_item("schedule-repeat");  // End() restored the combo as the last item
  if (ui.form.repeat != Repeat::Kind::None) {
    auto end_choice = [&](const char* label, ScheduleForm::End end, const char* widget) {
      if (ImGui::RadioButton(label, ui.form.end == end)) {
        ui.form.end = end;
        out.form_edited = true;
      }
      rects.track_last_item(widget);
    };
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Ends");
    ImGui::SameLine();
    end_choice("Never", ScheduleForm::End::Never, "repeat-end-never");
    ImGui::SameLine();
    end_choice("On", ScheduleForm::End::Until, "repeat-end-until");
    ImGui::SameLine();
    end_choice("After", ScheduleForm::End::Count, "repeat-end-count");
    if (ui.form.end == ScheduleForm::End::Until) {
      ImGui::SetNextItemWidth(kShortFieldEm * em());
      out.form_edited |= ImGui::InputTextWithHint("##repeat-until", "YYYY-MM-DD", &ui.form.until,
                                                  ImGuiInputTextFlags_AutoSelectAll);
      rects.track_last_text_field("repeat-until");
    } else if (ui.form.end == ScheduleForm::End::Count) {
      ImGui::SetNextItemWidth(4.0f * em());
      out.form_edited |= ImGui::InputInt("##repeat-count", &ui.form.count, 0, 0);
      rects.track_last_text_field("repeat-count");
      ImGui::SameLine();
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted("meetings");
    }
  }
  if (ui.form.repeat != Repeat::Kind::None) wrapped(view.repeat, theme_colors().muted_text);
  field_message(view.check.repeat, view);
}

}  // namespace

void draw_schedule_form(ScheduleUi& ui, const ScheduleView& view, WidgetRects& rects, ScheduleIntents& out) {
  ImGui::TextUnformatted(ui.editing ? "Edit the meeting" : "Schedule a meeting");
  out.form_edited |= text_field("Title", "##schedule-title", "e.g. Weekly sync", ui.form.title, "schedule-title",
                                rects);
  field_message(view.check.title, view);
  draw_when(ui, view, rects, out);
  ImGui::TextUnformatted("Agenda (optional)");
  out.form_edited |= ImGui::InputTextMultiline("##schedule-agenda", &ui.form.agenda, ImVec2(-FLT_MIN, 4.0f * em()));
  rects.track_last_text_field("schedule-agenda");
  field_message(view.check.agenda, view);
  draw_repeat(ui, view, rects, out);
  ImGui::Spacing();
  if (ui::primary_button(ui.editing ? "Save changes###schedule-save" : "Schedule###schedule-save")) out.save = true;
  rects.track_last_item("schedule-save");
  ImGui::SameLine();
  if (ImGui::Button("Cancel##schedule")) out.cancel = true;
  rects.track_last_item("schedule-cancel");
}

}  // namespace cofx
