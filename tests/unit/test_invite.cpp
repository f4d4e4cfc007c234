#include <doctest/doctest.h>

#include <map>
#include <random>
#include <string>

#include "app/words/link_words.h"
#include "core/links/invite.h"
#include "core/links/route.h"
#include "test_zones.h"

using namespace cofx;
using test::utc;

namespace {

using Params = std::map<std::string, std::string>;

InviteDetails details(std::optional<std::string> title, std::optional<std::int64_t> start,
                      std::optional<int> minutes) {
  InviteDetails d;
  d.title = std::move(title);
  d.start_utc = start;
  d.duration_minutes = minutes;
  return d;
}

}  // namespace

TEST_CASE("parse_invite reads t, d and title") {
  const InviteDetails d =
      parse_invite({{"t", "2026-12-12T15:30:00Z"}, {"d", "45"}, {"title", "Weekly sync"}});
  CHECK(d.start_utc == 1797089400);
  CHECK(d.duration_minutes == 45);
  CHECK(d.title == "Weekly sync");
  CHECK(d.ignored.empty());
  CHECK(d.has_details());
  CHECK_FALSE(parse_invite({}).has_details());
}

TEST_CASE("parse_invite: hostile and bad values are cleaned or ignored, never fatal") {
  SUBCASE("bad times and durations") {
    for (const char* t : {"", "tomorrow", "2026-02-31T10:00:00Z", "2026-12-12T15:30:00", "1797089400",
                          "2026-12-12T15:30:00Z<script>", "9999-12-31T23:59:60Z"}) {
      CAPTURE(t);
      const InviteDetails d = parse_invite({{"t", t}});
      CHECK_FALSE(d.start_utc.has_value());
      CHECK(d.ignored.names == std::vector<std::string>{"t"});
    }
    for (const char* minutes : {"", "0", "-5", "1441", "60.5", "1e3", "+60", " 60", "99999", "６０"}) {
      CAPTURE(minutes);
      const InviteDetails d = parse_invite({{"d", minutes}});
      CHECK_FALSE(d.duration_minutes.has_value());
      CHECK(d.ignored.names == std::vector<std::string>{"d"});
    }
    CHECK(parse_invite({{"d", "1"}}).duration_minutes == 1);
    CHECK(parse_invite({{"d", "1440"}}).duration_minutes == 1440);
    CHECK(parse_invite({{"d", "0060"}}).duration_minutes == 60);
  }
  SUBCASE("titles: scripts stay inert text, controls and overrides go") {
    CHECK(parse_invite({{"title", "<script>alert(1)</script>"}}).title == "<script>alert(1)</script>");
    CHECK(parse_invite({{"title", std::string("Weekly\0sync", 11)}}).title == "Weeklysync");
    CHECK(parse_invite({{"title", "\xE2\x80\xAE" "cod.exe\xE2\x80\xAC"}}).title == "cod.exe");
    CHECK(parse_invite({{"title", "ok\xFF\xC0\xAF"}}).title == "ok");
    CHECK(parse_invite({{"title", " \n Plan\r\nB "}}).title == "Plan  B");
    for (const std::string& bad :
         {std::string(""), std::string("   "), std::string("\xE2\x80\xAE"), std::string(1 << 20, 'x'),
          std::string(121, 'x'), std::string(1000, '\0')}) {
      const InviteDetails d = parse_invite({{"title", bad}});
      CHECK_FALSE(d.title.has_value());
      CHECK(d.ignored.names == std::vector<std::string>{"title"});
    }
  }
  SUBCASE("unknown parameters are listed by a short, clean name") {
    const InviteDetails d = parse_invite({{"t", "2026-12-12T15:30:00Z"},
                                          {"utm_source", "x"},
                                          {std::string(1 << 20, 'k'), "v"},
                                          {"\xE2\x80\xAE" "evil\x01", "v"},
                                          {std::string("\0", 1), "v"}});
    CHECK(d.start_utc.has_value());
    REQUIRE(d.ignored.names.size() == 4);
    // In the map's (byte) order; a name with nothing to show is "" in core, "(unnamed)" in words.
    CHECK(d.ignored.names[0] == "");
    CHECK(d.ignored.names[1] == std::string(24, 'k') + "...");
    CHECK(d.ignored.names[2] == "utm_source");
    CHECK(d.ignored.names[3] == "evil");
    const std::vector<std::string> shown = ignored_names(d.ignored);
    REQUIRE(shown.size() == 4);
    CHECK(shown[0] == "(unnamed)");
    CHECK(shown[3] == "evil");
  }
  SUBCASE("many unknown parameters are summarised") {
    Params params;
    for (char tens = '0'; tens <= '9'; ++tens) {
      for (char ones = '0'; ones <= '9'; ++ones) params.try_emplace({'p', tens, ones}, "v");  // p00-p99
    }
    const InviteDetails d = parse_invite(params);
    REQUIRE(d.ignored.names.size() == kInviteMaxIgnoredShown);
    CHECK(d.ignored.more == 92);
    const std::vector<std::string> shown = ignored_names(d.ignored);
    REQUIRE(shown.size() == kInviteMaxIgnoredShown + 1);
    CHECK(shown.back() == "and 92 more");
    CHECK(ignored_notice(d.ignored) == "Ignored in the link: p00, p01, p02, p03, p04, p05, p06, p07, and 92 more.");
  }
}

TEST_CASE("invite_hash builds the fragment, and parse_route + parse_invite read it back") {
  const RoomCode room = test::code("COF-AB12CD34");
  CHECK(invite_hash(room, details("Weekly sync", 1797089400, 60)) ==
        "#/COF-AB12CD34?t=2026-12-12T15%3A30%3A00Z&d=60&title=Weekly%20sync");
  CHECK(invite_hash(room, InviteDetails{}) == "#/COF-AB12CD34");
  CHECK(invite_link("https://x.org/app/#/old", room, details(std::nullopt, std::nullopt, 30)) ==
        "https://x.org/app/#/COF-AB12CD34?d=30");

  for (const std::string& title :
       {std::string("Weekly sync"), std::string("a&b=c#d?e%f+g/h"), std::string("Zo\xC3\xAB \xF0\x9F\x98\x80"),
        std::string("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"), std::string(120, 'x'), std::string("%20 %zz")}) {
    CAPTURE(title);
    const InviteDetails original = details(title, 1797089400, 90);
    const Route route = parse_route(invite_hash(room, original));
    REQUIRE(route.kind == Route::Kind::Meeting);
    CHECK(*route.code == room);
    const InviteDetails back = parse_invite(route.params);
    CHECK(back.title == original.title);
    CHECK(back.start_utc == original.start_utc);
    CHECK(back.duration_minutes == original.duration_minutes);
    CHECK(back.ignored.empty());
  }
}

TEST_CASE("a hostile link still opens the room") {
  const Route route = parse_route(
      "#/COF-AB12CD34?t=%3Cscript%3E&d=-1&title=%E2%80%AEevil%00&x=" + std::string(100000, 'A') +
      "&" + std::string(5000, '%'));
  REQUIRE(route.kind == Route::Kind::Meeting);
  const InviteDetails d = parse_invite(route.params);
  CHECK(d.title == "evil");
  CHECK_FALSE(d.start_utc.has_value());
  CHECK_FALSE(d.duration_minutes.has_value());
  CHECK(d.ignored.names.size() >= 3);
}

TEST_CASE("invite_summary and invite_status") {
  const auto zone = test::berlin();
  const std::int64_t start = utc(2026, 12, 12, 13, 30);  // 14:30 in Berlin
  const InviteDetails sync = details("Weekly sync", start, 60);

  const InviteStatus upcoming = invite_status(sync, start - (2 * 3600 + 10 * 60));
  CHECK(invite_summary(sync, start - (2 * 3600 + 10 * 60), zone) == "'Weekly sync' starts in 2 h 10 min");
  CHECK(upcoming.phase == InviteStatus::Phase::Upcoming);
  CHECK_FALSE(upcoming.join_open);
  CHECK(invite_status(sync, start - 600).join_open);

  const InviteStatus ongoing = invite_status(sync, start + 300);
  CHECK(invite_summary(sync, start + 300, zone) == "'Weekly sync' started 5 min ago");
  CHECK(ongoing.phase == InviteStatus::Phase::Ongoing);
  CHECK(ongoing.join_open);

  const InviteStatus ended = invite_status(sync, start + 7200);
  CHECK(invite_summary(sync, start + 7200, zone) == "'Weekly sync' ended at 15:30 on 12 Dec");
  CHECK(ended.phase == InviteStatus::Phase::Ended);
  CHECK_FALSE(ended.join_open);

  CHECK(invite_summary(details(std::nullopt, start, 60), start - 45, zone) == "The meeting starts in 45 s");
  CHECK(invite_summary(details("T", start, std::nullopt), start + 86400, zone) ==
        "'T' started at 14:30 on 12 Dec");
  CHECK(invite_summary(details("T", std::nullopt, 60), start, zone) == "'T'");
  CHECK(invite_summary(InviteDetails{}, start, zone).empty());
  const InviteStatus unknown = invite_status(InviteDetails{}, start);
  CHECK(unknown.phase == InviteStatus::Phase::Unknown);
  CHECK(unknown.join_open);
}

TEST_CASE("invite_for takes the occurrence's start") {
  ScheduledMeeting m;
  m.title = "Standup";
  m.duration_minutes = 15;
  const InviteDetails d = invite_for(m, Occurrence{3, 5000, 5900});
  CHECK(d.title == "Standup");
  CHECK(d.start_utc == 5000);
  CHECK(d.duration_minutes == 15);
}

TEST_CASE("fuzz: random fragments never break parse_invite") {
  std::mt19937 rng(99);
  const std::string seed = "#/COF-AB12CD34?t=2026-12-12T15%3A30%3A00Z&d=60&title=Weekly%20sync&x=1";
  for (int round = 0; round < 4000; ++round) {
    std::string text = seed;
    for (int e = 0; e < 1 + static_cast<int>(rng() % 5); ++e) {
      const std::size_t at = rng() % text.size();
      if (rng() % 2) {
        text[at] = static_cast<char>(rng() % 256);
      } else {
        text.insert(at, 1, "%&=?#"[rng() % 5]);
      }
    }
    const InviteDetails d = parse_invite(parse_route(text).params);
    REQUIRE(d.ignored.names.size() <= kInviteMaxIgnoredShown);
    if (d.title) REQUIRE_FALSE(d.title->empty());
    if (d.duration_minutes) REQUIRE((*d.duration_minutes >= 1 && *d.duration_minutes <= 1440));
    const auto summary = invite_summary(d, 1797000000, test::berlin());
    (void)summary;
  }
}

TEST_CASE("deployment parameters in an invite link are not reported as ignored") {
  const cofx::InviteDetails details =
      cofx::parse_invite({{"dep", "self"}, {"host", "jitsi.example.org"}, {"title", "Sync"}, {"zzz", "1"}});
  CHECK(details.title == std::optional<std::string>("Sync"));
  REQUIRE(details.ignored.names.size() == 1);
  CHECK(details.ignored.names[0] == "zzz");
}
