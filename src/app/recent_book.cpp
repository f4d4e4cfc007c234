#include "app/recent_book.h"

#include "app/words/meeting_words.h"
#include "app/words/tr.h"

namespace cofx {

void RecentBook::reload(std::int64_t now_ms) {
  if (unsaved_) return;  // what storage refused stays listed for this visit
  const std::string stored = document_.read();
  RecentLoad load = decode_recent_meetings(stored);
  meetings_ = std::move(load.meetings);
  problem_ = load.problem ? damaged(*load.problem, stored, now_ms) : "";
}

void RecentBook::record(const MeetingTarget& target, std::int64_t now_ms) {
  change([&](std::vector<RecentMeeting>& list) {
    record_recent(list, RecentMeeting{target.code, target.title, target.deployment, now_ms});
  }, now_ms);
}

void RecentBook::remove(std::size_t index, std::int64_t now_ms) {
  if (index >= meetings_.size()) return;
  const RecentMeeting gone = meetings_[index];
  change([&](std::vector<RecentMeeting>& list) { remove_recent(list, gone.code, gone.deployment); }, now_ms);
}

// Read the latest stored copy, apply, write: another tab's changes are the base.
void RecentBook::change(const std::function<void(std::vector<RecentMeeting>&)>& edit, std::int64_t now_ms) {
  const std::string stored = document_.read();
  RecentLoad latest = decode_recent_meetings(stored);
  if (latest.problem == RecentProblem::Newer) {
    edit(meetings_);
    unsaved_ = true;
    problem_ = two_sentences(describe(RecentProblem::Newer), tr("This list is kept for this visit only."));
    return;
  }
  const std::string told = latest.problem ? damaged(*latest.problem, stored, now_ms) : "";
  std::vector<RecentMeeting> list = unsaved_ ? meetings_ : std::move(latest.meetings);
  edit(list);
  meetings_ = std::move(list);
  const StorageStatus status = document_.write(encode_recent_meetings(meetings_));
  unsaved_ = status != StorageStatus::Ok;
  // Translators: fills {what} in "This browser's storage is full, so {what} is kept for this visit only."
  problem_ = unsaved_ ? StoredDocument::kept_for_this_visit(status, tr("the list of recent meetings")) : told;
}

std::string RecentBook::damaged(RecentProblem problem, const std::string& text, std::int64_t now_ms) {
  if (problem == RecentProblem::Newer) return describe(problem);  // never overwritten: nothing to back up
  const bool kept = document_.back_up(text, now_ms);
  return StoredDocument::with_backup_note(describe(problem), kept);
}

}  // namespace cofx
