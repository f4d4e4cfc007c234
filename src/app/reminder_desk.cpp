#include "app/reminder_desk.h"

#include <algorithm>
#include <utility>

#include "app/stored_document.h"
#include "app/words/schedule_words.h"
#include "app/words/time_words.h"
#include "app/words/tr.h"
#include "core/time/civil_time.h"

namespace cofx {

void ReminderDesk::check(const std::vector<ScheduledMeeting>& meetings, std::uint64_t revision, std::int64_t now_ms) {
  const std::int64_t now_utc = floor_div(now_ms, 1000);
  if (revision_ == revision && (next_due_utc_ == 0 || now_utc < next_due_utc_)) return;
  revision_ = revision;
  const ZoneRules& zone = platform_.local_zone();
  std::vector<Reminder> due = due_reminders(meetings, now_utc, zone);
  if (!due.empty()) {
    const bool waiting = !awaiting_lock_.empty();
    awaiting_lock_ = std::move(due);
    if (!waiting && platform_.acquire_lock(kRemindersStorageKey)) on_lock(now_ms);
  }
  next_due_utc_ = next_reminder_utc(meetings, now_utc, zone);
  if (next_due_utc_ > 0) {
    platform_.wake_after(static_cast<int>(std::clamp<std::int64_t>((next_due_utc_ - now_utc) * 1000, 1000, 3'600'000)));
  }
}

void ReminderDesk::on_lock(std::int64_t now_ms) {
  show(std::exchange(awaiting_lock_, {}), now_ms);
  platform_.release_lock(kRemindersStorageKey);
}

void ReminderDesk::show(const std::vector<Reminder>& due, std::int64_t now_ms) {
  if (due.empty()) return;
  StoredDocument log_document(platform_, kRemindersStorageKey);
  const std::string stored = log_document.read();
  ReminderLog log = decode_reminder_log(stored);
  if (log.damaged) log_document.back_up(stored, now_ms);  // at worst a reminder shows twice: no sentence
  for (const Reminder& reminder : due) {
    if (log.shown.count(reminder.key) > 0) continue;  // another tab (or this one) showed it
    log.shown[reminder.key] = now_ms;
    log_document.write(encode_reminder_log(log, now_ms));
    const std::string text = describe(reminder);
    // Translators: the body of a reminder notification: clicking it opens the meeting's pre-join room.
    const bool notified = platform_.notify(text, std::string(tr("Open its pre-join room")), reminder.key,
                                           kReminderActionPrefix + reminder.meeting_id);
    last_ = {text, notified};
    // Translators: {reminder} is e.g. "“Weekly sync” starts in 5 min".
    if (!notified) notice_ = tr("{reminder}: join it from the Schedule tab.", {{"reminder", text}});
  }
}

}  // namespace cofx
