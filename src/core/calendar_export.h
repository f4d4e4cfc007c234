// A scheduled meeting for other calendars: an RFC 5545 .ics file, and
// "Add to Google Calendar" / "Outlook" links built from the same data.
//
//   const std::string link = invite_link(site_url, m.code, invite_for(m, *first));
//   meeting_ics(m, link, now, zone)        // the .ics text (CRLF, folded)
//   ics_file_name(m)                       // "weekly-sync.ics"
//   google_calendar_url(m, link, zone)     // https://calendar.google.com/calendar/render?…
//   outlook_calendar_url(m, link, zone)    // https://outlook.live.com/calendar/0/deeplink/compose?…
//
// The .ics holds one VEVENT: UID (id@cofinix), DTSTAMP, DTSTART, DURATION,
// RRULE for repeats (FREQ=DAILY; FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR; FREQ=WEEKLY;
// with COUNT or UNTIL in UTC), SUMMARY, DESCRIPTION (agenda and link), URL,
// LAST-MODIFIED. DTSTART is in UTC, except for a series that crosses a UTC
// offset change of `zone`: a UTC start would make calendars drift by the DST
// shift, so such a series uses DTSTART;TZID=… in local time plus a VTIMEZONE
// built from the zone's actual offset changes (sampled up to 20 years ahead).
// TEXT values are escaped (\\ \; \, \n); lines are folded at 75 octets
// without splitting a UTF-8 sequence; every line ends with CRLF.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "schedule.h"
#include "time_zone.h"

namespace cofx {

std::string meeting_ics(const ScheduledMeeting& meeting, std::string_view link,
                        std::int64_t now_utc, const ZoneRules& zone);
// A file name from the title: lowercase ASCII letters and digits joined by '-',
// "meeting.ics" when nothing is left.
std::string ics_file_name(const ScheduledMeeting& meeting);

// Dates in UTC; repeats as recur=RRULE:…; ctz= when the zone name is an IANA name.
std::string google_calendar_url(const ScheduledMeeting& meeting, std::string_view link,
                                const ZoneRules& zone);
// Outlook's compose form has no repeats: the body says how the meeting repeats.
std::string outlook_calendar_url(const ScheduledMeeting& meeting, std::string_view link,
                                 const ZoneRules& zone);

// Building blocks, exposed for tests.
std::string ics_escape_text(std::string_view text);  // also drops control characters
std::string ics_fold(std::string_view line);         // one content line -> folded, CRLF-ended
std::string ics_utc_time(std::int64_t utc_seconds);  // "20261212T153000Z"
std::string ics_duration(int minutes);               // "PT1H30M", "PT24H", "PT15M"
// "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=10" or "" for a single meeting. With
// utc_days, BYDAY names the UTC days on which the local weekdays begin.
std::string ics_rrule(const ScheduledMeeting& meeting, const ZoneRules& zone, bool utc_days);

}  // namespace cofx
