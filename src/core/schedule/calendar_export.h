// A scheduled meeting for other calendars: an RFC 5545 .ics file, and
// "Add to Google Calendar" / "Outlook" links built from the same data.
//
//   const std::string link = invite_link(site_url, m.code, invite_for(m, *first));
//   const CalendarWords words = calendar_words(m, zone);  // app/words/schedule_words.h
//   meeting_ics(m, link, now, zone, words)        // the .ics text (CRLF, folded)
//   ics_file_name(m)                              // "weekly-sync.ics"
//   google_calendar_url(m, link, zone, words)     // https://calendar.google.com/calendar/render?…
//   outlook_calendar_url(m, link, zone, words)    // https://outlook.live.com/calendar/0/deeplink/compose?…
//
// The .ics holds one VEVENT: UID (id@cofinix), DTSTAMP, DTSTART, DURATION,
// RRULE for repeats (FREQ=DAILY; FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR; FREQ=WEEKLY;
// with COUNT or UNTIL in UTC), SUMMARY, DESCRIPTION (agenda and link), URL,
// LAST-MODIFIED. DTSTART is in UTC, except for a series that crosses a UTC
// offset change of `zone`: a UTC start would make calendars drift by the DST
// shift, so such a series uses DTSTART;TZID=… in local time plus a VTIMEZONE
// built from the zone's actual offset changes over the series, from a year
// before its start to its last occurrence, but at most kIcsZoneYears (20) years
// from its start. The cap keeps any export small and fast (a daily series until
// 9999 would otherwise list 16,000 changes, found by probing 8,000 years): the
// RRULE still runs to the series' real end, and calendars keep the last offset
// the VTIMEZONE names for occurrences after the cap (UNTIL allows for that).
// TEXT values are escaped (\\ \; \, \n); lines are folded at 75 octets
// without splitting a UTF-8 sequence; every line ends with CRLF.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/schedule/schedule.h"
#include "core/time/time_zone.h"

namespace cofx {

inline constexpr int kIcsZoneYears = 20;  // how far a VTIMEZONE reaches (see above)

// The words an entry carries for the person who reads it, made in app/words
// (calendar_words() in app/words/schedule_words.h).
struct CalendarWords {
  std::string join;     // before the link in the description: "Join: "
  std::string repeats;  // Outlook's body, which has no repeats: "Repeats: Every day."; "" for none
};

std::string meeting_ics(const ScheduledMeeting& meeting, std::string_view link,
                        std::int64_t now_utc, const ZoneRules& zone, const CalendarWords& words);
// A file name from the title: lowercase ASCII letters and digits joined by '-',
// "meeting.ics" when nothing is left.
std::string ics_file_name(const ScheduledMeeting& meeting);

// Dates in UTC; repeats as recur=RRULE:…; ctz= when the zone name is an IANA name.
std::string google_calendar_url(const ScheduledMeeting& meeting, std::string_view link,
                                const ZoneRules& zone, const CalendarWords& words);
// Outlook's compose form has no repeats: the body says how the meeting repeats.
std::string outlook_calendar_url(const ScheduledMeeting& meeting, std::string_view link,
                                 const ZoneRules& zone, const CalendarWords& words);

// Building blocks, exposed for tests.
std::string ics_escape_text(std::string_view text);  // also drops control characters
std::string ics_fold(std::string_view line);         // one content line -> folded, CRLF-ended
std::string ics_utc_time(std::int64_t utc_seconds);  // "20261212T153000Z"
std::string ics_duration(int minutes);               // "PT1H30M", "PT24H", "PT15M"
// "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=10" or "" for a single meeting. With
// utc_days, BYDAY names the UTC days on which the local weekdays begin. UNTIL is the
// last start, read past kIcsZoneYears with the offset a VTIMEZONE ends with if that
// is later, and at most 9999-12-31T23:59:59Z.
std::string ics_rrule(const ScheduledMeeting& meeting, const ZoneRules& zone, bool utc_days);

struct ZoneTransition {
  std::int64_t utc = 0;  // first second with the new offset
  int from = 0;          // offsets in minutes, before and after
  int to = 0;
  bool operator==(const ZoneTransition&) const = default;
};
// The offset changes of `zone` in (from_utc, to_utc], to the second: one offset look-up
// per probe step plus a bisection per change. A change undone within one step is missed;
// real zones keep each offset for weeks (Morocco's Ramadan break, about five weeks, is
// among the shortest), so the step is a week.
inline constexpr std::int64_t kZoneProbeSeconds = 7 * kSecondsPerDay;
std::vector<ZoneTransition> zone_transitions(const ZoneRules& zone, std::int64_t from_utc,
                                             std::int64_t to_utc,
                                             std::int64_t probe_seconds = kZoneProbeSeconds);

}  // namespace cofx
