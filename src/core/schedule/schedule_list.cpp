#include "core/schedule/schedule_list.h"

#include <algorithm>
#include <tuple>

namespace cofx {

ListGroup group_for(const Occurrence& next, std::int64_t now_utc, const ZoneRules& zone) {
  if (next.start_utc <= now_utc) return ListGroup::Today;  // going on now
  const std::int64_t days_ahead =
      local_day_number(next.start_utc, zone) - local_day_number(now_utc, zone);
  if (days_ahead <= 0) return ListGroup::Today;
  if (days_ahead == 1) return ListGroup::Tomorrow;
  return ListGroup::Later;
}

std::vector<ListEntry> build_schedule_list(const std::vector<ScheduledMeeting>& meetings,
                                           std::int64_t now_utc, const ZoneRules& zone) {
  std::vector<ListEntry> entries;
  entries.reserve(meetings.size());
  for (std::size_t i = 0; i < meetings.size(); ++i) {
    const ScheduledMeeting& meeting = meetings[i];
    if (meeting.deleted) continue;
    ListEntry entry;
    entry.index = i;
    if (const auto next = next_occurrence(meeting, now_utc, zone)) {
      entry.occurrence = *next;
      entry.group = group_for(*next, now_utc, zone);
    } else {
      entry.group = ListGroup::Past;
      const auto last = last_occurrence(meeting, zone);
      entry.occurrence = last ? *last : *nth_occurrence(meeting, 0, zone);
    }
    entries.push_back(entry);
  }

  std::sort(entries.begin(), entries.end(), [&](const ListEntry& a, const ListEntry& b) {
    const ScheduledMeeting& ma = meetings[a.index];
    const ScheduledMeeting& mb = meetings[b.index];
    if (a.group != b.group) return a.group < b.group;
    if (a.group == ListGroup::Past) {  // most recent first
      return std::tie(b.occurrence.end_utc, ma.title, ma.id) <
             std::tie(a.occurrence.end_utc, mb.title, mb.id);
    }
    return std::tie(a.occurrence.start_utc, ma.title, ma.id) <
           std::tie(b.occurrence.start_utc, mb.title, mb.id);
  });
  return entries;
}

}  // namespace cofx
