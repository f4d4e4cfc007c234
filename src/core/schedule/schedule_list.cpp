#include "core/schedule/schedule_list.h"

#include <algorithm>
#include <tuple>

namespace cofx {

std::string_view group_title(ListGroup group) {
  switch (group) {
    case ListGroup::Today: return "Today";
    case ListGroup::Tomorrow: return "Tomorrow";
    case ListGroup::Later: return "Later";
    case ListGroup::Past: return "Past";
  }
  return "";
}

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

std::string span_text(std::int64_t seconds) {
  if (seconds < 0) seconds = 0;
  if (seconds < 60) return std::to_string(seconds) + " s";
  const std::int64_t minutes = seconds / 60;
  if (minutes < 60) return std::to_string(minutes) + " min";
  const std::int64_t hours = minutes / 60;
  // Two units at most; the second is left out when it is zero.
  auto two_units = [](std::int64_t big, const char* big_unit, std::int64_t small, const char* small_unit) {
    std::string text = std::to_string(big);
    text.append(big_unit);
    if (small != 0) text.append(" ").append(std::to_string(small)).append(small_unit);
    return text;
  };
  if (hours < 24) return two_units(hours, " h", minutes % 60, " min");
  return two_units(hours / 24, " d", hours % 24, " h");
}

std::string countdown_text(const Occurrence& occurrence, std::int64_t now_utc,
                           const ZoneRules& zone) {
  if (now_utc < occurrence.start_utc) return "starts in " + span_text(occurrence.start_utc - now_utc);
  if (now_utc < occurrence.end_utc) {
    const std::int64_t elapsed = now_utc - occurrence.start_utc;
    return elapsed < 60 ? "started just now" : "started " + span_text(elapsed) + " ago";
  }
  const LocalDateTime end = to_local(occurrence.end_utc, zone);
  std::string text = "ended at " + format_time_on_date(end);
  if (end.year != to_local(now_utc, zone).year) text.append(" ").append(std::to_string(end.year));
  return text;
}

}  // namespace cofx
