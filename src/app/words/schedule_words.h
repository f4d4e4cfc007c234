// The sentences about scheduled meetings: the form's messages beside each field, how a
// series repeats, the list's section titles and countdowns, stored schedules that could
// not be read, files that were not imported, and the words a calendar entry carries.
// Core returns the typed outcome (core/schedule/...); these say it in words.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/schedule/calendar_export.h"
#include "core/schedule/recurrence.h"
#include "core/schedule/reminders.h"
#include "core/schedule/schedule.h"
#include "core/schedule/schedule_list.h"
#include "core/schedule/schedule_store.h"
#include "core/time/time_zone.h"

namespace cofx {

// Worded for display beside its field.
std::string describe(const FormIssue& issue);

// The form's messages, one per field (nullopt = fine), and the note saying which time a
// start in a DST gap or overlap uses ("" when none).
struct FormMessages {
  std::optional<std::string> title, start, duration, agenda, repeat;
  std::string start_note;
};
FormMessages describe(const FormCheck& check);

// "title", "start time", "duration", "agenda", "repeat": for sentences.
std::string_view field_words(MeetingField field);

// "Does not repeat", "Every day", "Every weekday (Mon-Fri), 10 times",
// "Every week on Tuesday, until 31 Dec 2026".
std::string describe_repeat(const Repeat& repeat, Weekday first_day);

std::string_view group_title(ListGroup group);  // "Today", "Tomorrow", "Later", "Past"

// "starts in 2 h 10 min", "starts in 45 s", "started just now", "started 5 min ago",
// "ended at 15:30 on 12 Dec" (the year is added when it is not the current one).
std::string countdown_text(const Occurrence& occurrence, std::int64_t now_utc, const ZoneRules& zone);

// What countdown_text() says, in parts, for sentences that say it their own way
// ("'Weekly sync' starts in 2 h 10 min", "Starts in 2 h 10 min").
struct Countdown {
  enum class Kind { Upcoming, JustStarted, Started, Ended };
  Kind kind = Kind::Upcoming;
  std::string span;  // Upcoming: until the start; Started: since the start ("2 h 10 min")
  std::string time;  // Ended: the end's time ("15:30")
  std::string date;  // Ended: its day ("12 Dec", "12 Dec 2026" in another year)
};
Countdown countdown(const Occurrence& occurrence, std::int64_t now_utc, const ZoneRules& zone);

// "Saved meeting 3 (\"Weekly sync\") was skipped: its title and start time could not be read."
std::string describe(const ScheduleProblem& problem);
std::vector<std::string> describe(const std::vector<ScheduleProblem>& problems);
// "This file could not be imported, so nothing was changed. …"
std::string describe(const ImportProblem& problem);

// "“Budget review” starts in 5 min"
std::string describe(const Reminder& reminder);

// "Join: " and, for a series, "Repeats: Every day." (its first day in `zone`).
CalendarWords calendar_words(const ScheduledMeeting& meeting, const ZoneRules& zone);

}  // namespace cofx
