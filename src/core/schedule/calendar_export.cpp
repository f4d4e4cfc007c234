#include "core/schedule/calendar_export.h"

#include <algorithm>
#include <array>
#include <vector>

#include "core/schedule/recurrence.h"
#include "core/links/route.h"
#include "core/text/utf8.h"

namespace cofx {

namespace {

constexpr std::size_t kFoldOctets = 75;
constexpr std::int64_t kZoneLookBehind = 366 * kSecondsPerDay;  // an observance before DTSTART
constexpr std::int64_t kZoneMaxSpan = kIcsZoneYears * 366 * kSecondsPerDay;  // from DTSTART on
constexpr std::size_t kMaxLinkDetailsChars = 1500;  // keeps the calendar links a sane length
constexpr std::size_t kMaxTzidLength = 64;
constexpr const char* kFallbackTzid = "Cofinix/Local";

constexpr std::array<const char*, 7> kIcsDays = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

void append_2(std::string& out, std::int64_t value) {
  out.push_back(static_cast<char>('0' + value / 10 % 10));
  out.push_back(static_cast<char>('0' + value % 10));
}

// "YYYYMMDDTHHMMSS" of local seconds (no zone suffix).
std::string ics_local_time(std::int64_t seconds) {
  const CivilDate date = civil_from_days(floor_div(seconds, kSecondsPerDay));
  const std::int64_t second_of_day = floor_mod(seconds, kSecondsPerDay);
  std::string out = std::to_string(date.year);
  append_2(out, date.month);
  append_2(out, date.day);
  out.push_back('T');
  append_2(out, second_of_day / 3600);
  append_2(out, second_of_day / 60 % 60);
  append_2(out, second_of_day % 60);
  return out;
}

std::string ics_offset(int minutes) {  // "+0100", "-0430"
  std::string out(1, minutes < 0 ? '-' : '+');
  const int magnitude = minutes < 0 ? -minutes : minutes;
  append_2(out, magnitude / 60);
  append_2(out, magnitude % 60);
  return out;
}

bool is_tzid_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '/' ||
         c == '_' || c == '+' || c == '-' || c == '.';
}

bool is_iana_like(std::string_view name) {
  return !name.empty() && name.size() <= kMaxTzidLength &&
         std::all_of(name.begin(), name.end(), is_tzid_char);
}

std::string tzid_for(const ZoneRules& zone) {
  const std::string name = zone.name();
  return is_iana_like(name) ? name : kFallbackTzid;
}

// Printable ASCII only: a link is a URI value, not TEXT, so it is never escaped.
std::string uri_value(std::string_view link) {
  std::string out;
  for (const char c : link) {
    if (c > 0x20 && c < 0x7F) out.push_back(c);
  }
  return out;
}

std::string description(const ScheduledMeeting& meeting, std::string_view link, const CalendarWords& words) {
  std::string text = meeting.agenda;
  if (!text.empty()) text += "\n\n";
  return text + words.join + uri_value(link);
}

std::string prefix_chars(const std::string& text, std::size_t max_chars) {
  std::size_t pos = 0;
  for (std::size_t chars = 0; pos < text.size() && chars < max_chars; ++chars) {
    pos += utf8::decode(text, pos).length;
  }
  return pos < text.size() ? text.substr(0, pos) + "..." : text;
}

// The instant range a series covers, for deciding on and building a VTIMEZONE: up to its
// last occurrence, at most kIcsZoneYears (endless series too). last_occurrence() is a few
// offset look-ups, whatever the length of the series.
std::pair<std::int64_t, std::int64_t> series_span(const ScheduledMeeting& meeting,
                                                  const ZoneRules& zone) {
  const std::int64_t cap = meeting.start_utc + kZoneMaxSpan;
  const auto last = last_occurrence(meeting, zone);
  const std::int64_t end = last ? std::min(last->end_utc, cap) : cap;
  return {meeting.start_utc, std::min(end, kMaxSupportedUtc)};
}

bool needs_local_zone(const ScheduledMeeting& meeting, const ZoneRules& zone) {
  if (meeting.repeat.kind == Repeat::Kind::None) return false;
  const auto [from, to] = series_span(meeting, zone);
  return !zone_transitions(zone, from, to).empty();
}

// UNTIL: the last start. After the years a VTIMEZONE covers, calendars read wall times with
// the offset in force at its end, so the last start may come later there: take the later
// reading (both come well before the next occurrence). An .ics year has four digits.
std::int64_t until_utc(const ScheduledMeeting& meeting, std::int64_t last_start,
                       const ZoneRules& zone) {
  const std::int64_t covered = meeting.start_utc + kZoneMaxSpan;
  std::int64_t until = last_start;
  if (last_start > covered) {
    const int later = zone.offset_minutes_at(last_start) - zone.offset_minutes_at(covered);
    until += std::int64_t{std::max(later, 0)} * 60;
  }
  return std::min(until, kMaxSupportedUtc);
}

void add_observance(std::vector<std::string>& lines, const ZoneRules& zone,
                    const std::vector<ZoneTransition>& group) {
  const ZoneTransition& first = group.front();
  const char* kind = first.to > first.from ? "DAYLIGHT" : "STANDARD";
  lines.push_back(std::string("BEGIN:") + kind);
  // Onsets are written in the local time before the change.
  lines.push_back("DTSTART:" + ics_local_time(first.utc + std::int64_t{first.from} * 60));
  std::string rdates;
  for (std::size_t i = 1; i < group.size(); ++i) {
    if (!rdates.empty()) rdates += ',';
    rdates += ics_local_time(group[i].utc + std::int64_t{group[i].from} * 60);
  }
  if (!rdates.empty()) lines.push_back("RDATE:" + rdates);
  lines.push_back("TZOFFSETFROM:" + ics_offset(first.from));
  lines.push_back("TZOFFSETTO:" + ics_offset(first.to));
  lines.push_back("TZNAME:" + ics_escape_text(short_zone_label(zone, first.utc)));
  lines.push_back(std::string("END:") + kind);
}

void add_vtimezone(std::vector<std::string>& lines, const ScheduledMeeting& meeting,
                   const ZoneRules& zone, const std::string& tzid) {
  const auto [from, to] = series_span(meeting, zone);
  const std::int64_t begin = std::max(kMinSupportedUtc, from - kZoneLookBehind);
  const std::vector<ZoneTransition> changes = zone_transitions(zone, begin, to);

  lines.push_back("BEGIN:VTIMEZONE");
  lines.push_back("TZID:" + tzid);
  // The offset in force at the start of the sampled range, as a first observance.
  const int initial = zone.offset_minutes_at(begin);
  add_observance(lines, zone, {{begin, initial, initial}});
  // One observance per kind of change, its later dates as RDATEs.
  std::vector<bool> used(changes.size(), false);
  for (std::size_t i = 0; i < changes.size(); ++i) {
    if (used[i]) continue;
    std::vector<ZoneTransition> group;
    for (std::size_t j = i; j < changes.size(); ++j) {
      if (!used[j] && changes[j].from == changes[i].from && changes[j].to == changes[i].to &&
          short_zone_label(zone, changes[j].utc) == short_zone_label(zone, changes[i].utc)) {
        group.push_back(changes[j]);
        used[j] = true;
      }
    }
    add_observance(lines, zone, group);
  }
  lines.push_back("END:VTIMEZONE");
}

}  // namespace

std::vector<ZoneTransition> zone_transitions(const ZoneRules& zone, std::int64_t from_utc,
                                             std::int64_t to_utc, std::int64_t probe_seconds) {
  std::vector<ZoneTransition> found;
  int offset = zone.offset_minutes_at(from_utc);
  for (std::int64_t t = from_utc; t < to_utc;) {
    const std::int64_t next = std::min(t + probe_seconds, to_utc);
    if (zone.offset_minutes_at(next) == offset) {
      t = next;
      continue;
    }
    std::int64_t low = t, high = next;  // offset(low) == offset, offset(high) != offset
    while (high - low > 1) {
      const std::int64_t mid = low + (high - low) / 2;
      (zone.offset_minutes_at(mid) == offset ? low : high) = mid;
    }
    found.push_back({high, offset, zone.offset_minutes_at(high)});
    offset = found.back().to;
    t = high;  // a second change may follow within the same probe step
  }
  return found;
}

std::string ics_escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const utf8::Step step = utf8::decode(text, pos);
    const std::string_view bytes = text.substr(pos, step.length);
    pos += step.length;
    if (!step.valid) continue;
    const char32_t cp = step.code_point;
    if (cp == U'\r') {
      if (pos < text.size() && text[pos] == '\n') ++pos;
      out += "\\n";
    } else if (cp == U'\n') {
      out += "\\n";
    } else if (cp == U'\\' || cp == U';' || cp == U',') {
      out.push_back('\\');
      out.push_back(static_cast<char>(cp));
    } else if (cp == U'\t' || !(cp < 0x20 || cp == 0x7F)) {
      out.append(bytes);
    }
  }
  return out;
}

std::string ics_fold(std::string_view line) {
  std::string out;
  out.reserve(line.size() + line.size() / 64 * 3 + 2);
  std::size_t on_line = 0;  // octets on the current physical line
  for (std::size_t pos = 0; pos < line.size();) {
    const std::size_t length = utf8::decode(line, pos).length;
    if (on_line + length > kFoldOctets) {
      out += "\r\n ";
      on_line = 1;
    }
    out.append(line.substr(pos, length));
    on_line += length;
    pos += length;
  }
  out += "\r\n";
  return out;
}

std::string ics_utc_time(std::int64_t utc_seconds) { return ics_local_time(utc_seconds) + "Z"; }

std::string ics_duration(int minutes) {
  std::string out = "PT";
  if (minutes >= 60) out += std::to_string(minutes / 60) + "H";
  if (minutes % 60 != 0 || minutes < 60) out += std::to_string(minutes % 60) + "M";
  return out;
}

std::string ics_rrule(const ScheduledMeeting& meeting, const ZoneRules& zone, bool utc_days) {
  std::string rule;
  switch (meeting.repeat.kind) {
    case Repeat::Kind::None: return "";
    case Repeat::Kind::Daily: rule = "FREQ=DAILY"; break;
    case Repeat::Kind::Weekly: rule = "FREQ=WEEKLY"; break;
    case Repeat::Kind::Weekdays: {
      // Local Monday-Friday; in UTC the same meetings may begin a day earlier or later.
      const std::int64_t shift =
          utc_days ? floor_div(meeting.start_utc, kSecondsPerDay) -
                         local_day_number(meeting.start_utc, zone)
                   : 0;
      rule = "FREQ=WEEKLY;BYDAY=";
      for (int day = 0; day < 5; ++day) {
        if (day > 0) rule += ',';
        rule += kIcsDays[static_cast<std::size_t>(floor_mod(day + shift, 7))];
      }
      break;
    }
  }
  if (meeting.repeat.count) {
    rule += ";COUNT=" + std::to_string(*meeting.repeat.count);
  } else if (meeting.repeat.until) {
    const auto last = last_occurrence(meeting, zone);
    const std::int64_t last_start = last ? last->start_utc : meeting.start_utc;
    rule += ";UNTIL=" + ics_utc_time(until_utc(meeting, last_start, zone));
  }
  return rule;
}

std::string meeting_ics(const ScheduledMeeting& meeting, std::string_view link,
                        std::int64_t now_utc, const ZoneRules& zone, const CalendarWords& words) {
  const bool local = needs_local_zone(meeting, zone);
  const std::string tzid = tzid_for(zone);

  std::vector<std::string> lines = {
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Cof-iniX//Cof-iniX Ultra Conferencing//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
  };
  if (local) add_vtimezone(lines, meeting, zone, tzid);
  lines.push_back("BEGIN:VEVENT");
  lines.push_back("UID:" + meeting.id + "@cofinix");
  lines.push_back("DTSTAMP:" + ics_utc_time(now_utc));
  if (meeting.updated_at_ms > 0) {
    lines.push_back("LAST-MODIFIED:" + ics_utc_time(meeting.updated_at_ms / 1000));
  }
  if (local) {
    const std::int64_t wall =
        meeting.start_utc + std::int64_t{zone.offset_minutes_at(meeting.start_utc)} * 60;
    lines.push_back("DTSTART;TZID=" + tzid + ":" + ics_local_time(wall));
  } else {
    lines.push_back("DTSTART:" + ics_utc_time(meeting.start_utc));
  }
  lines.push_back("DURATION:" + ics_duration(meeting.duration_minutes));
  const std::string rrule = ics_rrule(meeting, zone, !local);
  if (!rrule.empty()) lines.push_back("RRULE:" + rrule);
  lines.push_back("SUMMARY:" + ics_escape_text(meeting.title));
  lines.push_back("DESCRIPTION:" + ics_escape_text(description(meeting, link, words)));
  const std::string url = uri_value(link);
  if (!url.empty()) lines.push_back("URL:" + url);
  lines.push_back("END:VEVENT");
  lines.push_back("END:VCALENDAR");

  std::string out;
  for (const std::string& line : lines) out += ics_fold(line);
  return out;
}

std::string ics_file_name(const ScheduledMeeting& meeting) {
  std::string name;
  bool dash = false;
  for (const char c : meeting.title) {
    const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
      if (dash && !name.empty()) name.push_back('-');
      name.push_back(lower);
      dash = false;
      if (name.size() >= 60) break;
    } else {
      dash = true;
    }
  }
  return (name.empty() ? "meeting" : name) + ".ics";
}

std::string google_calendar_url(const ScheduledMeeting& meeting, std::string_view link,
                                const ZoneRules& zone, const CalendarWords& words) {
  const std::int64_t end = meeting.start_utc + std::int64_t{meeting.duration_minutes} * 60;
  std::string url = "https://calendar.google.com/calendar/render?action=TEMPLATE";
  url += "&text=" + percent_encode(meeting.title);
  url += "&dates=" + ics_utc_time(meeting.start_utc) + "/" + ics_utc_time(end);
  url += "&details=" + percent_encode(prefix_chars(description(meeting, link, words), kMaxLinkDetailsChars));
  url += "&location=" + percent_encode(uri_value(link));
  // Google expands repeats in the event's zone, so BYDAY names local days.
  const std::string rrule = ics_rrule(meeting, zone, false);
  if (!rrule.empty()) url += "&recur=" + percent_encode("RRULE:" + rrule);
  const std::string name = zone.name();
  if (is_iana_like(name) && name.find('/') != std::string::npos) url += "&ctz=" + percent_encode(name);
  return url;
}

std::string outlook_calendar_url(const ScheduledMeeting& meeting, std::string_view link,
                                 const ZoneRules& zone, const CalendarWords& words) {
  const std::int64_t end = meeting.start_utc + std::int64_t{meeting.duration_minutes} * 60;
  std::string body = description(meeting, link, words);
  if (meeting.repeat.kind != Repeat::Kind::None) {
    if (!words.repeats.empty()) body += "\n\n" + words.repeats;
  }
  std::string url =
      "https://outlook.live.com/calendar/0/deeplink/compose?path=%2Fcalendar%2Faction%2Fcompose"
      "&rru=addevent";
  url += "&subject=" + percent_encode(meeting.title);
  url += "&startdt=" + percent_encode(format_iso_utc(meeting.start_utc));
  url += "&enddt=" + percent_encode(format_iso_utc(end));
  url += "&body=" + percent_encode(prefix_chars(body, kMaxLinkDetailsChars));
  url += "&location=" + percent_encode(uri_value(link));
  return url;
}

}  // namespace cofx
