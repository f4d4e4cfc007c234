#include <doctest/doctest.h>

#include <string>

#include "core/meeting/jitsi_event.h"

using namespace cofx;
using namespace cofx::jitsi;

namespace {

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
  CHECK(meeting_end_reason(me) == "You were removed from the meeting by a moderator.");

  const auto other = parsed<KickedOut>(
      event("participantKickedOut", R"({"kicked":{"id":"b2"},"kicker":{"id":"m1","local":true}})"));
  CHECK_FALSE(other.kicked_local);
  CHECK_FALSE(meeting_end_reason(other).has_value());
  CHECK(meeting_end_reason(other, "b2") == "You were removed from the meeting by a moderator.");
  CHECK_FALSE(meeting_end_reason(other, "a1").has_value());

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
  CHECK(meeting_end_reason(dropped).value().find("connection to the meeting server was lost") !=
        std::string::npos);

  const auto ice = parsed<ConferenceError>(event(
      "errorOccurred", R"({"error":{"name":"conference.iceFailed","type":"CONFERENCE","isFatal":true}})"));
  CHECK(meeting_end_reason(ice).value().find("conference.iceFailed") != std::string::npos);

  const auto config = parsed<ConferenceError>(
      event("errorOccurred", R"({"error":{"name":"x","type":"CONFIG","isFatal":true}})"));
  CHECK(meeting_end_reason(config).value().find("settings") != std::string::npos);

  // Not fatal: Jitsi reconnects on its own, so the meeting stays.
  const auto transient = parsed<ConferenceError>(event(
      "errorOccurred", R"({"error":{"name":"conference.connectionError","type":"CONFERENCE","isFatal":false}})"));
  CHECK_FALSE(meeting_end_reason(transient).has_value());

  for (const char* name : {"conference.destroyed", "conference.max_users",
                           "conference.connectionError.accessDenied"}) {
    CAPTURE(name);
    const auto ended = parsed<ConferenceError>(
        event("errorOccurred", R"({"error":{"name":")" + std::string(name) + R"(","isFatal":false}})"));
    CHECK(meeting_end_reason(ended).has_value());
  }

  // A flat payload is read the same way.
  CHECK(parsed<ConferenceError>(event("errorOccurred", R"({"name":"n","isFatal":true})")).fatal);
}

TEST_CASE("jitsi events: browser support, password, recording") {
  const auto unsupported = parsed<BrowserSupport>(event("browserSupport", R"({"supported":false})"));
  CHECK(meeting_end_reason(unsupported).value().find("browser") != std::string::npos);
  CHECK_FALSE(meeting_end_reason(parsed<BrowserSupport>(event("browserSupport", R"({"supported":true})"))));

  parsed<PasswordRequired>(event("passwordRequired", "{}"));

  const auto recording = parsed<RecordingStatus>(
      event("recordingStatusChanged", R"({"on":true,"mode":"file","transcription":false})"));
  CHECK(recording == RecordingStatus{true, "file", ""});
  CHECK(recording_label(recording) == "Recording");
  CHECK(recording_label({true, "stream", ""}) == "Live streaming");
  const auto failed = parsed<RecordingStatus>(
      event("recordingStatusChanged", R"({"on":false,"mode":"file","error":"recording.busy"})"));
  CHECK(failed.error == "recording.busy");
  CHECK(recording_label(failed) == "");
}

TEST_CASE("jitsi events: camera and microphone errors become hints") {
  const auto camera = parsed<CameraError>(
      event("cameraError", R"({"type":"gum.permission_denied","message":"Permission denied"})"));
  CHECK(hint_for(camera).value().find("blocked the camera") != std::string::npos);
  CHECK_FALSE(meeting_end_reason(camera).has_value());

  const auto mic = parsed<MicError>(event("micError", R"({"type":"gum.not_found"})"));
  CHECK(hint_for(mic).value().find("No microphone") != std::string::npos);

  const auto odd = parsed<MicError>(event("micError", R"({"type":42})"));
  CHECK(odd.type.empty());
  CHECK(hint_for(odd).value().find("microphone could not be started") != std::string::npos);

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
