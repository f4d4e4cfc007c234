#include <doctest/doctest.h>

#include <string>

#include "core/platform_event.h"

using namespace cofx;
using Type = PlatformEvent::Type;

TEST_CASE("parse_platform_event: route changes carry the hash") {
  const auto event = parse_platform_event(R"({"type":"route","hash":"#/COF-AB12CD34"})");
  REQUIRE(event.has_value());
  CHECK(event->type == Type::RouteChanged);
  CHECK(event->text == "#/COF-AB12CD34");

  const auto empty = parse_platform_event(R"({"type":"route","hash":""})");
  REQUIRE(empty.has_value());
  CHECK(empty->text.empty());
}

TEST_CASE("parse_platform_event: meeting life cycle") {
  CHECK(parse_platform_event(R"({"type":"meeting-opened"})")->type == Type::MeetingOpened);
  CHECK(parse_platform_event(R"({"type":"action","name":"start"})")->text == "start");
  CHECK_FALSE(parse_platform_event(R"({"type":"action","name":5})"));
  CHECK(parse_platform_event(R"({"type":"theme","dark":false})")->ok == false);
  CHECK_FALSE(parse_platform_event(R"({"type":"theme","dark":"yes"})"));
  CHECK(parse_platform_event(R"({"type":"jitsi","name":"participantJoined"})")->type == Type::Jitsi);
  CHECK(parse_platform_event(R"({"type":"storage","key":"cofinix.schedules"})")->text == "cofinix.schedules");
  const auto file = parse_platform_event(R"({"type":"file","purpose":"import","name":"a.json","text":"{}"})");
  REQUIRE(file);
  CHECK(file->ok);
  CHECK(file->text == "{}");
  CHECK(file->detail == "import\na.json");
  const auto failed = parse_platform_event(R"({"type":"file","purpose":"import","error":"too big"})");
  REQUIRE(failed);
  CHECK_FALSE(failed->ok);
  CHECK(failed->text == "too big");
  CHECK_FALSE(parse_platform_event(R"({"type":"file","text":"{}"})"));
  const auto fetched = parse_platform_event(R"({"type":"fetched","purpose":"token","ok":true,"text":"a.b.c"})");
  REQUIRE(fetched);
  CHECK(fetched->detail == "token");
  CHECK(fetched->text == "a.b.c");
  CHECK_FALSE(parse_platform_event(R"({"type":"fetched","purpose":"token","ok":"yes"})"));
  CHECK(parse_platform_event(R"({"type":"meeting-joined"})")->type == Type::MeetingJoined);
  CHECK(parse_platform_event(R"({"type":"meeting-left"})")->type == Type::MeetingLeft);
  CHECK(parse_platform_event(R"({"type":"ready-to-close","extra":[1,2]})")->type ==
        Type::ReadyToClose);
}

TEST_CASE("parse_platform_event: script load failures, with or without a reason") {
  const auto with_reason =
      parse_platform_event(R"({"type":"script-load-failed","reason":"network error"})");
  REQUIRE(with_reason.has_value());
  CHECK(with_reason->type == Type::ScriptLoadFailed);
  CHECK(with_reason->text == "network error");

  const auto without = parse_platform_event(R"({"type":"script-load-failed"})");
  REQUIRE(without.has_value());
  CHECK(without->type == Type::ScriptLoadFailed);
  CHECK(without->text.empty());
}

TEST_CASE("parse_platform_event: clipboard results") {
  const auto done = parse_platform_event(R"({"type":"clipboard","ok":true})");
  REQUIRE(done.has_value());
  CHECK(done->type == Type::ClipboardResult);
  CHECK(done->ok);
  CHECK(done->text.empty());

  const auto denied =
      parse_platform_event(R"({"type":"clipboard","ok":false,"detail":"Permission denied"})");
  REQUIRE(denied.has_value());
  CHECK_FALSE(denied->ok);
  CHECK(denied->text == "Permission denied");
}

TEST_CASE("parse_platform_event: malformed events are ignored") {
  for (const char* text :
       {"", "not json", "[]", "null", R"("route")", "{}", R"({"type":1})", R"({"type":null})",
        R"({"type":"unknown"})", R"({"type":"ROUTE","hash":"#/"})", R"({"type":"route"})",
        R"({"type":"route","hash":5})", R"({"type":"script-load-failed","reason":false})",
        R"({"type":"clipboard"})", R"({"type":"clipboard","ok":"yes"})",
        R"({"type":"clipboard","ok":1})", R"({"type":"clipboard","ok":true,"detail":{}})",
        R"({"type":"route","hash":"#/"} trailing)", "{\"type\":\"route\",\"hash\":\"\xFF\"}"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_platform_event(text).has_value());
  }
}
