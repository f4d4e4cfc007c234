#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "app/words/schedule_words.h"
#include "app/words/time_words.h"
#include "core/schedule/schedule_list.h"
#include "test_zones.h"

using namespace cofx;
using test::utc;

namespace {

ScheduledMeeting meeting(std::string id, std::string title, std::int64_t start_utc,
                         Repeat repeat = {}, int minutes = 60) {
  ScheduledMeeting m;
  m.id = std::move(id);
  m.title = std::move(title);
  m.start_utc = start_utc;
  m.duration_minutes = minutes;
  m.repeat = repeat;
  return m;
}

}  // namespace

TEST_CASE("span_text rounds down to the two largest units") {
  CHECK(span_text(0) == "0 s");
  CHECK(span_text(45) == "45 s");
  CHECK(span_text(59) == "59 s");
  CHECK(span_text(60) == "1 min");
  CHECK(span_text(45 * 60 + 59) == "45 min");
  CHECK(span_text(2 * 3600) == "2 h");
  CHECK(span_text(2 * 3600 + 10 * 60 + 30) == "2 h 10 min");
  CHECK(span_text(26 * 3600) == "1 d 2 h");
  CHECK(span_text(3 * 86400) == "3 d");
  CHECK(span_text(-5) == "0 s");
}

TEST_CASE("countdown_text for upcoming, ongoing and ended meetings") {
  const auto zone = test::berlin();
  const Occurrence occurrence{0, utc(2026, 12, 12, 13, 30), utc(2026, 12, 12, 14, 30)};
  CHECK(countdown_text(occurrence, occurrence.start_utc - (2 * 3600 + 10 * 60), zone) ==
        "starts in 2 h 10 min");
  CHECK(countdown_text(occurrence, occurrence.start_utc - 45, zone) == "starts in 45 s");
  CHECK(countdown_text(occurrence, occurrence.start_utc, zone) == "started just now");
  CHECK(countdown_text(occurrence, occurrence.start_utc + 59, zone) == "started just now");
  CHECK(countdown_text(occurrence, occurrence.start_utc + 5 * 60 + 30, zone) == "started 5 min ago");
  CHECK(countdown_text(occurrence, occurrence.end_utc, zone) == "ended at 15:30 on 12 Dec");
  CHECK(countdown_text(occurrence, utc(2027, 1, 3), zone) == "ended at 15:30 on 12 Dec 2026");
}

TEST_CASE("group_for uses the local date, not the UTC date") {
  const auto zone = test::berlin();
  const std::int64_t now = utc(2026, 12, 10, 20, 0);  // 21:00 on Thursday 10 Dec in Berlin
  auto group_at = [&](std::int64_t start) { return group_for({0, start, start + 3600}, now, zone); };
  CHECK(group_at(utc(2026, 12, 10, 22, 59)) == ListGroup::Today);     // 23:59 local
  CHECK(group_at(utc(2026, 12, 10, 23, 0)) == ListGroup::Tomorrow);   // 00:00 local on the 11th
  CHECK(group_at(utc(2026, 12, 11, 22, 59)) == ListGroup::Tomorrow);
  CHECK(group_at(utc(2026, 12, 11, 23, 0)) == ListGroup::Later);
  CHECK(group_at(utc(2026, 12, 10, 19, 30)) == ListGroup::Today);     // ongoing
  CHECK(group_for({0, utc(2026, 12, 9, 21), utc(2026, 12, 10, 21)}, now, zone) == ListGroup::Today);
  // In New York the same instants fall on other dates.
  CHECK(group_for({0, utc(2026, 12, 11, 3, 0), utc(2026, 12, 11, 4, 0)}, now, test::new_york()) ==
        ListGroup::Today);
}

TEST_CASE("build_schedule_list groups, sorts and skips deleted meetings") {
  const auto zone = test::berlin();
  const std::int64_t now = utc(2026, 12, 10, 9, 0);  // 10:00 local, Thursday
  std::vector<ScheduledMeeting> meetings = {
      meeting("a", "Later one", utc(2026, 12, 20, 9)),
      meeting("b", "Past single", utc(2026, 12, 1, 9)),
      meeting("c", "Tomorrow", utc(2026, 12, 11, 8)),
      meeting("d", "Today late", utc(2026, 12, 10, 17)),
      meeting("e", "Ongoing", utc(2026, 12, 10, 8, 30)),
      meeting("f", "Deleted", utc(2026, 12, 10, 12)),
      meeting("g", "Daily series", utc(2026, 11, 1, 7), {Repeat::Kind::Daily, std::nullopt, std::nullopt}),
      meeting("h", "Past series", utc(2026, 11, 1, 7), {Repeat::Kind::Daily, std::nullopt, 5}),
      meeting("i", "Also today late", utc(2026, 12, 10, 17)),
  };
  meetings[5].deleted = true;

  const std::vector<ListEntry> list = build_schedule_list(meetings, now, zone);
  std::vector<std::string> order;
  for (const ListEntry& entry : list) {
    order.push_back(std::string(group_title(entry.group)) + ":" + meetings[entry.index].title);
  }
  CHECK(order == std::vector<std::string>{
                     "Today:Ongoing", "Today:Also today late", "Today:Today late",
                     "Tomorrow:Daily series", "Tomorrow:Tomorrow", "Later:Later one",
                     "Past:Past single", "Past:Past series"});
  // The daily series shows its next occurrence, tomorrow at 08:00 local.
  CHECK(list[3].occurrence.start_utc == utc(2026, 12, 11, 7));
  // Past entries carry their last occurrence, most recent first.
  CHECK(list[6].occurrence.end_utc == utc(2026, 12, 1, 10));
  CHECK(list[7].occurrence.start_utc == utc(2026, 11, 5, 7));
  CHECK(join_open(list[0].occurrence, now));
  CHECK_FALSE(join_open(list[1].occurrence, now));
}

TEST_CASE("build_schedule_list of nothing is empty") {
  CHECK(build_schedule_list({}, 0, FixedZone()).empty());
}
