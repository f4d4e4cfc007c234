// How copies of the scheduled meetings from several tabs become one, and how a
// tab's edits are written on top of the latest stored copy. No I/O here:
// ScheduleBook (app/schedule_book.h) reads and writes.
//
// The rule, per meeting id:
//   - Each field (title, start, duration, agenda, repeat) carries the stamp of
//     its last write. Two copies merge field by field: the newer stamp wins, so
//     tab A renaming and tab B changing the duration both stay.
//   - A tab's edit records the fields it changed and their stamps when the edit
//     began (`seen`). It is stamped when it is written, under the write lock,
//     newer than anything stored: the last writer wins. Unchanged fields are
//     not written at all, so they cannot overwrite another tab's change.
//   - A real conflict is an edit of a field whose stored stamp is no longer the
//     one the edit saw (another tab changed that same field meanwhile). The
//     writer still wins, and the field records the stamp it overwrote
//     (`replaced`), so the tab that lost recognises its own write and says so.
//   - Deleting leaves a tombstone stamped when it was written; a live copy wins
//     over it only if it was created or brought back (alive_since_ms) later, so
//     an edit made in a tab that had not heard of the delete does not bring the
//     meeting back, and an Undo does. Tombstones are dropped after
//     kTombstoneKeepMs.
//   - Equal stamps with different values (rare: imported files) are decided by
//     a fixed order of the values, the same in every tab.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/schedule/schedule.h"

namespace cofx {

inline constexpr std::int64_t kTombstoneKeepMs = 30LL * 24 * 60 * 60 * 1000;

// One copy from `a` and `b` (same id) under the rule above.
ScheduledMeeting merged_copy(const ScheduledMeeting& a, const ScheduledMeeting& b);
// True when merging `a` into `b` changes `b`.
bool supersedes(const ScheduledMeeting& a, const ScheduledMeeting& b);
// The stored copies with `others` merged in, stored order first, new ids
// appended; tombstones older than kTombstoneKeepMs before now_ms are dropped.
std::vector<ScheduledMeeting> merge_schedules(const std::vector<ScheduledMeeting>& stored,
                                              const std::vector<ScheduledMeeting>& others,
                                              std::int64_t now_ms);

// One thing a person did in this tab, waiting to be written.
struct MeetingEdit {
  enum class Kind {
    Create,   // `meeting` is new
    Change,   // set `fields` of meeting.id to meeting's values
    Delete,   // leave a tombstone for meeting.id
    Restore,  // bring `meeting` back after a delete (Undo)
    Merge,    // merge a whole copy with its own stamps (an imported file)
  };
  Kind kind = Kind::Merge;
  ScheduledMeeting meeting;
  std::array<bool, kMeetingFieldCount> fields{};  // Change: the fields it sets
  FieldStamps seen;                               // Change: their stamps when the edit began

  static MeetingEdit create(const ScheduledMeeting& meeting);
  // The fields where `edited` differs from `original` (the copy the form opened).
  static MeetingEdit change(const ScheduledMeeting& original, const ScheduledMeeting& edited);
  static MeetingEdit remove(const ScheduledMeeting& meeting);
  static MeetingEdit restore(const ScheduledMeeting& original);
  static MeetingEdit merge(const ScheduledMeeting& copy);
  bool changes_nothing() const;
};

// What writing one edit did.
struct EditOutcome {
  enum class Result { Written, Unchanged, Gone };  // Gone: the meeting was deleted elsewhere
  Result result = Result::Unchanged;
  std::string id;
  struct Field {
    MeetingField field;
    std::int64_t stamp;     // the stamp written
    bool conflict = false;  // it overwrote a change this edit had not seen
  };
  std::vector<Field> fields;  // Change/Create/Restore: the fields written
  bool deleted = false;       // Delete: a tombstone was written
  MeetingEdit::Kind kind = MeetingEdit::Kind::Merge;  // of the edit this is about
};

// `stored` with `edits` applied in order, stamped from now_ms (see the rule
// above). When `outcomes` is given it receives one entry per edit.
std::vector<ScheduledMeeting> apply_edits(const std::vector<ScheduledMeeting>& stored,
                                          const std::vector<MeetingEdit>& edits, std::int64_t now_ms,
                                          std::vector<EditOutcome>* outcomes = nullptr);

}  // namespace cofx
