// Scheduled meetings as one versioned JSON document under one storage key,
// plus the merge that makes read-modify-write safe across tabs. No I/O here:
// the platform reads and writes the text.
//
//   {"version":1,"meetings":[
//     {"id":"3f2a…","title":"Weekly sync","startUtc":1797089400,"durationMinutes":60,
//      "agenda":"","code":"COF-AB12CD34","repeat":{"kind":"weekly","count":10},
//      "updatedAtMs":1796000000000,"changedAtMs":{"start":1795000000000},
//      "aliveSinceMs":1795000000000,"replacedMs":{"title":1795500000000}},
//     {"id":"9c01…","updatedAtMs":1796000000500,"deleted":true}]}
//
// Fields: startUtc is seconds since the epoch, updatedAtMs milliseconds; repeat
// kind is "none" | "daily" | "weekdays" | "weekly" with at most one of "until"
// ("YYYY-MM-DD", local) and "count" (1-1000); agenda, repeat and deleted may be
// left out. A tombstone ("deleted":true) needs only id and updatedAtMs.
// The per-field stamps of schedule_merge.h are written only where they differ
// from updatedAtMs: "changedAtMs" (per field), "aliveSinceMs", and "replacedMs"
// (per field, only after a conflict); without them every stamp is updatedAtMs,
// which is also how documents from before field-level merging read.
//
// Writing (every change, in every tab):
//   1. read the latest text under kSchedulesStorageKey and decode_schedules() it;
//   2. if load.keep_original, copy the text to kSchedulesBackupKey first (once;
//      never overwrite an existing backup) and tell the user load.problems;
//   3. if load.newer_version, stop: keep the changes in memory and do not write;
//   4. apply_edits(load.meetings, edits, now_ms), encode_schedules(), write.
// Steps 1-4 run under a navigator.locks lock where the browser has one.
// On a `storage` event from another tab: decode the new text and merge the
// changes not yet written on top, for display.
//
// Merging copies (field by field) and writing edits: schedule_merge.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/schedule/schedule.h"
#include "core/schedule/schedule_merge.h"

namespace cofx {

inline constexpr const char* kSchedulesStorageKey = "cofinix.schedules";
inline constexpr const char* kSchedulesBackupKey = "cofinix.schedules.backup";
inline constexpr int kSchedulesVersion = 1;

// A field of a stored meeting that could not be read.
enum class StoredField { Id, UpdatedAt, DeletedFlag, ChangeTimes, Title, Start, Duration, RoomCode, Agenda, Repeat };

// One problem of a stored schedules document (app/words/schedule_words.h says it in words).
struct ScheduleProblem {
  enum class Kind {
    Damaged,           // not a schedules document at all
    UnknownFormat,     // no usable version
    Newer,             // written by a newer version: left untouched
    NotARecord,        // meeting `number` is not a meeting record
    FieldsUnreadable,  // meeting `number`'s `fields` could not be read
    DuplicateId,       // meeting `number` has the same id as meeting `first_number`
    MoreProblems,      // `number` more meetings have the same kind of problem
  };
  Kind kind = Kind::Damaged;
  std::size_t number = 0;           // 1-based position in the stored list, or a count
  std::string title{};              // the stored title, cleaned and shortened; "" when unreadable
  std::vector<StoredField> fields{};  // FieldsUnreadable, in the order they were read
  std::size_t first_number = 0;     // DuplicateId
  bool operator==(const ScheduleProblem&) const = default;
};

struct ScheduleLoad {
  std::vector<ScheduledMeeting> meetings;  // everything that could be read (tombstones included)
  std::vector<ScheduleProblem> problems;   // one each, for the user (at most 21)
  bool keep_original = false;  // back the stored bytes up before any write: something was not read
  bool newer_version = false;  // written by a newer Cof-iniX: read nothing, never overwrite
};

// Never aborts. Empty text means nothing is stored yet (no problem). A meeting
// with any bad field is skipped alone; the others load. Duplicate ids keep the
// copy that wins the conflict rule.
ScheduleLoad decode_schedules(std::string_view text);
// Tombstones are written in their short form. Invalid UTF-8 is replaced, never fatal.
std::string encode_schedules(const std::vector<ScheduledMeeting>& meetings);

// A pretty-printed file of every meeting that is not deleted.
std::string export_schedules(const std::vector<ScheduledMeeting>& meetings, std::int64_t now_utc);

// Why a file was not imported (app/words/schedule_words.h says it in words).
struct ImportProblem {
  enum class Kind { Empty, Newer, Unusable };
  Kind kind = Kind::Unusable;
  std::optional<ScheduleProblem> first{};  // Unusable: the first problem found, if any
  std::size_t more = 0;                  // Unusable: how many problems after the first
  bool operator==(const ImportProblem&) const = default;
};

struct ScheduleImport {
  std::optional<ImportProblem> error;  // set: the file was not usable and nothing changes
  std::vector<ScheduledMeeting> merged;   // current meetings with the file merged in
  std::vector<ScheduledMeeting> changes;  // the copies from the file that won: write these
  std::size_t added = 0;      // new ids
  std::size_t updated = 0;    // replaced an older copy
  std::size_t unchanged = 0;  // the current copy was as new or newer
};

// All or nothing: a file that is not a complete, valid schedules document
// (any meeting unreadable, newer version, not JSON) yields an error and no changes.
// Stamps in the file later than now_ms are clamped to now_ms: a file cannot
// claim to be newer than this moment (nor push stamps to the end of time).
ScheduleImport import_schedules(std::string_view text,
                                const std::vector<ScheduledMeeting>& current, std::int64_t now_ms);

}  // namespace cofx
