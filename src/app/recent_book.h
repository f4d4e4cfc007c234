// The recent meetings of this browser (core/recent_meetings.h), kept in storage. Every
// change reads the latest stored copy first and writes at once, so a join or a removal in
// another tab is not lost; the storage event from another tab calls reload().
//
//   RecentBook recent(platform);
//   recent.load(now_ms);                // at start
//   recent.record(target, now_ms);      // the person joined a meeting
//   recent.remove(0, now_ms);           // Remove on the first row
//   recent.reload(now_ms);              // another tab changed the key
//
// Stored text that cannot be read is backed up (StoredDocument) before it is overwritten,
// and problem() says so. A document from a newer Cof-iniX is never overwritten. When
// storage refuses a write, the list stays in memory for this visit and problem() says so.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/host/platform.h"
#include "app/stored_document.h"
#include "core/meeting/meeting_flow.h"
#include "core/meeting/recent_meetings.h"

namespace cofx {

class RecentBook {
 public:
  explicit RecentBook(Platform& platform) : document_(platform, kRecentMeetingsStorageKey) {}

  void load(std::int64_t now_ms) { reload(now_ms); }
  void reload(std::int64_t now_ms);
  void record(const MeetingTarget& target, std::int64_t now_ms);
  void remove(std::size_t index, std::int64_t now_ms);

  const std::vector<RecentMeeting>& meetings() const { return meetings_; }
  // A sentence for the person: unreadable stored data, or a write storage refused; "" when none.
  const std::string& problem() const { return problem_; }

 private:
  void change(const std::function<void(std::vector<RecentMeeting>&)>& edit, std::int64_t now_ms);
  // describe(problem) and whether the original text is safe in a backup.
  std::string damaged(RecentProblem problem, const std::string& text, std::int64_t now_ms);

  StoredDocument document_;
  std::vector<RecentMeeting> meetings_;
  std::string problem_;
  bool unsaved_ = false;  // meetings_ holds changes storage refused
};

}  // namespace cofx
