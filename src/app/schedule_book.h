// The scheduled meetings of this browser, kept in storage with the care of a
// database: every change is a read-modify-write of the latest stored copy
// (schedule_store.h documents the protocol and the "last writer by timestamp"
// rule), so two tabs editing different meetings lose neither change.
//
//   ScheduleBook book(platform);
//   book.load(now_ms);                           // at start
//   book.apply({create_meeting(...)}, now_ms);   // any change, written at once
//   book.reload(now_ms);                         // another tab changed the key
//   if (!book.save_error().empty()) ... book.retry(now_ms);
//
// Stored text that cannot be read in full is copied to a backup key before
// anything could overwrite it, and its problems are told once (problems()
// until dismiss_problems()). When storage refuses a write (full, blocked, or a
// newer Cof-iniX wrote the data), the changes stay in memory, shown as if
// saved, and save_error() says so until retry() succeeds. Deleting remembers
// the meeting so undo() can bring it back.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/platform.h"
#include "core/schedule.h"

namespace cofx {

class ScheduleBook {
 public:
  explicit ScheduleBook(Platform& platform) : platform_(platform) {}

  void load(std::int64_t now_ms) { reload(now_ms); }
  void reload(std::int64_t now_ms);
  void apply(const std::vector<ScheduledMeeting>& changes, std::int64_t now_ms);
  void retry(std::int64_t now_ms) { write(now_ms); }

  // Stored copies with the unsaved changes on top, tombstones included.
  const std::vector<ScheduledMeeting>& meetings() const { return meetings_; }
  // The live (not deleted) meeting with this id, or nullptr.
  const ScheduledMeeting* find(std::string_view id) const;
  // Changes whenever meetings() may have changed.
  std::uint64_t revision() const { return revision_; }
  std::size_t unsaved() const { return pending_.size(); }
  const std::string& save_error() const { return save_error_; }

  const std::vector<std::string>& problems() const { return problems_; }
  void dismiss_problems() { problems_.clear(); }

  // Deletes (a tombstone, so other tabs learn of it) and remembers it for undo().
  bool remove(std::string_view id, std::int64_t now_ms);
  // The meeting undo() would bring back.
  const ScheduledMeeting* undoable() const { return deleted_ ? &deleted_->original : nullptr; }
  void undo(std::int64_t now_ms);
  void forget_undo() { deleted_.reset(); }

  // A JSON file of every meeting, for "Export".
  std::string export_text(std::int64_t now_utc) const;
  struct ImportOutcome {
    bool ok = false;      // false: the file was refused and nothing changed
    std::string message;  // what happened, in a sentence or two
  };
  // Merges a file by id, all or nothing.
  ImportOutcome import_text(std::string_view text, std::int64_t now_ms);

 private:
  struct Deleted {
    ScheduledMeeting original;
    ScheduledMeeting tombstone;
  };
  struct Stored {
    std::vector<ScheduledMeeting> meetings;
    std::string refusal;  // why this copy must not be overwritten; empty when it may be
  };

  Stored read();
  bool back_up(const std::string& text);
  void write(std::int64_t now_ms);
  void show(const std::vector<ScheduledMeeting>& stored, std::int64_t now_ms);

  Platform& platform_;
  std::vector<ScheduledMeeting> meetings_;
  std::vector<ScheduledMeeting> pending_;  // changes not yet written
  std::uint64_t revision_ = 0;
  std::string save_error_;
  std::vector<std::string> problems_;
  std::string told_text_;  // the damaged text whose problems were told
  std::optional<Deleted> deleted_;
};

}  // namespace cofx
