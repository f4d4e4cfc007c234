// The "Schedule a meeting" form as the person types it: dates and times are
// text ("2026-12-12", "09:30") so a wrong one can be shown and explained
// rather than silently corrected. check_schedule_form() reads the text into a
// core MeetingForm and adds the messages that only text can have (a malformed
// date) to the core's FormCheck.
//
//   ScheduleForm form = schedule_form_from(new_meeting_form(now, zone));
//   form.title = "Weekly sync";
//   const ScheduleFormCheck checked = check_schedule_form(form, now, zone);
//   if (checked.check.ok()) book.apply({create_meeting(checked.form, checked.check, now_ms)}, now_ms);
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "app/words/schedule_words.h"
#include "core/schedule/schedule.h"
#include "core/time/time_zone.h"

namespace cofx {

struct ScheduleForm {
  enum class End { Never, Until, Count };

  std::string title;
  std::string date;  // YYYY-MM-DD, local
  std::string time;  // HH:MM, 24-hour, local
  int duration_minutes = 60;
  std::string agenda;
  Repeat::Kind repeat = Repeat::Kind::None;
  End end = End::Never;
  std::string until;  // YYYY-MM-DD, local; used when end == Until
  int count = 10;     // used when end == Count
};

ScheduleForm schedule_form_from(const MeetingForm& form);

// What the date and time fields say, when it is a real date or time (for the pickers).
std::optional<CivilDate> form_date(const ScheduleForm& form);
std::optional<int> form_minute_of_day(const ScheduleForm& form);  // 0-1439

struct ScheduleFormCheck {
  MeetingForm form;  // what the text says (meaningful where check has no message)
  FormCheck check;   // the core's check; a field the text could not fill counts as wrong
  FormMessages messages;  // what to show beside each field, the text's own problems included
  bool ok() const {
    return !messages.title && !messages.start && !messages.duration && !messages.agenda && !messages.repeat;
  }
};

// Never fails: text that cannot be read becomes the message of its field.
ScheduleFormCheck check_schedule_form(const ScheduleForm& form, std::int64_t now_utc, const ZoneRules& zone,
                                      const ScheduledMeeting* editing = nullptr);

// "Ends 15:30" ("Ends 00:30 on 13 Dec" on another day) in `zone`, or "" while the
// start or the duration has a message.
std::string form_end_text(const ScheduleFormCheck& checked, const ZoneRules& zone);

}  // namespace cofx
