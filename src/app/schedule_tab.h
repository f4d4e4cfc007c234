// What the Schedule tab does: it owns the tab's UI state and the list cache,
// shows the ScheduleBook, and turns what the person asked for (schedule_view.h)
// into book changes and platform calls (.ics download, calendar links,
// clipboard, import/export). Joining is the App's business: draw() hands back
// the room to join.
//
//   if (auto code = schedule_tab.draw(now_ms, {effective, site_default}, rects)) join(*code);
//   schedule_tab.on_file(event, now_ms);     // a FileOpened event (import)
//   schedule_tab.on_clipboard(event.ok);     // true when the copy was this tab's
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/host/platform.h"
#include "app/schedule_book.h"
#include "app/schedule_form.h"
#include "app/schedule_list_cache.h"
#include "app/schedule_view.h"
#include "app/widget_rects.h"
#include "core/deployment/deployment.h"
#include "core/host/platform_event.h"
#include "core/links/room_code.h"

namespace cofx {

inline constexpr const char* kScheduleImportPurpose = "schedule-import";

class ScheduleTab {
 public:
  ScheduleTab(Platform& platform, ScheduleBook& book, RandomBytes random = system_random_bytes)
      : platform_(platform), book_(book), random_(std::move(random)) {}

  // Where meetings run, for the links in invitations.
  struct Where {
    Deployment deployment;
    Deployment site_default;
  };
  std::optional<RoomCode> draw(std::int64_t now_ms, const Where& where, WidgetRects& rects);

  void on_file(const host::FileOpened& event, std::int64_t now_ms);
  bool on_clipboard(bool ok);
  // The tab as last drawn shows a countdown: the App redraws every second.
  bool shows_countdown() const { return counting_; }
  // Something the person did, or a file or clipboard answer, changed what the tab shows
  // since the last call: draw again (and tell tests).
  bool take_changed() { return std::exchange(changed_, false); }
  // {count, upcoming, titles, firstTitle, firstCountdown, problems, saveError, unsaved,
  //  undo, notice, formOpen, form: {title, start, startNote, duration, agenda, repeat}}
  nlohmann::json state(std::int64_t now_ms) const;  // for the test snapshot

 private:
  void refresh(std::int64_t now_utc, const ZoneRules& zone) const;
  ScheduleView view(std::int64_t now_utc, const ZoneRules& zone) const;
  std::optional<RoomCode> apply(const ScheduleIntents& intents, std::int64_t now_ms, const Where& where);
  std::optional<RoomCode> act_on_row(const ScheduleIntents& intents, std::int64_t now_ms, const Where& where);
  const ScheduledMeeting* editing() const;  // the meeting the open form edits, if any
  void open_form(const ScheduleForm& form, std::string editing_id);
  void close_form();
  void save(std::int64_t now_ms);
  void act_on_backup(ScheduleIntents::Backup action, const StoredBackup& backup, std::int64_t now_ms);
  void say(std::string notice, bool error = false);

  Platform& platform_;
  ScheduleBook& book_;
  RandomBytes random_;
  ScheduleUi ui_;
  ScheduleFormCheck checked_;  // the open form, checked as it is typed
  bool show_messages_ = false;
  std::string editing_id_;
  std::optional<ScheduledMeeting> opened_;  // the meeting as the edit form opened it
  std::vector<StoredBackup> backups_;
  std::uint64_t backups_revision_ = ~std::uint64_t{0};
  mutable ScheduleListCache cache_;  // a cache: refreshed by const readers too
  bool changed_ = false;
  bool counting_ = false;
  std::string notice_;
  bool notice_is_error_ = false;
  std::optional<std::string> copying_;  // the invite link on its way to the clipboard
  std::string invite_link_;             // shown when the clipboard refused it
};

}  // namespace cofx
