// src/app/words: the sentences made from core's typed outcomes, word for word as the
// screens (and the browser tests) show them, and the temporary conversions app.cpp still uses.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "app/words/deployment_words.h"
#include "app/words/link_words.h"
#include "app/words/meeting_words.h"
#include "app/words/schedule_words.h"
#include "app/words/site_words.h"
#include "app/words/time_words.h"
#include "test_zones.h"

using namespace cofx;

TEST_CASE("words: why a meeting ended") {
  EndReason left{.kind = EndReason::Kind::Left, .code = "COF-AB12CD34"};
  CHECK(describe(left) == "You left COF-AB12CD34.");
  EndReason token{.kind = EndReason::Kind::TokenFailed, .url = "https://auth.example.org/t", .detail = "HTTP 401"};
  CHECK(describe(token) ==
        "Couldn't get a meeting token from https://auth.example.org/t (HTTP 401). Sign in there if needed, then "
        "press Retry.");
  EndReason script{.kind = EndReason::Kind::ScriptFailed, .place = jaas("vpaas-magic-cookie-0123456789abcdef0123456789abcdef"),
                   .detail = "blocked"};
  CHECK(describe(script) ==
        "Couldn't load Jitsi Meet from 8x8.vc (Jitsi as a Service) (blocked). Check your connection, then press Retry.");
  EndReason jitsi{.kind = EndReason::Kind::Jitsi, .jitsi = {JitsiEnd::Kind::ConnectionLost, "connection.droppedError"}};
  CHECK(describe(jitsi) ==
        "The connection to the meeting server was lost (connection.droppedError). Check your network and join again.");
  CHECK(describe(JitsiEnd{JitsiEnd::Kind::Full, ""}) == "The meeting is full, so you could not join.");
}

TEST_CASE("words: camera and microphone") {
  CHECK(describe(DeviceHint{DeviceHint::Problem::Unsupported, true}) ==
        "Camera settings are not supported by your device. Try another camera in Jitsi's settings.");
  CHECK(describe(DeviceHint{DeviceHint::Problem::Timeout, false}) ==
        "The microphone took too long to start. Close other apps that use it, then try again.");
  CHECK(describe(DeviceHint{DeviceHint::Problem::Failed, true}) == "The camera could not be started. Another app may be using it; close it and try again.");
  CHECK(describe(DeviceStatus::Busy, DeviceKind::Microphone) ==
        "Your microphone is in use by another app. Close that app and press Try again, or join without it.");
  CHECK_FALSE(describe(DeviceStatus::Live, DeviceKind::Camera).has_value());
}

TEST_CASE("words: name, password and room security") {
  CHECK(describe(NameProblem::TooLong) == "Names can be at most 64 characters long. Please shorten yours.");
  CHECK(describe(PasswordProblem::Unprintable) ==
        "Passwords can only use printable characters: letters, digits, punctuation and spaces.");
  CHECK(room_password_problem("ok") == std::nullopt);
  CHECK(describe(SecurityStatus{SecurityItem::EndToEndEncryption, SecurityState::NotPossible}, "meet.jit.si") ==
        "End-to-end encryption: not possible — you are not moderator on meet.jit.si. Log in there to lock the room.");
  CHECK(describe(RecentProblem::LeftOut) == "Some of your recent meetings could not be read and were left out.");
}

TEST_CASE("words: deployments, links and stored documents") {
  CHECK(describe(FieldProblem::DomainBadPort) ==
        "The port after : must be a number from 1 to 65535, as in jitsi.example.org:8443.");
  CHECK(describe(FieldProblem::TokenUrlNotHttps) == "The token URL must start with https://.");
  CHECK(deployment_label(self_hosted("jitsi.example.org")) == "jitsi.example.org");
  CHECK(trusted_deployment_label("jitsi.example.org") == "jitsi.example.org");
  CHECK(trusted_deployment_label("8x8.vc/vpaas-magic-cookie-0123456789abcdef0123456789abcdef") ==
        "8x8.vc (Jitsi as a Service) vpaas-magic-cookie-01234567…");
  CHECK(describe(IgnoredParam{IgnoredParam::Why::BadServer, "evil host"}) ==
        "The link's Jitsi server \"evil host\" is not a valid server name, so this site's default is used.");
  CHECK(describe(StoredDeploymentProblem{StoredDeploymentProblem::Kind::Unreadable, ""}) ==
        "Your saved Jitsi deployment could not be read, so the site's default is used.");
  CHECK(describe(IgnoredParam{IgnoredParam::Why::NoServer, ""}) ==
        "The link names no Jitsi server, so this site's default is used.");
  CHECK(describe(StoredDeploymentProblem{StoredDeploymentProblem::Kind::PartUnreadable, "domain"}) ==
        "Part of your saved Jitsi deployment (domain) could not be read; please check it in Settings.");
  CHECK(describe(SettingsProblem{SettingsProblem::Kind::Unreadable}) ==
        "Your saved settings could not be read, so the defaults are used.");
  CHECK(describe(LinkRefusal{self_hosted("a.example.org"), public_jitsi()}) == "This link is for a meeting on a.example.org, but this site only joins meetings on meet.jit.si.");
}

TEST_CASE("words: config.json warnings name the key and what is used instead") {
  ConfigWarning kind{.kind = ConfigWarning::Kind::DeploymentBadKind};
  kind.fallback = public_jitsi();
  CHECK(describe(kind) ==
        "config.json: \"deployment.kind\" must be \"meet.jit.si\", \"self-hosted\" or \"jaas\", so meet.jit.si is used.");
  ConfigWarning more{.kind = ConfigWarning::Kind::ExtraConfigMoreDropped};
  more.count = 3;
  CHECK(describe(more) == "config.json: 3 more extraConfig keys are ignored for the same reason.");
  const std::vector<std::string> all = describe(parse_site_policy(R"({"iframeApi":7,"x":1})").warnings);
  CHECK(all == std::vector<std::string>{
                   "config.json: the unknown entry \"x\" is ignored.",
                   "config.json: \"iframeApi\" must be \"site\" or \"deployment\", so the site's own copy is used."});
}

TEST_CASE("words: dates, spans and schedules") {
  CHECK(format_weekday_date_time({2024, 12, 3, 9, 0}) == "Tue 3 Dec 09:00");
  CHECK(format_month_year({2027, 1}) == "January 2027");
  CHECK(end_time_text({2026, 12, 31, 23, 30}, {2027, 1, 1, 0, 30}) == "Ends 00:30 on 1 Jan 2027");
  CHECK(span_text(3 * 86400 + 4 * 3600) == "3 d 4 h");
  CHECK(describe(FormIssue{FormIssue::Kind::NoSuchDay, 0, {2027, 2, 31}}) == "There is no 31 Feb 2027.");
  CHECK(describe(FormIssue{FormIssue::Kind::YearOutOfRange, 0, {}}) == "Pick a year from 1970 to 9999.");
  CHECK(describe_repeat({Repeat::Kind::Weekly, std::nullopt, 1}, Weekday::Friday) == "Every week on Friday, once");
  CHECK(group_title(ListGroup::Tomorrow) == "Tomorrow");
  ScheduleProblem bad{.kind = ScheduleProblem::Kind::FieldsUnreadable, .number = 3, .title = "Sync"};
  bad.fields = {StoredField::Title, StoredField::Duration, StoredField::Agenda};
  CHECK(describe(bad) == "Saved meeting 3 (\"Sync\") was skipped: its title, duration and agenda could not be read.");
  CHECK(describe(ScheduleProblem{.kind = ScheduleProblem::Kind::MoreProblems, .number = 1}) ==
        "1 more saved meeting has the same kind of problem.");
  Reminder reminder;
  reminder.title = "Retro";
  reminder.minutes = 5;
  CHECK(describe(reminder) == "\u201CRetro\u201D starts in 5 min");
  ScheduledMeeting daily;
  daily.start_utc = test::utc(2026, 12, 14, 9, 0);  // a Monday
  daily.repeat = {Repeat::Kind::Weekly, std::nullopt, 3};
  const CalendarWords words = calendar_words(daily, test::berlin());
  CHECK(words.join == "Join: ");
  CHECK(words.repeats == "Repeats: Every week on Monday, 3 times.");
  CHECK(calendar_words(ScheduledMeeting{}, test::berlin()).repeats.empty());
}
