#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "app/words/time_words.h"
#include "core/time/time_zone.h"
#include "test_zones.h"

using namespace cofx;
using test::utc;

TEST_CASE("PosixTzZone::parse accepts the POSIX forms") {
  for (const char* tz :
       {"UTC0", "EST5", "<+0530>-5:30", "<-03>3", "CET-1CEST,M3.5.0,M10.5.0/3",
        "EST5EDT,M3.2.0,M11.1.0", "<+1030>-10:30<+11>-11,M10.1.0,M4.1.0",
        "AEST-10AEDT,M10.1.0,M4.1.0/3", "<-04>4<-03>,M9.1.6/24,M4.1.6/24",
        "<-02>2<-01>,M3.5.0/-1,M10.5.0/0", "IST-1GMT0,M10.5.0,M3.5.0/1", "XXX3YYY,J60/2,300/-2:30:15",
        "EST5EDT,0/0,J365/25", "AAA+1:30:00BBB-2,M1.1.0/167,M12.5.6/-167"}) {
    CAPTURE(tz);
    CHECK(PosixTzZone::parse(tz).has_value());
  }
}

TEST_CASE("PosixTzZone::parse refuses malformed strings") {
  for (const char* tz :
       {"", "CET", "CE-1", "CET-1CEST", "CET-1CEST,M3.5.0", "CET-1CEST,M3.5.0,", "CET-1CEST,M13.5.0,M10.5.0",
        "CET-1CEST,M3.6.0,M10.5.0", "CET-1CEST,M3.0.0,M10.5.0", "CET-1CEST,M3.5.7,M10.5.0",
        "CET-1CEST,M3.5.0,M10.5.0/168", "CET-25", "CET-1:60", "CET-1:00:30", "<+1>-1", "<+0530-5:30",
        "CET-1CEST,J0,J365", "CET-1CEST,J366,J365", "CET-1CEST,366,1", "CET-1CEST,M3.5.0,M10.5.0x",
        "CET-1 CEST", "CET-1CEST,M3.5.0/,M10.5.0", "C\xC3\x89T-1", "ABCDEFGHIJKLMNOPQ-1"}) {
    CAPTURE(tz);
    CHECK_FALSE(PosixTzZone::parse(tz).has_value());
  }
}

TEST_CASE("Europe/Berlin-like zone: offsets change at 01:00 UTC on the last Sundays") {
  const auto zone = test::berlin();
  CHECK(zone.has_dst());
  CHECK(zone.name() == "Europe/Berlin");
  CHECK(zone.offset_minutes_at(utc(2026, 1, 15)) == 60);
  CHECK(zone.offset_minutes_at(utc(2026, 3, 29, 0, 59, 59)) == 60);
  CHECK(zone.offset_minutes_at(utc(2026, 3, 29, 1, 0, 0)) == 120);
  CHECK(zone.offset_minutes_at(utc(2026, 10, 25, 0, 59, 59)) == 120);
  CHECK(zone.offset_minutes_at(utc(2026, 10, 25, 1, 0, 0)) == 60);
  CHECK(zone.abbreviation_at(utc(2026, 7, 1)) == "CEST");
  CHECK(zone.abbreviation_at(utc(2026, 12, 1)) == "CET");
  // Leap-year and "fifth week means last" cases: 2032 has five Sundays in March.
  CHECK(zone.offset_minutes_at(utc(2032, 3, 28, 0, 59, 59)) == 60);
  CHECK(zone.offset_minutes_at(utc(2032, 3, 28, 1, 0, 0)) == 120);
  CHECK(zone.offset_minutes_at(utc(2032, 10, 31, 1, 0, 0)) == 60);
}

TEST_CASE("New York-like zone: second Sunday of March to first Sunday of November") {
  const auto zone = test::new_york();
  CHECK(zone.offset_minutes_at(utc(2026, 3, 8, 6, 59, 59)) == -300);
  CHECK(zone.offset_minutes_at(utc(2026, 3, 8, 7, 0, 0)) == -240);
  CHECK(zone.offset_minutes_at(utc(2026, 11, 1, 5, 59, 59)) == -240);
  CHECK(zone.offset_minutes_at(utc(2026, 11, 1, 6, 0, 0)) == -300);
  CHECK(zone.abbreviation_at(utc(2026, 7, 1)) == "EDT");
}

TEST_CASE("Lord Howe: half-hour offsets and a 30-minute DST shift") {
  const auto zone = test::lord_howe();
  CHECK(zone.offset_minutes_at(utc(2026, 4, 4, 14, 59, 59)) == 660);
  CHECK(zone.offset_minutes_at(utc(2026, 4, 4, 15, 0, 0)) == 630);
  CHECK(zone.offset_minutes_at(utc(2026, 10, 3, 15, 29, 59)) == 630);
  CHECK(zone.offset_minutes_at(utc(2026, 10, 3, 15, 30, 0)) == 660);
  CHECK(zone.abbreviation_at(utc(2026, 7, 1)) == "+1030");
  CHECK(short_zone_label(zone, utc(2026, 7, 1)) == "UTC+10:30");
  CHECK(short_zone_label(zone, utc(2026, 12, 1)) == "UTC+11:00");
}

TEST_CASE("southern hemisphere: DST spans the new year") {
  const auto zone = test::sydney();
  CHECK(zone.offset_minutes_at(utc(2026, 1, 1)) == 660);
  CHECK(zone.offset_minutes_at(utc(2025, 12, 31, 23, 59, 59)) == 660);
  CHECK(zone.offset_minutes_at(utc(2026, 4, 4, 15, 59, 59)) == 660);
  CHECK(zone.offset_minutes_at(utc(2026, 4, 4, 16, 0, 0)) == 600);
  CHECK(zone.offset_minutes_at(utc(2026, 7, 1)) == 600);
  CHECK(zone.offset_minutes_at(utc(2026, 10, 3, 15, 59, 59)) == 600);
  CHECK(zone.offset_minutes_at(utc(2026, 10, 3, 16, 0, 0)) == 660);
  CHECK(zone.abbreviation_at(utc(2026, 1, 1)) == "AEDT");
}

TEST_CASE("rule forms J and zero-based days, negative and 24 h times") {
  // DST from day 59 (zero-based, 1 Mar in a leap year) to J300 (27 Oct).
  const auto zone = test::zone("AAA0BBB,59,J300", "test");
  CHECK(zone.offset_minutes_at(utc(2024, 2, 29, 1, 59)) == 0);
  CHECK(zone.offset_minutes_at(utc(2024, 2, 29, 2, 0)) == 60);  // day 59 of 2024 is 29 Feb
  CHECK(zone.offset_minutes_at(utc(2026, 2, 28, 2, 0)) == 0);
  CHECK(zone.offset_minutes_at(utc(2026, 3, 1, 2, 0)) == 60);   // day 59 of 2026 is 1 Mar
  CHECK(zone.offset_minutes_at(utc(2024, 10, 27, 0, 59)) == 60);  // J300 ignores 29 Feb
  CHECK(zone.offset_minutes_at(utc(2024, 10, 27, 1, 0)) == 0);
  // Santiago-like "M9.1.6/24": midnight at the end of the first Saturday of September.
  const auto chile = test::zone("<-04>4<-03>,M9.1.6/24,M4.1.6/24", "America/Santiago");
  CHECK(chile.offset_minutes_at(utc(2026, 9, 6, 3, 59)) == -240);
  CHECK(chile.offset_minutes_at(utc(2026, 9, 6, 4, 0)) == -180);
}

TEST_CASE("offset labels and zone descriptions") {
  CHECK(offset_label(0) == "UTC");
  CHECK(offset_label(60) == "UTC+01:00");
  CHECK(offset_label(-300) == "UTC-05:00");
  CHECK(offset_label(630) == "UTC+10:30");
  CHECK(offset_label(-210) == "UTC-03:30");
  CHECK(offset_label(840) == "UTC+14:00");

  const auto berlin = test::berlin();
  CHECK(describe_zone(berlin, utc(2026, 7, 1)) == "Europe/Berlin (CEST, UTC+02:00)");
  CHECK(describe_zone(test::lord_howe(), utc(2026, 7, 1)) == "Australia/Lord_Howe (UTC+10:30)");
  CHECK(describe_zone(FixedZone(), 0) == "UTC");
  CHECK(describe_zone(FixedZone(330), 0) == "UTC+05:30");
  CHECK(describe_zone(FixedZone(330, "Asia/Kolkata", "IST"), 0) == "Asia/Kolkata (IST, UTC+05:30)");
  CHECK(describe_zone(*PosixTzZone::parse("EST5"), 0) == "EST5 (EST, UTC-05:00)");
  CHECK(FixedZone().name() == "UTC");
}

TEST_CASE("to_local and local_day_number") {
  const auto zone = test::berlin();
  CHECK(to_local(utc(2026, 12, 12, 14, 30), zone) == LocalDateTime{2026, 12, 12, 15, 30});
  CHECK(to_local(utc(2026, 7, 1, 22, 30), zone) == LocalDateTime{2026, 7, 2, 0, 30});
  CHECK(local_day_number(utc(2026, 7, 1, 22, 30), zone) == days_from_civil({2026, 7, 2}));
  CHECK(to_local(utc(2026, 1, 1, 0, 0), FixedZone(-300)) == LocalDateTime{2025, 12, 31, 19, 0});
}

TEST_CASE("resolve_local_time: ordinary times are exact") {
  const auto zone = test::berlin();
  const LocalResolution r = resolve_local_time({2026, 12, 12, 15, 30}, zone);
  CHECK(r.kind == LocalResolution::Kind::Exact);
  CHECK(r.utc == utc(2026, 12, 12, 14, 30));
  CHECK(describe(r).empty());
  // The minute before the gap and the first one after it.
  CHECK(resolve_local_time({2026, 3, 29, 1, 59}, zone).kind == LocalResolution::Kind::Exact);
  CHECK(resolve_local_time({2026, 3, 29, 3, 0}, zone).utc == utc(2026, 3, 29, 1, 0));
}

TEST_CASE("resolve_local_time: Berlin spring-forward gap and autumn overlap") {
  const auto zone = test::berlin();
  const LocalResolution gap = resolve_local_time({2026, 3, 29, 2, 30}, zone);
  CHECK(gap.kind == LocalResolution::Kind::Gap);
  CHECK(gap.utc == utc(2026, 3, 29, 1, 30));
  CHECK(to_local(gap.utc, zone) == LocalDateTime{2026, 3, 29, 3, 30});
  CHECK(gap.kind == LocalResolution::Kind::Gap);
  CHECK(gap.shift_minutes == 60);
  CHECK(gap.zone_label == "CEST");
  CHECK(describe(gap) == "02:30 doesn't exist on 29 Mar (clocks go forward); using 03:30 CEST");

  const LocalResolution edge = resolve_local_time({2026, 3, 29, 2, 0}, zone);
  CHECK(edge.kind == LocalResolution::Kind::Gap);
  CHECK(to_local(edge.utc, zone) == LocalDateTime{2026, 3, 29, 3, 0});

  const LocalResolution twice = resolve_local_time({2026, 10, 25, 2, 30}, zone);
  CHECK(twice.kind == LocalResolution::Kind::Ambiguous);
  CHECK(twice.utc == utc(2026, 10, 25, 0, 30));  // the first 02:30, still CEST
  CHECK(describe(twice) ==
        "02:30 happens twice on 25 Oct (clocks go back); using the first one, 02:30 CEST");
  CHECK(resolve_local_time({2026, 10, 25, 3, 0}, zone).kind == LocalResolution::Kind::Exact);
  CHECK(resolve_local_time({2026, 10, 25, 1, 59}, zone).kind == LocalResolution::Kind::Exact);
}

TEST_CASE("resolve_local_time: New York gap and overlap") {
  const auto zone = test::new_york();
  const LocalResolution gap = resolve_local_time({2026, 3, 8, 2, 30}, zone);
  CHECK(gap.kind == LocalResolution::Kind::Gap);
  CHECK(gap.utc == utc(2026, 3, 8, 7, 30));
  CHECK(describe(gap) == "02:30 doesn't exist on 8 Mar (clocks go forward); using 03:30 EDT");

  const LocalResolution twice = resolve_local_time({2026, 11, 1, 1, 30}, zone);
  CHECK(twice.kind == LocalResolution::Kind::Ambiguous);
  CHECK(twice.utc == utc(2026, 11, 1, 5, 30));  // 01:30 EDT, not 01:30 EST (06:30 UTC)
  CHECK(describe(twice) ==
        "01:30 happens twice on 1 Nov (clocks go back); using the first one, 01:30 EDT");
}

TEST_CASE("resolve_local_time: Lord Howe's 30-minute gap and overlap") {
  const auto zone = test::lord_howe();
  const LocalResolution gap = resolve_local_time({2026, 10, 4, 2, 15}, zone);
  CHECK(gap.kind == LocalResolution::Kind::Gap);
  CHECK(to_local(gap.utc, zone) == LocalDateTime{2026, 10, 4, 2, 45});
  CHECK(describe(gap) ==
        "02:15 doesn't exist on 4 Oct (clocks go forward 30 min); using 02:45 UTC+11:00");
  CHECK(resolve_local_time({2026, 10, 4, 2, 30}, zone).kind == LocalResolution::Kind::Exact);

  const LocalResolution twice = resolve_local_time({2026, 4, 5, 1, 45}, zone);
  CHECK(twice.kind == LocalResolution::Kind::Ambiguous);
  CHECK(twice.utc == utc(2026, 4, 4, 14, 45));  // 01:45 at UTC+11:00
  CHECK(describe(twice) ==
        "01:45 happens twice on 5 Apr (clocks go back 30 min); using the first one, 01:45 "
        "UTC+11:00");
  CHECK(resolve_local_time({2026, 4, 5, 1, 29}, zone).kind == LocalResolution::Kind::Exact);
}

TEST_CASE("resolve_local_time: southern hemisphere (Sydney)") {
  const auto zone = test::sydney();
  const LocalResolution gap = resolve_local_time({2026, 10, 4, 2, 30}, zone);
  CHECK(gap.kind == LocalResolution::Kind::Gap);
  CHECK(describe(gap) == "02:30 doesn't exist on 4 Oct (clocks go forward); using 03:30 AEDT");
  const LocalResolution twice = resolve_local_time({2026, 4, 5, 2, 30}, zone);
  CHECK(twice.kind == LocalResolution::Kind::Ambiguous);
  CHECK(twice.utc == utc(2026, 4, 4, 15, 30));
  CHECK(describe(twice) ==
        "02:30 happens twice on 5 Apr (clocks go back); using the first one, 02:30 AEDT");
}

TEST_CASE("resolve_local_time: impossible dates and times are Invalid") {
  const auto zone = test::berlin();
  const LocalResolution feb = resolve_local_time({2026, 2, 31, 9, 0}, zone);
  CHECK(feb.kind == LocalResolution::Kind::Invalid);
  CHECK(feb.invalid == LocalResolution::Invalid::Day);
  CHECK(describe(feb) == "There is no 31 Feb 2026.");
  CHECK(resolve_local_time({2026, 2, 29, 9, 0}, zone).kind == LocalResolution::Kind::Invalid);
  CHECK(resolve_local_time({2028, 2, 29, 9, 0}, zone).kind == LocalResolution::Kind::Exact);
  CHECK(describe(resolve_local_time({2026, 13, 1, 9, 0}, zone)) == "Months run from 1 to 12.");
  CHECK(describe(resolve_local_time({2026, 1, 1, 24, 0}, zone)) == "Times run from 00:00 to 23:59.");
  CHECK(resolve_local_time({1969, 1, 1, 9, 0}, zone).kind == LocalResolution::Kind::Invalid);
}

TEST_CASE("resolve_local_time round-trips every quarter hour of a year in four zones") {
  const std::vector<PosixTzZone> zones = {test::berlin(), test::new_york(), test::lord_howe(),
                                          test::sydney()};
  for (const PosixTzZone& zone : zones) {
    CAPTURE(zone.name());
    int gaps = 0, overlaps = 0;
    for (std::int64_t t = utc(2026, 1, 1); t < utc(2027, 1, 1); t += 15 * 60) {
      const LocalDateTime local = to_local(t, zone);
      const LocalResolution r = resolve_local_time(local, zone);
      REQUIRE(r.kind != LocalResolution::Kind::Gap);  // a time that was shown exists
      REQUIRE(r.utc <= t);                           // the first of two is used
      REQUIRE(to_local(r.utc, zone) == local);
      if (r.kind == LocalResolution::Kind::Ambiguous) ++overlaps;
    }
    // Every wall time of the year, including those that never show.
    for (std::int64_t wall = local_seconds({2026, 1, 1, 0, 0}); wall < local_seconds({2027, 1, 1, 0, 0});
         wall += 15 * 60) {
      const LocalResolution r = resolve_local_time(local_from_seconds(wall), zone);
      if (r.kind == LocalResolution::Kind::Gap) {
        ++gaps;
        REQUIRE(local_seconds(to_local(r.utc, zone)) > wall);
      }
    }
    CHECK(gaps > 0);
    CHECK(overlaps > 0);
  }
}
