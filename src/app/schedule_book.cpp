#include "app/schedule_book.h"

#include <algorithm>
#include <utility>

#include "core/schedule_store.h"

namespace cofx {
namespace {

// Each distinct damaged text gets its own backup, so a second incident cannot
// overwrite the first; with every slot taken, nothing is overwritten at all.
constexpr int kBackupSlots = 9;

std::string backup_key(int slot) {
  return slot == 1 ? kSchedulesBackupKey : std::string(kSchedulesBackupKey) + "." + std::to_string(slot);
}

std::string kept_in_this_tab(std::size_t changes) {
  return changes == 1 ? "your change is kept in this tab only" : "your changes are kept in this tab only";
}

}  // namespace

const ScheduledMeeting* ScheduleBook::find(std::string_view id) const {
  const auto found = std::find_if(meetings_.begin(), meetings_.end(),
                                  [id](const ScheduledMeeting& m) { return m.id == id && !m.deleted; });
  return found == meetings_.end() ? nullptr : &*found;
}

// The original bytes go to the first backup slot that is free or already holds them.
bool ScheduleBook::back_up(const std::string& text) {
  for (int slot = 1; slot <= kBackupSlots; ++slot) {
    const std::string key = backup_key(slot);
    const std::optional<std::string> existing = platform_.load(key);
    if (existing) {
      if (*existing == text) return true;
      continue;
    }
    return platform_.save(key, text) == StorageStatus::Ok;
  }
  return false;
}

ScheduleBook::Stored ScheduleBook::read() {
  const std::string text = platform_.load(kSchedulesStorageKey).value_or("");
  ScheduleLoad load = decode_schedules(text);
  Stored stored{std::move(load.meetings), {}};
  if (load.newer_version) stored.refusal = "they were saved by a newer version of Cof-iniX";
  if (!load.keep_original) return stored;

  const bool kept = back_up(text);
  if (!kept && stored.refusal.empty()) stored.refusal = "the damaged original could not be backed up first";
  if (text != told_text_) {
    told_text_ = text;
    problems_.clear();
    problems_.push_back(kept ? "Some saved meetings couldn't be read. The original is kept in this browser's "
                               "storage (" + std::string(kSchedulesBackupKey) + ")."
                             : "Some saved meetings couldn't be read, and there was no room to keep a copy of the "
                               "original, so it is left untouched.");
    problems_.insert(problems_.end(), load.problems.begin(), load.problems.end());
  }
  return stored;
}

void ScheduleBook::show(const std::vector<ScheduledMeeting>& stored, std::int64_t now_ms) {
  meetings_ = pending_.empty() ? stored : merge_schedules(stored, pending_, now_ms);
  ++revision_;
}

void ScheduleBook::reload(std::int64_t now_ms) { show(read().meetings, now_ms); }

void ScheduleBook::apply(const std::vector<ScheduledMeeting>& changes, std::int64_t now_ms) {
  pending_ = merge_schedules(pending_, changes, now_ms);
  write(now_ms);
}

void ScheduleBook::write(std::int64_t now_ms) {
  const Stored stored = read();
  if (pending_.empty()) {
    save_error_.clear();
    show(stored.meetings, now_ms);
    return;
  }
  if (!stored.refusal.empty()) {
    save_error_ = "Your saved meetings are left as they are (" + stored.refusal + "), so " +
                  kept_in_this_tab(pending_.size()) + ".";
    show(stored.meetings, now_ms);
    return;
  }
  const std::vector<ScheduledMeeting> merged = merge_schedules(stored.meetings, pending_, now_ms);
  switch (platform_.save(kSchedulesStorageKey, encode_schedules(merged))) {
    case StorageStatus::Ok:
      pending_.clear();
      save_error_.clear();
      show(merged, now_ms);
      return;
    case StorageStatus::QuotaExceeded:
      save_error_ = "This browser's storage is full, so " + kept_in_this_tab(pending_.size()) +
                    ". Free some space (or delete old meetings), then press Retry.";
      break;
    case StorageStatus::Unavailable:
      save_error_ = "This browser blocks storage (private mode?), so " + kept_in_this_tab(pending_.size()) +
                    ". Allow storage for this site, then press Retry.";
      break;
  }
  show(stored.meetings, now_ms);
}

bool ScheduleBook::remove(std::string_view id, std::int64_t now_ms) {
  const ScheduledMeeting* meeting = find(id);
  if (meeting == nullptr) return false;
  Deleted deleted{*meeting, deleted_meeting(*meeting, now_ms)};
  apply({deleted.tombstone}, now_ms);
  deleted_ = std::move(deleted);
  return true;
}

void ScheduleBook::undo(std::int64_t now_ms) {
  if (!deleted_) return;
  const Deleted deleted = *std::exchange(deleted_, std::nullopt);
  apply({restored_meeting(deleted.original, deleted.tombstone, now_ms)}, now_ms);
}

std::string ScheduleBook::export_text(std::int64_t now_utc) const { return export_schedules(meetings_, now_utc); }

ScheduleBook::ImportOutcome ScheduleBook::import_text(std::string_view text, std::int64_t now_ms) {
  const ScheduleImport result = import_schedules(text, meetings_, now_ms);
  if (result.error) return {false, *result.error};
  if (!result.changes.empty()) apply(result.changes, now_ms);
  return {true, "Imported " + std::to_string(result.added) + " new and " + std::to_string(result.updated) +
         " updated meetings (" + std::to_string(result.unchanged) + " were already up to date)."};
}

}  // namespace cofx
