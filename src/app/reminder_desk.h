// Reminders five minutes before each scheduled meeting (core/reminders.h), shown once per
// occurrence across this browser's tabs: a system notification when the site may notify (its
// click sends the action kReminderActionPrefix + meeting id), otherwise a sentence for the lobby.
// The log of shown reminders is read and written under a lock the tabs share, so two tabs that
// find one reminder due at the same moment show it once between them.
//
//   ReminderDesk desk(platform);
//   desk.check(book.meetings(), book.revision(), now_ms);  // after anything; cheap when nothing is due
//   desk.on_lock(now_ms);                                  // host::LockGranted for kRemindersStorageKey
//   if (auto sentence = desk.take_notice()) ...             // for the lobby, when it could not notify
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/host/platform.h"
#include "core/schedule/reminders.h"
#include "core/schedule/schedule.h"

namespace cofx {

inline constexpr const char* kReminderActionPrefix = "reminder:";

class ReminderDesk {
 public:
  explicit ReminderDesk(Platform& platform) : platform_(platform) {}

  // Asks for the lock when a reminder fell due, and for a wake-up when the next one will.
  void check(const std::vector<ScheduledMeeting>& meetings, std::uint64_t revision, std::int64_t now_ms);
  void on_lock(std::int64_t now_ms);
  // The lobby's sentence for the last reminder that could not be a notification, once.
  std::optional<std::string> take_notice() { return std::exchange(notice_, std::nullopt); }

  struct Shown { std::string text; bool notified = false; };
  const Shown& last() const { return last_; }  // for the published state

 private:
  void show(const std::vector<Reminder>& due, std::int64_t now_ms);

  Platform& platform_;
  std::uint64_t revision_ = ~std::uint64_t{0};
  std::int64_t next_due_utc_ = 0;
  std::vector<Reminder> awaiting_lock_;
  std::optional<std::string> notice_;
  Shown last_;
};

}  // namespace cofx
