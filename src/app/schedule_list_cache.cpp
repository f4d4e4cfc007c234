#include "app/schedule_list_cache.h"

namespace cofx {

void ScheduleListCache::refresh(const std::vector<ScheduledMeeting>& meetings, std::uint64_t revision,
                                std::int64_t now_utc, const ZoneRules& zone, bool past_open) {
  // The offset joins the name so a zone whose rules changed (the person travelled) counts as new.
  Key key{revision, floor_div(now_utc, 60), zone.name(), zone.offset_minutes_at(now_utc)};
  const bool stale = key_ != key;
  if (stale) {
    entries_ = build_schedule_list(meetings, now_utc, zone);
    upcoming_ = 0;
    while (upcoming_ < entries_.size() && entries_[upcoming_].group != ListGroup::Past) ++upcoming_;
    key_ = std::move(key);
    ++builds_;
  }
  if (stale || past_open != past_open_) {
    past_open_ = past_open;
    build_rows();
  }
}

void ScheduleListCache::build_rows() {
  rows_.clear();
  rows_.reserve(entries_.size() + 4);
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const ListGroup group = entries_[i].group;
    if (i == 0 || entries_[i - 1].group != group) {
      rows_.push_back({group == ListGroup::Past ? ScheduleRow::Kind::PastToggle : ScheduleRow::Kind::Section, group, i});
      if (group == ListGroup::Past && !past_open_) break;
    }
    rows_.push_back({ScheduleRow::Kind::Meeting, group, i});
  }
}

}  // namespace cofx
