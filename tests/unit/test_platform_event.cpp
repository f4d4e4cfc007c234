#include <doctest/doctest.h>

#include <string>
#include <variant>

#include "core/host/platform_event.h"

using namespace cofx;

namespace {

// The event as its own struct; fails the test when it is another type (or none).
template <typename T>
T as(const std::optional<PlatformEvent>& event) {
  REQUIRE(event.has_value());
  const T* typed = std::get_if<T>(&*event);
  REQUIRE(typed != nullptr);
  return *typed;
}

}  // namespace

TEST_CASE("parse_platform_event: route changes carry the hash") {
  CHECK(as<host::RouteChanged>(parse_platform_event(R"({"type":"route","hash":"#/COF-AB12CD34"})")).hash ==
        "#/COF-AB12CD34");
  CHECK(as<host::RouteChanged>(parse_platform_event(R"({"type":"route","hash":""})")).hash.empty());
}

TEST_CASE("parse_platform_event: the lobby's own events") {
  as<host::MeetingOpened>(parse_platform_event(R"({"type":"meeting-opened"})"));
  CHECK(as<host::Action>(parse_platform_event(R"({"type":"action","name":"start"})")).name == "start");
  CHECK_FALSE(parse_platform_event(R"({"type":"action","name":5})"));
  CHECK(as<host::Theme>(parse_platform_event(R"({"type":"theme","dark":false})")).dark == false);
  CHECK(as<host::Theme>(parse_platform_event(R"({"type":"theme","dark":true})")).dark == true);
  CHECK_FALSE(parse_platform_event(R"({"type":"theme","dark":"yes"})"));
  CHECK(as<host::StorageChanged>(parse_platform_event(R"({"type":"storage","key":"cofinix.schedules"})")).key ==
        "cofinix.schedules");
  CHECK(as<host::StorageChanged>(parse_platform_event(R"({"type":"storage"})")).key.empty());  // cleared

  const auto file = as<host::FileOpened>(
      parse_platform_event(R"({"type":"file","purpose":"import","name":"a.json","text":"{}"})"));
  CHECK(file.ok());
  CHECK(file.purpose == "import");
  CHECK(file.name == "a.json");
  CHECK(file.text == "{}");
  const auto failed = as<host::FileOpened>(parse_platform_event(R"({"type":"file","purpose":"import","error":"too big"})"));
  CHECK_FALSE(failed.ok());
  CHECK(failed.error == "too big");
  CHECK(failed.text.empty());
  CHECK_FALSE(parse_platform_event(R"({"type":"file","text":"{}"})"));
  CHECK_FALSE(parse_platform_event(R"({"type":"file","purpose":"import","error":1})"));

  const auto fetched =
      as<host::Fetched>(parse_platform_event(R"({"type":"fetched","purpose":"token","ok":true,"text":"a.b.c"})"));
  CHECK(fetched == host::Fetched{"token", true, "a.b.c"});
  CHECK(as<host::Fetched>(parse_platform_event(R"({"type":"fetched","purpose":"token","ok":false,"text":"401"})")) ==
        host::Fetched{"token", false, "401"});
  CHECK_FALSE(parse_platform_event(R"({"type":"fetched","purpose":"token","ok":"yes"})"));
  CHECK_FALSE(parse_platform_event(R"({"type":"fetched","ok":true})"));
}

TEST_CASE("parse_platform_event: connectivity and a new version of the site") {
  CHECK(as<host::Connectivity>(parse_platform_event(R"({"type":"connectivity","online":false})")).online == false);
  CHECK(as<host::Connectivity>(parse_platform_event(R"({"type":"connectivity","online":true})")).online == true);
  CHECK_FALSE(parse_platform_event(R"({"type":"connectivity"})"));
  CHECK_FALSE(parse_platform_event(R"({"type":"connectivity","online":"no"})"));
  as<host::UpdateReady>(parse_platform_event(R"({"type":"update-ready"})"));
  CHECK(as<host::LanguageLoaded>(parse_platform_event(R"({"type":"language","tag":"ms","ok":true})")) ==
        host::LanguageLoaded{"ms", true});
  CHECK(as<host::LanguageLoaded>(parse_platform_event(R"({"type":"language","tag":"","ok":false})")).ok == false);
  CHECK_FALSE(parse_platform_event(R"({"type":"language","tag":"ms"})").has_value());
  CHECK_FALSE(parse_platform_event(R"({"type":"language","tag":7,"ok":true})").has_value());
}

TEST_CASE("parse_platform_event: the old meeting life-cycle events are gone") {
  // Jitsi's own events replace them: {"type":"jitsi","name":"videoConferenceLeft"} and readyToClose.
  CHECK_FALSE(parse_platform_event(R"({"type":"meeting-joined"})"));
  CHECK_FALSE(parse_platform_event(R"({"type":"meeting-left"})"));
  CHECK_FALSE(parse_platform_event(R"({"type":"ready-to-close","extra":[1,2]})"));
}

TEST_CASE("parse_platform_event: a Jitsi event is decoded once, into its own type") {
  const auto joined = as<host::Jitsi>(parse_platform_event(
      R"({"type":"jitsi","name":"videoConferenceJoined","data":{"roomName":"cof-ab12cd34","id":"me1"}})"));
  const auto* conference = std::get_if<jitsi::ConferenceJoined>(&joined.event);
  REQUIRE(conference != nullptr);
  CHECK(conference->id == "me1");
  CHECK(conference->room_name == "cof-ab12cd34");

  const auto left = as<host::Jitsi>(parse_platform_event(R"({"type":"jitsi","name":"videoConferenceLeft","data":{}})"));
  CHECK(std::holds_alternative<jitsi::ConferenceLeft>(left.event));
  const auto close = as<host::Jitsi>(parse_platform_event(R"({"type":"jitsi","name":"readyToClose"})"));
  CHECK(std::holds_alternative<jitsi::ReadyToClose>(close.event));

  const auto notification = as<host::Jitsi>(parse_platform_event(
      R"({"type":"jitsi","name":"notificationTriggered",)"
      R"("data":{"title":"lobby.notificationTitle","description":"lobby.notificationLobbyEnabled"}})"));
  const auto* shown = std::get_if<jitsi::Notification>(&notification.event);
  REQUIRE(shown != nullptr);
  CHECK(*shown == jitsi::Notification{"lobby.notificationTitle", "lobby.notificationLobbyEnabled"});
  // Without a description, and with text to clean.
  const auto lock = as<host::Jitsi>(parse_platform_event(
      "{\"type\":\"jitsi\",\"name\":\"notificationTriggered\",\"data\":{\"title\":\"\\u202edialog.lockTitle \"}}"));
  CHECK(std::get<jitsi::Notification>(lock.event) == jitsi::Notification{"dialog.lockTitle", ""});

  // The carried event is the one parse_jitsi_event gives for the same text.
  const std::string text = R"({"type":"jitsi","name":"participantRoleChanged","data":{"id":"a1","role":"moderator"}})";
  CHECK(as<host::Jitsi>(parse_platform_event(text)).event == *parse_jitsi_event(text));

  // A Jitsi event that its own parser refuses is no event at all.
  CHECK_FALSE(parse_platform_event(R"({"type":"jitsi","name":"participantJoined"})"));  // no id
  CHECK_FALSE(parse_platform_event(R"({"type":"jitsi","name":"noSuchEvent","data":{}})"));
  CHECK_FALSE(parse_platform_event(R"({"type":"jitsi","name":"readyToClose","data":[1]})"));
  CHECK_FALSE(parse_platform_event(R"({"type":"jitsi"})"));
}

TEST_CASE("parse_platform_event: script load failures, with or without a reason") {
  CHECK(as<host::ScriptLoadFailed>(parse_platform_event(R"({"type":"script-load-failed","reason":"network error"})"))
            .reason == "network error");
  CHECK(as<host::ScriptLoadFailed>(parse_platform_event(R"({"type":"script-load-failed"})")).reason.empty());
}

TEST_CASE("parse_platform_event: clipboard results") {
  const auto done = as<host::Clipboard>(parse_platform_event(R"({"type":"clipboard","ok":true})"));
  CHECK(done.ok);
  CHECK(done.detail.empty());
  const auto denied =
      as<host::Clipboard>(parse_platform_event(R"({"type":"clipboard","ok":false,"detail":"Permission denied"})"));
  CHECK_FALSE(denied.ok);
  CHECK(denied.detail == "Permission denied");
}

TEST_CASE("parse_platform_event: media-state names each device's status") {
  const auto state = as<host::MediaState>(parse_platform_event(
      R"({"type":"media-state","camera":"denied","microphone":"live","detail":"NotAllowedError"})"));
  CHECK(state.camera == DeviceStatus::Denied);
  CHECK(state.microphone == DeviceStatus::Live);
  CHECK(state.detail == "NotAllowedError");

  // Every status name reads back to its status.
  for (const DeviceStatus status : {DeviceStatus::Off, DeviceStatus::Starting, DeviceStatus::Live,
                                    DeviceStatus::Denied, DeviceStatus::Missing, DeviceStatus::Busy,
                                    DeviceStatus::Insecure, DeviceStatus::Unsupported, DeviceStatus::Failed}) {
    const std::string name(device_status_name(status));
    CAPTURE(name);
    const auto event = as<host::MediaState>(parse_platform_event(
        R"({"type":"media-state","camera":")" + name + R"(","microphone":"off"})"));
    CHECK(event.camera == status);
    CHECK(event.microphone == DeviceStatus::Off);
    CHECK(event.detail.empty());
  }

  // The detail is outside text: cleaned of control and bidi characters, cut to 300 bytes.
  const auto cleaned = as<host::MediaState>(parse_platform_event(
      "{\"type\":\"media-state\",\"camera\":\"error\",\"microphone\":\"busy\",\"detail\":\"\\u202eoops\\u0007 \"}"));
  CHECK(cleaned.detail == "oops");
  const auto long_detail = as<host::MediaState>(parse_platform_event(
      R"({"type":"media-state","camera":"error","microphone":"busy","detail":")" + std::string(1000, 'x') + "\"}"));
  CHECK(long_detail.detail.size() == 300);

  CHECK_FALSE(parse_platform_event(R"({"type":"media-state","camera":"on","microphone":"live"})"));  // unknown name
  CHECK_FALSE(parse_platform_event(R"({"type":"media-state","camera":"live"})"));
  CHECK_FALSE(parse_platform_event(R"({"type":"media-state","camera":true,"microphone":"live"})"));
  CHECK_FALSE(parse_platform_event(R"({"type":"media-state","camera":"live","microphone":"live","detail":5})"));
}

TEST_CASE("parse_platform_event: media-devices keeps good entries and skips bad ones") {
  const auto devices = as<host::MediaDevices>(parse_platform_event(R"({"type":"media-devices",
      "cameras":[{"id":"c1","label":"Front camera"},{"label":"no id"},{"id":7,"label":"number id"},"c2",null,
                 {"id":"c3"}],
      "microphones":[{"id":"m1","label":"Mic \u202e1"}],
      "speakers":[{"id":"","label":"Default"}],
      "canPickSpeaker":true})"));
  CHECK(devices.devices.cameras == std::vector<MediaDevice>{{"c1", "Front camera"}, {"c3", ""}});
  CHECK(devices.devices.microphones == std::vector<MediaDevice>{{"m1", "Mic 1"}});
  CHECK(devices.devices.speakers == std::vector<MediaDevice>{{"", "Default"}});
  CHECK(devices.devices.can_pick_speaker);

  // Missing lists are empty; an overlong id is skipped; a label is cut; at most 32 per kind.
  std::string many = R"({"type":"media-devices","cameras":[)";
  for (int i = 0; i < 40; ++i) many += (i ? "," : "") + std::string(R"({"id":"c)") + std::to_string(i) + "\"}";
  many += R"(],"microphones":[{"id":")" + std::string(kMaxDeviceIdBytes + 1, 'm') + R"("},{"id":"ok","label":")" +
          std::string(500, 'L') + "\"}]}";
  const auto capped = as<host::MediaDevices>(parse_platform_event(many));
  CHECK(capped.devices.cameras.size() == kMaxDevicesPerKind);
  CHECK(capped.devices.cameras.front().id == "c0");
  REQUIRE(capped.devices.microphones.size() == 1);
  CHECK(capped.devices.microphones[0].id == "ok");
  CHECK(capped.devices.microphones[0].label.size() == kMaxDeviceLabelBytes);
  CHECK(capped.devices.speakers.empty());
  CHECK_FALSE(capped.devices.can_pick_speaker);

  CHECK_FALSE(parse_platform_event(R"({"type":"media-devices","cameras":{"id":"c1"}})"));
  CHECK_FALSE(parse_platform_event(R"({"type":"media-devices","canPickSpeaker":"yes"})"));
}

TEST_CASE("parse_platform_event: media-level is clamped to 0..100") {
  CHECK(as<host::MediaLevel>(parse_platform_event(R"({"type":"media-level","level":42})")).level == 42);
  CHECK(as<host::MediaLevel>(parse_platform_event(R"({"type":"media-level","level":42.9})")).level == 42);
  CHECK(as<host::MediaLevel>(parse_platform_event(R"({"type":"media-level","level":250})")).level == 100);
  CHECK(as<host::MediaLevel>(parse_platform_event(R"({"type":"media-level","level":1e300})")).level == 100);
  CHECK(as<host::MediaLevel>(parse_platform_event(R"({"type":"media-level","level":-3})")).level == 0);
  CHECK_FALSE(parse_platform_event(R"({"type":"media-level","level":"50"})"));
  CHECK_FALSE(parse_platform_event(R"({"type":"media-level"})"));
}

TEST_CASE("parse_platform_event: speaker-test and wake") {
  const auto played = as<host::SpeakerTest>(parse_platform_event(R"({"type":"speaker-test","ok":true})"));
  CHECK(played.ok);
  CHECK(played.detail.empty());
  const auto refused = as<host::SpeakerTest>(
      parse_platform_event("{\"type\":\"speaker-test\",\"ok\":false,\"detail\":\"NotAllowedError\\u0000\"}"));
  CHECK_FALSE(refused.ok);
  CHECK(refused.detail == "NotAllowedError");
  CHECK_FALSE(parse_platform_event(R"({"type":"speaker-test"})"));
  CHECK_FALSE(parse_platform_event(R"({"type":"speaker-test","ok":true,"detail":[]})"));

  as<host::Wake>(parse_platform_event(R"({"type":"wake"})"));
  as<host::Wake>(parse_platform_event(R"({"type":"wake","extra":1})"));
  CHECK(as<host::LockGranted>(parse_platform_event(R"({"type":"lock","name":"cofinix.schedules"})")).name ==
        "cofinix.schedules");
  CHECK_FALSE(parse_platform_event(R"({"type":"lock"})"));
  const auto pressed = as<host::Accessible>(parse_platform_event(R"({"type":"a11y","action":"press","name":"join-now"})"));
  CHECK(pressed.press);
  CHECK(pressed.name == "join-now");
  CHECK_FALSE(as<host::Accessible>(parse_platform_event(R"({"type":"a11y","action":"focus","name":"name"})")).press);
  CHECK_FALSE(parse_platform_event(R"({"type":"a11y","action":"explode","name":"name"})"));
  CHECK_FALSE(parse_platform_event(R"({"type":"a11y","action":"press"})"));
  CHECK_FALSE(parse_platform_event(R"({"type":"lock","name":7})"));
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
