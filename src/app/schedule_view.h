// The lobby's Schedule tab: the "Schedule a meeting" form with a message beside
// each field, and the list of meetings grouped Today / Tomorrow / Later with a
// live countdown, Past folded away. Like the other tab views it changes only
// its own UI state and reports what the person asked for; ScheduleTab acts.
//
// The list is a table of equal-height rows drawn through ImGuiListClipper, so
// only the rows on screen cost anything (countdowns included). Widget names:
// schedule-new, schedule-title, schedule-date, schedule-date-picker (its calendar:
// date_picker.h), schedule-time, schedule-time-picker (its list: time_picker.h),
// schedule-duration, duration-15/-30/-45/-60/-90, schedule-ends,
// schedule-agenda, schedule-repeat (its items repeat-none/-daily/-weekdays/-weekly),
// repeat-end-never/-until/-count, repeat-until, repeat-count, schedule-save,
// schedule-cancel; per meeting row-<i>-join, row-<i>-invite, row-<i>-menu (the
// menu's row-menu-ics/-google/-outlook/-edit/-delete); schedule-past,
// undo-delete, retry-save, schedule-dismiss, schedule-import, schedule-export;
// reminders-enable; per kept backup backup-<i>-restore, backup-<i>-download, backup-<i>-discard.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/schedule_form.h"
#include "app/schedule_list_cache.h"
#include "app/schedule_row_words.h"
#include "app/widget_rects.h"
#include "core/schedule/schedule.h"
#include "core/time/time_zone.h"

namespace cofx {

// What the tab itself changes from frame to frame.
struct ScheduleUi {
  ScheduleForm form;
  bool form_open = false;
  bool editing = false;
  bool past_open = false;
  std::size_t menu_entry = 0;  // the row whose "…" menu is open
  // The list's rows as tall as they were last drawn (they wrap), an estimate until then.
  std::vector<float> row_heights;
  ScheduleRowWords row_words;  // the words of the rows on screen
};

// Read-only facts the tab shows.
struct ScheduleView {
  std::string zone;          // "Times are in Europe/Berlin (CET, UTC+01:00)"
  std::string duration;      // "1 h 30 min"
  std::string ends;          // "Ends 15:30", "Ends 00:30 on 13 Dec"
  Weekday first_weekday = Weekday::Monday;  // the date picker's first column (the locale's)
  std::string repeat;        // "Every week on Tuesday, 10 times"
  FormMessages check;        // messages beside the fields
  bool show_messages = false;  // errors appear once Save was pressed; the start note always does

  const std::vector<ScheduledMeeting>* meetings = nullptr;
  const ScheduleListCache* list = nullptr;
  std::int64_t now_utc = 0;
  const ZoneRules* zone_rules = nullptr;

  std::vector<std::string> problems;  // stored data that couldn't be read, told once
  std::string save_error;             // Retry is offered
  std::string reminders;              // how reminders reach the person
  bool offer_notifications = false;   // a button asks for permission
  // "A copy of damaged saved meetings from 30 Nov 2026, 14:05 (12 KB)", newest first:
  // Restore / Download / Discard each.
  std::vector<std::string> backups;
  std::string undo;                   // "Deleted 'Weekly sync'." with Undo
  std::string notice;
  bool notice_is_error = false;
  std::string invite_link;            // shown to copy by hand when the clipboard refused
};

struct ScheduleIntents {
  enum class Row { None, Join, Invite, Ics, Google, Outlook, Edit, Delete };
  bool open_new = false;
  bool save = false;
  bool cancel = false;
  bool form_edited = false;
  bool retry = false;
  bool undo = false;
  bool dismiss_problems = false;
  bool toggle_past = false;
  bool import_file = false;
  bool export_file = false;
  bool enable_notifications = false;
  enum class Backup { None, Restore, Download, Discard };
  Backup backup = Backup::None;
  std::size_t backup_index = 0;
  Row row = Row::None;
  std::size_t entry = 0;  // the list entry `row` applies to
  bool any() const {
    return open_new || save || cancel || form_edited || retry || undo || dismiss_problems || toggle_past ||
           import_file || export_file || enable_notifications || backup != Backup::None || row != Row::None;
  }
};

ScheduleIntents draw_schedule_tab(ScheduleUi& ui, const ScheduleView& view, WidgetRects& rects);

}  // namespace cofx
