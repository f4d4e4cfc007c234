// The lobby: one card with three tabs (Meet, Schedule, Settings), the shortcuts that move
// between them, and what the schedule brings along (its book and the reminders due from
// it). It owns the tabs and the card; the router (App) only hands it the Scene.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "app/fonts.h"
#include "app/lobby_card.h"
#include "app/meet_tab.h"
#include "app/preferences.h"
#include "app/reminder_desk.h"
#include "app/requests.h"
#include "app/schedule_book.h"
#include "app/schedule_tab.h"
#include "app/screen.h"
#include "app/settings_tab.h"
#include "app/widget_rects.h"

namespace cofx {

class Lobby {
 public:
  Lobby(Platform& platform, RandomBytes random);

  void load(const Preferences& preferences, std::int64_t now_ms);
  Requests draw(const Scene& scene, const std::string& title, Preferences& preferences, const UiFonts& fonts,
                WidgetRects& rects);
  // The hidden DOM buttons (and a reminder's click) for this screen.
  Requests run_action(const std::string& name, const Scene& scene);

  // Host events that concern the lobby's documents; true when the event was theirs.
  void on_storage_changed(const std::string& key, std::int64_t now_ms);
  bool on_lock(const std::string& name, std::int64_t now_ms);
  bool on_clipboard(bool ok) { return schedule_tab_.on_clipboard(ok); }
  void on_file(const host::FileOpened& event, std::int64_t now_ms) { schedule_tab_.on_file(event, now_ms); }
  // Reminders that fell due; one that couldn't be a notification becomes the notice line.
  bool check_reminders(std::int64_t now_ms);

  MeetTab& meet() { return meet_; }
  const MeetTab& meet() const { return meet_; }
  const ScheduleTab& schedule_tab() const { return schedule_tab_; }
  const ScheduleBook& schedule_book() const { return schedule_book_; }
  const ReminderDesk& reminders() const { return reminders_; }
  bool card_scrolls() const { return card_.scrolls(); }
  bool moved() const { return moved_; }
  bool switching_tab() const { return select_tab_.has_value(); }
  // A clock is on screen: an invitation's or the schedule's countdown.
  bool counting_down() const;

 private:
  Requests join_scheduled(const RoomCode& code, const Scene& scene);
  void read_shortcuts(const Scene& scene, Requests& out);
  bool take_reminder_notice();

  Platform& platform_;
  LobbyCard card_;
  LobbyTab shown_tab_ = LobbyTab::Meet;
  std::optional<LobbyTab> select_tab_;
  bool moved_ = false;
  MeetTab meet_;
  ScheduleBook schedule_book_;
  ScheduleTab schedule_tab_;
  ReminderDesk reminders_;
  SettingsTab settings_;
};

}  // namespace cofx
