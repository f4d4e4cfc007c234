#include <doctest/doctest.h>

#include <random>
#include <string>

#include "core/time/civil_time.h"
#include "app/words/time_words.h"

using namespace cofx;

TEST_CASE("days_from_civil: known anchors") {
  CHECK(days_from_civil({1970, 1, 1}) == 0);
  CHECK(days_from_civil({1969, 12, 31}) == -1);
  CHECK(days_from_civil({2000, 3, 1}) == 11017);
  CHECK(days_from_civil({2026, 12, 12}) == 20799);
  CHECK(days_from_civil({9999, 12, 31}) == 2932896);
  CHECK(days_from_civil({1600, 1, 1}) == -135140);
  CHECK(days_from_civil({1, 1, 1}) == -719162);
  // Out-of-range days and months roll over.
  CHECK(days_from_civil({2026, 2, 31}) == days_from_civil({2026, 3, 3}));
  CHECK(days_from_civil({2026, 13, 1}) == days_from_civil({2027, 1, 1}));
  CHECK(days_from_civil({2026, 0, 1}) == days_from_civil({2025, 12, 1}));
}

TEST_CASE("civil_from_days inverts days_from_civil, day by day over 1000 years") {
  CivilDate expected{1500, 1, 1};
  for (std::int64_t days = days_from_civil(expected); expected.year < 2500; ++days) {
    const CivilDate date = civil_from_days(days);
    REQUIRE(date == expected);
    REQUIRE(days_from_civil(date) == days);
    // Step the expected date by hand.
    if (++expected.day > days_in_month(expected.year, expected.month)) {
      expected.day = 1;
      if (++expected.month > 12) expected.month = 1, ++expected.year;
    }
  }
}

TEST_CASE("leap years and month lengths") {
  CHECK(is_leap_year(2024));
  CHECK(is_leap_year(2000));
  CHECK(is_leap_year(2400));
  CHECK_FALSE(is_leap_year(1900));
  CHECK_FALSE(is_leap_year(2100));
  CHECK_FALSE(is_leap_year(2026));
  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_in_month(2026, 2) == 28);
  CHECK(days_in_month(2026, 4) == 30);
  CHECK(days_in_month(2026, 12) == 31);
  CHECK(days_in_month(2026, 0) == 0);
  CHECK(days_in_month(2026, 13) == 0);
}

TEST_CASE("is_valid_date rejects impossible dates") {
  CHECK(is_valid_date({2026, 12, 12}));
  CHECK(is_valid_date({2024, 2, 29}));
  CHECK(is_valid_date({2000, 2, 29}));
  CHECK(is_valid_date({1970, 1, 1}));
  CHECK(is_valid_date({9999, 12, 31}));
  CHECK_FALSE(is_valid_date({2026, 2, 31}));
  CHECK_FALSE(is_valid_date({2026, 2, 29}));
  CHECK_FALSE(is_valid_date({2100, 2, 29}));
  CHECK_FALSE(is_valid_date({2026, 4, 31}));
  CHECK_FALSE(is_valid_date({2026, 0, 1}));
  CHECK_FALSE(is_valid_date({2026, 13, 1}));
  CHECK_FALSE(is_valid_date({2026, 1, 0}));
  CHECK_FALSE(is_valid_date({2026, 1, -1}));
  CHECK_FALSE(is_valid_date({1969, 12, 31}));
  CHECK_FALSE(is_valid_date({10000, 1, 1}));

  CHECK(is_valid(LocalDateTime{2026, 3, 29, 23, 59}));
  CHECK_FALSE(is_valid(LocalDateTime{2026, 3, 29, 24, 0}));
  CHECK_FALSE(is_valid(LocalDateTime{2026, 3, 29, 12, 60}));
  CHECK_FALSE(is_valid(LocalDateTime{2026, 3, 29, -1, 0}));
  CHECK_FALSE(is_valid(LocalDateTime{2026, 2, 31, 9, 0}));
}

TEST_CASE("weekdays") {
  CHECK(weekday_of({1970, 1, 1}) == Weekday::Thursday);
  CHECK(weekday_of({2000, 1, 1}) == Weekday::Saturday);
  CHECK(weekday_of({2024, 12, 3}) == Weekday::Tuesday);
  CHECK(weekday_of({2026, 3, 29}) == Weekday::Sunday);
  CHECK(weekday_of({1969, 12, 29}) == Weekday::Monday);
  CHECK(weekday_of_days(-4) == Weekday::Sunday);
  CHECK(is_weekend(Weekday::Saturday));
  CHECK(is_weekend(Weekday::Sunday));
  CHECK_FALSE(is_weekend(Weekday::Friday));
  CHECK(weekday_name(Weekday::Wednesday) == "Wednesday");
  CHECK(weekday_abbreviation(Weekday::Wednesday) == "Wed");
}

TEST_CASE("local seconds") {
  CHECK(local_seconds({1970, 1, 1, 0, 0}) == 0);
  CHECK(local_seconds({2026, 12, 12, 15, 30}) == 1797089400);
  CHECK(local_from_seconds(1797089400 + 59) == LocalDateTime{2026, 12, 12, 15, 30});
  CHECK(local_from_seconds(-1) == LocalDateTime{1969, 12, 31, 23, 59});
}

TEST_CASE("short English formats") {
  CHECK(format_hh_mm(9, 5) == "09:05");
  CHECK(format_day_month({2026, 12, 3}) == "3 Dec");
  CHECK(format_day_month_year({2026, 2, 31}) == "31 Feb 2026");
  CHECK(format_time_on_date({2026, 12, 12, 15, 30}) == "15:30 on 12 Dec");
  CHECK(format_weekday_date_time({2024, 12, 3, 9, 0}) == "Tue 3 Dec 09:00");
  CHECK(month_abbreviation(1) == "Jan");
  CHECK(month_abbreviation(13) == "?");
  CHECK(format_iso_date({2026, 3, 9}) == "2026-03-09");
}

TEST_CASE("parse_iso_date keeps the fields as written") {
  CHECK(parse_iso_date("2026-12-31") == CivilDate{2026, 12, 31});
  CHECK(parse_iso_date("2026-02-31") == CivilDate{2026, 2, 31});  // syntax only
  CHECK(parse_iso_date("2026-13-01") == CivilDate{2026, 13, 1});
  for (const char* bad : {"", "2026-2-3", "2026/02/03", "2026-02-03T", " 2026-02-03", "20260203",
                          "2026-02-0x", "-026-02-03"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_iso_date(bad).has_value());
  }
}

TEST_CASE("ISO-8601 UTC: format and parse") {
  CHECK(format_iso_utc(1797089400) == "2026-12-12T15:30:00Z");
  CHECK(format_iso_utc(0) == "1970-01-01T00:00:00Z");
  CHECK(format_iso_utc(kMaxSupportedUtc) == "9999-12-31T23:59:59Z");
  CHECK(parse_iso_utc("2026-12-12T15:30:00Z") == 1797089400);
  CHECK(parse_iso_utc("2026-12-12t15:30:00z") == 1797089400);
  CHECK(parse_iso_utc("2026-12-12T15:30Z") == 1797089400);
  CHECK(parse_iso_utc("2026-12-12T15:30:00.000Z") == 1797089400);
  CHECK(parse_iso_utc("2026-12-12T15:30:00.999999999Z") == 1797089400);
  CHECK(parse_iso_utc("2026-12-12T16:30:00+01:00") == 1797089400);
  CHECK(parse_iso_utc("2026-12-12T05:00:00-10:30") == 1797089400);
  CHECK(parse_iso_utc("2024-02-29T00:00:00Z").has_value());

  for (const char* bad :
       {"", "2026-12-12", "2026-12-12T15:30:00", "2026-12-12 15:30:00Z", "2026-02-31T00:00:00Z",
        "2026-12-12T24:00:00Z", "2026-12-12T15:60:00Z", "2026-12-12T15:30:60Z",
        "2026-12-12T15:30:00ZZ", "2026-12-12T15:30:00.Z", "2026-12-12T15:30:00.1234567890Z",
        " 2026-12-12T15:30:00Z", "2026-12-12T15:30:00+1:00", "2026-12-12T15:30:00+24:00",
        "1969-12-31T23:59:59Z", "1970-01-01T00:30:00+01:00", "+2026-12-12T15:30:00Z"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_iso_utc(bad).has_value());
  }
  CHECK_FALSE(parse_iso_utc(std::string("2026-12-12T15:30:00Z\0", 21)).has_value());

  std::mt19937_64 rng(7);
  std::uniform_int_distribution<std::int64_t> instant(kMinSupportedUtc, kMaxSupportedUtc);
  for (int i = 0; i < 20000; ++i) {
    const std::int64_t t = instant(rng);
    REQUIRE(parse_iso_utc(format_iso_utc(t)) == t);
  }
}
