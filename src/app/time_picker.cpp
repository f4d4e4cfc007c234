#include "app/time_picker.h"

#include <string>
#include <vector>

#include <imgui.h>

#include "app/picker_popup.h"
#include "app/ui_parts.h"
#include "app/imgui_reach.h"
#include "app/words/time_words.h"
#include "app/words/tr.h"
#include "core/time/time_choices.h"

namespace cofx {
namespace {

constexpr const char* kPopup = "times";
constexpr float kListWidthEm = 6.0f;
constexpr float kListPaddingEm = 0.4f;
constexpr float kRowHeightEm = 1.6f;
constexpr float kRowGapEm = 0.25f;
constexpr float kVisibleRows = 8.5f;  // the half row shows there is more

bool past(const TimePickerView& view, int minute) { return view.date && step_is_past(*view.date, minute, view.now); }

// The step the list opens on: the chosen time's nearest (now's when none), or the next one not past.
std::size_t opening_step(const TimePickerView& view, const std::vector<int>& steps) {
  std::size_t index = nearest_step(view.chosen.value_or(view.now.hour * 60 + view.now.minute));
  while (index + 1 < steps.size() && past(view, steps[index])) ++index;
  return index;
}

// Only rows wholly inside the list: a click aimed at a half-shown row could miss it.
bool wholly_shown() {
  ImVec2 min, max;
  imgui_reach::visible_area(min, max);
  return ImGui::GetItemRectMin().y >= min.y && ImGui::GetItemRectMax().y <= max.y;
}

std::optional<int> draw_list(const TimePickerView& view, WidgetRects& rects) {
  static const std::vector<int> steps = time_steps();
  const float em = ui::em();
  const ImGuiStyle& style = ImGui::GetStyle();
  // As wide as the list: a popup sizes its rows to their text otherwise.
  const ImVec2 row(kListWidthEm * em - style.WindowPadding.x * 2 - style.ScrollbarSize, kRowHeightEm * em);
  std::optional<int> picked;
  const bool appearing = ImGui::IsWindowAppearing();
  const std::size_t focus = opening_step(view, steps);
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const int minute = steps[i];
    const std::string label = format_hh_mm(minute / 60, minute % 60);
    ImGui::BeginDisabled(past(view, minute));
    if (ImGui::Selectable(label.c_str(), view.chosen == minute, ImGuiSelectableFlags_None, row)) {
      picked = minute;
    }
    ImGui::EndDisabled();
    if (appearing && i == focus) {
      ImGui::SetItemDefaultFocus();
      ImGui::SetScrollHereY(0.5f);
    }
    if (ImGui::IsItemVisible() && wholly_shown()) {
      rects.track_last_item("picker-time-" + label);
      rects.last().role = WidgetRole::Option;
      rects.last().selected = view.chosen == minute;
    }
  }
  return picked;
}

}  // namespace

std::optional<int> time_picker(const char* widget, const TimePickerView& view, WidgetRects& rects) {
  const float field_x = ImGui::GetItemRectMin().x;
  ImGui::PushID(widget);
  if (ImGui::ArrowButton("##open", ImGuiDir_Down)) ImGui::OpenPopup(kPopup);
  rects.track_last_item(widget);
  rects.last().label = std::string(tr("Choose a time"));
  rects.last().expandable = true;
  rects.last().expanded = ImGui::IsPopupOpen(kPopup);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float row_pitch = (kRowHeightEm + kRowGapEm) * ui::em();
  ImGui::SetNextWindowSize(ImVec2(kListWidthEm * ui::em(), row_pitch * kVisibleRows + kListPaddingEm * ui::em() * 2));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(style.ItemSpacing.x, kRowGapEm * ui::em()));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(kListPaddingEm * ui::em(), kListPaddingEm * ui::em()));
  std::optional<int> picked;
  if (PickerPopup popup(kPopup, field_x); popup) {
    {
      WidgetGroup times = rects.group(std::string(widget) + "-times", GroupRole::Listbox, std::string(tr("Times")));
      picked = draw_list(view, rects);  // a Selectable closes the popup
    }
    popup.mark_area();
    rects.track_last_item("picker-times");
    rects.last().clipped = false;  // the popup's own area: it may lie past the card
  }
  ImGui::PopStyleVar(2);
  ImGui::PopID();
  return picked;
}

}  // namespace cofx
