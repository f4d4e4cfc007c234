// Scheduled meetings: the stored record, the "Schedule a meeting" form with
// one message per field, and the small edits the list makes (create, edit,
// delete, undo). Occurrences live in recurrence.h, the list in
// schedule_list.h, storage in schedule_store.h.
//
//   MeetingForm form = new_meeting_form(now, zone);     // next half hour, 60 min
//   form.title = "Weekly sync";
//   const FormCheck check = check_meeting_form(form, now, zone);
//   if (check.ok()) meetings.push_back(create_meeting(form, check, now_ms));
//   // check.title / start / duration / agenda / repeat: what is wrong beside each field;
//   // check.start_note: which time was used when the start fell in a DST gap or overlap.
//   // app/words/schedule_words.h says them in words.
//
// Times: start_utc is seconds since the epoch (UTC); the form holds wall-clock
// time in the user's zone. Repeats keep the *local* wall time of the first
// occurrence in the zone passed in (the viewer's), so 09:00 stays 09:00 across DST.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/time/civil_time.h"
#include "core/links/room_code.h"
#include "core/time/time_zone.h"

namespace cofx {

inline constexpr std::size_t kTitleMaxChars = 120;    // Unicode code points, after cleaning
inline constexpr std::size_t kAgendaMaxChars = 5000;  // Unicode code points, after cleaning
inline constexpr int kMinDurationMinutes = 15;
inline constexpr int kMaxDurationMinutes = 24 * 60;
inline constexpr int kMaxRepeatCount = 1000;
inline constexpr std::size_t kMeetingIdMaxLength = 64;
// The largest change stamp: the last millisecond of the supported range.
inline constexpr std::int64_t kMaxUpdatedAtMs = kMaxSupportedUtc * 1000 + 999;

// The fields a person edits, each with its own change stamp so that two tabs
// changing different fields of one meeting both keep their change. (The room
// code never changes.)
enum class MeetingField : std::uint8_t { Title, Start, Duration, Agenda, Repeat };
inline constexpr std::size_t kMeetingFieldCount = 5;
inline constexpr std::array<MeetingField, kMeetingFieldCount> kMeetingFields = {
    MeetingField::Title, MeetingField::Start, MeetingField::Duration, MeetingField::Agenda,
    MeetingField::Repeat};
// "title", "start", "duration", "agenda", "repeat": the stored names.
const char* field_key(MeetingField field);

// Milliseconds per field; 0 means "never".
struct FieldStamps {
  std::array<std::int64_t, kMeetingFieldCount> ms{};
  std::int64_t& operator[](MeetingField f) { return ms[static_cast<std::size_t>(f)]; }
  std::int64_t operator[](MeetingField f) const { return ms[static_cast<std::size_t>(f)]; }
  bool operator==(const FieldStamps&) const = default;
};

struct Repeat {
  enum class Kind { None, Daily, Weekdays, Weekly };
  Kind kind = Kind::None;
  // At most one of these; neither means "forever". Ignored for Kind::None.
  std::optional<CivilDate> until;  // last local date an occurrence may start on (inclusive)
  std::optional<int> count;        // number of occurrences, the first included (1-1000)
  bool operator==(const Repeat&) const = default;
};

struct ScheduledMeeting {
  std::string id;      // 32 lowercase hex digits for new meetings; see is_valid_meeting_id()
  std::string title;   // cleaned, 1-120 code points
  std::int64_t start_utc = 0;  // the first occurrence
  int duration_minutes = 60;
  std::string agenda;  // cleaned, may hold newlines
  RoomCode code = unset_room_code();
  Repeat repeat;
  std::int64_t updated_at_ms = 0;  // the newest stamp below (a tombstone's: when it was deleted)
  bool deleted = false;            // a tombstone: only id and updated_at_ms matter
  // Merge rule: see schedule_merge.h.
  FieldStamps changed_at;           // when each field was last written
  std::int64_t alive_since_ms = 0;  // when it was created or last brought back after a delete
  FieldStamps replaced;             // per field: the stamp a conflicting write overwrote (0: none)

  // COF-00000000: the code of tombstones and default-constructed meetings.
  static RoomCode unset_room_code();
};

// What the form edits. `start` is wall-clock time in the user's zone.
struct MeetingForm {
  std::string title;
  LocalDateTime start;
  int duration_minutes = 60;
  std::string agenda;
  Repeat repeat;
};

// What is wrong with one field of the form, with what the sentence needs.
struct FormIssue {
  enum class Kind {
    TitleEmpty, TitleTooLong,                       // count: the title's characters
    MonthOutOfRange, YearOutOfRange, NoSuchDay,     // date: the day that does not exist
    TimeOutOfRange,                                 // 24:00 and the like
    StartPassed, StartTooLate,
    DurationOutOfRange,
    AgendaTooLong,                                  // count: the agenda's characters
    RepeatEndTwice,                                 // an end date and a number of meetings
    RepeatCountOutOfRange,
    RepeatEndsBeforeStart,                          // date: the first meeting's
    WeekdaySeriesOnWeekend,
  };
  Kind kind = Kind::TitleEmpty;
  std::size_t count = 0;
  CivilDate date;
  bool operator==(const FormIssue&) const = default;
};

// One issue per field (nullopt = fine), for display beside that field.
struct FormCheck {
  std::optional<FormIssue> title;
  std::optional<FormIssue> start;
  std::optional<FormIssue> duration;
  std::optional<FormIssue> agenda;
  std::optional<FormIssue> repeat;
  // Not an error: Gap or Ambiguous when the start fell into a DST gap or overlap (which
  // time is used); Exact otherwise.
  LocalResolution start_note;
  std::int64_t start_utc = 0;  // the resolved start when `start` is fine
  bool ok() const { return !title && !start && !duration && !agenda && !repeat; }
};

// Checks the form against `now_utc` in `zone`. When `editing` is given and the
// start is unchanged, a start in the past is accepted (editing a running series).
FormCheck check_meeting_form(const MeetingForm& form, std::int64_t now_utc, const ZoneRules& zone,
                             const ScheduledMeeting* editing = nullptr);

// A blank form starting at the next half hour (at least 5 minutes away), 60 minutes long.
MeetingForm new_meeting_form(std::int64_t now_utc, const ZoneRules& zone);
// The form for editing an existing meeting.
MeetingForm form_for(const ScheduledMeeting& meeting, const ZoneRules& zone);

// Call only when check.ok(). New meetings get a fresh id and room code.
ScheduledMeeting create_meeting(const MeetingForm& form, const FormCheck& check,
                                std::int64_t now_ms,
                                const RandomBytes& random = system_random_bytes);
ScheduledMeeting edited_meeting(const ScheduledMeeting& original, const MeetingForm& form,
                                const FormCheck& check, std::int64_t now_ms);
// Whether `a` and `b` hold the same value in `field`; copy_field() takes `from`'s.
bool same_field(const ScheduledMeeting& a, const ScheduledMeeting& b, MeetingField field);
void copy_field(ScheduledMeeting& to, const ScheduledMeeting& from, MeetingField field);
// Every stamp (fields, alive-since, updated) set to `ms`.
void stamp_everything(ScheduledMeeting& meeting, std::int64_t ms);
// Delete leaves a tombstone (so other tabs learn of it); Undo brings the original
// back with a stamp newer than the tombstone's.
ScheduledMeeting deleted_meeting(const ScheduledMeeting& original, std::int64_t now_ms);
ScheduledMeeting restored_meeting(const ScheduledMeeting& original,
                                  const ScheduledMeeting& tombstone, std::int64_t now_ms);
// A stamp newer than `previous` even if the clock went backwards: max(now_ms, previous + 1),
// never past kMaxUpdatedAtMs (so a stamp from a far-future clock cannot make data unreadable).
std::int64_t next_update_stamp(std::int64_t previous_ms, std::int64_t now_ms);

// 128 random bits as 32 lowercase hex digits.
std::string generate_meeting_id(const RandomBytes& random = system_random_bytes);
// 1-64 characters of A-Z a-z 0-9 '-' '_'.
bool is_valid_meeting_id(std::string_view id);

// Removes invalid UTF-8, control characters and bidi overrides; trims. The
// agenda keeps line breaks (as "\n") and tabs.
std::string clean_title(std::string_view text);
std::string clean_agenda(std::string_view text);

}  // namespace cofx
