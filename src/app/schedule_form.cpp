#include "app/schedule_form.h"

#include <optional>
#include <string_view>

#include "app/words/time_words.h"
#include "app/words/tr.h"
#include "core/time/time_choices.h"

namespace cofx {
namespace {

// Translators: YYYY-MM-DD is the date field's hint (translated there too); the date itself is typed as digits.
constexpr const char* kDateFormat = N_("Write the date as YYYY-MM-DD, e.g. 2026-12-12.");
// Translators: HH:MM is the time field's hint (translated there too); the time itself is typed as digits.
constexpr const char* kTimeFormat = N_("Write the time as HH:MM (24-hour), e.g. 09:30.");
// Translators: YYYY-MM-DD is the date field's hint (translated there too); the date itself is typed as digits.
constexpr const char* kUntilFormat = N_("Write the end date as YYYY-MM-DD, e.g. 2026-12-31.");

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "9:30" or "09:30"; the numbers as written (25:00 is left for the core to explain).
std::optional<std::pair<int, int>> parse_hh_mm(std::string_view text) {
  const auto colon = text.find(':');
  if (colon == std::string_view::npos || colon < 1 || colon > 2 || text.size() != colon + 3) return std::nullopt;
  int hour = 0;
  for (std::size_t i = 0; i < colon; ++i) {
    if (!is_digit(text[i])) return std::nullopt;
    hour = hour * 10 + (text[i] - '0');
  }
  if (!is_digit(text[colon + 1]) || !is_digit(text[colon + 2])) return std::nullopt;
  return std::pair{hour, (text[colon + 1] - '0') * 10 + (text[colon + 2] - '0')};
}

}  // namespace

ScheduleForm schedule_form_from(const MeetingForm& form) {
  ScheduleForm out;
  out.title = form.title;
  out.date = format_iso_date(form.start.date());
  out.time = format_hh_mm(form.start.hour, form.start.minute);
  out.duration_minutes = form.duration_minutes;
  out.agenda = form.agenda;
  out.repeat = form.repeat.kind;
  if (form.repeat.until) {
    out.end = ScheduleForm::End::Until;
    out.until = format_iso_date(*form.repeat.until);
  } else if (form.repeat.count) {
    out.end = ScheduleForm::End::Count;
    out.count = *form.repeat.count;
  }
  return out;
}

std::optional<CivilDate> form_date(const ScheduleForm& form) {
  const std::optional<CivilDate> date = parse_iso_date(trimmed(form.date));
  if (!date || !is_valid_date(*date)) return std::nullopt;
  return date;
}

std::optional<int> form_minute_of_day(const ScheduleForm& form) {
  const std::optional<std::pair<int, int>> time = parse_hh_mm(trimmed(form.time));
  if (!time || time->first > 23 || time->second > 59) return std::nullopt;
  return time->first * 60 + time->second;
}

ScheduleFormCheck check_schedule_form(const ScheduleForm& form, std::int64_t now_utc, const ZoneRules& zone,
                                      const ScheduledMeeting* editing) {
  ScheduleFormCheck out;
  MeetingForm& meeting = out.form;
  meeting.title = form.title;
  meeting.duration_minutes = form.duration_minutes;
  meeting.agenda = form.agenda;
  meeting.repeat.kind = form.repeat;

  const std::optional<CivilDate> date = parse_iso_date(trimmed(form.date));
  const std::optional<std::pair<int, int>> time = parse_hh_mm(trimmed(form.time));
  if (date && time) {
    meeting.start = {date->year, date->month, date->day, time->first, time->second};
  } else {
    meeting.start.month = 0;  // not a date: the core then skips the checks that need the start
  }

  std::optional<std::string> until_problem;
  if (form.repeat != Repeat::Kind::None) {
    if (form.end == ScheduleForm::End::Count) meeting.repeat.count = form.count;
    if (form.end == ScheduleForm::End::Until) {
      if (auto until = parse_iso_date(trimmed(form.until))) {
        meeting.repeat.until = *until;
      } else {
        until_problem = std::string(tr(kUntilFormat));
      }
    }
  }

  out.check = check_meeting_form(meeting, now_utc, zone, editing);
  out.messages = describe(out.check);
  if (!date) out.messages.start = std::string(tr(kDateFormat));
  else if (!time) out.messages.start = std::string(tr(kTimeFormat));
  if (until_problem && !out.messages.repeat) out.messages.repeat = until_problem;
  return out;
}

std::string form_end_text(const ScheduleFormCheck& checked, const ZoneRules& zone) {
  const FormCheck& check = checked.check;
  if (checked.messages.start || checked.messages.duration) return "";
  const std::int64_t end_utc = check.start_utc + std::int64_t{checked.form.duration_minutes} * 60;
  return end_time_text(to_local(check.start_utc, zone), to_local(end_utc, zone));
}

}  // namespace cofx
