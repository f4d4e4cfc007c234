#include "core/schedule/recurrence.h"

#include <algorithm>

namespace cofx {

namespace {

// Enough steps to cross the margin below plus a weekend; next_occurrence never needs more.
constexpr int kMaxForwardSteps = 64;
// Days to start searching before the day that matters, covering zone offsets.
constexpr std::int64_t kSearchMarginDays = 2;

constexpr std::int64_t kLastSupportedDay = kMaxSupportedUtc / kSecondsPerDay;  // 9999-12-31

// A meeting's repeat, reduced to local day numbers.
struct Series {
  Repeat::Kind kind = Repeat::Kind::None;
  std::int64_t first_day = 0;  // local day of occurrence 0
  int first_weekday = 0;       // 0 = Monday
  std::int64_t last_day = kLastSupportedDay;
  std::int64_t count = -1;     // -1: no count
  LocalDateTime wall;          // local time of occurrence 0 (date part unused)
  std::int64_t second = 0;     // seconds past the minute of start_utc
};

Series series_of(const ScheduledMeeting& meeting, const ZoneRules& zone) {
  Series series;
  series.kind = meeting.repeat.kind;
  series.first_day = local_day_number(meeting.start_utc, zone);
  series.first_weekday = static_cast<int>(weekday_of_days(series.first_day));
  series.wall = to_local(meeting.start_utc, zone);
  series.second = floor_mod(meeting.start_utc, 60);
  if (series.kind != Repeat::Kind::None) {
    if (meeting.repeat.until) {
      series.last_day = std::min(series.last_day, days_from_civil(*meeting.repeat.until));
    }
    if (meeting.repeat.count) series.count = *meeting.repeat.count;
  }
  return series;
}

// Weekday series starting on Saturday or Sunday (only stored data can hold
// one): occurrence 0 is the start, the rest run Monday to Friday from the next Monday.
bool starts_on_weekend(const Series& series) { return series.first_weekday >= 5; }

std::int64_t weekend_series_monday(const Series& series) {
  return series.first_day + 7 - series.first_weekday;
}

std::int64_t day_of(const Series& series, std::int64_t index) {
  switch (series.kind) {
    case Repeat::Kind::None: return series.first_day;
    case Repeat::Kind::Daily: return series.first_day + index;
    case Repeat::Kind::Weekly: return series.first_day + 7 * index;
    case Repeat::Kind::Weekdays: break;
  }
  if (starts_on_weekend(series)) {
    if (index == 0) return series.first_day;
    const std::int64_t j = index - 1;
    return weekend_series_monday(series) + j / 5 * 7 + j % 5;
  }
  const std::int64_t position = series.first_weekday + index;  // weekdays since that Monday
  return series.first_day - series.first_weekday + position / 5 * 7 + position % 5;
}

// Weekday occurrences of a series starting on `monday` that fall before `day`.
std::int64_t weekdays_before(std::int64_t monday, std::int64_t day) {
  const std::int64_t span = day - monday;
  if (span <= 0) return 0;
  return span / 7 * 5 + std::min<std::int64_t>(span % 7, 5);
}

// The smallest index whose day is on or after `day`.
std::int64_t first_index_on_or_after(const Series& series, std::int64_t day) {
  if (day <= series.first_day) return 0;
  const std::int64_t after = day - series.first_day;
  switch (series.kind) {
    case Repeat::Kind::None: return 1;
    case Repeat::Kind::Daily: return after;
    case Repeat::Kind::Weekly: return (after + 6) / 7;
    case Repeat::Kind::Weekdays: break;
  }
  if (starts_on_weekend(series)) return 1 + weekdays_before(weekend_series_monday(series), day);
  const std::int64_t monday = series.first_day - series.first_weekday;
  return weekdays_before(monday, day) - series.first_weekday;
}

bool exists(const Series& series, std::int64_t index) {
  if (index == 0) return true;
  if (index < 0 || series.kind == Repeat::Kind::None) return false;
  if (series.count >= 0 && index >= series.count) return false;
  return day_of(series, index) <= series.last_day;
}

Occurrence make_occurrence(const ScheduledMeeting& meeting, const Series& series,
                           std::int64_t index, const ZoneRules& zone) {
  Occurrence occurrence;
  occurrence.index = static_cast<int>(index);
  if (index == 0) {
    occurrence.start_utc = meeting.start_utc;
  } else {
    const CivilDate date = civil_from_days(day_of(series, index));
    const LocalDateTime wall{date.year, date.month, date.day, series.wall.hour, series.wall.minute};
    occurrence.start_utc = resolve_local_time(wall, zone).utc + series.second;
  }
  occurrence.end_utc = occurrence.start_utc + std::int64_t{meeting.duration_minutes} * 60;
  return occurrence;
}

// The first index that can still matter for instants from `from_utc` on.
std::int64_t search_start(const ScheduledMeeting& meeting, const Series& series,
                          std::int64_t from_utc, const ZoneRules& zone) {
  const std::int64_t earliest = from_utc - std::int64_t{meeting.duration_minutes} * 60;
  return first_index_on_or_after(series, local_day_number(earliest, zone) - kSearchMarginDays);
}

}  // namespace

std::optional<Occurrence> nth_occurrence(const ScheduledMeeting& meeting, int index,
                                         const ZoneRules& zone) {
  const Series series = series_of(meeting, zone);
  if (!exists(series, index)) return std::nullopt;
  return make_occurrence(meeting, series, index, zone);
}

std::optional<Occurrence> next_occurrence(const ScheduledMeeting& meeting, std::int64_t now_utc,
                                          const ZoneRules& zone) {
  if (meeting.deleted) return std::nullopt;
  const Series series = series_of(meeting, zone);
  std::int64_t index = search_start(meeting, series, now_utc, zone);
  for (int step = 0; step < kMaxForwardSteps && exists(series, index); ++step, ++index) {
    const Occurrence occurrence = make_occurrence(meeting, series, index, zone);
    if (occurrence.end_utc > now_utc) return occurrence;
  }
  return std::nullopt;
}

std::optional<Occurrence> last_occurrence(const ScheduledMeeting& meeting, const ZoneRules& zone) {
  const Series series = series_of(meeting, zone);
  if (series.kind != Repeat::Kind::None && series.count < 0 && !meeting.repeat.until) {
    return std::nullopt;  // endless
  }
  std::int64_t index = first_index_on_or_after(series, series.last_day + 1) - 1;
  if (series.count >= 0) index = std::min(index, series.count - 1);
  index = std::max<std::int64_t>(index, 0);
  return make_occurrence(meeting, series, index, zone);
}

std::vector<Occurrence> occurrences_between(const ScheduledMeeting& meeting, std::int64_t from_utc,
                                            std::int64_t to_utc, const ZoneRules& zone,
                                            std::size_t limit) {
  std::vector<Occurrence> found;
  if (meeting.deleted) return found;
  const Series series = series_of(meeting, zone);
  for (std::int64_t index = search_start(meeting, series, from_utc, zone);
       found.size() < limit && exists(series, index); ++index) {
    const Occurrence occurrence = make_occurrence(meeting, series, index, zone);
    if (occurrence.start_utc >= to_utc) break;
    if (occurrence.end_utc > from_utc) found.push_back(occurrence);
  }
  return found;
}

bool join_open(const Occurrence& occurrence, std::int64_t now_utc) {
  return now_utc >= occurrence.start_utc - kJoinEarlySeconds && now_utc < occurrence.end_utc;
}

}  // namespace cofx
