#include "app/schedule_form_view.h"

#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/date_picker.h"
#include "app/theme.h"
#include "app/time_picker.h"
#include "app/ui_parts.h"
#include "app/imgui_reach.h"
#include "app/words/schedule_words.h"
#include "app/words/time_words.h"
#include "core/schedule/schedule_list.h"
#include "core/time/time_choices.h"

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
  rects.track_last_text_field(widget, label, text);
  return edited;
}

// A chip per quick duration; the one the form holds is drawn as chosen.
void draw_duration_chips(ScheduleUi& ui, WidgetRects& rects, ScheduleIntents& out) {
  const ThemeColors& colors = theme_colors();
  bool first = true;
  for (const int minutes : kQuickDurations) {
    const std::string widget = "duration-" + std::to_string(minutes);
    const std::string label = span_text(std::int64_t{minutes} * 60) + "##" + widget;
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

  ImGui::TextUnformatted("Date");
  if (side_by_side) {
    ImGui::SameLine(time_x);
    ImGui::TextUnformatted("Time");
  }
  ImGui::SetNextItemWidth(width);
  out.form_edited |= ImGui::InputTextWithHint("##schedule-date", "YYYY-MM-DD", &ui.form.date,
                                              ImGuiInputTextFlags_AutoSelectAll);
  rects.track_last_text_field("schedule-date", "Date", ui.form.date);
  ImGui::SameLine(0, picker_gap);
  if (auto day = date_picker("schedule-date-picker", {date, now.date(), view.first_weekday}, rects)) {
    ui.form.date = format_iso_date(*day);
    out.form_edited = true;
  }
  if (side_by_side) ImGui::SameLine(time_x);
  else ImGui::TextUnformatted("Time");
  ImGui::SetNextItemWidth(width * 0.7f);
  out.form_edited |= ImGui::InputTextWithHint("##schedule-time", "HH:MM", &ui.form.time,
                                              ImGuiInputTextFlags_AutoSelectAll);
  rects.track_last_text_field("schedule-time", "Time", ui.form.time);
  ImGui::SameLine(0, picker_gap);
  if (auto minute = time_picker("schedule-time-picker", {form_minute_of_day(ui.form), date, now}, rects)) {
    ui.form.time = format_hh_mm(*minute / 60, *minute % 60);
    out.form_edited = true;
  }
}

void draw_duration(ScheduleUi& ui, const ScheduleView& view, WidgetRects& rects, ScheduleIntents& out) {
  ImGui::TextUnformatted("Duration (15 min to 24 h)");
  ImGui::SetNextItemWidth(kShortFieldEm * em() * 0.6f);
  out.form_edited |= ImGui::InputInt("##schedule-duration", &ui.form.duration_minutes, 0, 0);
  rects.track_last_text_field("schedule-duration", "Duration in minutes", std::to_string(ui.form.duration_minutes));
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
  ImGui::TextUnformatted("Repeat");
  const char* current = kRepeatChoices[0].label;
  for (const RepeatChoice& choice : kRepeatChoices) {
    if (choice.kind == ui.form.repeat) current = choice.label;
  }
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::BeginCombo("##schedule-repeat", current)) {
    WidgetGroup options = rects.group("schedule-repeat-options", GroupRole::Listbox, "Repeat");
    for (const RepeatChoice& choice : kRepeatChoices) {
      const bool chosen = choice.kind == ui.form.repeat;
      if (ImGui::Selectable(choice.label, chosen)) {
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
  rects.last().label = std::string("Repeat: ") + current;
  if (ui.form.repeat != Repeat::Kind::None) {
    auto end_choice = [&](const char* label, ScheduleForm::End end, const char* widget) {
      if (ImGui::RadioButton(label, ui.form.end == end)) {
        ui.form.end = end;
        out.form_edited = true;
      }
      rects.track_last_item(widget);
      rects.last().role = WidgetRole::Radio;
      rects.last().checkable = true;
      rects.last().checked = ui.form.end == end;
    };
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Ends");
    ImGui::SameLine();
    {
      WidgetGroup ends = rects.group("repeat-ends", GroupRole::Radiogroup, "Ends");
      end_choice("Never", ScheduleForm::End::Never, "repeat-end-never");
      ImGui::SameLine();
      end_choice("On", ScheduleForm::End::Until, "repeat-end-until");
      ImGui::SameLine();
      end_choice("After", ScheduleForm::End::Count, "repeat-end-count");
    }
    if (ui.form.end == ScheduleForm::End::Until) {
      ImGui::SetNextItemWidth(kShortFieldEm * em());
      out.form_edited |= ImGui::InputTextWithHint("##repeat-until", "YYYY-MM-DD", &ui.form.until,
                                                  ImGuiInputTextFlags_AutoSelectAll);
      rects.track_last_text_field("repeat-until", "Repeat until", ui.form.until);
    } else if (ui.form.end == ScheduleForm::End::Count) {
      ImGui::SetNextItemWidth(4.0f * em());
      out.form_edited |= ImGui::InputInt("##repeat-count", &ui.form.count, 0, 0);
      rects.track_last_text_field("repeat-count", "Number of times", std::to_string(ui.form.count));
      ImGui::SameLine();
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted("meetings");
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
  ImGui::TextUnformatted(ui.editing ? "Edit the meeting" : "Schedule a meeting");
  out.form_edited |= text_field("Title", "##schedule-title", "e.g. Weekly sync", ui.form.title, "schedule-title",
                                rects);
  field_message(view.check.title, view);
  draw_when(ui, view, rects, out);
  ImGui::TextUnformatted("Agenda (optional)");
  out.form_edited |= ImGui::InputTextMultiline("##schedule-agenda", &ui.form.agenda, ImVec2(-FLT_MIN, 4.0f * em()));
  rects.track_last_text_field("schedule-agenda", "Agenda", ui.form.agenda);
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
