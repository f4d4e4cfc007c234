// The words of a meeting's row in the schedule list: its time line ("Wed 9 Dec, 23:53 ·
// starts in 2 h 10 min") and its accessible name ("Planning, Wed 9 Dec, ..."). Made for the
// rows on screen and kept until the second, the language or the list changes: making them
// (a date, the countdown, three sentences filled in) cost more than drawing the row, every
// frame of a scroll.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>

namespace cofx {

class Catalogue;
struct ScheduleView;

struct RowWords {
  std::string title;  // as drawn (shaped::for_display)
  std::string when;  // the time line under the title
  std::string name;  // the row's name for a screen reader
};

class ScheduleRowWords {
 public:
  // The words of list entry `entry` (an index into view.list->entries()) as of view.now_utc.
  const RowWords& get(const ScheduleView& view, std::size_t entry);

 private:
  struct Key {
    int list_builds = -1;  // ScheduleListCache::builds(): the entries' identity
    std::int64_t now_utc = 0;
    const Catalogue* catalogue = nullptr;
    bool operator==(const Key&) const = default;
  };

  Key key_;
  std::unordered_map<std::size_t, RowWords> rows_;
};

// The words themselves, made afresh.
RowWords row_words(const ScheduleView& view, std::size_t entry);

}  // namespace cofx
