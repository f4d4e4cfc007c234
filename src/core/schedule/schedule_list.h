// The scheduled-meetings list: which section each meeting goes in, the order,
// and the live countdown text. Pure functions of (meetings, now, zone), so the
// UI can rebuild the list when the data or the minute changes.
//
//   for (const ListEntry& e : build_schedule_list(meetings, now, zone)) {
//     const ScheduledMeeting& m = meetings[e.index];
//     // section header when e.group changes: group_title(e.group)
//     // m.title, countdown_text(e.occurrence, now, zone), Join if join_open(e.occurrence, now)
//   }
//
// Sections, in this order: Today (ongoing or starting before local midnight),
// Tomorrow, Later, then Past (series that are over, most recent first).
// Upcoming entries are sorted by their next occurrence, then title, then id.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/schedule/recurrence.h"
#include "core/schedule/schedule.h"
#include "core/time/time_zone.h"

namespace cofx {

enum class ListGroup { Today, Tomorrow, Later, Past };

struct ListEntry {
  std::size_t index = 0;  // into the meetings given to build_schedule_list()
  ListGroup group = ListGroup::Later;
  Occurrence occurrence;  // the next (or ongoing) one; for Past, the last one
};

// The section titles, countdowns ("starts in 2 h 10 min") and spans ("45 s") in words:
// app/words/schedule_words.h.

// The section for a meeting whose next occurrence is `next`.
ListGroup group_for(const Occurrence& next, std::int64_t now_utc, const ZoneRules& zone);

// Every meeting that is not deleted, grouped and sorted as described above.
std::vector<ListEntry> build_schedule_list(const std::vector<ScheduledMeeting>& meetings,
                                           std::int64_t now_utc, const ZoneRules& zone);

}  // namespace cofx
