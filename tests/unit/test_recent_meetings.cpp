#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/meeting/recent_meetings.h"
#include "app/words/meeting_words.h"
#include "app/words/time_words.h"
#include "core/time/time_zone.h"

using namespace cofx;

namespace {

RoomCode code(const char* text) { return *RoomCode::from_canonical(text); }

RecentMeeting meeting(const char* text, std::int64_t at, Deployment where = public_jitsi(), std::string title = "") {
  return RecentMeeting{code(text), std::move(title), std::move(where), at};
}

std::vector<std::string> codes(const std::vector<RecentMeeting>& list) {
  std::vector<std::string> out;
  for (const RecentMeeting& m : list) out.push_back(m.code.str());
  return out;
}

// A stored document with these entries (raw JSON values).
std::string document(const nlohmann::json& meetings) {
  return nlohmann::json{{"version", 1}, {"meetings", meetings}}.dump();
}

}  // namespace

TEST_CASE("recent meetings round-trip, each deployment as its place only") {
  Deployment self = self_hosted("jitsi.example.org:8443/team");
  self.jwt = "aaa.bbb.ccc";
  self.token_url = "https://auth.example.org/token";
  Deployment service = jaas("vpaas-magic-cookie-0123456789abcdef0123456789abcdef");
  std::vector<RecentMeeting> list;
  record_recent(list, meeting("COF-AAAAAAA1", 1000, public_jitsi(), "Weekly sync"));
  record_recent(list, meeting("COF-AAAAAAA2", 2000, self));
  record_recent(list, meeting("COF-AAAAAAA3", 3000, service, "Zo\xC3\xAB's \"review\""));

  const std::string text = encode_recent_meetings(list);
  CHECK(text.find("aaa.bbb.ccc") == std::string::npos);  // never a JWT
  CHECK(text.find("auth.example.org") == std::string::npos);
  const RecentLoad load = decode_recent_meetings(text);
  CHECK_FALSE(load.problem.has_value());
  CHECK(load.meetings == list);
  CHECK(codes(load.meetings) == std::vector<std::string>{"COF-AAAAAAA3", "COF-AAAAAAA2", "COF-AAAAAAA1"});
  CHECK(load.meetings[1].deployment == self_hosted("jitsi.example.org:8443/team"));
  CHECK(load.meetings[0].title == "Zo\xC3\xAB's \"review\"");

  const auto parsed = nlohmann::json::parse(text);
  CHECK(parsed["version"] == 1);
  CHECK(parsed["meetings"][1] == nlohmann::json{{"code", "COF-AAAAAAA2"},
                                                {"kind", "self-hosted"},
                                                {"domain", "jitsi.example.org:8443/team"},
                                                {"joinedAt", 2000}});
}

TEST_CASE("recording a join moves it to the top, without duplicates, and keeps ten") {
  std::vector<RecentMeeting> list;
  for (int i = 0; i < 12; ++i) {
    const std::string text = "COF-AAAAAA" + std::string(i < 10 ? "0" : "") + std::to_string(i);
    record_recent(list, RecentMeeting{code(text.c_str()), "", public_jitsi(), 1000 + i});
  }
  REQUIRE(list.size() == kMaxRecentMeetings);
  CHECK(list.front().code.str() == "COF-AAAAAA11");
  CHECK(list.back().code.str() == "COF-AAAAAA02");

  record_recent(list, meeting("COF-AAAAAA05", 5000));
  CHECK(list.size() == kMaxRecentMeetings);
  CHECK(list.front().code.str() == "COF-AAAAAA05");
  CHECK(list.front().joined_at_ms == 5000);
  CHECK(std::count_if(list.begin(), list.end(), [](const RecentMeeting& m) { return m.code.str() == "COF-AAAAAA05"; }) == 1);
}

TEST_CASE("the same code on another deployment is another entry; the same place is the same one") {
  std::vector<RecentMeeting> list;
  record_recent(list, meeting("COF-AB12CD34", 1000));
  record_recent(list, meeting("COF-AB12CD34", 2000, self_hosted("jitsi.example.org")));
  CHECK(list.size() == 2);
  // A self-hosted "meet.jit.si" is meet.jit.si.
  record_recent(list, meeting("COF-AB12CD34", 3000, self_hosted("meet.jit.si")));
  CHECK(list.size() == 2);
  CHECK(list.front().joined_at_ms == 3000);
}

TEST_CASE("a join without a title keeps the title learnt before; titles are cleaned") {
  std::vector<RecentMeeting> list;
  record_recent(list, meeting("COF-AB12CD34", 1000, public_jitsi(), "  \xE2\x80\xAEWeekly\tsync\x07 "));
  CHECK(list.front().title == "Weekly sync");
  record_recent(list, meeting("COF-AB12CD34", 2000));
  CHECK(list.front().title == "Weekly sync");
  record_recent(list, meeting("COF-AB12CD34", 3000, public_jitsi(), "Renamed"));
  CHECK(list.front().title == "Renamed");
  record_recent(list, meeting("COF-AB12CD34", 4000, public_jitsi(), std::string(500, 'x')));
  CHECK(list.front().title.size() == 120);
}

TEST_CASE("absurd times are clamped") {
  std::vector<RecentMeeting> list;
  record_recent(list, meeting("COF-AAAAAAA1", -5));
  record_recent(list, meeting("COF-AAAAAAA2", INT64_MAX));
  CHECK(list[1].joined_at_ms == 0);
  CHECK(list[0].joined_at_ms == 253402300799000);
  const RecentLoad load = decode_recent_meetings(document(
      {{{"code", "COF-AAAAAAA1"}, {"kind", "meet.jit.si"}, {"joinedAt", -1e300}},
       {{"code", "COF-AAAAAAA2"}, {"kind", "meet.jit.si"}, {"joinedAt", 1e300}},
       {{"code", "COF-AAAAAAA3"}, {"kind", "meet.jit.si"}, {"joinedAt", 1500.7}}}));
  CHECK_FALSE(load.problem.has_value());
  REQUIRE(load.meetings.size() == 3);
  CHECK(load.meetings[0].joined_at_ms == 0);
  CHECK(load.meetings[1].joined_at_ms == 253402300799000);
  CHECK(load.meetings[2].joined_at_ms == 1500);
}

TEST_CASE("remove_recent removes the entry for that code and place only") {
  std::vector<RecentMeeting> list;
  record_recent(list, meeting("COF-AB12CD34", 1000));
  record_recent(list, meeting("COF-AB12CD34", 2000, self_hosted("jitsi.example.org")));
  CHECK_FALSE(remove_recent(list, code("COF-ZZZZZZZZ"), public_jitsi()));
  CHECK(remove_recent(list, code("COF-AB12CD34"), self_hosted("jitsi.example.org")));
  REQUIRE(list.size() == 1);
  CHECK(list.front().deployment == public_jitsi());
  CHECK_FALSE(remove_recent(list, code("COF-AB12CD34"), self_hosted("jitsi.example.org")));
}

TEST_CASE("nothing stored is an empty list without a problem") {
  for (const char* text : {"", "  \n"}) {
    const RecentLoad load = decode_recent_meetings(text);
    CHECK(load.meetings.empty());
    CHECK_FALSE(load.problem.has_value());
  }
  const RecentLoad load = decode_recent_meetings(R"({"version":1,"meetings":[]})");
  CHECK(load.meetings.empty());
  CHECK_FALSE(load.problem.has_value());
}

TEST_CASE("foreign or corrupt documents read as an empty list plus a problem") {
  const char* unreadable[] = {
      "hello", "[1,2]", "null", R"("COF-AB12CD34")", R"({"version":1,"meetings":[)",
      R"({"meetings":[]})", R"({"version":"1","meetings":[]})", R"({"version":0,"meetings":[]})",
      R"({"version":-1,"meetings":[]})", R"({"version":1})", R"({"version":1,"meetings":{}})",
      "{\"version\":1,\"meetings\":[\xFF]}",
  };
  for (const char* text : unreadable) {
    CAPTURE(text);
    const RecentLoad load = decode_recent_meetings(text);
    CHECK(load.meetings.empty());
    CHECK(load.problem == RecentProblem::Unreadable);
  }
  const RecentLoad newer = decode_recent_meetings(R"({"version":2,"meetings":[{"code":"COF-AB12CD34"}]})");
  CHECK(newer.meetings.empty());
  CHECK(newer.problem == RecentProblem::Newer);
  for (RecentProblem problem : {RecentProblem::Unreadable, RecentProblem::Newer, RecentProblem::LeftOut}) {
    CHECK_FALSE(describe(problem).empty());
  }
}

TEST_CASE("bad entries are left out and said so; hostile text is cleaned") {
  const nlohmann::json good = {{"code", "COF-AAAAAAA1"}, {"kind", "meet.jit.si"}, {"joinedAt", 1000}};
  const nlohmann::json bad[] = {
      nullptr, 5, "COF-AB12CD34", nlohmann::json::array(),
      {{"kind", "meet.jit.si"}, {"joinedAt", 1}},                                       // no code
      {{"code", "cof-ab12cd34"}, {"kind", "meet.jit.si"}, {"joinedAt", 1}},             // not canonical
      {{"code", "COF-AB12CD34"}, {"kind", "zoom"}, {"joinedAt", 1}},                    // unknown kind
      {{"code", "COF-AB12CD34"}, {"kind", "self-hosted"}, {"joinedAt", 1}},             // no domain
      {{"code", "COF-AB12CD34"}, {"kind", "self-hosted"}, {"domain", "java script:"}, {"joinedAt", 1}},
      {{"code", "COF-AB12CD34"}, {"kind", "jaas"}, {"appId", "nope"}, {"joinedAt", 1}},
      {{"code", "COF-AB12CD34"}, {"kind", "meet.jit.si"}},                              // no time
      {{"code", "COF-AB12CD34"}, {"kind", "meet.jit.si"}, {"joinedAt", "yesterday"}},
      {{"code", "COF-AB12CD34"}, {"kind", "meet.jit.si"}, {"joinedAt", 1}, {"title", 7}},
  };
  for (const nlohmann::json& entry : bad) {
    CAPTURE(entry.dump());
    const RecentLoad load = decode_recent_meetings(document({entry, good}));
    CHECK(load.problem == RecentProblem::LeftOut);
    CHECK(codes(load.meetings) == std::vector<std::string>{"COF-AAAAAAA1"});
  }

  // A duplicate of an earlier entry (same code and place) is left out too.
  const RecentLoad twice = decode_recent_meetings(document({good, good}));
  CHECK(twice.meetings.size() == 1);
  CHECK(twice.problem == RecentProblem::LeftOut);

  // Escapes another program could have stored (invalid UTF-8 makes the whole text unreadable).
  const RecentLoad hostile = decode_recent_meetings(
      "{\"version\":1,\"meetings\":[{\"code\":\"COF-AB12CD34\",\"kind\":\"self-hosted\","
      "\"domain\":\"  Jitsi.Example.ORG/ \",\"title\":\"\\u202eevil\\u001b[2J title\\u0000\","
      "\"joinedAt\":1}]}");
  REQUIRE(hostile.meetings.size() == 1);
  CHECK(hostile.meetings[0].deployment == self_hosted("jitsi.example.org"));
  CHECK(hostile.meetings[0].title == "evil[2J title");
}

TEST_CASE("decoding keeps at most ten entries") {
  nlohmann::json entries = nlohmann::json::array();
  for (int i = 0; i < 30; ++i) {
    entries.push_back({{"code", "COF-AAAAAA" + std::string(i < 10 ? "0" : "") + std::to_string(i)},
                       {"kind", "meet.jit.si"},
                       {"joinedAt", 1000 - i}});
  }
  const RecentLoad load = decode_recent_meetings(document(entries));
  CHECK(load.meetings.size() == kMaxRecentMeetings);
  CHECK(load.meetings.front().code.str() == "COF-AAAAAA00");
}

TEST_CASE("when a meeting was joined, in the viewer's zone") {
  const FixedZone berlin(60, "Europe/Berlin", "CET");
  // 2026-12-12 14:05 UTC = 15:05 in Berlin.
  const std::int64_t now = 1797084300LL * 1000;
  CHECK(format_joined_when(now - 60'000, now, berlin) == "Today 15:04");
  // 23:30 Berlin the day before is yesterday there, and 22:30 UTC.
  CHECK(format_joined_when(now - (15 * 3600 + 35 * 60) * 1000LL, now, berlin) == "Yesterday");
  CHECK(format_joined_when(now - 9 * 86'400'000LL, now, berlin) == "3 Dec");
  CHECK(format_joined_when(now - 400 * 86'400'000LL, now, berlin) == "7 Nov 2025");
  // A local midnight boundary: 00:30 Berlin is today there though still yesterday in UTC.
  const std::int64_t early = (1797084300LL - (14 * 3600 + 35 * 60)) * 1000;  // 00:30 Berlin
  CHECK(format_joined_when(early, now, berlin) == "Today 00:30");
  CHECK(format_joined_when(early, now, FixedZone{}) == "Yesterday");
  // A clock put back: a later day says its date.
  CHECK(format_joined_when(now + 2 * 86'400'000LL, now, berlin) == "14 Dec");
}
