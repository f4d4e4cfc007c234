#include "app/date_picker.h"

#include <algorithm>
#include <string>

#include <imgui.h>

#include "app/picker_popup.h"
#include "app/theme.h"
#include "app/ui_parts.h"
#include "app/imgui_reach.h"
#include "app/words/time_words.h"
#include "app/words/tr.h"
#include "core/time/month_grid.h"

namespace cofx {
namespace {

constexpr const char* kPopup = "calendar";
constexpr float kCellWidthEm = 2.4f;
constexpr float kCellGapEm = 0.2f;
constexpr float kNarrowestCellEm = 1.6f;

// A day's width: kCellWidthEm, or less on a screen too narrow for the popup (a phone), so the
// calendar stays on screen whole.
float cell_width_em() {
  const float em = ui::em();
  // The popup's padding each side, the gaps, and an em of the screen left around it.
  const float room = ImGui::GetMainViewport()->WorkSize.x - ImGui::GetStyle().WindowPadding.x * 2 - 6 * kCellGapEm * em - em;
  return std::clamp(room / 7.0f / em, kNarrowestCellEm, kCellWidthEm);
}

struct KeyMove {
  ImGuiKey key;
  DayMove move;
};
constexpr KeyMove kKeyMoves[] = {
    {ImGuiKey_LeftArrow, DayMove::PreviousDay}, {ImGuiKey_RightArrow, DayMove::NextDay},
    {ImGuiKey_UpArrow, DayMove::PreviousWeek},  {ImGuiKey_DownArrow, DayMove::NextWeek},
    {ImGuiKey_PageUp, DayMove::PreviousMonth},  {ImGuiKey_PageDown, DayMove::NextMonth},
};

// The highlighted day, and whether it shows as keyboard focus, kept between frames in the
// button's window (the popup's own storage goes when it closes).
struct Cursor {
  ImGuiStorage* storage;
  ImGuiID day_key;
  ImGuiID keyboard_key;

  CivilDate day() const { return civil_from_days(storage->GetInt(day_key)); }
  void set(const CivilDate& date) { storage->SetInt(day_key, static_cast<int>(days_from_civil(date))); }
  bool keyboard() const { return storage->GetBool(keyboard_key); }
  void set_keyboard(bool on) { storage->SetBool(keyboard_key, on); }
};

bool pressed_by_keyboard() {
  return ImGui::IsKeyDown(ImGuiKey_Enter) || ImGui::IsKeyDown(ImGuiKey_KeypadEnter) ||
         ImGui::IsKeyDown(ImGuiKey_Space);
}

bool pick_key_pressed() {
  return ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false) ||
         ImGui::IsKeyPressed(ImGuiKey_Space, false);
}

// Where column `column` of the grid starts, from the window's left edge (as SameLine() counts).
float column_x(float grid_x, int column) {
  return grid_x + static_cast<float>(column) * (cell_width_em() + kCellGapEm) * ui::em();
}

void draw_header(Cursor& cursor, const DatePickerView& view, float grid_x, WidgetRects& rects) {
  const CivilDate day = cursor.day();
  const YearMonth shown = month_of(day);
  const float grid_width = column_x(grid_x, 7) - grid_x - kCellGapEm * ui::em();
  auto arrow = [&](const char* id, ImGuiDir dir, DayMove move, int months, const char* widget) {
    ImGui::BeginDisabled(!can_show_month(add_months(shown, months), view.today));
    if (ImGui::ArrowButton(id, dir)) cursor.set(move_day(day, move, view.today));
    ImGui::EndDisabled();
    rects.track_last_item(widget);
    rects.last().label = std::string(months < 0 ? tr("Previous month") : tr("Next month"));
  };
  arrow("##prev", ImGuiDir_Left, DayMove::PreviousMonth, -1, "picker-prev-month");
  const std::string title = format_month_year(shown);
  ImGui::SameLine(grid_x + (grid_width - ImGui::CalcTextSize(title.c_str()).x) * 0.5f);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(title.c_str());
  rects.track_last_item("picker-month");
  ImGui::SameLine(grid_x + grid_width - ImGui::GetFrameHeight());
  arrow("##next", ImGuiDir_Right, DayMove::NextMonth, 1, "picker-next-month");

  const float cell_width = cell_width_em() * ui::em();
  int column = 0;
  for (const Weekday weekday : week_order(view.first_day)) {
    const std::string_view name = weekday_abbreviation(weekday);
    const float width = ImGui::CalcTextSize(name.data(), name.data() + name.size()).x;
    if (column > 0) ImGui::SameLine(column_x(grid_x, column) + (cell_width - width) * 0.5f);
    else ImGui::SetCursorPosX(grid_x + (cell_width - width) * 0.5f);
    ui::muted(std::string(name));
    ++column;
  }
}

bool day_button(const DayCell& cell, bool chosen, bool focused) {
  const ThemeColors& colors = theme_colors();
  int colours = 0;
  auto push = [&](ImGuiCol which, const ImVec4& colour) {
    ImGui::PushStyleColor(which, colour);
    ++colours;
  };
  if (chosen) {
    push(ImGuiCol_Button, colors.primary_button);
    push(ImGuiCol_ButtonHovered, colors.primary_hovered);
    push(ImGuiCol_ButtonActive, colors.primary_active);
    push(ImGuiCol_Text, colors.primary_text);
  } else {
    push(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    if (cell.today) push(ImGuiCol_Text, colors.accent_text);
  }
  ImGui::BeginDisabled(!cell.pickable);
  ImGui::PushID(static_cast<int>(days_from_civil(cell.date)));
  const bool pressed = ImGui::Button(std::to_string(cell.date.day).c_str(),
                                     ImVec2(cell_width_em() * ui::em(), ImGui::GetFrameHeight()));
  ImGui::PopID();
  ImGui::EndDisabled();
  ImGui::PopStyleColor(colours);

  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  const float rounding = ImGui::GetStyle().FrameRounding;
  if (cell.today) draw->AddRect(min, max, ImGui::GetColorU32(colors.accent_text), rounding, 0, 1.5f);
  if (focused) {
    const ImVec2 out(2, 2);
    draw->AddRect(ImVec2(min.x - out.x, min.y - out.y), ImVec2(max.x + out.x, max.y + out.y),
                  ImGui::GetColorU32(ImGuiCol_NavCursor), rounding, 0, 2.0f);
  }
  return pressed;
}

std::optional<CivilDate> draw_calendar(Cursor& cursor, const DatePickerView& view, WidgetRects& rects) {
  std::optional<CivilDate> picked;
  // Not on the frame it opens: the Enter or Space that opened it is still down.
  if (!ImGui::IsWindowAppearing() && ImGui::IsWindowFocused()) {
    for (const KeyMove& key : kKeyMoves) {
      if (!ImGui::IsKeyPressed(key.key)) continue;
      cursor.set(move_day(cursor.day(), key.move, view.today));
      cursor.set_keyboard(true);
    }
    if (pick_key_pressed()) picked = cursor.day();
  }

  // The keys above move the day: ImGui's own navigation has nothing to move to here, and
  // leaves Escape (closes the popup) and the keyboard focus on the button after it as usual.
  imgui_reach::push_no_nav();
  const float grid_x = ImGui::GetCursorPosX();
  draw_header(cursor, view, grid_x, rects);
  const CivilDate focus = cursor.day();
  const MonthGrid grid = month_grid(month_of(focus), view.first_day, view.today);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(kCellGapEm * ui::em(), kCellGapEm * ui::em()));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);  // days as plain numbers; today has its ring
  // A thin inner margin: a phone's narrower days still hold two digits whole.
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(kCellGapEm * ui::em(), ImGui::GetStyle().FramePadding.y));
  for (std::size_t i = 0; i < grid.cells.size(); ++i) {
    const DayCell& cell = grid.cells[i];
    const int column = static_cast<int>(i % 7);
    if (column > 0) ImGui::SameLine(column_x(grid_x, column));
    if (!cell.in_month) {
      ImGui::Dummy(ImVec2(cell_width_em() * ui::em(), ImGui::GetFrameHeight()));
      continue;
    }
    if (day_button(cell, cell.date == view.chosen, cursor.keyboard() && cell.date == focus)) picked = cell.date;
    rects.track_last_item("picker-day-" + format_iso_date(cell.date));
    // Translators: a day in the calendar as a screen reader names it: {weekday} is the day's
    // name ("Wednesday"), {date} the day, month and year ("3 Dec 2026").
    rects.last().label = tr("{weekday} {date}", {{"weekday", weekday_name(weekday_of(cell.date))},
                                                 {"date", format_day_month_year(cell.date)}});
    rects.last().checkable = true;  // read as pressed when it is the chosen day
    rects.last().checked = cell.date == view.chosen;
  }
  ImGui::PopStyleVar(3);
  imgui_reach::pop_no_nav();
  return picked;
}

}  // namespace

std::optional<CivilDate> date_picker(const char* widget, const DatePickerView& view, WidgetRects& rects) {
  const float field_x = ImGui::GetItemRectMin().x;
  ImGui::PushID(widget);
  Cursor cursor{ImGui::GetStateStorage(), ImGui::GetID("cursor"), ImGui::GetID("keyboard")};
  if (ImGui::ArrowButton("##open", ImGuiDir_Down)) {
    cursor.set(initial_day(view.chosen, view.today));
    cursor.set_keyboard(pressed_by_keyboard());
    ImGui::OpenPopup(kPopup);
  }
  rects.track_last_item(widget);
  rects.last().label = std::string(tr("Choose a date"));
  rects.last().expandable = true;
  rects.last().expanded = ImGui::IsPopupOpen(kPopup);
  std::optional<CivilDate> picked;
  const float width = column_x(0, 7) - kCellGapEm * ui::em() + ImGui::GetStyle().WindowPadding.x * 2;
  if (PickerPopup popup(kPopup, field_x, width); popup) {
    picked = draw_calendar(cursor, view, rects);
    if (picked) ImGui::CloseCurrentPopup();
    popup.mark_area();
    rects.track_last_item("picker-calendar");
    rects.last().clipped = false;  // the popup's own area: it may lie past the card
  }
  ImGui::PopID();
  return picked;
}

}  // namespace cofx
