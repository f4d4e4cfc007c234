// The scheduled meetings of this browser, kept in storage with the care of a
// database. Every change is an edit (core/schedule_merge.h) written on top of
// the latest stored copy, field by field, under a lock shared by this
// browser's tabs where it has one (navigator.locks), so two tabs editing one
// meeting lose neither change unless they changed the same field.
//
//   ScheduleBook book(platform);
//   book.load(now_ms);                                   // at start
//   book.edit({MeetingEdit::create(meeting)}, now_ms);   // any change, written at once
//   book.on_lock(now_ms);                                // host::LockGranted for kSchedulesStorageKey
//   book.reload(now_ms);                                 // another tab changed the key
//   if (!book.save_error().empty()) ... book.retry(now_ms);
//   for (auto& note : book.take_notes()) ...            // "changed in another tab" and the like
//
// Stored text that cannot be read in full is backed up (StoredDocument) before
// anything could overwrite it, and its problems are told once (problems()
// until dismiss_problems()); backups() lists what is kept, to restore,
// download or discard. When storage refuses a write (full, blocked, or a newer
// Cof-iniX wrote the data), the edits stay in memory, shown as if saved, and
// save_error() says so until retry() succeeds.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/host/platform.h"
#include "app/stored_document.h"
#include "core/schedule/schedule.h"
#include "core/schedule/schedule_merge.h"

namespace cofx {

class ScheduleBook {
 public:
  explicit ScheduleBook(Platform& platform);

  void load(std::int64_t now_ms) { reload(now_ms); }
  void reload(std::int64_t now_ms);
  void edit(const std::vector<MeetingEdit>& edits, std::int64_t now_ms);
  // Whole copies merged by their own stamps (imports, tests).
  void apply(const std::vector<ScheduledMeeting>& copies, std::int64_t now_ms);
  void retry(std::int64_t now_ms) { write(now_ms); }
  // The write lock asked for by an earlier write was granted.
  void on_lock(std::int64_t now_ms);

  // Stored copies with the unwritten edits on top, tombstones included.
  const std::vector<ScheduledMeeting>& meetings() const { return meetings_; }
  // The live (not deleted) meeting with this id, or nullptr.
  const ScheduledMeeting* find(std::string_view id) const;
  // Changes whenever meetings() may have changed.
  std::uint64_t revision() const { return revision_; }
  std::size_t unsaved() const { return pending_.size(); }
  const std::string& save_error() const { return save_error_; }
  // What the last successful write did, one entry per edit; writes() counts them.
  const std::vector<EditOutcome>& last_written() const { return last_written_; }
  std::uint64_t writes() const { return writes_; }
  // Sentences about edits that lost to another tab or could not be written.
  std::vector<std::string> take_notes() { return std::exchange(notes_, {}); }

  const std::vector<std::string>& problems() const { return problems_; }
  void dismiss_problems() { problems_.clear(); }
  std::vector<StoredBackup> backups(std::int64_t now_ms) { return document_.backups(now_ms); }
  // Merges every meeting that can be read from the backup, then discards it.
  std::string restore_backup(const StoredBackup& backup, std::int64_t now_ms);
  void discard_backup(const StoredBackup& backup) { document_.discard(backup); }

  // Deletes (a tombstone, so other tabs learn of it) and remembers it for undo().
  bool remove(std::string_view id, std::int64_t now_ms);
  // The meeting undo() would bring back.
  const ScheduledMeeting* undoable() const { return deleted_ ? &*deleted_ : nullptr; }
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
  struct Stored {
    std::vector<ScheduledMeeting> meetings;
    std::string refusal;  // why this copy must not be overwritten; empty when it may be
  };

  Stored read(std::int64_t now_ms);
  void write(std::int64_t now_ms);
  void write_locked(std::int64_t now_ms);
  void show(const std::vector<ScheduledMeeting>& stored, std::int64_t now_ms);
  void remember_written(const std::vector<MeetingEdit>& edits, const std::vector<EditOutcome>& outcomes);
  void notice_lost_fields(const std::vector<ScheduledMeeting>& stored);

  Platform& platform_;
  StoredDocument document_;
  std::vector<ScheduledMeeting> meetings_;
  std::vector<MeetingEdit> pending_;  // edits not yet written
  bool waiting_for_lock_ = false;
  std::uint64_t revision_ = 0;
  std::string save_error_;
  std::vector<std::string> problems_;
  std::vector<std::string> notes_;
  std::vector<EditOutcome> last_written_;
  std::uint64_t writes_ = 0;
  // The fields this tab wrote lately, by (id, field): the stamp and title, to
  // tell when another tab's conflicting write replaced one.
  struct Written { std::int64_t stamp; std::string title; };
  std::map<std::pair<std::string, MeetingField>, Written> written_;
  std::string told_text_;  // the damaged text whose problems were told
  std::optional<ScheduledMeeting> deleted_;
};

}  // namespace cofx
