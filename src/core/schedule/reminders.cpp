#include "core/schedule/reminders.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/text/json_util.h"
#include "core/schedule/recurrence.h"

namespace cofx {

std::vector<Reminder> due_reminders(const std::vector<ScheduledMeeting>& meetings, std::int64_t now_utc,
                                    const ZoneRules& zone) {
  std::vector<Reminder> due;
  for (const ScheduledMeeting& meeting : meetings) {
    if (meeting.deleted) continue;
    const std::optional<Occurrence> next = next_occurrence(meeting, now_utc, zone);
    if (!next || next->start_utc <= now_utc || next->start_utc - now_utc > kReminderLeadSeconds) continue;
    const std::int64_t minutes = (next->start_utc - now_utc + 59) / 60;
    due.push_back({meeting.id + "@" + std::to_string(next->start_utc), meeting.id, meeting.code, next->start_utc,
                   meeting.title, minutes});
  }
  std::sort(due.begin(), due.end(), [](const Reminder& a, const Reminder& b) { return a.start_utc < b.start_utc; });
  return due;
}

std::int64_t next_reminder_utc(const std::vector<ScheduledMeeting>& meetings, std::int64_t now_utc,
                               const ZoneRules& zone) {
  std::int64_t next_due = 0;
  for (const ScheduledMeeting& meeting : meetings) {
    if (meeting.deleted) continue;
    // The occurrence after the one going on now, if one is.
    std::optional<Occurrence> next = next_occurrence(meeting, now_utc, zone);
    if (next && next->start_utc <= now_utc) next = next_occurrence(meeting, next->end_utc, zone);
    if (!next || next->start_utc <= now_utc) continue;
    const std::int64_t due = std::max(now_utc + 1, next->start_utc - kReminderLeadSeconds);
    if (next_due == 0 || due < next_due) next_due = due;
  }
  return next_due;
}

ReminderLog decode_reminder_log(std::string_view text) {
  ReminderLog log;
  if (text.empty()) return log;
  const auto document = json_util::parse(text);
  const auto shown = document.is_object() ? document.find("shown") : document.end();
  if (!document.is_object() || shown == document.end() || !shown->is_object()) {
    log.damaged = true;
    return log;
  }
  for (const auto& [key, at] : shown->items()) {
    if (at.is_number_integer() && key.size() <= 200) log.shown[key] = at.get<std::int64_t>();
  }
  return log;
}

std::string encode_reminder_log(const ReminderLog& log, std::int64_t now_ms) {
  nlohmann::json shown = nlohmann::json::object();
  for (const auto& [key, at] : log.shown) {
    if (at >= now_ms - kReminderLogKeepMs) shown[key] = at;
  }
  return json_util::dump_text({{"version", 1}, {"shown", std::move(shown)}});
}

}  // namespace cofx
