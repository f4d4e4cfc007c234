#include <doctest/doctest.h>

#include <set>
#include <string>

#include "app/words/schedule_words.h"
#include "core/schedule/schedule.h"
#include "test_zones.h"

using namespace cofx;
using test::utc;

namespace {

// Now: Thursday 10 Dec 2026, 10:20 in Berlin (09:20 UTC).
const std::int64_t kNow = utc(2026, 12, 10, 9, 20);

MeetingForm good_form() {
  MeetingForm form;
  form.title = "Weekly sync";
  form.start = {2026, 12, 12, 15, 30};
  form.duration_minutes = 60;
  form.agenda = "1. News\n2. Plans";
  return form;
}

std::string repeated(std::string_view piece, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += piece;
  return out;
}

}  // namespace

TEST_CASE("check_meeting_form: a good form passes and resolves the start in the zone") {
  const auto zone = test::berlin();
  const FormCheck check = check_meeting_form(good_form(), kNow, zone);
  CHECK(check.ok());
  CHECK(check.start_utc == utc(2026, 12, 12, 14, 30));
  CHECK(check.start_note.kind == LocalResolution::Kind::Exact);
  CHECK(describe(check).start_note.empty());
  const FormCheck in_new_york = check_meeting_form(good_form(), kNow, test::new_york());
  CHECK(in_new_york.start_utc == utc(2026, 12, 12, 20, 30));
}

TEST_CASE("check_meeting_form: title required, up to 120 code points of any script") {
  const auto zone = test::berlin();
  MeetingForm form = good_form();
  for (const char* empty : {"", "   ", "\t\n", "\xE2\x80\xAE", "\x01\x02", "\xE3\x80\x80"}) {
    form.title = empty;
    const FormCheck check = check_meeting_form(form, kNow, zone);
    REQUIRE(check.title.has_value());
    CHECK(check.title->kind == FormIssue::Kind::TitleEmpty);
    CHECK(describe(*check.title) == "Give the meeting a title.");
    CHECK_FALSE(check.ok());
    CHECK_FALSE(check.start.has_value());  // only the title is wrong
  }
  form.title = repeated("\xF0\x9F\x98\x80", 120);  // 120 emoji, 480 bytes
  CHECK(check_meeting_form(form, kNow, zone).ok());
  form.title = repeated("\xE6\x97\xA5", 120);  // CJK
  CHECK(check_meeting_form(form, kNow, zone).ok());
  form.title = repeated("a", 121);
  const FormCheck too_long = check_meeting_form(form, kNow, zone);
  REQUIRE(too_long.title.has_value());
  CHECK(*too_long.title == FormIssue{FormIssue::Kind::TitleTooLong, 121, {}});
  CHECK(describe(*too_long.title) == "Titles can be at most 120 characters; this one has 121.");
  form.title = "  " + repeated("a", 120) + "  ";  // trimmed before counting
  CHECK(check_meeting_form(form, kNow, zone).ok());
}

TEST_CASE("check_meeting_form: impossible dates, 31 Feb among them") {
  const auto zone = test::berlin();
  MeetingForm form = good_form();
  struct Row {
    LocalDateTime start;
    const char* message;
  };
  const Row rows[] = {
      {{2027, 2, 31, 9, 0}, "There is no 31 Feb 2027."},
      {{2027, 2, 29, 9, 0}, "There is no 29 Feb 2027."},
      {{2027, 4, 31, 9, 0}, "There is no 31 Apr 2027."},
      {{2027, 13, 1, 9, 0}, "Months run from 1 to 12."},
      {{2027, 0, 1, 9, 0}, "Months run from 1 to 12."},
      {{2027, 1, 0, 9, 0}, "There is no 0 Jan 2027."},
      {{2027, 1, 1, 24, 0}, "Times run from 00:00 to 23:59."},
      {{2027, 1, 1, 9, 60}, "Times run from 00:00 to 23:59."},
      {{10000, 1, 1, 9, 0}, "Pick a year from 1970 to 9999."},
  };
  for (const Row& row : rows) {
    CAPTURE(row.message);
    form.start = row.start;
    const FormCheck check = check_meeting_form(form, kNow, zone);
    REQUIRE(check.start.has_value());
    CHECK(describe(*check.start) == row.message);
  }
  form.start = {2028, 2, 29, 9, 0};  // a leap day is fine
  CHECK(check_meeting_form(form, kNow, zone).ok());
}

TEST_CASE("check_meeting_form: a start in the past is refused, the current minute is not") {
  const auto zone = test::berlin();
  MeetingForm form = good_form();
  form.start = {2026, 12, 10, 10, 19};
  const FormCheck past = check_meeting_form(form, kNow, zone);
  REQUIRE(past.start.has_value());
  CHECK(past.start->kind == FormIssue::Kind::StartPassed);
  CHECK(describe(*past.start) == "That time has already passed. Pick a time from now on.");
  form.start = {2026, 12, 10, 10, 20};
  CHECK(check_meeting_form(form, kNow + 59, zone).ok());
  CHECK_FALSE(check_meeting_form(form, kNow + 60, zone).ok());
  form.start = {2025, 12, 10, 10, 20};
  CHECK(check_meeting_form(form, kNow, zone).start.has_value());

  // Editing a running series keeps its (past) first start.
  ScheduledMeeting existing;
  existing.start_utc = utc(2025, 12, 10, 9, 20);
  CHECK(check_meeting_form(form, kNow, zone, &existing).ok());
  form.start = {2025, 12, 11, 10, 20};  // but moving it into the past is refused
  CHECK_FALSE(check_meeting_form(form, kNow, zone, &existing).ok());
}

TEST_CASE("check_meeting_form: duration 15 min to 24 h") {
  const auto zone = test::berlin();
  MeetingForm form = good_form();
  for (const int ok : {15, 16, 60, 1439, 1440}) {
    form.duration_minutes = ok;
    CHECK(check_meeting_form(form, kNow, zone).ok());
  }
  for (const int bad : {-60, 0, 14, 1441, 100000}) {
    form.duration_minutes = bad;
    const FormCheck check = check_meeting_form(form, kNow, zone);
    REQUIRE(check.duration.has_value());
    CHECK(check.duration->kind == FormIssue::Kind::DurationOutOfRange);
    CHECK(describe(*check.duration) == "Meetings last from 15 minutes to 24 hours.");
  }
}

TEST_CASE("check_meeting_form: agenda length") {
  const auto zone = test::berlin();
  MeetingForm form = good_form();
  form.agenda = repeated("\xC3\xA9", 5000);
  CHECK(check_meeting_form(form, kNow, zone).ok());
  form.agenda += "x";
  const FormCheck check = check_meeting_form(form, kNow, zone);
  REQUIRE(check.agenda.has_value());
  CHECK(*check.agenda == FormIssue{FormIssue::Kind::AgendaTooLong, 5001, {}});
  CHECK(describe(*check.agenda) == "The agenda can be at most 5000 characters; this one has 5001.");
}

TEST_CASE("check_meeting_form: repeat end and count") {
  const auto zone = test::berlin();
  MeetingForm form = good_form();  // Saturday 12 Dec 2026
  form.repeat.kind = Repeat::Kind::Weekly;
  CHECK(check_meeting_form(form, kNow, zone).ok());

  struct Row {
    Repeat repeat;
    const char* message;
  };
  const Row rows[] = {
      {{Repeat::Kind::Weekly, std::nullopt, 0}, "A series can have 1 to 1000 meetings."},
      {{Repeat::Kind::Daily, std::nullopt, 1001}, "A series can have 1 to 1000 meetings."},
      {{Repeat::Kind::Daily, CivilDate{2027, 1, 1}, 5},
       "Choose an end date or a number of meetings, not both."},
      {{Repeat::Kind::Weekly, CivilDate{2026, 12, 11}, std::nullopt},
       "The series must end on or after its first meeting (12 Dec 2026)."},
      {{Repeat::Kind::Weekly, CivilDate{2027, 2, 31}, std::nullopt}, "There is no 31 Feb 2027."},
      {{Repeat::Kind::Weekdays, std::nullopt, std::nullopt},
       "A weekday series must start on a weekday (Monday to Friday)."},
  };
  for (const Row& row : rows) {
    CAPTURE(row.message);
    form.repeat = row.repeat;
    const FormCheck check = check_meeting_form(form, kNow, zone);
    REQUIRE(check.repeat.has_value());
    CHECK(describe(*check.repeat) == row.message);
    CHECK_FALSE(check.start.has_value());
  }
  form.repeat = {Repeat::Kind::Weekly, CivilDate{2026, 12, 12}, std::nullopt};  // ends the same day
  CHECK(check_meeting_form(form, kNow, zone).ok());
  form.repeat = {Repeat::Kind::Daily, std::nullopt, 1000};
  CHECK(check_meeting_form(form, kNow, zone).ok());
  form.repeat = {Repeat::Kind::None, CivilDate{1999, 1, 1}, 0};  // ignored without a repeat
  CHECK(check_meeting_form(form, kNow, zone).ok());
}

TEST_CASE("check_meeting_form: DST gap and overlap are accepted with a note saying which time") {
  const auto zone = test::berlin();
  MeetingForm form = good_form();
  form.start = {2027, 3, 28, 2, 30};  // 2027's spring-forward day
  const FormCheck gap = check_meeting_form(form, kNow, zone);
  CHECK(gap.ok());
  CHECK(gap.start_note.kind == LocalResolution::Kind::Gap);
  CHECK(describe(gap).start_note == "02:30 doesn't exist on 28 Mar (clocks go forward); using 03:30 CEST");
  CHECK(to_local(gap.start_utc, zone) == LocalDateTime{2027, 3, 28, 3, 30});

  form.start = {2027, 10, 31, 2, 30};
  const FormCheck twice = check_meeting_form(form, kNow, zone);
  CHECK(twice.ok());
  CHECK(twice.start_note.kind == LocalResolution::Kind::Ambiguous);
  CHECK(describe(twice).start_note ==
        "02:30 happens twice on 31 Oct (clocks go back); using the first one, 02:30 CEST");
  CHECK(twice.start_utc == utc(2027, 10, 31, 0, 30));
}

TEST_CASE("check_meeting_form: every problem at once, one message per field") {
  MeetingForm form;
  form.title = "";
  form.start = {2026, 2, 31, 9, 0};
  form.duration_minutes = 5;
  form.agenda = repeated("x", 6000);
  form.repeat = {Repeat::Kind::Daily, std::nullopt, 0};
  const FormCheck check = check_meeting_form(form, kNow, test::berlin());
  CHECK(check.title.has_value());
  CHECK(check.start.has_value());
  CHECK(check.duration.has_value());
  CHECK(check.agenda.has_value());
  CHECK(check.repeat.has_value());
}

TEST_CASE("create_meeting, edited_meeting, deleted_meeting, restored_meeting") {
  const auto zone = test::berlin();
  MeetingForm form = good_form();
  form.title = "  \xE2\x80\xAEWeekly\tsync\x07 ";
  form.agenda = "a\r\nb\rc\x01\xE2\x80\xAE";
  form.repeat = {Repeat::Kind::None, CivilDate{2027, 1, 1}, 3};
  const FormCheck check = check_meeting_form(form, kNow, zone);
  REQUIRE(check.ok());

  test::CountingRandom random;
  const ScheduledMeeting meeting = create_meeting(form, check, 1000, std::ref(random));
  CHECK(meeting.id == "000102030405060708090a0b0c0d0e0f");
  CHECK(RoomCode::from_canonical(meeting.code.str()).has_value());
  CHECK(meeting.code != ScheduledMeeting::unset_room_code());
  CHECK(meeting.title == "Weekly sync");
  CHECK(meeting.agenda == "a\nb\nc");
  CHECK(meeting.start_utc == check.start_utc);
  CHECK(meeting.repeat == Repeat{});  // None carries no end
  CHECK(meeting.updated_at_ms == 1000);
  CHECK_FALSE(meeting.deleted);

  form.title = "Renamed";
  const ScheduledMeeting edited = edited_meeting(meeting, form, check_meeting_form(form, kNow, zone), 500);
  CHECK(edited.id == meeting.id);
  CHECK(edited.code == meeting.code);
  CHECK(edited.title == "Renamed");
  CHECK(edited.updated_at_ms == 1001);  // the clock went backwards; the stamp still grows

  const ScheduledMeeting tombstone = deleted_meeting(edited, 2000);
  CHECK(tombstone.deleted);
  CHECK(tombstone.id == meeting.id);
  CHECK(tombstone.title.empty());
  CHECK(tombstone.updated_at_ms == 2000);
  const ScheduledMeeting back = restored_meeting(edited, tombstone, 2000);
  CHECK_FALSE(back.deleted);
  CHECK(back.title == "Renamed");
  CHECK(back.updated_at_ms == 2001);

  const MeetingForm again = form_for(edited, zone);
  CHECK(again.title == "Renamed");
  CHECK(again.start == LocalDateTime{2026, 12, 12, 15, 30});
}

TEST_CASE("new_meeting_form starts at the next half hour, at least 5 minutes ahead") {
  const auto zone = test::berlin();
  CHECK(new_meeting_form(utc(2026, 12, 10, 9, 20), zone).start == LocalDateTime{2026, 12, 10, 10, 30});
  CHECK(new_meeting_form(utc(2026, 12, 10, 9, 25), zone).start == LocalDateTime{2026, 12, 10, 10, 30});
  CHECK(new_meeting_form(utc(2026, 12, 10, 9, 26), zone).start == LocalDateTime{2026, 12, 10, 11, 0});
  CHECK(new_meeting_form(utc(2026, 12, 31, 22, 50), zone).start == LocalDateTime{2027, 1, 1, 0, 0});
  const MeetingForm form = new_meeting_form(kNow, zone);
  CHECK(form.duration_minutes == 60);
  CHECK(form.title.empty());
}

TEST_CASE("meeting ids: 128 random bits in hex, and what counts as valid") {
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) {
    const std::string id = generate_meeting_id();
    CHECK(id.size() == 32);
    CHECK(id.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(is_valid_meeting_id(id));
    seen.insert(id);
  }
  CHECK(seen.size() == 1000);
  CHECK(is_valid_meeting_id("legacy_ID-1"));
  CHECK(is_valid_meeting_id(std::string(64, 'a')));
  CHECK_FALSE(is_valid_meeting_id(std::string(65, 'a')));
  CHECK_FALSE(is_valid_meeting_id(""));
  CHECK_FALSE(is_valid_meeting_id("a b"));
  CHECK_FALSE(is_valid_meeting_id("a/b"));
  CHECK_FALSE(is_valid_meeting_id("\xC3\xA9"));
}

TEST_CASE("clean_title and clean_agenda") {
  CHECK(clean_title("  Weekly\nsync  ") == "Weekly sync");
  CHECK(clean_title(std::string("a\0b", 3)) == "ab");
  CHECK(clean_title("\xE2\x80\xAE" "evil\xE2\x81\xA6") == "evil");
  CHECK(clean_title("ok\xFF\xFE") == "ok");
  CHECK(clean_title("<script>alert(1)</script>") == "<script>alert(1)</script>");  // plain text
  CHECK(clean_title("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D") == "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D");
  CHECK(clean_agenda("\n  one\r\ntwo\rthree\n\n\tfour\x1b[31m  \n") == "one\ntwo\nthree\n\n\tfour[31m");
}

TEST_CASE("describe_repeat") {
  CHECK(describe_repeat({}, Weekday::Monday) == "Does not repeat");
  CHECK(describe_repeat({Repeat::Kind::Daily, std::nullopt, std::nullopt}, Weekday::Monday) ==
        "Every day");
  CHECK(describe_repeat({Repeat::Kind::Weekdays, std::nullopt, 10}, Weekday::Monday) ==
        "Every weekday (Mon-Fri), 10 times");
  CHECK(describe_repeat({Repeat::Kind::Weekly, CivilDate{2026, 12, 31}, std::nullopt},
                        Weekday::Tuesday) == "Every week on Tuesday, until 31 Dec 2026");
  CHECK(describe_repeat({Repeat::Kind::Weekly, std::nullopt, 1}, Weekday::Friday) ==
        "Every week on Friday, once");
}
