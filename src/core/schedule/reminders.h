// Reminders five minutes before a scheduled meeting, and the small log that
// keeps every tab of this browser from showing the same one twice.
//
//   for (const Reminder& r : due_reminders(meetings, now_utc, zone)) {
//     if (!log.shown.contains(r.key)) { log.shown[r.key] = now_ms; notify(r.text); }
//   }
//   // the log lives under kRemindersStorageKey: {"version":1,"shown":{"<id>@<start>":ms}}
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/schedule/schedule.h"
#include "core/time/time_zone.h"

namespace cofx {

inline constexpr const char* kRemindersStorageKey = "cofinix.reminders";
inline constexpr std::int64_t kReminderLeadSeconds = 5 * 60;
inline constexpr std::int64_t kReminderLogKeepMs = 24LL * 60 * 60 * 1000;

struct Reminder {
  std::string key;         // "<meeting id>@<occurrence start>": one reminder per occurrence
  std::string meeting_id;
  RoomCode code = ScheduledMeeting::unset_room_code();
  std::int64_t start_utc = 0;
  std::string title;       // the meeting's title
  std::int64_t minutes = 0;  // until the start, rounded up (app/words: "“Budget review” starts in 5 min")
};

// Occurrences of live meetings starting within the next kReminderLeadSeconds
// (not yet started), soonest first.
std::vector<Reminder> due_reminders(const std::vector<ScheduledMeeting>& meetings, std::int64_t now_utc,
                                    const ZoneRules& zone);
// When the next reminder falls due (start - lead), after now; 0 when none.
std::int64_t next_reminder_utc(const std::vector<ScheduledMeeting>& meetings, std::int64_t now_utc,
                               const ZoneRules& zone);

struct ReminderLog {
  std::map<std::string, std::int64_t> shown;  // key -> when shown (ms)
  bool damaged = false;                       // stored text that was no log: worth a backup
};
// Tolerant: anything unreadable is an empty log (the worst case is one reminder twice).
ReminderLog decode_reminder_log(std::string_view text);
// Entries older than kReminderLogKeepMs before now_ms are dropped.
std::string encode_reminder_log(const ReminderLog& log, std::int64_t now_ms);

}  // namespace cofx
