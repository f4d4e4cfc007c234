// The schedule list as the tab draws it: build_schedule_list() once per data
// change or minute (not per frame: 10,000 meetings take milliseconds), then
// flattened into equal-height rows (section titles, meetings, the Past toggle)
// so ImGuiListClipper can draw only the rows on screen.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/schedule/schedule.h"
#include "core/schedule/schedule_list.h"
#include "core/time/time_zone.h"

namespace cofx {

struct ScheduleRow {
  enum class Kind { Section, Meeting, PastToggle };
  Kind kind = Kind::Meeting;
  ListGroup group = ListGroup::Later;
  std::size_t entry = 0;  // Kind::Meeting: index into ScheduleListCache::entries()
};

class ScheduleListCache {
 public:
  // Rebuilds when the meetings' revision, the minute, the zone or past_open changed.
  void refresh(const std::vector<ScheduledMeeting>& meetings, std::uint64_t revision, std::int64_t now_utc,
               const ZoneRules& zone, bool past_open);

  const std::vector<ListEntry>& entries() const { return entries_; }
  const std::vector<ScheduleRow>& rows() const { return rows_; }
  std::size_t upcoming() const { return upcoming_; }  // entries before the Past ones
  int builds() const { return builds_; }

 private:
  struct Key {
    std::uint64_t revision = 0;
    std::int64_t minute = 0;
    std::string zone;
    int zone_offset = 0;
    bool operator==(const Key&) const = default;
  };

  void build_rows();

  std::vector<ListEntry> entries_;
  std::vector<ScheduleRow> rows_;
  std::size_t upcoming_ = 0;
  std::optional<Key> key_;
  bool past_open_ = false;
  int builds_ = 0;
};

}  // namespace cofx
