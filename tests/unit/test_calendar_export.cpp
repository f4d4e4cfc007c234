#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/schedule/calendar_export.h"
#include "core/links/route.h"
#include "app/words/schedule_words.h"
#include "test_zones.h"

using namespace cofx;
using test::utc;

namespace {

const std::string kLink = "https://meet.example.org/#/COF-AB12CD34?d=90";

// The exports with the words the app gives them (app/words/schedule_words.h).
std::string meeting_ics(const ScheduledMeeting& m, std::string_view link, std::int64_t now, const ZoneRules& zone) {
  return cofx::meeting_ics(m, link, now, zone, calendar_words(m, zone));
}
std::string google_calendar_url(const ScheduledMeeting& m, std::string_view link, const ZoneRules& zone) {
  return cofx::google_calendar_url(m, link, zone, calendar_words(m, zone));
}
std::string outlook_calendar_url(const ScheduledMeeting& m, std::string_view link, const ZoneRules& zone) {
  return cofx::outlook_calendar_url(m, link, zone, calendar_words(m, zone));
}

ScheduledMeeting meeting(Repeat repeat = {}) {
  ScheduledMeeting m;
  m.id = "0123456789abcdef0123456789abcdef";
  m.title = "Weekly sync; budget, plans \\ more";
  m.start_utc = utc(2026, 12, 12, 14, 30);
  m.duration_minutes = 90;
  m.agenda = "1. News\n2. Plans";
  m.code = test::code();
  m.repeat = repeat;
  m.updated_at_ms = utc(2026, 12, 1) * 1000 + 123;
  return m;
}

// Physical lines, split at CRLF (the text must end with CRLF).
std::vector<std::string> physical_lines(const std::string& ics) {
  std::vector<std::string> lines;
  std::size_t begin = 0;
  for (std::size_t end; (end = ics.find("\r\n", begin)) != std::string::npos; begin = end + 2) {
    lines.push_back(ics.substr(begin, end - begin));
  }
  CHECK(begin == ics.size());
  return lines;
}

// Content lines: physical lines with folds joined.
std::vector<std::string> content_lines(const std::string& ics) {
  std::vector<std::string> lines;
  for (const std::string& line : physical_lines(ics)) {
    if (!line.empty() && line[0] == ' ') {
      REQUIRE_FALSE(lines.empty());
      lines.back() += line.substr(1);
    } else {
      lines.push_back(line);
    }
  }
  return lines;
}

// The first line of that property: inside the VEVENT if it is there, else anywhere.
std::string property(const std::vector<std::string>& lines, const std::string& name) {
  const auto event = std::find(lines.begin(), lines.end(), "BEGIN:VEVENT");
  for (auto from : {event, lines.begin()}) {
    for (auto line = from; line != lines.end(); ++line) {
      if (line->rfind(name + ":", 0) == 0 || line->rfind(name + ";", 0) == 0) return *line;
    }
  }
  return "<missing " + name + ">";
}

bool valid_utf8(const std::string& text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
    if (length == 0 || i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    }
    i += length;
  }
  return true;
}

}  // namespace

TEST_CASE("ics_escape_text escapes backslash, semicolon, comma and newlines") {
  CHECK(ics_escape_text("a\\b;c,d\ne\r\nf\rg") == "a\\\\b\\;c\\,d\\ne\\nf\\ng");
  CHECK(ics_escape_text("tab\there") == "tab\there");
  CHECK(ics_escape_text(std::string("nul\0bell\x07" "del\x7F" "bad\xFF", 17)) == "nulbelldelbad");
  CHECK(ics_escape_text("Zo\xC3\xAB: \"quoted\"") == "Zo\xC3\xAB: \"quoted\"");
}

TEST_CASE("ics_fold folds at 75 octets without splitting UTF-8 sequences") {
  CHECK(ics_fold("SUMMARY:short") == "SUMMARY:short\r\n");
  const std::string ascii = "DESCRIPTION:" + std::string(200, 'a');
  const std::string folded = ics_fold(ascii);
  const auto lines = physical_lines(folded);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].size() == 75);
  CHECK(lines[1].size() == 75);
  CHECK(lines[1][0] == ' ');
  CHECK(content_lines(folded) == std::vector<std::string>{ascii});

  for (const std::string& piece : {std::string("\xC3\xA9"), std::string("\xE6\x97\xA5"),
                                   std::string("\xF0\x9F\x98\x80"), std::string("a\xF0\x9F\x98\x80")}) {
    std::string line = "SUMMARY:";
    for (int i = 0; i < 100; ++i) line += piece;
    const std::string out = ics_fold(line);
    for (const std::string& physical : physical_lines(out)) {
      CHECK(physical.size() <= 75);
      CHECK(valid_utf8(physical));
    }
    CHECK(content_lines(out) == std::vector<std::string>{line});
  }
}

TEST_CASE("ics_duration and ics_utc_time") {
  CHECK(ics_duration(15) == "PT15M");
  CHECK(ics_duration(60) == "PT1H");
  CHECK(ics_duration(90) == "PT1H30M");
  CHECK(ics_duration(1440) == "PT24H");
  CHECK(ics_utc_time(1797089400) == "20261212T153000Z");
}

TEST_CASE("meeting_ics: a single meeting, CRLF everywhere, folded, in UTC") {
  const auto zone = test::berlin();
  ScheduledMeeting m = meeting();
  m.agenda = std::string(100, 'x') + ", more";
  const std::string ics = meeting_ics(m, kLink, utc(2026, 12, 10, 9), zone);
  CHECK(ics.find('\n') == ics.find("\r\n") + 1);
  for (std::size_t i = 0; i < ics.size(); ++i) {
    if (ics[i] == '\n') REQUIRE((i > 0 && ics[i - 1] == '\r'));
    if (ics[i] == '\r') REQUIRE((i + 1 < ics.size() && ics[i + 1] == '\n'));
  }
  for (const std::string& line : physical_lines(ics)) CHECK(line.size() <= 75);

  const auto lines = content_lines(ics);
  CHECK(lines.front() == "BEGIN:VCALENDAR");
  CHECK(lines.back() == "END:VCALENDAR");
  CHECK(property(lines, "VERSION") == "VERSION:2.0");
  CHECK(property(lines, "PRODID") == "PRODID:-//Cof-iniX//Cof-iniX Ultra Conferencing//EN");
  CHECK(property(lines, "UID") == "UID:0123456789abcdef0123456789abcdef@cofinix");
  CHECK(property(lines, "DTSTAMP") == "DTSTAMP:20261210T090000Z");
  CHECK(property(lines, "LAST-MODIFIED") == "LAST-MODIFIED:20261201T000000Z");
  CHECK(property(lines, "DTSTART") == "DTSTART:20261212T143000Z");
  CHECK(property(lines, "DURATION") == "DURATION:PT1H30M");
  CHECK(property(lines, "SUMMARY") == "SUMMARY:Weekly sync\\; budget\\, plans \\\\ more");
  CHECK(property(lines, "DESCRIPTION") ==
        "DESCRIPTION:" + std::string(100, 'x') + "\\, more\\n\\nJoin: " + kLink);
  CHECK(property(lines, "URL") == "URL:" + kLink);
  CHECK(property(lines, "RRULE") == "<missing RRULE>");
  CHECK(property(lines, "BEGIN:VTIMEZONE") == "<missing BEGIN:VTIMEZONE>");
}

TEST_CASE("ics_rrule for each kind of repeat") {
  const auto zone = test::berlin();
  CHECK(ics_rrule(meeting(), zone, true).empty());
  CHECK(ics_rrule(meeting({Repeat::Kind::Daily, std::nullopt, 5}), zone, true) == "FREQ=DAILY;COUNT=5");
  CHECK(ics_rrule(meeting({Repeat::Kind::Weekly, std::nullopt, std::nullopt}), zone, true) == "FREQ=WEEKLY");
  CHECK(ics_rrule(meeting({Repeat::Kind::Weekdays, std::nullopt, std::nullopt}), zone, true) ==
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");
  // UNTIL is the last occurrence's start, in UTC (the 29 Dec occurrence at 15:30 CET).
  CHECK(ics_rrule(meeting({Repeat::Kind::Daily, CivilDate{2026, 12, 29}, std::nullopt}), zone, true) ==
        "FREQ=DAILY;UNTIL=20261229T143000Z");
}

TEST_CASE("ics_rrule: weekdays that start on another UTC day shift BYDAY") {
  // Monday 08:00 in Tokyo is Sunday 23:00 UTC.
  const FixedZone tokyo(9 * 60, "Asia/Tokyo", "JST");
  ScheduledMeeting m = meeting({Repeat::Kind::Weekdays, std::nullopt, 10});
  m.start_utc = utc(2026, 12, 13, 23, 0);
  CHECK(ics_rrule(m, tokyo, true) == "FREQ=WEEKLY;BYDAY=SU,MO,TU,WE,TH;COUNT=10");
  CHECK(ics_rrule(m, tokyo, false) == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=10");
  // Friday 20:00 in New York (winter) is Saturday 01:00 UTC.
  m.start_utc = utc(2026, 12, 12, 1, 0);
  CHECK(ics_rrule(m, FixedZone(-300), true) == "FREQ=WEEKLY;BYDAY=TU,WE,TH,FR,SA;COUNT=10");

  const std::string ics = meeting_ics(m, kLink, 0, FixedZone(-300));
  CHECK(property(content_lines(ics), "DTSTART") == "DTSTART:20261212T010000Z");
}

TEST_CASE("meeting_ics: a series across a DST change uses local time and a VTIMEZONE") {
  const auto zone = test::berlin();
  ScheduledMeeting m = meeting({Repeat::Kind::Weekly, std::nullopt, 20});  // Dec to April
  const auto lines = content_lines(meeting_ics(m, kLink, 0, zone));
  CHECK(property(lines, "DTSTART") == "DTSTART;TZID=Europe/Berlin:20261212T153000");
  CHECK(property(lines, "RRULE") == "RRULE:FREQ=WEEKLY;COUNT=20");
  CHECK(property(lines, "TZID") == "TZID:Europe/Berlin");
  CHECK(std::count(lines.begin(), lines.end(), "BEGIN:DAYLIGHT") == 1);
  CHECK(std::count(lines.begin(), lines.end(), "TZOFFSETTO:+0200") == 1);
  CHECK(std::find(lines.begin(), lines.end(), "DTSTART:20260329T020000") != lines.end());
  CHECK(std::find(lines.begin(), lines.end(), "RDATE:20270328T020000") != lines.end());
  CHECK(std::find(lines.begin(), lines.end(), "DTSTART:20261025T030000") != lines.end());

  // The same series within one winter stays in UTC.
  m.repeat = {Repeat::Kind::Weekly, std::nullopt, 5};
  CHECK(property(content_lines(meeting_ics(m, kLink, 0, zone)), "DTSTART") == "DTSTART:20261212T143000Z");
  // A zone without an IANA-like name gets a stand-in TZID.
  m.repeat = {Repeat::Kind::Daily, std::nullopt, std::nullopt};
  const auto posix = content_lines(meeting_ics(m, kLink, 0, *PosixTzZone::parse("CET-1CEST,M3.5.0,M10.5.0/3")));
  CHECK(property(posix, "DTSTART") == "DTSTART;TZID=Cofinix/Local:20261212T153000");
}

TEST_CASE("ics_file_name") {
  CHECK(ics_file_name(meeting()) == "weekly-sync-budget-plans-more.ics");
  ScheduledMeeting m = meeting();
  m.title = "\xF0\x9F\x98\x80";
  CHECK(ics_file_name(m) == "meeting.ics");
  m.title = "../../etc/passwd";
  CHECK(ics_file_name(m) == "etc-passwd.ics");
}

TEST_CASE("Google Calendar and Outlook links") {
  const auto zone = test::berlin();
  const ScheduledMeeting m = meeting({Repeat::Kind::Weekdays, std::nullopt, 10});
  const std::string google = google_calendar_url(m, kLink, zone);
  CHECK(google.rfind("https://calendar.google.com/calendar/render?action=TEMPLATE&text=", 0) == 0);
  CHECK(google.find("&text=Weekly%20sync%3B%20budget%2C%20plans%20%5C%20more&") != std::string::npos);
  CHECK(google.find("&dates=20261212T143000Z/20261212T160000Z&") != std::string::npos);
  CHECK(google.find("&recur=RRULE%3AFREQ%3DWEEKLY%3BBYDAY%3DMO%2CTU%2CWE%2CTH%2CFR%3BCOUNT%3D10") !=
        std::string::npos);
  CHECK(google.find("&ctz=Europe%2FBerlin") != std::string::npos);
  CHECK(google.find("&details=1.%20News%0A2.%20Plans%0A%0AJoin%3A%20https%3A%2F%2F") != std::string::npos);
  CHECK(google.find_first_of(" \n#") == std::string::npos);

  const std::string outlook = outlook_calendar_url(m, kLink, zone);
  CHECK(outlook.rfind("https://outlook.live.com/calendar/0/deeplink/compose?", 0) == 0);
  CHECK(outlook.find("&subject=Weekly%20sync") != std::string::npos);
  CHECK(outlook.find("&startdt=2026-12-12T14%3A30%3A00Z") != std::string::npos);
  CHECK(outlook.find("&enddt=2026-12-12T16%3A00%3A00Z") != std::string::npos);
  CHECK(outlook.find("Repeats%3A%20Every%20weekday%20%28Mon-Fri%29%2C%2010%20times.") != std::string::npos);
  CHECK(outlook.find_first_of(" \n#") == std::string::npos);

  ScheduledMeeting huge = m;
  huge.agenda = std::string(5000, 'a');
  CHECK(google_calendar_url(huge, kLink, zone).size() < 2500);
}

TEST_CASE("zone_transitions: weekly probes find the changes daily probes find") {
  const std::vector<PosixTzZone> zones = {
      test::berlin(), test::new_york(), test::lord_howe(), test::sydney(),
      test::zone("IST-2IDT,M3.4.4/26,M10.5.0", "Asia/Jerusalem"),          // 26:00 rule time
      test::zone("<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", "America/Nuuk"),      // negative rule times
      test::zone("<-04>4<-03>,M9.1.6/24,M4.1.6/24", "America/Santiago"),   // southern, 24:00
      test::zone("XST3XDT,J60/0,J92/0", "Test/FiveWeeks"),                  // a 32-day DST
  };
  for (const PosixTzZone& zone : zones) {
    CAPTURE(zone.name());
    for (const auto& [from, to] : {std::pair{utc(1970, 1, 1), utc(2100, 1, 1)},
                                   std::pair{utc(9990, 3, 3, 5), utc(9999, 12, 31, 23, 59, 59)}}) {
      const auto weekly = zone_transitions(zone, from, to);
      CHECK(weekly.size() >= 2 * static_cast<std::size_t>((to - from) / (366 * kSecondsPerDay)));
      CHECK(weekly == zone_transitions(zone, from, to, kSecondsPerDay));
    }
  }
  CHECK(zone_transitions(FixedZone(330), utc(1970, 1, 1), utc(9999, 12, 31)).empty());
  const auto berlin_2026 = zone_transitions(test::berlin(), utc(2026, 1, 1), utc(2027, 1, 1));
  REQUIRE(berlin_2026.size() == 2);
  CHECK(berlin_2026[0] == ZoneTransition{utc(2026, 3, 29, 1), 60, 120});
  CHECK(berlin_2026[1] == ZoneTransition{utc(2026, 10, 25, 1), 120, 60});
}

TEST_CASE("meeting_ics: a daily series until 9999 gets a VTIMEZONE of its first 20 years") {
  const auto zone = test::berlin();
  const ScheduledMeeting m = meeting({Repeat::Kind::Daily, CivilDate{9999, 12, 31}, std::nullopt});
  const std::string ics = meeting_ics(m, kLink, 0, zone);
  for (const std::string& line : physical_lines(ics)) CHECK(line.size() <= 75);
  const auto lines = content_lines(ics);
  CHECK(std::count(lines.begin(), lines.end(), "BEGIN:VTIMEZONE") == 1);
  CHECK(std::count(lines.begin(), lines.end(), "END:VTIMEZONE") == 1);
  CHECK(property(lines, "DTSTART") == "DTSTART;TZID=Europe/Berlin:20261212T153000");
  CHECK(property(lines, "RRULE") == "RRULE:FREQ=DAILY;UNTIL=99991231T143000Z");

  // Every onset (DTSTART or RDATE inside the VTIMEZONE) falls within kIcsZoneYears of the start.
  std::vector<std::string> onsets;
  for (auto line = lines.begin(); *line != "END:VTIMEZONE"; ++line) {
    std::string values;
    if (line->rfind("DTSTART:", 0) == 0) values = line->substr(8);
    if (line->rfind("RDATE:", 0) == 0) values = line->substr(6);
    for (std::size_t begin = 0; !values.empty() && begin < values.size(); begin += 16) {
      onsets.push_back(values.substr(begin, 15));
    }
  }
  CHECK(onsets.size() == 1 + 2 * 21);  // the initial observance, then March and October 2026-2046
  CHECK(*std::min_element(onsets.begin(), onsets.end()) == "20251211T153000");
  CHECK(*std::max_element(onsets.begin(), onsets.end()) == "20461028T030000");
  CHECK(kIcsZoneYears == 20);
}

TEST_CASE("meeting_ics: UNTIL past the VTIMEZONE's years still includes the last occurrence") {
  // The last one is at 09:00 CEST (07:00Z); a calendar reads 09:00 with the VTIMEZONE's last
  // offset (CET) as 08:00Z, so UNTIL must not be earlier than that.
  const auto zone = test::berlin();
  ScheduledMeeting m = meeting({Repeat::Kind::Daily, CivilDate{2070, 7, 15}, std::nullopt});
  m.start_utc = utc(2026, 12, 12, 8, 0);
  CHECK(ics_rrule(m, zone, false) == "FREQ=DAILY;UNTIL=20700715T080000Z");
  m.repeat.until = CivilDate{2070, 1, 15};  // winter: the same either way
  CHECK(ics_rrule(m, zone, false) == "FREQ=DAILY;UNTIL=20700115T080000Z");
  m.repeat.until = CivilDate{2045, 7, 15};  // within the VTIMEZONE's years: the true start
  CHECK(ics_rrule(m, zone, false) == "FREQ=DAILY;UNTIL=20450715T070000Z");
  // A last occurrence in UTC's year 10000 cannot be written: UNTIL stops at the end of 9999.
  m.repeat.until = CivilDate{9999, 12, 31};
  m.start_utc = utc(2026, 12, 13, 0, 30);  // 19:30 in New York
  CHECK(ics_rrule(m, test::new_york(), false) == "FREQ=DAILY;UNTIL=99991231T235959Z");
}

TEST_CASE("meeting_ics: ordinary series give the same text as before the 20-year cap") {
  // Sizes and FNV-1a hashes of the text the daily-probing exporter wrote, before the cap.
  const auto hash = [](const std::string& text) {
    std::uint64_t h = 14695981039346656037u;
    for (const char c : text) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211u;
    return h;
  };
  struct Case {
    Repeat repeat;
    PosixTzZone zone;
    std::size_t size;
    std::uint64_t hash;
  };
  const std::vector<Case> cases = {
      {{Repeat::Kind::Weekly, std::nullopt, 20}, test::berlin(), 929, 0xea2670a03cfdf4d6},
      {{Repeat::Kind::Daily, CivilDate{2028, 6, 30}, std::nullopt}, test::new_york(), 986, 0x0e1ead1f260a1d06},
      {{Repeat::Kind::Weekly, std::nullopt, std::nullopt}, test::sydney(), 1583, 0xa9d63079b1561d70},
      {{Repeat::Kind::Weekdays, std::nullopt, 1000}, test::lord_howe(), 1100, 0x0bab1ce96a1aca4e},
      {{Repeat::Kind::Weekly, std::nullopt, 1000}, test::berlin(), 1554, 0xe1da30e3afe90600},
      {{Repeat::Kind::Daily, CivilDate{2045, 12, 31}, std::nullopt}, test::berlin(), 1565, 0xde3828a2151d488c},
  };
  for (const Case& c : cases) {
    CAPTURE(c.zone.name());
    const std::string ics = meeting_ics(meeting(c.repeat), kLink, utc(2026, 12, 10, 9), c.zone);
    CHECK(ics.size() == c.size);
    CHECK(hash(ics) == c.hash);
  }
  // The first one in full.
  CHECK(meeting_ics(meeting(cases[0].repeat), kLink, utc(2026, 12, 10, 9), test::berlin()) ==
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Cof-iniX//Cof-iniX Ultra Conferencing//EN\r\n"
        "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n"
        "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"
        "BEGIN:STANDARD\r\nDTSTART:20251211T153000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\n"
        "TZNAME:CET\r\nEND:STANDARD\r\n"
        "BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nRDATE:20270328T020000\r\nTZOFFSETFROM:+0100\r\n"
        "TZOFFSETTO:+0200\r\nTZNAME:CEST\r\nEND:DAYLIGHT\r\n"
        "BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
        "TZNAME:CET\r\nEND:STANDARD\r\n"
        "END:VTIMEZONE\r\n"
        "BEGIN:VEVENT\r\nUID:0123456789abcdef0123456789abcdef@cofinix\r\nDTSTAMP:20261210T090000Z\r\n"
        "LAST-MODIFIED:20261201T000000Z\r\nDTSTART;TZID=Europe/Berlin:20261212T153000\r\n"
        "DURATION:PT1H30M\r\nRRULE:FREQ=WEEKLY;COUNT=20\r\n"
        "SUMMARY:Weekly sync\\; budget\\, plans \\\\ more\r\n"
        "DESCRIPTION:1. News\\n2. Plans\\n\\nJoin: https://meet.example.org/#/COF-AB12C\r\n D34?d=90\r\n"
        "URL:https://meet.example.org/#/COF-AB12CD34?d=90\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
}
