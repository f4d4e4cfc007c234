#include "app/schedule_form_view.h"

#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/shaped_field.h"
#include "app/date_picker.h"
#include "app/theme.h"
#include "app/time_picker.h"
#include "app/ui_parts.h"
#include "app/imgui_reach.h"
#include "app/words/schedule_words.h"
#include "app/words/time_words.h"
#include "app/words/tr.h"
#include "core/schedule/schedule_list.h"
#include "core/time/time_choices.h"

namespace cofx {
namespace {

// A field's heading, wrapped: a translated one may be longer than the card is wide.
void heading_text(std::string_view text) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
}

constexpr float kShortFieldEm = 7.5f;

struct RepeatChoice {
  Repeat::Kind kind;
  const char* label;
  const char* widget;
};
constexpr RepeatChoice kRepeatChoices[] = {
    {Repeat::Kind::None, N_("Does not repeat"), "repeat-none"},
    {Repeat::Kind::Daily, N_("Every day"), "repeat-daily"},
    {Repeat::Kind::Weekdays, N_("Every weekday (Mon-Fri)"), "repeat-weekdays"},
    {Repeat::Kind::Weekly, N_("Every week"), "repeat-weekly"},
};

using ui::em;
using ui::wrapped;

void field_message(const std::optional<std::string>& message, const ScheduleView& view) {
  if (message && view.show_messages) wrapped(*message, theme_colors().error_text);
}

// A label above a text field as wide as the card.
bool text_field(std::string_view label, const char* id, std::string_view hint, std::string& text, const char* widget,
                WidgetRects& rects) {
  heading_text(label);
  ImGui::SetNextItemWidth(-FLT_MIN);
  ShapedField field(text);
  const bool edited = field.done(ImGui::InputTextWithHint(id, std::string(hint).c_str(), field.buffer(), field.flags(0),
                                                          ShapedField::callback, &field));
  rects.track_last_text_field(widget, std::string(label), text);
  return edited;
}

// A chip per quick duration; the one the form holds is drawn as chosen.
void draw_duration_chips(ScheduleUi& ui, WidgetRects& rects, ScheduleIntents& out) {
  const ThemeColors& colors = theme_colors();
  bool first = true;
  for (const int minutes : kQuickDurations) {
    const std::string widget = "duration-" + std::to_string(minutes);
    const std::string label = cofx::label(span_text(std::int64_t{minutes} * 60), widget);
    if (!first) ui::same_line_if_fits(ui::button_width(label.c_str()));  // a phone's row wraps
    first = false;
    const bool chosen = ui.form.duration_minutes == minutes;
    if (chosen) {
      ImGui::PushStyleColor(ImGuiCol_Button, colors.primary_button);
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colors.primary_hovered);
      ImGui::PushStyleColor(ImGuiCol_ButtonActive, colors.primary_active);
      ImGui::PushStyleColor(ImGuiCol_Text, colors.primary_text);
    }
    if (ImGui::Button(label.c_str())) {
      ui.form.duration_minutes = minutes;
      out.form_edited = true;
    }
    if (chosen) ImGui::PopStyleColor(4);
    rects.track_last_item(widget);
    rects.last().checkable = true;  // a toggle: read as pressed when it is the duration
    rects.last().checked = chosen;
  }
}

// Date and time side by side, each a text field with its picker button.
void draw_start(ScheduleUi& ui, const ScheduleView& view, WidgetRects& rects, ScheduleIntents& out) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = kShortFieldEm * em();
  const float picker_gap = style.ItemInnerSpacing.x;
  const float time_x = ImGui::GetCursorPosX() + width + picker_gap + ImGui::GetFrameHeight() + style.ItemSpacing.x;
  // Too narrow for both (a phone): the time goes under the date.
  const bool side_by_side = time_x + width * 0.7f + picker_gap + ImGui::GetFrameHeight() <=
                            ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
  const LocalDateTime now =
      view.zone_rules != nullptr ? to_local(view.now_utc, *view.zone_rules) : local_from_seconds(view.now_utc);
  const std::optional<CivilDate> date = form_date(ui.form);

  const std::string date_words(tr("Date"));
  const std::string time_words(tr("Time"));
  ImGui::TextUnformatted(date_words.c_str());
  if (side_by_side) {
    ImGui::SameLine(time_x);
    ImGui::TextUnformatted(time_words.c_str());
  }
  ImGui::SetNextItemWidth(width);
  // Translators: the hint in the date field (year-month-day); the date is typed as digits, e.g. 2026-12-12.
  const std::string date_hint(tr("YYYY-MM-DD"));
  out.form_edited |= ImGui::InputTextWithHint("##schedule-date", date_hint.c_str(), &ui.form.date,
                                              ImGuiInputTextFlags_AutoSelectAll);
  rects.track_last_text_field("schedule-date", date_words, ui.form.date);
  ImGui::SameLine(0, picker_gap);
  if (auto day = date_picker("schedule-date-picker", {date, now.date(), view.first_weekday}, rects)) {
    ui.form.date = format_iso_date(*day);
    out.form_edited = true;
  }
  if (side_by_side) ImGui::SameLine(time_x);
  else ImGui::TextUnformatted(time_words.c_str());
  ImGui::SetNextItemWidth(width * 0.7f);
  // Translators: the hint in the time field (hours:minutes, 24-hour); the time is typed as digits, e.g. 09:30.
  const std::string time_hint(tr("HH:MM"));
  out.form_edited |= ImGui::InputTextWithHint("##schedule-time", time_hint.c_str(), &ui.form.time,
                                              ImGuiInputTextFlags_AutoSelectAll);
  rects.track_last_text_field("schedule-time", time_words, ui.form.time);
  ImGui::SameLine(0, picker_gap);
  if (auto minute = time_picker("schedule-time-picker", {form_minute_of_day(ui.form), date, now}, rects)) {
    ui.form.time = format_hh_mm(*minute / 60, *minute % 60);
    out.form_edited = true;
  }
}

void draw_duration(ScheduleUi& ui, const ScheduleView& view, WidgetRects& rects, ScheduleIntents& out) {
  // Translators: "min" and "h" are short for minutes and hours.
  const std::string_view heading = tr("Duration (15 min to 24 h)");
  heading_text(heading);
  ImGui::SetNextItemWidth(kShortFieldEm * em() * 0.6f);
  out.form_edited |= ImGui::InputInt("##schedule-duration", &ui.form.duration_minutes, 0, 0);
  rects.track_last_text_field("schedule-duration", std::string(tr("Duration in minutes")),
                              std::to_string(ui.form.duration_minutes));
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(view.duration.c_str());
  draw_duration_chips(ui, rects, out);
  field_message(view.check.duration, view);
  if (!view.ends.empty()) {
    ui::muted(view.ends);
    rects.track_last_item("schedule-ends");
  }
}

void draw_when(ScheduleUi& ui, const ScheduleView& view, WidgetRects& rects, ScheduleIntents& out) {
  wrapped(view.zone, theme_colors().muted_text);
  draw_start(ui, view, rects, out);
  field_message(view.check.start, view);
  // Not an error: which time a DST gap or overlap turned the start into. Shown while typing.
  if (!view.check.start) wrapped(view.check.start_note, theme_colors().text);
  draw_duration(ui, view, rects, out);
}

void draw_repeat(ScheduleUi& ui, const ScheduleView& view, WidgetRects& rects, ScheduleIntents& out) {
  const std::string repeat_words(tr("Repeat"));
  heading_text(repeat_words);
  std::string current(tr(kRepeatChoices[0].label));
  for (const RepeatChoice& choice : kRepeatChoices) {
    if (choice.kind == ui.form.repeat) current = tr(choice.label);
  }
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::BeginCombo("##schedule-repeat", current.c_str())) {
    WidgetGroup options = rects.group("schedule-repeat-options", GroupRole::Listbox, repeat_words);
    for (const RepeatChoice& choice : kRepeatChoices) {
      const bool chosen = choice.kind == ui.form.repeat;
      if (ImGui::Selectable(label(tr(choice.label), choice.widget).c_str(), chosen)) {
        ui.form.repeat = choice.kind;
        out.form_edited = true;
      }
      rects.track_last_item(choice.widget);
      rects.last().role = WidgetRole::Option;
      rects.last().selected = chosen;
    }
    ImGui::EndCombo();
  }
  rects.track_last_item("schedule-repeat");  // End() restored the combo as the last item
  rects.last().role = WidgetRole::Combobox;
  // Translators: the repeat list's accessible name; {choice} is e.g. "Every week".
  rects.last().label = tr("Repeat: {choice}", {{"choice", current}});
  if (ui.form.repeat != Repeat::Kind::None) {
    auto end_choice = [&](std::string_view words, ScheduleForm::End end, const char* widget) {
      if (ImGui::RadioButton(label(words, widget).c_str(), ui.form.end == end)) {
        ui.form.end = end;
        out.form_edited = true;
      }
      rects.track_last_item(widget);
      rects.last().role = WidgetRole::Radio;
      rects.last().checkable = true;
      rects.last().checked = ui.form.end == end;
    };
    ImGui::AlignTextToFramePadding();
    // Translators: when a repeating meeting stops: "Ends: (o) Never ( ) On [date] ( ) After [10] meetings".
    const std::string ends_words(trc("repeat ends", "Ends"));
    ImGui::TextUnformatted(ends_words.c_str());
    ImGui::SameLine();
    {
      WidgetGroup ends = rects.group("repeat-ends", GroupRole::Radiogroup, ends_words);
      // Translators: a choice under "Ends": the meeting repeats forever.
      end_choice(trc("repeat ends", "Never"), ScheduleForm::End::Never, "repeat-end-never");
      ImGui::SameLine();
      // Translators: a choice under "Ends": on a date, typed in the field that appears below.
      end_choice(trc("repeat ends", "On"), ScheduleForm::End::Until, "repeat-end-until");
      ImGui::SameLine();
      // Translators: a choice under "Ends": after a number of meetings, typed in the field that appears below,
      // followed by the word "meetings".
      end_choice(trc("repeat ends", "After"), ScheduleForm::End::Count, "repeat-end-count");
    }
    if (ui.form.end == ScheduleForm::End::Until) {
      ImGui::SetNextItemWidth(kShortFieldEm * em());
      const std::string date_hint(tr("YYYY-MM-DD"));
      out.form_edited |= ImGui::InputTextWithHint("##repeat-until", date_hint.c_str(), &ui.form.until,
                                                  ImGuiInputTextFlags_AutoSelectAll);
      rects.track_last_text_field("repeat-until", std::string(tr("Repeat until")), ui.form.until);
    } else if (ui.form.end == ScheduleForm::End::Count) {
      ImGui::SetNextItemWidth(4.0f * em());
      out.form_edited |= ImGui::InputInt("##repeat-count", &ui.form.count, 0, 0);
      rects.track_last_text_field("repeat-count", std::string(tr("Number of times")), std::to_string(ui.form.count));
      ImGui::SameLine();
      ImGui::AlignTextToFramePadding();
      // Translators: after the number field of "Ends: After [10] meetings".
      const std::string_view after_count = trc("repeat ends", "meetings");
      ImGui::TextUnformatted(after_count.data(), after_count.data() + after_count.size());
    }
  }
  if (ui.form.repeat != Repeat::Kind::None) wrapped(view.repeat, theme_colors().muted_text);
  field_message(view.check.repeat, view);
}

// The form's first frame (it is drawn only while open).
bool form_appearing() {
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID key = ImGui::GetID("##schedule-form-frame");
  const int last = storage->GetInt(key, -2);
  storage->SetInt(key, ImGui::GetFrameCount());
  return last != ImGui::GetFrameCount() - 1;
}

// Opened from the keyboard, the form takes the keyboard in its title: the button that opened
// it is gone, and ImGui's Tab would keep looking for it.
void take_keyboard_if_in_use() {
  if (!imgui_reach::focus_ring_shown()) return;  // the mouse opened it: Tab starts from the top as usual
  imgui_reach::type_into_next("##schedule-title");
}

}  // namespace

void draw_schedule_form(ScheduleUi& ui, const ScheduleView& view, WidgetRects& rects, ScheduleIntents& out) {
  if (form_appearing()) take_keyboard_if_in_use();
  const std::string_view heading = ui.editing ? tr("Edit the meeting") : tr("Schedule a meeting");
  heading_text(heading);
  // Translators: the hint in the meeting title field.
  const std::string_view title_hint = tr("e.g. Weekly sync");
  out.form_edited |= text_field(tr("Title"), "##schedule-title", title_hint, ui.form.title, "schedule-title", rects);
  field_message(view.check.title, view);
  draw_when(ui, view, rects, out);
  const std::string_view agenda_heading = tr("Agenda (optional)");
  heading_text(agenda_heading);
  ShapedField agenda(ui.form.agenda);
  out.form_edited |= agenda.done(ImGui::InputTextMultiline("##schedule-agenda", agenda.buffer(), ImVec2(-FLT_MIN, 4.0f * em()),
                                                           agenda.flags(0), ShapedField::callback, &agenda));
  rects.track_last_text_field("schedule-agenda", std::string(tr("Agenda")), ui.form.agenda);
  field_message(view.check.agenda, view);
  draw_repeat(ui, view, rects, out);
  ImGui::Spacing();
  const std::string_view save_words = ui.editing ? tr("Save changes")
                                                 // Translators: the button that adds a new meeting to the schedule.
                                                 : trc("verb", "Schedule");
  const std::string save = label(save_words, "schedule-save");
  if (ui::primary_button(save.c_str())) out.save = true;
  rects.track_last_item("schedule-save");
  ImGui::SameLine();
  if (ImGui::Button(label(tr("Cancel"), "schedule-cancel").c_str())) out.cancel = true;
  rects.track_last_item("schedule-cancel");
}

}  // namespace cofx
