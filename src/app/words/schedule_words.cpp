#include "app/words/schedule_words.h"

#include "app/words/time_words.h"

namespace cofx {

namespace {

const char* stored_field_words(StoredField field) {
  switch (field) {
    case StoredField::Id: return "id";
    case StoredField::UpdatedAt: return "last-changed time";
    case StoredField::DeletedFlag: return "deleted flag";
    case StoredField::ChangeTimes: return "change times";
    case StoredField::Title: return "title";
    case StoredField::Start: return "start time";
    case StoredField::Duration: return "duration";
    case StoredField::RoomCode: return "room code";
    case StoredField::Agenda: return "agenda";
    case StoredField::Repeat: return "repeat";
  }
  return "";
}

// "a", "a and b", "a, b and c".
std::string joined(const std::vector<StoredField>& parts) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " and " : ", ";
    out += stored_field_words(parts[i]);
  }
  return out;
}

std::optional<std::string> described(const std::optional<FormIssue>& issue) {
  if (!issue) return std::nullopt;
  return describe(*issue);
}

}  // namespace

std::string describe(const FormIssue& issue) {
  using K = FormIssue::Kind;
  switch (issue.kind) {
    case K::TitleEmpty: return "Give the meeting a title.";
    case K::TitleTooLong:
      return "Titles can be at most " + std::to_string(kTitleMaxChars) + " characters; this one has " +
             std::to_string(issue.count) + ".";
    case K::MonthOutOfRange: return "Months run from 1 to 12.";
    case K::YearOutOfRange:
      return "Pick a year from " + std::to_string(kMinYear) + " to " + std::to_string(kMaxYear) + ".";
    case K::NoSuchDay: return "There is no " + format_day_month_year(issue.date) + ".";
    case K::TimeOutOfRange: return "Times run from 00:00 to 23:59.";
    case K::StartPassed: return "That time has already passed. Pick a time from now on.";
    case K::StartTooLate: return "Pick an earlier date.";
    case K::DurationOutOfRange: return "Meetings last from 15 minutes to 24 hours.";
    case K::AgendaTooLong:
      return "The agenda can be at most " + std::to_string(kAgendaMaxChars) + " characters; this one has " +
             std::to_string(issue.count) + ".";
    case K::RepeatEndTwice: return "Choose an end date or a number of meetings, not both.";
    case K::RepeatCountOutOfRange:
      return "A series can have 1 to " + std::to_string(kMaxRepeatCount) + " meetings.";
    case K::RepeatEndsBeforeStart:
      return "The series must end on or after its first meeting (" + format_day_month_year(issue.date) + ").";
    case K::WeekdaySeriesOnWeekend: return "A weekday series must start on a weekday (Monday to Friday).";
  }
  return {};
}

FormMessages describe(const FormCheck& check) {
  FormMessages messages;
  messages.title = described(check.title);
  messages.start = described(check.start);
  messages.duration = described(check.duration);
  messages.agenda = described(check.agenda);
  messages.repeat = described(check.repeat);
  messages.start_note = describe(check.start_note);
  return messages;
}

const char* field_words(MeetingField field) {
  return field == MeetingField::Start ? "start time" : field_key(field);
}

std::string describe_repeat(const Repeat& repeat, Weekday first_day) {
  std::string text;
  switch (repeat.kind) {
    case Repeat::Kind::None: return "Does not repeat";
    case Repeat::Kind::Daily: text = "Every day"; break;
    case Repeat::Kind::Weekdays: text = "Every weekday (Mon-Fri)"; break;
    case Repeat::Kind::Weekly: text = "Every week on " + std::string(weekday_name(first_day)); break;
  }
  if (repeat.count) {
    text += *repeat.count == 1 ? ", once" : ", " + std::to_string(*repeat.count) + " times";
  } else if (repeat.until) {
    text += ", until " + format_day_month_year(*repeat.until);
  }
  return text;
}

std::string_view group_title(ListGroup group) {
  switch (group) {
    case ListGroup::Today: return "Today";
    case ListGroup::Tomorrow: return "Tomorrow";
    case ListGroup::Later: return "Later";
    case ListGroup::Past: return "Past";
  }
  return "";
}

std::string countdown_text(const Occurrence& occurrence, std::int64_t now_utc, const ZoneRules& zone) {
  if (now_utc < occurrence.start_utc) return "starts in " + span_text(occurrence.start_utc - now_utc);
  if (now_utc < occurrence.end_utc) {
    const std::int64_t elapsed = now_utc - occurrence.start_utc;
    return elapsed < 60 ? "started just now" : "started " + span_text(elapsed) + " ago";
  }
  const LocalDateTime end = to_local(occurrence.end_utc, zone);
  std::string text = "ended at " + format_time_on_date(end);
  if (end.year != to_local(now_utc, zone).year) text.append(" ").append(std::to_string(end.year));
  return text;
}

std::string describe(const ScheduleProblem& problem) {
  using K = ScheduleProblem::Kind;
  const std::string label = "Saved meeting " + std::to_string(problem.number) +
                            (problem.title.empty() ? "" : " (\"" + problem.title + "\")");
  switch (problem.kind) {
    case K::Damaged: return "Your saved meetings could not be read: the stored data is damaged.";
    case K::UnknownFormat: return "Your saved meetings could not be read: they are in an unknown format.";
    case K::Newer:
      return "Your saved meetings were written by a newer version of Cof-iniX, so they are left "
             "untouched. Changes you make here are not saved.";
    case K::NotARecord: return label + " was skipped: it is not a meeting record.";
    case K::FieldsUnreadable: return label + " was skipped: its " + joined(problem.fields) + " could not be read.";
    case K::DuplicateId:
      return label + " has the same id as saved meeting " + std::to_string(problem.first_number) +
             "; only the newer copy is kept.";
    case K::MoreProblems:
      return std::to_string(problem.number) + " more saved meeting" + (problem.number == 1 ? " has" : "s have") +
             " the same kind of problem.";
  }
  return {};
}

std::vector<std::string> describe(const std::vector<ScheduleProblem>& problems) {
  std::vector<std::string> sentences;
  sentences.reserve(problems.size());
  for (const ScheduleProblem& problem : problems) sentences.push_back(describe(problem));
  return sentences;
}

std::string describe(const ImportProblem& problem) {
  switch (problem.kind) {
    case ImportProblem::Kind::Empty: return "The file is empty. Nothing was imported.";
    case ImportProblem::Kind::Newer: return "This file was made by a newer version of Cof-iniX. Nothing was imported.";
    case ImportProblem::Kind::Unusable: break;
  }
  std::string error = "This file could not be imported, so nothing was changed. ";
  if (problem.first) error += describe(*problem.first);
  if (problem.more > 0) error += " (" + std::to_string(problem.more) + " more problems)";
  return error;
}

std::string describe(const Reminder& reminder) {
  return "\u201C" + reminder.title + "\u201D starts in " + std::to_string(reminder.minutes) + " min";
}

CalendarWords calendar_words(const ScheduledMeeting& meeting, const ZoneRules& zone) {
  CalendarWords words;
  words.join = "Join: ";
  if (meeting.repeat.kind != Repeat::Kind::None) {
    const Weekday first_day = weekday_of_days(local_day_number(meeting.start_utc, zone));
    words.repeats = "Repeats: " + describe_repeat(meeting.repeat, first_day) + ".";
  }
  return words;
}

}  // namespace cofx
