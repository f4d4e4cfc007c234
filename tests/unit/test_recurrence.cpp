#include <doctest/doctest.h>

#include <random>
#include <vector>

#include "core/schedule/recurrence.h"
#include "test_zones.h"

using namespace cofx;
using test::utc;

namespace {

ScheduledMeeting meeting_at(std::int64_t start_utc, Repeat repeat = {}, int minutes = 60) {
  ScheduledMeeting meeting;
  meeting.id = "m1";
  meeting.title = "Sync";
  meeting.start_utc = start_utc;
  meeting.duration_minutes = minutes;
  meeting.repeat = repeat;
  return meeting;
}

Repeat repeat(Repeat::Kind kind, std::optional<CivilDate> until = std::nullopt,
              std::optional<int> count = std::nullopt) {
  return {kind, until, count};
}

std::vector<LocalDateTime> local_starts(const ScheduledMeeting& meeting, const ZoneRules& zone,
                                        int how_many) {
  std::vector<LocalDateTime> starts;
  for (int i = 0; i < how_many; ++i) {
    const auto occurrence = nth_occurrence(meeting, i, zone);
    if (!occurrence) break;
    starts.push_back(to_local(occurrence->start_utc, zone));
  }
  return starts;
}

}  // namespace

TEST_CASE("a single meeting: next occurrence before, during and after") {
  const auto zone = test::berlin();
  const ScheduledMeeting meeting = meeting_at(utc(2026, 12, 12, 14, 30));
  const auto before = next_occurrence(meeting, utc(2026, 12, 1), zone);
  REQUIRE(before.has_value());
  CHECK(before->index == 0);
  CHECK(before->start_utc == utc(2026, 12, 12, 14, 30));
  CHECK(before->end_utc == utc(2026, 12, 12, 15, 30));
  CHECK(next_occurrence(meeting, utc(2026, 12, 12, 15, 29, 59), zone) == before);
  CHECK_FALSE(next_occurrence(meeting, utc(2026, 12, 12, 15, 30), zone).has_value());
  CHECK_FALSE(nth_occurrence(meeting, 1, zone).has_value());
  CHECK_FALSE(nth_occurrence(meeting, -1, zone).has_value());
  CHECK(last_occurrence(meeting, zone) == before);

  ScheduledMeeting deleted = meeting;
  deleted.deleted = true;
  CHECK_FALSE(next_occurrence(deleted, utc(2026, 12, 1), zone).has_value());
}

TEST_CASE("daily with a count") {
  const auto zone = test::berlin();
  const ScheduledMeeting meeting =
      meeting_at(utc(2026, 12, 30, 8, 0), repeat(Repeat::Kind::Daily, std::nullopt, 3));
  CHECK(local_starts(meeting, zone, 10) ==
        std::vector<LocalDateTime>{{2026, 12, 30, 9, 0}, {2026, 12, 31, 9, 0}, {2027, 1, 1, 9, 0}});
  CHECK(last_occurrence(meeting, zone)->start_utc == utc(2027, 1, 1, 8, 0));
  CHECK(next_occurrence(meeting, utc(2026, 12, 31, 12, 0), zone)->index == 2);
  CHECK_FALSE(next_occurrence(meeting, utc(2027, 1, 1, 9, 0), zone).has_value());
}

TEST_CASE("weekdays skip Saturday and Sunday") {
  const auto zone = test::berlin();
  // Thursday 10 Dec 2026, 09:00 local.
  const ScheduledMeeting meeting =
      meeting_at(utc(2026, 12, 10, 8, 0), repeat(Repeat::Kind::Weekdays));
  const auto starts = local_starts(meeting, zone, 12);
  const std::vector<int> days = {10, 11, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25};
  REQUIRE(starts.size() == days.size());
  for (std::size_t i = 0; i < days.size(); ++i) {
    CAPTURE(i);
    CHECK(starts[i] == LocalDateTime{2026, 12, days[i], 9, 0});
    CHECK_FALSE(is_weekend(weekday_of(starts[i].date())));
  }
  // On Saturday the next one is Monday's.
  const auto next = next_occurrence(meeting, utc(2026, 12, 12, 12, 0), zone);
  REQUIRE(next.has_value());
  CHECK(to_local(next->start_utc, zone) == LocalDateTime{2026, 12, 14, 9, 0});
  CHECK(next->index == 2);
}

TEST_CASE("weekdays with a count and with an end date") {
  const auto zone = test::berlin();
  const std::int64_t friday = utc(2026, 12, 11, 8, 0);
  const ScheduledMeeting counted = meeting_at(friday, repeat(Repeat::Kind::Weekdays, std::nullopt, 4));
  CHECK(local_starts(counted, zone, 10) ==
        std::vector<LocalDateTime>{{2026, 12, 11, 9, 0}, {2026, 12, 14, 9, 0}, {2026, 12, 15, 9, 0},
                                   {2026, 12, 16, 9, 0}});
  // Until a Sunday: the last one is the Friday before.
  const ScheduledMeeting until = meeting_at(friday, repeat(Repeat::Kind::Weekdays, CivilDate{2026, 12, 20}));
  const auto last = last_occurrence(until, zone);
  REQUIRE(last.has_value());
  CHECK(to_local(last->start_utc, zone) == LocalDateTime{2026, 12, 18, 9, 0});
  CHECK(last->index == 5);
}

TEST_CASE("until is a local date and inclusive") {
  const auto zone = test::berlin();
  const ScheduledMeeting daily =
      meeting_at(utc(2026, 12, 10, 22, 30), repeat(Repeat::Kind::Daily, CivilDate{2026, 12, 13}));
  // 23:30 local each day, from 10 to 13 Dec.
  CHECK(local_starts(daily, zone, 10).size() == 4);
  CHECK(to_local(last_occurrence(daily, zone)->start_utc, zone) == LocalDateTime{2026, 12, 13, 23, 30});

  const ScheduledMeeting weekly =
      meeting_at(utc(2026, 12, 10, 8, 0), repeat(Repeat::Kind::Weekly, CivilDate{2027, 1, 6}));
  CHECK(local_starts(weekly, zone, 10).size() == 4);  // 10, 17, 24, 31 Dec; 7 Jan is past the end
  const ScheduledMeeting weekly_on_day =
      meeting_at(utc(2026, 12, 10, 8, 0), repeat(Repeat::Kind::Weekly, CivilDate{2027, 1, 7}));
  CHECK(local_starts(weekly_on_day, zone, 10).size() == 5);

  const ScheduledMeeting endless = meeting_at(utc(2026, 12, 10, 8, 0), repeat(Repeat::Kind::Weekly));
  CHECK_FALSE(last_occurrence(endless, zone).has_value());
  CHECK(nth_occurrence(endless, 100000, zone).has_value());
  // Every series stops at the end of year 9999.
  CHECK_FALSE(nth_occurrence(endless, 500000, zone).has_value());
}

TEST_CASE("weekly 09:00 stays 09:00 local across both DST changes (Berlin)") {
  const auto zone = test::berlin();
  // Thursday 19 Mar 2026, 09:00 CET.
  const ScheduledMeeting meeting = meeting_at(1773907200, repeat(Repeat::Kind::Weekly));
  CHECK(nth_occurrence(meeting, 1, zone)->start_utc == 1774512000);  // 26 Mar, 09:00 CET
  CHECK(nth_occurrence(meeting, 2, zone)->start_utc == 1775113200);  // 2 Apr, 09:00 CEST
  for (int i = 0; i < 60; ++i) {
    CAPTURE(i);
    const auto occurrence = nth_occurrence(meeting, i, zone);
    REQUIRE(occurrence.has_value());
    const LocalDateTime local = to_local(occurrence->start_utc, zone);
    CHECK(local.hour == 9);
    CHECK(local.minute == 0);
    CHECK(weekday_of(local.date()) == Weekday::Thursday);
  }
}

TEST_CASE("daily 10:00 in New York across the November change, 60-minute meeting") {
  const auto zone = test::new_york();
  const ScheduledMeeting meeting =
      meeting_at(utc(2026, 10, 30, 14, 0), repeat(Repeat::Kind::Daily, std::nullopt, 5));
  const std::vector<std::int64_t> expected = {utc(2026, 10, 30, 14), utc(2026, 10, 31, 14),
                                              utc(2026, 11, 1, 15), utc(2026, 11, 2, 15),
                                              utc(2026, 11, 3, 15)};
  for (int i = 0; i < 5; ++i) {
    CAPTURE(i);
    CHECK(nth_occurrence(meeting, i, zone)->start_utc == expected[static_cast<std::size_t>(i)]);
  }
}

TEST_CASE("southern hemisphere: a weekly meeting keeps its local time across April and October") {
  const auto zone = test::sydney();
  // Monday 30 Mar 2026, 08:30 AEDT.
  const ScheduledMeeting meeting = meeting_at(utc(2026, 3, 29, 21, 30), repeat(Repeat::Kind::Weekly));
  CHECK(to_local(nth_occurrence(meeting, 0, zone)->start_utc, zone) == LocalDateTime{2026, 3, 30, 8, 30});
  CHECK(nth_occurrence(meeting, 1, zone)->start_utc == utc(2026, 4, 5, 22, 30));  // AEST now
  for (int i = 0; i < 52; ++i) {
    const LocalDateTime local = to_local(nth_occurrence(meeting, i, zone)->start_utc, zone);
    CHECK(local.hour == 8);
    CHECK(local.minute == 30);
  }
}

TEST_CASE("Lord Howe: a daily 02:15 meeting moves to 02:45 on the gap day only") {
  const auto zone = test::lord_howe();
  const ScheduledMeeting meeting = meeting_at(
      resolve_local_time({2026, 10, 2, 2, 15}, zone).utc, repeat(Repeat::Kind::Daily, std::nullopt, 5));
  CHECK(local_starts(meeting, zone, 5) ==
        std::vector<LocalDateTime>{{2026, 10, 2, 2, 15}, {2026, 10, 3, 2, 15}, {2026, 10, 4, 2, 45},
                                   {2026, 10, 5, 2, 15}, {2026, 10, 6, 2, 15}});
  // On the overlap day the first 01:45 is used.
  const ScheduledMeeting april = meeting_at(
      resolve_local_time({2026, 4, 3, 1, 45}, zone).utc, repeat(Repeat::Kind::Daily, std::nullopt, 4));
  CHECK(nth_occurrence(april, 2, zone)->start_utc == utc(2026, 4, 4, 14, 45));
  CHECK(nth_occurrence(april, 3, zone)->start_utc == utc(2026, 4, 5, 15, 15));
}

TEST_CASE("next_occurrence agrees with walking the series, for many kinds, zones and times") {
  const std::vector<PosixTzZone> zones = {test::berlin(), test::new_york(), test::lord_howe(),
                                          test::sydney()};
  const std::vector<Repeat> repeats = {
      repeat(Repeat::Kind::None),
      repeat(Repeat::Kind::Daily),
      repeat(Repeat::Kind::Weekdays),
      repeat(Repeat::Kind::Weekly),
      repeat(Repeat::Kind::Daily, std::nullopt, 40),
      repeat(Repeat::Kind::Weekdays, CivilDate{2027, 2, 10}),
      repeat(Repeat::Kind::Weekly, CivilDate{2027, 6, 1}),
  };
  std::mt19937_64 rng(42);
  std::uniform_int_distribution<std::int64_t> start(utc(2026, 1, 1), utc(2026, 12, 31));
  std::uniform_int_distribution<std::int64_t> ahead(-5 * kSecondsPerDay, 500 * kSecondsPerDay);
  std::uniform_int_distribution<int> minutes(15, 1440);
  for (int round = 0; round < 600; ++round) {
    const PosixTzZone& zone = zones[static_cast<std::size_t>(round) % zones.size()];
    ScheduledMeeting meeting = meeting_at(start(rng) / 60 * 60, repeats[rng() % repeats.size()],
                                          minutes(rng));
    if (meeting.repeat.kind == Repeat::Kind::Weekdays &&
        is_weekend(weekday_of_days(local_day_number(meeting.start_utc, zone)))) {
      meeting.start_utc += 2 * kSecondsPerDay;  // weekday series start on a weekday
    }
    const std::int64_t now = meeting.start_utc + ahead(rng);
    CAPTURE(round);
    CAPTURE(meeting.start_utc);
    CAPTURE(now);

    std::optional<Occurrence> walked;
    for (int i = 0;; ++i) {
      const auto occurrence = nth_occurrence(meeting, i, zone);
      if (!occurrence) break;
      if (i > 0) REQUIRE(occurrence->start_utc > nth_occurrence(meeting, i - 1, zone)->start_utc);
      if (occurrence->end_utc > now) {
        walked = occurrence;
        break;
      }
    }
    REQUIRE(next_occurrence(meeting, now, zone) == walked);

    const auto between = occurrences_between(meeting, now, now + 10 * kSecondsPerDay, zone);
    if (walked) {
      REQUIRE_FALSE(between.empty());
      CHECK(between.front() == *walked);
    }
    for (std::size_t i = 1; i < between.size(); ++i) {
      CHECK(between[i].index == between[i - 1].index + 1);
    }
    const auto last = last_occurrence(meeting, zone);
    if (last) CHECK_FALSE(nth_occurrence(meeting, last->index + 1, zone).has_value());
  }
}

TEST_CASE("next_occurrence jumps straight to the right one years later") {
  const auto zone = test::berlin();
  const ScheduledMeeting meeting = meeting_at(utc(2026, 12, 10, 8, 0), repeat(Repeat::Kind::Weekdays));
  const auto next = next_occurrence(meeting, utc(2040, 7, 14, 12, 0), zone);  // a Saturday
  REQUIRE(next.has_value());
  CHECK(to_local(next->start_utc, zone) == LocalDateTime{2040, 7, 16, 9, 0});
  CHECK(nth_occurrence(meeting, next->index, zone) == next);
}

TEST_CASE("occurrences_between returns the overlapping ones, up to a limit") {
  const auto zone = test::berlin();
  const ScheduledMeeting meeting =
      meeting_at(utc(2026, 12, 1, 8, 0), repeat(Repeat::Kind::Daily), 120);
  const auto week = occurrences_between(meeting, utc(2026, 12, 7, 9, 0), utc(2026, 12, 14), zone);
  REQUIRE(week.size() == 7);  // 7 Dec (ongoing at 09:00 UTC) to 13 Dec
  CHECK(week.front().start_utc == utc(2026, 12, 7, 8, 0));
  CHECK(week.back().start_utc == utc(2026, 12, 13, 8, 0));
  CHECK(occurrences_between(meeting, utc(2026, 12, 1), utc(2030, 1, 1), zone, 10).size() == 10);
  CHECK(occurrences_between(meeting, utc(2026, 1, 1), utc(2026, 2, 1), zone).empty());
}

TEST_CASE("join_open: from 10 minutes before the start until the end") {
  const Occurrence occurrence{0, 10000, 13600};
  CHECK_FALSE(join_open(occurrence, 10000 - 601));
  CHECK(join_open(occurrence, 10000 - 600));
  CHECK(join_open(occurrence, 10000));
  CHECK(join_open(occurrence, 13599));
  CHECK_FALSE(join_open(occurrence, 13600));
}
