#include <doctest/doctest.h>

#include <string>

#include "app/words/meeting_words.h"
#include "core/meeting/jitsi_event.h"

using namespace cofx;
using namespace cofx::jitsi;

namespace {

// Core's typed outcome, said in words by app/words/meeting_words.h.
std::optional<std::string> end_sentence(const JitsiEvent& event, std::string_view local_id = {}) {
  if (const auto end = meeting_end(event, local_id)) return describe(*end);
  return std::nullopt;
}
std::optional<std::string> hint_sentence(const JitsiEvent& event) {
  if (const auto hint = hint_for(event)) return describe(*hint);
  return std::nullopt;
}

std::string event(std::string_view name, std::string_view data) {
  return R"({"type":"jitsi","name":")" + std::string(name) + R"(","data":)" + std::string(data) +
         "}";
}

template <typename T>
T parsed(const std::string& text) {
  const auto result = parse_jitsi_event(text);
  REQUIRE(result.has_value());
  REQUIRE(std::holds_alternative<T>(*result));
  return std::get<T>(*result);
}

}  // namespace

TEST_CASE("jitsi events: conference joined, left, ready to close") {
  const auto joined = parsed<ConferenceJoined>(event(
      "videoConferenceJoined",
      R"({"roomName":"cof-ab12cd34","id":"a1b2c3d4","displayName":"Ann","breakoutRoom":false,)"
      R"("visitor":false,"avatarURL":"x"})"));
  CHECK(joined == ConferenceJoined{"cof-ab12cd34", "a1b2c3d4", "Ann"});
  CHECK(parsed<ConferenceLeft>(event("videoConferenceLeft", R"({"roomName":"r"})")).room_name ==
        "r");
  parsed<ReadyToClose>(R"({"type":"jitsi","name":"readyToClose"})");
}

TEST_CASE("jitsi events: participants") {
  CHECK(parsed<ParticipantJoined>(event("participantJoined",
                                        R"({"id":"e5f6","displayName":"Bo","formattedDisplayName":"Bo"})")) ==
        ParticipantJoined{"e5f6", "Bo"});
  CHECK(parsed<ParticipantJoined>(event("participantJoined", R"({"id":"e5f6"})")) ==
        ParticipantJoined{"e5f6", ""});
  CHECK(parsed<ParticipantLeft>(event("participantLeft", R"({"id":"e5f6"})")).id == "e5f6");
  CHECK(parsed<RoleChanged>(event("participantRoleChanged", R"({"id":"a1","role":"moderator"})")) ==
        RoleChanged{"a1", "moderator"});
}

TEST_CASE("jitsi events: kicked out, locally and remotely") {
  const auto me = parsed<KickedOut>(event(
      "participantKickedOut",
      R"({"kicked":{"id":"a1","name":"Ann","local":true},"kicker":{"id":"m1","name":"Mod"}})"));
  CHECK(me == KickedOut{"a1", true, "m1"});
  CHECK(meeting_end(me) == JitsiEnd{JitsiEnd::Kind::Kicked, ""});
  CHECK(end_sentence(me) == "You were removed from the meeting by a moderator.");

  const auto other = parsed<KickedOut>(
      event("participantKickedOut", R"({"kicked":{"id":"b2"},"kicker":{"id":"m1","local":true}})"));
  CHECK_FALSE(other.kicked_local);
  CHECK_FALSE(end_sentence(other).has_value());
  CHECK(end_sentence(other, "b2") == "You were removed from the meeting by a moderator.");
  CHECK_FALSE(end_sentence(other, "a1").has_value());

  // The kicker may be unknown (Jitsi sends {id: undefined}).
  CHECK(parsed<KickedOut>(event("participantKickedOut", R"({"kicked":{"local":true},"kicker":{}})")) ==
        KickedOut{"", true, ""});
}

TEST_CASE("jitsi events: errors, fatal or not") {
  const auto dropped = parsed<ConferenceError>(event(
      "errorOccurred",
      R"({"error":{"name":"connection.droppedError","message":"gone","type":"CONNECTION",)"
      R"("isFatal":true,"details":{"x":1}}})"));
  CHECK(dropped == ConferenceError{"connection.droppedError", "gone", "", "CONNECTION", true});
  CHECK(end_sentence(dropped).value().find("connection to the meeting server was lost") !=
        std::string::npos);

  const auto ice = parsed<ConferenceError>(event(
      "errorOccurred", R"({"error":{"name":"conference.iceFailed","type":"CONFERENCE","isFatal":true}})"));
  CHECK(meeting_end(ice) == JitsiEnd{JitsiEnd::Kind::Failed, "conference.iceFailed"});
  CHECK(end_sentence(ice).value().find("conference.iceFailed") != std::string::npos);
  CHECK(end_sentence(ice) == "The meeting failed and could not continue (conference.iceFailed). Please join again.");

  const auto config = parsed<ConferenceError>(
      event("errorOccurred", R"({"error":{"name":"x","type":"CONFIG","isFatal":true}})"));
  CHECK(meeting_end(config) == JitsiEnd{JitsiEnd::Kind::ConfigFailed, "x"});
  CHECK(end_sentence(config).value().find("settings") != std::string::npos);

  // Not fatal: Jitsi reconnects on its own, so the meeting stays.
  const auto transient = parsed<ConferenceError>(event(
      "errorOccurred", R"({"error":{"name":"conference.connectionError","type":"CONFERENCE","isFatal":false}})"));
  CHECK_FALSE(end_sentence(transient).has_value());

  for (const char* name : {"conference.destroyed", "conference.max_users",
                           "conference.connectionError.accessDenied"}) {
    CAPTURE(name);
    const auto ended = parsed<ConferenceError>(
        event("errorOccurred", R"({"error":{"name":")" + std::string(name) + R"(","isFatal":false}})"));
    CHECK(end_sentence(ended).has_value());
  }

  // A flat payload is read the same way.
  CHECK(parsed<ConferenceError>(event("errorOccurred", R"({"name":"n","isFatal":true})")).fatal);
}

TEST_CASE("jitsi events: browser support, password, recording") {
  const auto unsupported = parsed<BrowserSupport>(event("browserSupport", R"({"supported":false})"));
  CHECK(end_sentence(unsupported).value().find("browser") != std::string::npos);
  CHECK_FALSE(end_sentence(parsed<BrowserSupport>(event("browserSupport", R"({"supported":true})"))));

  parsed<PasswordRequired>(event("passwordRequired", "{}"));

  const auto recording = parsed<RecordingStatus>(
      event("recordingStatusChanged", R"({"on":true,"mode":"file","transcription":false})"));
  CHECK(recording == RecordingStatus{true, "file", ""});
  CHECK(recording_kind(recording) == RecordingKind::Recording);
  CHECK(describe(recording_kind(recording)) == "Recording");
  CHECK(describe(recording_kind({true, "stream", ""})) == "Live streaming");
  const auto failed = parsed<RecordingStatus>(
      event("recordingStatusChanged", R"({"on":false,"mode":"file","error":"recording.busy"})"));
  CHECK(failed.error == "recording.busy");
  CHECK(recording_kind(failed) == RecordingKind::Off);
  CHECK(describe(recording_kind(failed)) == "");
}

TEST_CASE("jitsi events: camera and microphone errors become hints") {
  const auto camera = parsed<CameraError>(
      event("cameraError", R"({"type":"gum.permission_denied","message":"Permission denied"})"));
  CHECK(hint_for(camera) == DeviceHint{DeviceHint::Problem::Blocked, true});
  CHECK(hint_sentence(camera).value().find("blocked the camera") != std::string::npos);
  CHECK_FALSE(end_sentence(camera).has_value());

  const auto mic = parsed<MicError>(event("micError", R"({"type":"gum.not_found"})"));
  CHECK(hint_for(mic) == DeviceHint{DeviceHint::Problem::NotFound, false});
  CHECK(hint_sentence(mic).value().find("No microphone") != std::string::npos);

  const auto odd = parsed<MicError>(event("micError", R"({"type":42})"));
  CHECK(odd.type.empty());
  CHECK(hint_sentence(odd).value().find("microphone could not be started") != std::string::npos);

  CHECK_FALSE(hint_for(JitsiEvent{PasswordRequired{}}).has_value());
}

TEST_CASE("jitsi events: hostile payloads are refused or cleaned") {
  for (const std::string& text : {
           std::string("nope"), std::string("[]"), std::string("{}"),
           std::string(R"({"type":"route","name":"participantJoined","data":{"id":"a"}})"),
           std::string(R"({"type":"jitsi","name":7})"),
           std::string(R"({"type":"jitsi","name":"somethingElse","data":{}})"),
           std::string(R"({"type":"jitsi","name":"participantJoined","data":"x"})"),
           std::string(R"({"type":"jitsi","name":"participantJoined","data":[1]})"),
           event("participantJoined", "{}"),
           event("participantJoined", R"({"id":42})"),
           event("participantJoined", R"({"id":""})"),
           event("participantJoined", R"({"id":"has space"})"),
           event("participantJoined", R"({"id":"\u0000"})"),
           event("participantJoined", R"({"id":")" + std::string(200, 'a') + "\"}"),
           event("participantLeft", R"({"id":{"$gt":""}})"),
           event("participantRoleChanged", R"({"role":"moderator"})"),
           event("participantKickedOut", R"({"kicked":true})"),
           event("participantKickedOut", R"({})"),
           event("browserSupport", R"({"supported":"no"})"),
           event("browserSupport", R"({})"),
           event("recordingStatusChanged", R"({"on":1})"),
       }) {
    CAPTURE(text.substr(0, 120));
    CHECK_FALSE(parse_jitsi_event(text).has_value());
  }

  const auto rtl = parsed<ParticipantJoined>(event(
      "participantJoined",
      R"({"id":"a1","displayName":"<img src=x onerror=alert(1)>\u202Egnp.exe\u0000\u0007"})"));
  CHECK(rtl.display_name == "<img src=x onerror=alert(1)>gnp.exe");  // shown as text, never HTML

  const std::string huge(1 << 20, 'x');
  const auto big = parsed<ParticipantJoined>(
      event("participantJoined", R"({"id":"a1","displayName":")" + huge + "\"}"));
  CHECK(big.display_name == std::string(64, 'x'));
  const auto big_error = parsed<ConferenceError>(event(
      "errorOccurred", R"({"error":{"name":")" + huge + R"(","message":")" + huge + "\"}}"));
  CHECK(big_error.name.size() == kMaxShortTextBytes);
  CHECK(big_error.message.size() == kMaxMessageBytes);

  const auto nested = parsed<ConferenceJoined>(event(
      "videoConferenceJoined",
      R"({"roomName":{"a":[[[[[[]]]]]]},"id":["x"],"displayName":null,"junk":)" +
          std::string(40, '[') + std::string(40, ']') + "}"));
  CHECK(nested == ConferenceJoined{"", "", ""});
  // Deeper than any real event: refused before nlohmann/json builds it (json_util::kMaxJsonDepth).
  CHECK_FALSE(parse_jitsi_event(event("videoConferenceJoined", R"({"id":"a1","junk":)" + std::string(500, '[') +
                                                                   std::string(500, ']') + "}"))
                  .has_value());
}
