#include "app/schedule_view.h"

#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include <utility>

#include "app/schedule_form_view.h"
#include "app/theme.h"
#include "app/ui_parts.h"
#include "app/imgui_reach.h"
#include "app/words/schedule_words.h"
#include "app/words/time_words.h"

namespace cofx {
namespace {

constexpr float kListMaxHeightEm = 18.0f;
constexpr float kJoinWidthEm = 3.6f;
constexpr float kInviteWidthEm = 6.2f;
constexpr float kMenuWidthEm = 2.2f;

using ui::em;
using ui::wrapped;

void muted_line(const std::string& text) { ui::muted(text); }

void draw_messages(const ScheduleView& view, WidgetRects& rects, ScheduleIntents& out) {
  const ThemeColors& colors = theme_colors();
  if (!view.problems.empty()) {
    for (std::size_t i = 0; i < view.problems.size(); ++i) {
      ui::message(view.problems[i], colors.error_text, WidgetRole::Alert, "schedule-problem-" + std::to_string(i), rects);
    }
    if (ImGui::Button("Dismiss##schedule-problems")) out.dismiss_problems = true;
    rects.track_last_item("schedule-dismiss");
    ImGui::Separator();
  }
  if (!view.save_error.empty()) {
    ui::message(view.save_error, colors.error_text, WidgetRole::Alert, "schedule-save-error", rects);
    if (ImGui::Button("Retry##schedule-save")) out.retry = true;
    rects.track_last_item("retry-save");
  }
  for (std::size_t i = 0; i < view.backups.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    wrapped(view.backups[i], colors.muted_text);
    const std::string name = "backup-" + std::to_string(i) + "-";
    auto action = [&](const char* label, const char* what, ScheduleIntents::Backup backup) {
      if (ImGui::Button(label)) out.backup = backup, out.backup_index = i;
      rects.track_last_item(name + what);
    };
    action("Restore", "restore", ScheduleIntents::Backup::Restore);
    ImGui::SameLine();
    action("Download", "download", ScheduleIntents::Backup::Download);
    ImGui::SameLine();
    action("Discard", "discard", ScheduleIntents::Backup::Discard);
    ImGui::PopID();
  }
  if (!view.reminders.empty()) {
    if (view.offer_notifications) ImGui::AlignTextToFramePadding();
    muted_line(view.reminders);
    if (view.offer_notifications) {
      ImGui::SameLine();
      if (ImGui::Button("Use system notifications")) out.enable_notifications = true;
      rects.track_last_item("reminders-enable");
    }
  }
  if (!view.undo.empty()) {
    ImGui::AlignTextToFramePadding();
    muted_line(view.undo);
    ImGui::SameLine();
    if (ImGui::Button("Undo##schedule-delete")) out.undo = true;
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

// A button centred on a two-line row, named row-<entry>-<what>.
bool row_button(const char* label, float width, float row_content_height, std::size_t entry, const char* what,
                WidgetRects& rects) {
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (row_content_height - ImGui::GetFrameHeight()) * 0.5f);
  const bool pressed = ImGui::Button(label, ImVec2(width, 0));
  rects.track_last_item("row-" + std::to_string(entry) + "-" + what);
  return pressed;
}

void draw_meeting_row(const ScheduleView& view, const ScheduleRow& row, float content_height, WidgetRects& rects,
                      ScheduleIntents& out, bool& open_menu) {
  const ListEntry& entry = view.list->entries()[row.entry];
  const ScheduledMeeting& meeting = (*view.meetings)[entry.index];
  ImGui::PushID(static_cast<int>(row.entry));
  ImGui::TableSetColumnIndex(0);
  ImGui::TextUnformatted(meeting.title.c_str());
  // Only rows on screen get here, so only they pay for the countdown text.
  std::string when = format_weekday_date_time(to_local(entry.occurrence.start_utc, *view.zone_rules)) + " · " +
                     countdown_text(entry.occurrence, view.now_utc, *view.zone_rules);
  if (meeting.repeat.kind != Repeat::Kind::None) when += " · repeats";
  muted_line(when);
  WidgetGroup item = rects.group("row-" + std::to_string(row.entry), GroupRole::Listitem, meeting.title + ", " + when);

  auto act = [&](ScheduleIntents::Row what) {
    out.row = what;
    out.entry = row.entry;
  };
  ImGui::TableSetColumnIndex(1);
  ImGui::BeginDisabled(row.group == ListGroup::Past || !join_open(entry.occurrence, view.now_utc));
  if (row_button("Join", kJoinWidthEm * em(), content_height, row.entry, "join", rects)) {
    act(ScheduleIntents::Row::Join);
  }
  ImGui::EndDisabled();
  ImGui::TableSetColumnIndex(2);
  if (row_button("Copy invite", kInviteWidthEm * em(), content_height, row.entry, "invite", rects)) {
    act(ScheduleIntents::Row::Invite);
  }
  ImGui::TableSetColumnIndex(3);
  if (row_button("…", kMenuWidthEm * em(), content_height, row.entry, "menu", rects)) {
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
      {"Download .ics", "row-menu-ics", ScheduleIntents::Row::Ics},
      {"Add to Google Calendar", "row-menu-google", ScheduleIntents::Row::Google},
      {"Add to Outlook", "row-menu-outlook", ScheduleIntents::Row::Outlook},
      {"Edit", "row-menu-edit", ScheduleIntents::Row::Edit},
      {"Delete", "row-menu-delete", ScheduleIntents::Row::Delete},
  };
  for (const Item& item : kItems) {
    if (ImGui::MenuItem(item.label)) {
      out.row = item.row;
      out.entry = ui.menu_entry;
    }
    rects.track_last_item(item.widget);
  }
  ImGui::EndPopup();
}

void draw_list(ScheduleUi& ui, const ScheduleView& view, WidgetRects& rects, ScheduleIntents& out) {
  const std::vector<ScheduleRow>& rows = view.list->rows();
  if (rows.empty()) {
    wrapped("No meetings scheduled yet.", theme_colors().muted_text);
    return;
  }
  const ImGuiStyle& style = ImGui::GetStyle();
  // Every row is this tall, so the clipper can place rows it never draws.
  const float content_height = std::max(ImGui::GetTextLineHeight() * 2 + style.ItemSpacing.y, ImGui::GetFrameHeight());
  const float row_height = content_height + style.CellPadding.y * 2;
  const float height = std::min(row_height * static_cast<float>(rows.size()), kListMaxHeightEm * em());
  bool open_menu = false;
  // The list submits only the rows in view (the card's logging would make its clipper
  // submit all 10,000): those are the rows the accessible mirror holds.
  const bool logging = imgui_reach::pause_logging();
  rects.begin_group("schedule-list", GroupRole::List, "Scheduled meetings");
  if (ImGui::BeginTable("##schedule-list", 4,
                        ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH,
                        ImVec2(0, height))) {
    ImGui::TableSetupColumn("meeting", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("join", ImGuiTableColumnFlags_WidthFixed, kJoinWidthEm * em());
    ImGui::TableSetupColumn("invite", ImGuiTableColumnFlags_WidthFixed, kInviteWidthEm * em());
    ImGui::TableSetupColumn("menu", ImGuiTableColumnFlags_WidthFixed, kMenuWidthEm * em());
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()), row_height);
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const ScheduleRow& row = rows[static_cast<std::size_t>(i)];
        ImGui::TableNextRow(ImGuiTableRowFlags_None, row_height);
        ImGui::TableSetColumnIndex(0);
        switch (row.kind) {
          case ScheduleRow::Kind::Section: {
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (content_height - ImGui::GetTextLineHeight()));
            const std::string_view title = group_title(row.group);
            ImGui::PushStyleColor(ImGuiCol_Text, theme_colors().accent_text);
            ImGui::TextUnformatted(title.data(), title.data() + title.size());
            ImGui::PopStyleColor();
            break;
          }
          case ScheduleRow::Kind::PastToggle: {
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (content_height - ImGui::GetFrameHeight()));
            const std::size_t past = view.list->entries().size() - view.list->upcoming();
            ImGui::SetNextItemOpen(ui.past_open);
            WidgetGroup item = rects.group("row-past", GroupRole::Listitem, "Past meetings");
            const bool open = ImGui::TreeNodeEx("##past", ImGuiTreeNodeFlags_NoTreePushOnOpen | ImGuiTreeNodeFlags_FramePadding,
                                                "Past (%zu)", past);
            rects.track_last_item("schedule-past");
            if (open != ui.past_open) out.toggle_past = true;
            break;
          }
          case ScheduleRow::Kind::Meeting:
            draw_meeting_row(view, row, content_height, rects, out, open_menu);
            break;
        }
      }
    }
    ImGui::EndTable();
  }
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
  if (ui::primary_button("Schedule a meeting##schedule-new", ImVec2(-FLT_MIN, 2.2f * em()))) out.open_new = true;
  rects.track_last_item("schedule-new");
  ImGui::Spacing();
  draw_list(ui, view, rects, out);
  ImGui::Spacing();
  if (ImGui::Button("Import…")) out.import_file = true;
  rects.track_last_item("schedule-import");
  ImGui::SameLine();
  if (ImGui::Button("Export all")) out.export_file = true;
  rects.track_last_item("schedule-export");
  return out;
}

}  // namespace cofx
