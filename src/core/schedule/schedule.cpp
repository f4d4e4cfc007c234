#include "core/schedule/schedule.h"

#include <algorithm>
#include <array>

#include "core/text/utf8.h"

namespace cofx {

namespace {

constexpr std::int64_t kPastGraceSeconds = 60;       // the current minute still counts as "now"
constexpr std::int64_t kNewFormLeadSeconds = 5 * 60;  // a new form starts at least 5 min ahead
constexpr std::int64_t kNewFormStepSeconds = 30 * 60;

bool is_bidi_control(char32_t cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

bool is_control(char32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }

// Copies the well-formed, allowed characters of `text`; `map` returns the code
// point to write (0 drops it).
template <typename Map>
std::string filtered(std::string_view text, Map map) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const utf8::Step step = utf8::decode(text, pos);
    pos += step.length;
    if (!step.valid) continue;
    const char32_t kept = map(step.code_point);
    if (kept != 0) utf8::append(out, kept);
  }
  return out;
}

using Issue = FormIssue::Kind;

FormIssue issue(Issue kind, std::size_t count = 0, CivilDate date = {}) { return {kind, count, date}; }

FormIssue date_problem(const CivilDate& date) {
  if (date.month < 1 || date.month > 12) return issue(Issue::MonthOutOfRange);
  if (date.year < kMinYear || date.year > kMaxYear) return issue(Issue::YearOutOfRange);
  return issue(Issue::NoSuchDay, 0, date);
}

std::optional<FormIssue> repeat_problem(const Repeat& repeat, const std::optional<CivilDate>& first_date) {
  if (repeat.kind == Repeat::Kind::None) return std::nullopt;
  if (repeat.count && repeat.until) return issue(Issue::RepeatEndTwice);
  if (repeat.count && (*repeat.count < 1 || *repeat.count > kMaxRepeatCount)) {
    return issue(Issue::RepeatCountOutOfRange);
  }
  if (repeat.until && !is_valid_date(*repeat.until)) return date_problem(*repeat.until);
  if (!first_date) return std::nullopt;  // the start itself is wrong; say it there
  if (repeat.until && *repeat.until < *first_date) return issue(Issue::RepeatEndsBeforeStart, 0, *first_date);
  if (repeat.kind == Repeat::Kind::Weekdays && is_weekend(weekday_of(*first_date))) {
    return issue(Issue::WeekdaySeriesOnWeekend);
  }
  return std::nullopt;
}

Repeat normalized(Repeat repeat) {
  if (repeat.kind == Repeat::Kind::None) return {};
  return repeat;
}

void apply_form(ScheduledMeeting& meeting, const MeetingForm& form, const FormCheck& check) {
  meeting.title = clean_title(form.title);
  meeting.start_utc = check.start_utc;
  meeting.duration_minutes = form.duration_minutes;
  meeting.agenda = clean_agenda(form.agenda);
  meeting.repeat = normalized(form.repeat);
  meeting.deleted = false;
}

}  // namespace

RoomCode ScheduledMeeting::unset_room_code() {
  static const RoomCode unset = *RoomCode::from_canonical("COF-00000000");
  return unset;
}

std::string clean_title(std::string_view text) {
  const std::string kept = filtered(text, [](char32_t cp) -> char32_t {
    if (cp == U'\t' || cp == U'\n' || cp == U'\r') return U' ';
    if (is_control(cp) || is_bidi_control(cp)) return 0;
    return cp;
  });
  return std::string(utf8::trim(kept));
}

std::string clean_agenda(std::string_view text) {
  bool after_cr = false;
  const std::string kept = filtered(text, [&after_cr](char32_t cp) -> char32_t {
    const bool was_cr = after_cr;
    after_cr = cp == U'\r';
    if (cp == U'\r') return U'\n';
    if (cp == U'\n') return was_cr ? 0 : U'\n';  // "\r\n" is one line break
    if (cp == U'\t') return cp;
    if (is_control(cp) || is_bidi_control(cp)) return 0;
    return cp;
  });
  return std::string(utf8::trim(kept));
}

FormCheck check_meeting_form(const MeetingForm& form, std::int64_t now_utc, const ZoneRules& zone,
                             const ScheduledMeeting* editing) {
  FormCheck check;

  const std::string title = clean_title(form.title);
  const std::size_t title_chars = utf8::count_code_points(title);
  if (title.empty()) {
    check.title = issue(Issue::TitleEmpty);
  } else if (title_chars > kTitleMaxChars) {
    check.title = issue(Issue::TitleTooLong, title_chars);
  }

  std::optional<CivilDate> first_date;
  const LocalResolution start = resolve_local_time(form.start, zone);
  if (start.kind == LocalResolution::Kind::Invalid) {
    check.start = is_valid_date(form.start.date()) ? issue(Issue::TimeOutOfRange) : date_problem(form.start.date());
  } else {
    check.start_utc = start.utc;
    check.start_note = start;
    first_date = form.start.date();
    const bool unchanged = editing != nullptr && editing->start_utc == start.utc;
    if (!unchanged && start.utc + kPastGraceSeconds <= now_utc) {
      check.start = issue(Issue::StartPassed);
    } else if (start.utc + std::int64_t{kMaxDurationMinutes} * 60 > kMaxSupportedUtc) {
      check.start = issue(Issue::StartTooLate);
    }
  }

  if (form.duration_minutes < kMinDurationMinutes || form.duration_minutes > kMaxDurationMinutes) {
    check.duration = issue(Issue::DurationOutOfRange);
  }

  const std::size_t agenda_chars = utf8::count_code_points(clean_agenda(form.agenda));
  if (agenda_chars > kAgendaMaxChars) {
    check.agenda = issue(Issue::AgendaTooLong, agenda_chars);
  }

  check.repeat = repeat_problem(form.repeat, first_date);
  return check;
}

MeetingForm new_meeting_form(std::int64_t now_utc, const ZoneRules& zone) {
  const std::int64_t earliest = local_seconds(to_local(now_utc + kNewFormLeadSeconds, zone));
  const std::int64_t rounded =
      (floor_div(earliest - 1, kNewFormStepSeconds) + 1) * kNewFormStepSeconds;
  MeetingForm form;
  form.start = local_from_seconds(rounded);
  return form;
}

MeetingForm form_for(const ScheduledMeeting& meeting, const ZoneRules& zone) {
  MeetingForm form;
  form.title = meeting.title;
  form.start = to_local(meeting.start_utc, zone);
  form.duration_minutes = meeting.duration_minutes;
  form.agenda = meeting.agenda;
  form.repeat = meeting.repeat;
  return form;
}

ScheduledMeeting create_meeting(const MeetingForm& form, const FormCheck& check,
                                std::int64_t now_ms, const RandomBytes& random) {
  ScheduledMeeting meeting;
  meeting.id = generate_meeting_id(random);
  meeting.code = generate_room_code(random);
  apply_form(meeting, form, check);
  stamp_everything(meeting, now_ms);
  return meeting;
}

ScheduledMeeting edited_meeting(const ScheduledMeeting& original, const MeetingForm& form,
                                const FormCheck& check, std::int64_t now_ms) {
  ScheduledMeeting meeting = original;
  apply_form(meeting, form, check);
  for (const MeetingField field : kMeetingFields) {
    if (!same_field(meeting, original, field)) {
      meeting.changed_at[field] = next_update_stamp(original.changed_at[field], now_ms);
      meeting.updated_at_ms = std::max(meeting.updated_at_ms, meeting.changed_at[field]);
    }
  }
  return meeting;
}

void stamp_everything(ScheduledMeeting& meeting, std::int64_t ms) {
  meeting.changed_at.ms.fill(ms);
  meeting.alive_since_ms = ms;
  meeting.updated_at_ms = ms;
}

bool same_field(const ScheduledMeeting& a, const ScheduledMeeting& b, MeetingField field) {
  switch (field) {
    case MeetingField::Title: return a.title == b.title;
    case MeetingField::Start: return a.start_utc == b.start_utc;
    case MeetingField::Duration: return a.duration_minutes == b.duration_minutes;
    case MeetingField::Agenda: return a.agenda == b.agenda;
    case MeetingField::Repeat: return a.repeat == b.repeat;
  }
  return true;
}

void copy_field(ScheduledMeeting& to, const ScheduledMeeting& from, MeetingField field) {
  switch (field) {
    case MeetingField::Title: to.title = from.title; return;
    case MeetingField::Start: to.start_utc = from.start_utc; return;
    case MeetingField::Duration: to.duration_minutes = from.duration_minutes; return;
    case MeetingField::Agenda: to.agenda = from.agenda; return;
    case MeetingField::Repeat: to.repeat = from.repeat; return;
  }
}

const char* field_key(MeetingField field) {
  switch (field) {
    case MeetingField::Title: return "title";
    case MeetingField::Start: return "start";
    case MeetingField::Duration: return "duration";
    case MeetingField::Agenda: return "agenda";
    case MeetingField::Repeat: return "repeat";
  }
  return "";
}

ScheduledMeeting deleted_meeting(const ScheduledMeeting& original, std::int64_t now_ms) {
  ScheduledMeeting tombstone;
  tombstone.id = original.id;
  tombstone.deleted = true;
  tombstone.updated_at_ms = next_update_stamp(original.updated_at_ms, now_ms);
  return tombstone;
}

ScheduledMeeting restored_meeting(const ScheduledMeeting& original,
                                  const ScheduledMeeting& tombstone, std::int64_t now_ms) {
  ScheduledMeeting meeting = original;
  meeting.deleted = false;
  meeting.replaced = {};
  stamp_everything(meeting, next_update_stamp(tombstone.updated_at_ms, now_ms));
  return meeting;
}

std::int64_t next_update_stamp(std::int64_t previous_ms, std::int64_t now_ms) {
  const std::int64_t next = now_ms > previous_ms ? now_ms : previous_ms + 1;
  return std::min(next, kMaxUpdatedAtMs);
}

std::string generate_meeting_id(const RandomBytes& random) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::array<std::uint8_t, 16> bytes{};
  random(bytes);
  std::string id;
  id.reserve(bytes.size() * 2);
  for (const std::uint8_t byte : bytes) {
    id.push_back(kHex[byte >> 4]);
    id.push_back(kHex[byte & 0x0F]);
  }
  return id;
}

bool is_valid_meeting_id(std::string_view id) {
  if (id.empty() || id.size() > kMeetingIdMaxLength) return false;
  for (const char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

}  // namespace cofx
