#include "app/schedule_view.h"

#include <algorithm>
#include <cmath>

#include <imgui.h>
#include <imgui_stdlib.h>

#include <utility>

#include "app/schedule_form_view.h"
#include "app/theme.h"
#include "app/ui_parts.h"
#include "app/imgui_reach.h"
#include "app/words/schedule_words.h"
#include "app/words/tr.h"

namespace cofx {
namespace {

constexpr float kListMaxHeightEm = 18.0f;
constexpr float kRowTextMinEm = 14.0f;  // narrower than this beside the actions: they go under the text

using ui::em;
using ui::wrapped;

void draw_messages(const ScheduleView& view, WidgetRects& rects, ScheduleIntents& out) {
  const ThemeColors& colors = theme_colors();
  if (!view.problems.empty()) {
    for (std::size_t i = 0; i < view.problems.size(); ++i) {
      ui::message(view.problems[i], colors.error_text, WidgetRole::Alert, "schedule-problem-" + std::to_string(i), rects);
    }
    if (ImGui::Button(label(tr("Dismiss"), "schedule-dismiss").c_str())) out.dismiss_problems = true;
    rects.track_last_item("schedule-dismiss");
    ImGui::Separator();
  }
  if (!view.save_error.empty()) {
    ui::message(view.save_error, colors.error_text, WidgetRole::Alert, "schedule-save-error", rects);
    if (ImGui::Button(label(tr("Retry"), "retry-save").c_str())) out.retry = true;
    rects.track_last_item("retry-save");
  }
  for (std::size_t i = 0; i < view.backups.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    wrapped(view.backups[i], colors.muted_text);
    const std::string name = "backup-" + std::to_string(i) + "-";
    auto action = [&](const std::string& button, const char* what, ScheduleIntents::Backup backup) {
      if (ImGui::Button(button.c_str())) out.backup = backup, out.backup_index = i;
      rects.track_last_item(name + what);
    };
    // Translators: buttons for a backup copy of saved meetings that could not be read.
    const std::string restore = label(tr("Restore"), "restore");
    const std::string download = label(tr("Download"), "download");
    const std::string discard = label(tr("Discard"), "discard");
    action(restore, "restore", ScheduleIntents::Backup::Restore);
    ui::same_line_if_fits(ui::button_width(download.c_str()));
    action(download, "download", ScheduleIntents::Backup::Download);
    ui::same_line_if_fits(ui::button_width(discard.c_str()));
    action(discard, "discard", ScheduleIntents::Backup::Discard);
    ImGui::PopID();
  }
  if (!view.reminders.empty()) {
    if (!view.offer_notifications) {
      ui::muted_wrapped(view.reminders);
    } else {
      const std::string button = label(tr("Use system notifications"), "reminders-enable");
      if (ui::muted_with_button(view.reminders, button.c_str())) out.enable_notifications = true;
      rects.track_last_item("reminders-enable");
    }
  }
  if (!view.undo.empty()) {
    const std::string button = label(tr("Undo"), "undo-delete");
    if (ui::muted_with_button(view.undo, button.c_str())) out.undo = true;
    rects.track_last_item("undo-delete");
  }
  wrapped(view.notice, view.notice_is_error ? colors.error_text : colors.muted_text);
  if (!view.invite_link.empty()) {
    std::string shown = view.invite_link;  // read-only: select and copy by hand
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputText("##schedule-invite-link", &shown, ImGuiInputTextFlags_ReadOnly);
    rects.track_last_item("schedule-invite-link");
  }
}

// A row's action button, named row-<entry>-<what>.
bool row_button(const std::string& button, std::size_t entry, const char* what, WidgetRects& rects) {
  const bool pressed = ImGui::Button(button.c_str());
  rects.track_last_item("row-" + std::to_string(entry) + "-" + what);
  return pressed;
}

// One meeting: its title and its time, each wrapped on lines of their own, and its actions
// (Join, Copy invite, …) beside them where the row has room, else under them.
void draw_meeting_row(const ScheduleView& view, const ScheduleRow& row, ScheduleRowWords& row_words,
                      WidgetRects& rects, ScheduleIntents& out, bool& open_menu) {
  const ListEntry& entry = view.list->entries()[row.entry];
  ImGui::PushID(static_cast<int>(row.entry));
  // Only rows on screen get here, so only they pay for their words.
  const RowWords& words = row_words.get(view, row.entry);
  WidgetGroup item = rects.group("row-" + std::to_string(row.entry), GroupRole::Listitem, words.name);

  const std::string join = label(tr("Join"), "join");
  // Translators: the button that copies a meeting's invitation link.
  const std::string invite = label(tr("Copy invite"), "invite");
  // A symbol, not words: the button that opens the row's menu.
  const std::string menu = label("…", "menu");
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float actions = ui::button_width(join.c_str()) + ui::button_width(invite.c_str()) +
                        ui::button_width(menu.c_str()) + 2 * spacing;
  const float avail = ImGui::GetContentRegionAvail().x;
  const bool beside = avail >= actions + kRowTextMinEm * em();
  const float left = ImGui::GetCursorPosX();
  const float text_width = beside ? avail - actions - spacing : avail;
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(left + text_width);
  ImGui::TextUnformatted(words.title.c_str());
  ImGui::PushStyleColor(ImGuiCol_Text, theme_colors().muted_text);
  ImGui::TextUnformatted(words.when.c_str());
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  if (beside) ImGui::SameLine(left + text_width + spacing);

  auto act = [&](ScheduleIntents::Row what) {
    out.row = what;
    out.entry = row.entry;
  };
  ImGui::BeginDisabled(row.group == ListGroup::Past || !join_open(entry.occurrence, view.now_utc));
  if (row_button(join, row.entry, "join", rects)) act(ScheduleIntents::Row::Join);
  ImGui::EndDisabled();
  ui::same_line_if_fits(ui::button_width(invite.c_str()));  // long words on a phone: the next line
  if (row_button(invite, row.entry, "invite", rects)) act(ScheduleIntents::Row::Invite);
  ui::same_line_if_fits(ui::button_width(menu.c_str()));
  if (row_button(menu, row.entry, "menu", rects)) {
    out.entry = row.entry;
    open_menu = true;
  }
  ImGui::PopID();
}

void draw_row_menu(ScheduleUi& ui, WidgetRects& rects, ScheduleIntents& out) {
  if (!ImGui::BeginPopup("##row-menu")) return;
  struct Item {
    const char* label;
    const char* widget;
    ScheduleIntents::Row row;
  };
  static constexpr Item kItems[] = {
      // Translators: a menu item that downloads the meeting as a calendar file (.ics).
      {N_("Download .ics"), "row-menu-ics", ScheduleIntents::Row::Ics},
      {N_("Add to Google Calendar"), "row-menu-google", ScheduleIntents::Row::Google},
      {N_("Add to Outlook"), "row-menu-outlook", ScheduleIntents::Row::Outlook},
      {N_("Edit"), "row-menu-edit", ScheduleIntents::Row::Edit},
      {N_("Delete"), "row-menu-delete", ScheduleIntents::Row::Delete},
  };
  for (const Item& item : kItems) {
    if (ui::menu_action(label(tr(item.label), item.widget), item.widget, rects)) {
      out.row = item.row;
      out.entry = ui.menu_entry;
    }
  }
  ImGui::EndPopup();
}

void draw_row(ScheduleUi& ui, const ScheduleView& view, const ScheduleRow& row, WidgetRects& rects,
              ScheduleIntents& out, bool& open_menu) {
  switch (row.kind) {
    case ScheduleRow::Kind::Section: {
      const std::string_view title = group_title(row.group);
      ImGui::PushStyleColor(ImGuiCol_Text, theme_colors().accent_text);
      ImGui::TextUnformatted(title.data(), title.data() + title.size());
      ImGui::PopStyleColor();
      break;
    }
    case ScheduleRow::Kind::PastToggle: {
      const std::size_t past = view.list->entries().size() - view.list->upcoming();
      ImGui::SetNextItemOpen(ui.past_open);
      WidgetGroup item = rects.group("row-past", GroupRole::Listitem, std::string(tr("Past meetings")));
      // Translators: the folded section of meetings that have ended; {count} is how many.
      const std::string title = tr("Past ({count})", {{"count", std::to_string(past)}});
      const bool open = ImGui::TreeNodeEx("##past", ImGuiTreeNodeFlags_NoTreePushOnOpen | ImGuiTreeNodeFlags_FramePadding,
                                          "%s", title.c_str());
      rects.track_last_item("schedule-past");
      if (open != ui.past_open) out.toggle_past = true;
      break;
    }
    case ScheduleRow::Kind::Meeting:
      draw_meeting_row(view, row, ui.row_words, rects, out, open_menu);
      break;
  }
}

// Rows wrap, so each is as tall as its text: the list remembers the height each row had when
// last drawn (an estimate until then) and draws only the rows in view, stepping over the others.
void draw_list(ScheduleUi& ui, const ScheduleView& view, WidgetRects& rects, ScheduleIntents& out) {
  const std::vector<ScheduleRow>& rows = view.list->rows();
  if (rows.empty()) {
    wrapped(std::string(tr("No meetings scheduled yet.")), theme_colors().muted_text);
    return;
  }
  const ImGuiStyle& style = ImGui::GetStyle();
  const float estimate = ImGui::GetTextLineHeight() * 2 + ImGui::GetFrameHeight() + style.ItemSpacing.y * 4;
  // Heights stay when the width changes (a scrollbar coming and going would otherwise reset
  // them every other frame and the layout would never settle): rows are measured as drawn.
  if (ui.row_heights.size() != rows.size()) ui.row_heights.assign(rows.size(), estimate);
  float total = 0;
  for (float h : ui.row_heights) total += h;
  const float height = std::min(total + 2 * std::round(0.6f * em()), kListMaxHeightEm * em());
  bool open_menu = false;
  // The list submits only the rows in view (the card's logging would make it submit all
  // 10,000): those are the rows the accessible mirror holds.
  const bool logging = imgui_reach::pause_logging();
  rects.begin_group("schedule-list", GroupRole::List, std::string(tr("Scheduled meetings")));
  // A thin inner margin: on a phone the rows' text gets the width.
  const float margin = std::round(0.6f * em());  // whole pixels: ImGui starts content on one
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(margin, margin));
  const bool shown = ImGui::BeginChild("##schedule-list", ImVec2(0, height), ImGuiChildFlags_Borders);
  ImGui::PopStyleVar();
  if (shown) {
    const float top = ImGui::GetScrollY();
    const float bottom = top + ImGui::GetWindowHeight();
    const float start = ImGui::GetCursorPosY();
    float y = 0;
    std::size_t i = 0;
    for (; i < rows.size() && start + y + ui.row_heights[i] <= top; ++i) y += ui.row_heights[i];
    ImGui::SetCursorPosY(start + y);
    for (; i < rows.size() && start + y < bottom; ++i) {
      const float row_top = ImGui::GetCursorPosY();
      if (i > 0) ImGui::Separator();
      draw_row(ui, view, rows[i], rects, out, open_menu);
      ui.row_heights[i] = ImGui::GetCursorPosY() - row_top;
      y += ui.row_heights[i];
    }
    for (; i < rows.size(); ++i) y += ui.row_heights[i];
    ImGui::SetCursorPosY(start + y - style.ItemSpacing.y);
    ImGui::Dummy(ImVec2(0, 0));
  }
  ImGui::EndChild();
  rects.end_group("schedule-list");  // the row menu below is not in the list
  imgui_reach::resume_logging(logging);
  if (open_menu) {
    ui.menu_entry = out.entry;
    ImGui::OpenPopup("##row-menu");
  }
  draw_row_menu(ui, rects, out);
}

}  // namespace

ScheduleIntents draw_schedule_tab(ScheduleUi& ui, const ScheduleView& view, WidgetRects& rects) {
  ScheduleIntents out;
  draw_messages(view, rects, out);
  if (ui.form_open) {
    draw_schedule_form(ui, view, rects, out);
    return out;
  }
  const std::string schedule_new = label(tr("Schedule a meeting"), "schedule-new");
  if (ui::primary_button(schedule_new.c_str(), ImVec2(-FLT_MIN, 2.2f * em()))) out.open_new = true;
  rects.track_last_item("schedule-new");
  ImGui::Spacing();
  draw_list(ui, view, rects, out);
  ImGui::Spacing();
  if (ImGui::Button(label(tr("Import…"), "schedule-import").c_str())) out.import_file = true;
  rects.track_last_item("schedule-import");
  const std::string export_all = label(tr("Export all"), "schedule-export");
  ui::same_line_if_fits(ui::button_width(export_all.c_str()));
  if (ImGui::Button(export_all.c_str())) out.export_file = true;
  rects.track_last_item("schedule-export");
  return out;
}

}  // namespace cofx
