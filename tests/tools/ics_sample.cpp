// Writes sample .ics files and a manifest of what each should contain, for
// tests/tools/check_ics.py to read back with a real iCalendar parser.
//
//   cofx_ics_sample OUT_DIR    -> OUT_DIR/*.ics and OUT_DIR/expected.json
//
// The samples cover what is easy to get wrong: escaping (, ; \ and newlines),
// folding inside multi-byte UTF-8, every repeat kind with COUNT and UNTIL,
// BYDAY shifted to UTC days, and series across DST changes (TZID + VTIMEZONE).
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/words/schedule_words.h"
#include "core/schedule/calendar_export.h"
#include "core/links/invite.h"
#include "core/schedule/recurrence.h"
#include "core/time/time_zone.h"

namespace {

using namespace cofx;

constexpr int kMaxListedOccurrences = 25;
const std::int64_t kNow = local_seconds({2026, 3, 1, 12, 0});

struct Sample {
  std::string file;
  std::string title;
  std::string agenda;
  LocalDateTime start;  // local, in the zone
  int minutes = 60;
  Repeat repeat;
  std::string zone_tz;    // POSIX TZ string
  std::string zone_name;  // display name ("" keeps the TZ string)
};

std::string repeated(const std::string& piece, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += piece;
  return out;
}

std::vector<Sample> samples() {
  const std::string berlin = "CET-1CEST,M3.5.0,M10.5.0/3";
  return {
      {"single.ics", "Caf\xC3\xA9 \xE2\x98\x95 planning; Q1, Q2 \\ backlog \xE2\x80\x94 \xE6\x9D\xB1\xE4\xBA\xAC \"quotes\"",
       "Agenda, part 1; items:\n- budget \\ costs\n- \xF0\x9F\x98\x80 " + repeated("long line \xC3\xA9\xE6\x97\xA5 ", 12) +
           "\r\nend",
       {2026, 12, 12, 15, 30}, 90, {}, berlin, "Europe/Berlin"},
      {"daily-count.ics", "Daily standup", "", {2026, 12, 1, 9, 15}, 15,
       {Repeat::Kind::Daily, std::nullopt, 5}, berlin, "Europe/Berlin"},
      {"weekdays-tokyo.ics", "Tokyo weekdays", "BYDAY in UTC starts on Sunday", {2026, 12, 14, 8, 0}, 30,
       {Repeat::Kind::Weekdays, CivilDate{2027, 1, 8}, std::nullopt}, "JST-9", "Asia/Tokyo"},
      {"weekly-berlin-dst.ics", "Weekly sync", "Stays at 09:00 across DST", {2026, 3, 19, 9, 0}, 60,
       {Repeat::Kind::Weekly, std::nullopt, 30}, berlin, "Europe/Berlin"},
      {"weekdays-newyork-until.ics", "NY weekdays", "", {2026, 10, 26, 9, 30}, 45,
       {Repeat::Kind::Weekdays, CivilDate{2026, 11, 20}, std::nullopt}, "EST5EDT,M3.2.0,M11.1.0",
       "America/New_York"},
      {"daily-lordhowe-gap.ics", "Lord Howe 02:15", "The 4 Oct one is at 02:45", {2026, 10, 1, 2, 15}, 20,
       {Repeat::Kind::Daily, std::nullopt, 7}, "<+1030>-10:30<+11>-11,M10.1.0,M4.1.0", "Australia/Lord_Howe"},
      {"weekly-sydney-endless.ics", "Sydney weekly", "", {2026, 3, 30, 8, 30}, 60,
       {Repeat::Kind::Weekly, std::nullopt, std::nullopt}, "AEST-10AEDT,M10.1.0,M4.1.0/3", "Australia/Sydney"},
      {"posix-local.ics", "Unnamed zone, comma, semicolon;", "TZID comes from the VTIMEZONE only",
       {2026, 3, 12, 18, 0}, 60, {Repeat::Kind::Weekly, std::nullopt, 10}, berlin, ""},
      {"long-everything.ics", repeated("\xF0\x9F\x98\x80", 120), repeated("\xE6\x97\xA5\xE6\x9C\xAC;,\\ ", 800),
       {2026, 6, 1, 10, 0}, 1440, {Repeat::Kind::Daily, std::nullopt, 1000}, berlin, "Europe/Berlin"},
  };
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s OUT_DIR\n", argv[0]);
    return 2;
  }
  const std::string dir = argv[1];
  nlohmann::json manifest = nlohmann::json::array();
  int id = 0;
  for (const Sample& sample : samples()) {
    const auto zone = PosixTzZone::parse(sample.zone_tz, sample.zone_name);
    if (!zone) {
      std::fprintf(stderr, "bad zone %s\n", sample.zone_tz.c_str());
      return 1;
    }
    MeetingForm form;
    form.title = sample.title;
    form.start = sample.start;
    form.duration_minutes = sample.minutes;
    form.agenda = sample.agenda;
    form.repeat = sample.repeat;
    const FormCheck check = check_meeting_form(form, kNow, *zone);
    if (!check.ok()) {
      std::fprintf(stderr, "%s: the sample form is not valid\n", sample.file.c_str());
      return 1;
    }
    ScheduledMeeting meeting = create_meeting(form, check, kNow * 1000 + 1);
    meeting.id = "sample" + std::to_string(++id);
    const auto first = nth_occurrence(meeting, 0, *zone);
    const std::string link =
        invite_link("https://meet.example.org/app/", meeting.code, invite_for(meeting, *first));
    const std::string ics = meeting_ics(meeting, link, kNow, *zone, calendar_words(meeting, *zone));

    std::ofstream out(dir + "/" + sample.file, std::ios::binary);
    out << ics;
    if (!out) {
      std::fprintf(stderr, "cannot write %s/%s\n", dir.c_str(), sample.file.c_str());
      return 1;
    }

    nlohmann::json occurrences = nlohmann::json::array();
    for (int i = 0; i < kMaxListedOccurrences; ++i) {
      const auto occurrence = nth_occurrence(meeting, i, *zone);
      if (!occurrence) break;
      occurrences.push_back(occurrence->start_utc);
    }
    const auto last = last_occurrence(meeting, *zone);
    const bool utc_start = ics.find("BEGIN:VTIMEZONE") == std::string::npos;
    manifest.push_back({
        {"file", sample.file},
        {"uid", meeting.id + "@cofinix"},
        {"summary", meeting.title},
        {"description", (meeting.agenda.empty() ? "" : meeting.agenda + "\n\n") + "Join: " + link},
        {"url", link},
        {"dtstart_utc", meeting.start_utc},
        {"tzid", utc_start ? "" : (zone->name().find(',') == std::string::npos ? zone->name() : "Cofinix/Local")},
        {"duration_minutes", meeting.duration_minutes},
        {"rrule", ics_rrule(meeting, *zone, utc_start)},
        {"occurrences_utc", occurrences},
        {"total", last ? nlohmann::json(last->index + 1) : nlohmann::json(nullptr)},
    });
  }
  std::ofstream out(dir + "/expected.json", std::ios::binary);
  out << manifest.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  return out ? 0 : 1;
}
