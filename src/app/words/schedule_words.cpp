#include "app/words/schedule_words.h"

#include "app/words/time_words.h"
#include "app/words/tr.h"

namespace cofx {

namespace {

// The parts of a stored meeting that could not be read, for "its title and duration could not
// be read".
std::string_view stored_field_words(StoredField field) {
  switch (field) {
    // Translators: a stored meeting's identifier, in "its id could not be read".
    case StoredField::Id: return trc("field", "id");
    case StoredField::UpdatedAt: return trc("field", "last-changed time");
    case StoredField::DeletedFlag: return trc("field", "deleted flag");
    case StoredField::ChangeTimes: return trc("field", "change times");
    case StoredField::Title: return trc("field", "title");
    case StoredField::Start: return trc("field", "start time");
    case StoredField::Duration: return trc("field", "duration");
    case StoredField::RoomCode: return trc("field", "room code");
    case StoredField::Agenda: return trc("field", "agenda");
    case StoredField::Repeat: return trc("field", "repeat");
  }
  return "";
}

// "a", "a and b", "a, b and c".
std::string joined(const std::vector<StoredField>& parts) {
  if (parts.empty()) return "";
  std::string items(stored_field_words(parts[0]));
  if (parts.size() == 1) return items;
  for (std::size_t i = 1; i + 1 < parts.size(); ++i) {
    // Translators: between the items of a list ("title, duration and agenda").
    items.append(trc("list separator", ", ")).append(stored_field_words(parts[i]));
  }
  // Translators: the end of a list: {items} is one item or several joined by the list separator
  // ("title, duration"), {last} the last item ("agenda").
  return tr("{items} and {last}", {{"items", items}, {"last", stored_field_words(parts.back())}});
}

std::optional<std::string> described(const std::optional<FormIssue>& issue) {
  if (!issue) return std::nullopt;
  return describe(*issue);
}

}  // namespace

std::string describe(const FormIssue& issue) {
  using K = FormIssue::Kind;
  switch (issue.kind) {
    case K::TitleEmpty: return std::string(tr("Give the meeting a title."));
    case K::TitleTooLong:
      // Translators: {max} is the most characters a title may have, {count} how many it has.
      return tr("Titles can be at most {max} characters; this one has {count}.",
                {{"max", std::to_string(kTitleMaxChars)}, {"count", std::to_string(issue.count)}});
    case K::MonthOutOfRange: return std::string(tr("Months run from 1 to 12."));
    case K::YearOutOfRange:
      // Translators: {first} and {last} are the first and last years that can be picked.
      return tr("Pick a year from {first} to {last}.",
                {{"first", std::to_string(kMinYear)}, {"last", std::to_string(kMaxYear)}});
    case K::NoSuchDay: return tr("There is no {date}.", {{"date", format_day_month_year(issue.date)}});
    case K::TimeOutOfRange: return std::string(tr("Times run from 00:00 to 23:59."));
    case K::StartPassed: return std::string(tr("That time has already passed. Pick a time from now on."));
    case K::StartTooLate: return std::string(tr("Pick an earlier date."));
    case K::DurationOutOfRange: return std::string(tr("Meetings last from 15 minutes to 24 hours."));
    case K::AgendaTooLong:
      // Translators: {max} is the most characters an agenda may have, {count} how many it has.
      return tr("The agenda can be at most {max} characters; this one has {count}.",
                {{"max", std::to_string(kAgendaMaxChars)}, {"count", std::to_string(issue.count)}});
    case K::RepeatEndTwice: return std::string(tr("Choose an end date or a number of meetings, not both."));
    case K::RepeatCountOutOfRange:
      // Translators: {max} is the most meetings a series may have.
      return tr("A series can have 1 to {max} meetings.", {{"max", std::to_string(kMaxRepeatCount)}});
    case K::RepeatEndsBeforeStart:
      // Translators: {date} is the day of the series' first meeting ("14 Dec 2026").
      return tr("The series must end on or after its first meeting ({date}).",
                {{"date", format_day_month_year(issue.date)}});
    case K::WeekdaySeriesOnWeekend:
      return std::string(tr("A weekday series must start on a weekday (Monday to Friday)."));
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

std::string_view field_words(MeetingField field) {
  switch (field) {
    case MeetingField::Title: return trc("field", "title");
    case MeetingField::Start: return trc("field", "start time");
    case MeetingField::Duration: return trc("field", "duration");
    case MeetingField::Agenda: return trc("field", "agenda");
    case MeetingField::Repeat: return trc("field", "repeat");
  }
  return field_key(field);
}

std::string describe_repeat(const Repeat& repeat, Weekday first_day) {
  const std::string_view weekday = weekday_name(first_day);
  const std::string until = repeat.until ? format_day_month_year(*repeat.until) : "";
  const long count = repeat.count ? long{*repeat.count} : 0;
  switch (repeat.kind) {
    case Repeat::Kind::None: return std::string(tr("Does not repeat"));
    case Repeat::Kind::Daily:
      if (repeat.count) return trn("Every day, once", "Every day, {n} times", count);
      // Translators: {date} is the last day of the series ("31 Dec 2026").
      if (repeat.until) return tr("Every day, until {date}", {{"date", until}});
      return std::string(tr("Every day"));
    case Repeat::Kind::Weekdays:
      if (repeat.count) return trn("Every weekday (Mon-Fri), once", "Every weekday (Mon-Fri), {n} times", count);
      if (repeat.until) return tr("Every weekday (Mon-Fri), until {date}", {{"date", until}});
      return std::string(tr("Every weekday (Mon-Fri)"));
    case Repeat::Kind::Weekly:
      if (repeat.count) {
        // Translators: {weekday} is a full weekday name ("Tuesday").
        return trn("Every week on {weekday}, once", "Every week on {weekday}, {n} times", count,
                   {{"weekday", weekday}});
      }
      if (repeat.until) return tr("Every week on {weekday}, until {date}", {{"weekday", weekday}, {"date", until}});
      return tr("Every week on {weekday}", {{"weekday", weekday}});
  }
  return {};
}

std::string_view group_title(ListGroup group) {
  switch (group) {
    // Translators: a heading in the list of scheduled meetings.
    case ListGroup::Today: return tr("Today");
    // Translators: a heading in the list of scheduled meetings.
    case ListGroup::Tomorrow: return tr("Tomorrow");
    // Translators: a heading in the list of scheduled meetings: the ones after tomorrow.
    case ListGroup::Later: return tr("Later");
    // Translators: a heading in the list of scheduled meetings: the ones that are over.
    case ListGroup::Past: return tr("Past");
  }
  return "";
}

Countdown countdown(const Occurrence& occurrence, std::int64_t now_utc, const ZoneRules& zone) {
  Countdown out;
  if (now_utc < occurrence.start_utc) {
    out.kind = Countdown::Kind::Upcoming;
    out.span = span_text(occurrence.start_utc - now_utc);
  } else if (now_utc < occurrence.end_utc) {
    const std::int64_t elapsed = now_utc - occurrence.start_utc;
    out.kind = elapsed < 60 ? Countdown::Kind::JustStarted : Countdown::Kind::Started;
    if (elapsed >= 60) out.span = span_text(elapsed);
  } else {
    const LocalDateTime end = to_local(occurrence.end_utc, zone);
    out.kind = Countdown::Kind::Ended;
    out.time = format_hh_mm(end.hour, end.minute);
    out.date = end.year != to_local(now_utc, zone).year ? format_day_month_year(end.date()) : format_day_month(end.date());
  }
  return out;
}

std::string countdown_text(const Occurrence& occurrence, std::int64_t now_utc, const ZoneRules& zone) {
  const Countdown c = countdown(occurrence, now_utc, zone);
  switch (c.kind) {
    // Translators: after a meeting's date, lowercase ("Tue 3 Dec 09:00 · starts in 2 h 10 min");
    // {span} is a short length of time ("2 h 10 min").
    case Countdown::Kind::Upcoming: return tr("starts in {span}", {{"span", c.span}});
    // Translators: after a meeting's date, lowercase, like "starts in {span}".
    case Countdown::Kind::JustStarted: return std::string(tr("started just now"));
    // Translators: after a meeting's date, lowercase; {span} is a short length of time ("5 min").
    case Countdown::Kind::Started: return tr("started {span} ago", {{"span", c.span}});
    // Translators: after a meeting's date, lowercase: "ended at 15:30 on 12 Dec"; {date} may hold a year.
    case Countdown::Kind::Ended: return tr("ended at {time} on {date}", {{"time", c.time}, {"date", c.date}});
  }
  return {};
}

std::string describe(const ScheduleProblem& problem) {
  using K = ScheduleProblem::Kind;
  const std::string number = std::to_string(problem.number);
  const std::string_view title = problem.title;
  const bool titled = !problem.title.empty();
  switch (problem.kind) {
    case K::Damaged: return std::string(tr("Your saved meetings could not be read: the stored data is damaged."));
    case K::UnknownFormat:
      return std::string(tr("Your saved meetings could not be read: they are in an unknown format."));
    case K::Newer:
      return std::string(tr("Your saved meetings were written by a newer version of Cof-iniX, so they are left "
                            "untouched. Changes you make here are not saved."));
    case K::NotARecord:
      // Translators: {number} is the meeting's place in the saved list (1, 2, …), {title} its title.
      if (titled) return tr("Saved meeting {number} (\"{title}\") was skipped: it is not a meeting record.",
                            {{"number", number}, {"title", title}});
      return tr("Saved meeting {number} was skipped: it is not a meeting record.", {{"number", number}});
    case K::FieldsUnreadable: {
      const std::string fields = joined(problem.fields);
      // Translators: {fields} lists what could not be read ("title, duration and agenda").
      if (titled) return tr("Saved meeting {number} (\"{title}\") was skipped: its {fields} could not be read.",
                            {{"number", number}, {"title", title}, {"fields", fields}});
      return tr("Saved meeting {number} was skipped: its {fields} could not be read.",
                {{"number", number}, {"fields", fields}});
    }
    case K::DuplicateId: {
      const std::string first = std::to_string(problem.first_number);
      // Translators: {number} and {first} are places in the saved list (1, 2, …); "id" is the
      // meeting's stored identifier.
      if (titled) return tr("Saved meeting {number} (\"{title}\") has the same id as saved meeting {first}; only "
                            "the newer copy is kept.",
                            {{"number", number}, {"title", title}, {"first", first}});
      return tr("Saved meeting {number} has the same id as saved meeting {first}; only the newer copy is kept.",
                {{"number", number}, {"first", first}});
    }
    case K::MoreProblems:
      return trn("{n} more saved meeting has the same kind of problem.",
                 "{n} more saved meetings have the same kind of problem.", static_cast<long>(problem.number));
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
    case ImportProblem::Kind::Empty: return std::string(tr("The file is empty. Nothing was imported."));
    case ImportProblem::Kind::Newer:
      return std::string(tr("This file was made by a newer version of Cof-iniX. Nothing was imported."));
    case ImportProblem::Kind::Unusable: break;
  }
  const std::string first = problem.first ? describe(*problem.first) : "";
  if (problem.more > 0) {
    // Translators: {problem} is the first problem found in the file (a sentence), {n} how many
    // more there are.
    return trn("This file could not be imported, so nothing was changed. {problem} ({n} more problems)",
               "This file could not be imported, so nothing was changed. {problem} ({n} more problems)",
               static_cast<long>(problem.more), {{"problem", first}});
  }
  // Translators: {problem} is the first problem found in the file (a sentence).
  return tr("This file could not be imported, so nothing was changed. {problem}", {{"problem", first}});
}

std::string describe(const Reminder& reminder) {
  // Translators: a reminder notification: {title} is the meeting's title, {minutes} the minutes
  // until it starts.
  return tr("\u201C{title}\u201D starts in {minutes} min",
            {{"title", reminder.title}, {"minutes", std::to_string(reminder.minutes)}});
}

CalendarWords calendar_words(const ScheduledMeeting& meeting, const ZoneRules& zone) {
  CalendarWords words;
  // Translators: in a calendar entry's description, right before the meeting link (keep the
  // space or punctuation the link needs after it).
  words.join = tr("Join: ");
  if (meeting.repeat.kind != Repeat::Kind::None) {
    const Weekday first_day = weekday_of_days(local_day_number(meeting.start_utc, zone));
    // Translators: in a calendar entry's text: {repeat} says how the series repeats ("Every day").
    words.repeats = tr("Repeats: {repeat}.", {{"repeat", describe_repeat(meeting.repeat, first_day)}});
  }
  return words;
}

}  // namespace cofx
