// The occurrences of a (possibly repeating) meeting, and when it can be joined.
//
//   auto next = next_occurrence(meeting, now, zone);   // ongoing or upcoming, or nullopt
//   if (next && join_open(*next, now)) ...             // 10 min before start until the end
//   occurrences_between(meeting, monday, sunday, zone) // overlapping a range, in order
//
// Occurrence 0 is start_utc itself. Later ones happen on the dates the repeat
// gives (Daily: every day; Weekdays: Monday to Friday; Weekly: the same
// weekday) at the *same local wall time* in `zone`, so a weekly 09:00 meeting
// stays at 09:00 when DST begins or ends. A repeat time that falls in a DST gap
// moves forward by the gap; one that happens twice uses the first. A series
// ends after `count` occurrences, after the `until` date (local, inclusive) or
// never; all series stop at 9999-12-31. Each call costs a few offset look-ups,
// not a walk from the first occurrence, so 10,000 meetings sort quickly.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/schedule/schedule.h"
#include "core/time/time_zone.h"

namespace cofx {

inline constexpr std::int64_t kJoinEarlySeconds = 10 * 60;

struct Occurrence {
  int index = 0;  // 0 = the first
  std::int64_t start_utc = 0;
  std::int64_t end_utc = 0;
  bool operator==(const Occurrence&) const = default;
};

// The index-th occurrence, or nullopt past the end of the series.
std::optional<Occurrence> nth_occurrence(const ScheduledMeeting& meeting, int index,
                                         const ZoneRules& zone);
// The occurrence going on at now_utc, else the next one; nullopt when the
// series is over or the meeting is deleted.
std::optional<Occurrence> next_occurrence(const ScheduledMeeting& meeting, std::int64_t now_utc,
                                          const ZoneRules& zone);
// The final occurrence; nullopt for a series without an end.
std::optional<Occurrence> last_occurrence(const ScheduledMeeting& meeting, const ZoneRules& zone);
// Occurrences overlapping [from_utc, to_utc), in order, at most `limit` of them.
std::vector<Occurrence> occurrences_between(const ScheduledMeeting& meeting, std::int64_t from_utc,
                                            std::int64_t to_utc, const ZoneRules& zone,
                                            std::size_t limit = 1000);

// True from kJoinEarlySeconds before the start until the end.
bool join_open(const Occurrence& occurrence, std::int64_t now_utc);

}  // namespace cofx
