// Jitsi event payloads forwarded by the bridge: parse_jitsi_event(). Besides the
// raw input, the input is also wrapped as the data of each known event, so the
// mutations reach every event's field checks.
#include "fuzz_check.h"

#include <array>

#include <nlohmann/json.hpp>

#include "app/words/meeting_words.h"
#include "core/meeting/display_name.h"
#include "core/meeting/jitsi_event.h"
#include "utf8_count.h"

using namespace cofx;
using namespace cofx::jitsi;

namespace {

constexpr std::array<const char*, 18> kNames = {
    "videoConferenceJoined", "videoConferenceLeft", "readyToClose", "participantJoined",
    "participantLeft", "participantRoleChanged", "participantKickedOut", "passwordRequired",
    "errorOccurred", "browserSupport", "cameraError", "micError", "recordingStatusChanged",
    "notificationTriggered", "knockingParticipant", "displayNameChange", "raiseHandUpdated",
    "participantMuted"};

void check_id(const std::string& id, bool required) {
  FUZZ_CHECK(!required || !id.empty());
  FUZZ_CHECK(id.size() <= kMaxIdBytes);
  for (char c : id) FUZZ_CHECK(c > 0x20 && c < 0x7F);
}

void check_text(const std::string& text, std::size_t max_bytes) {
  FUZZ_CHECK(text.size() <= max_bytes);
  FUZZ_CHECK(clean_display_name(text) == text);
}

void check_fields(const ConferenceJoined& e) {
  check_id(e.id, false);
  check_text(e.room_name, kMaxShortTextBytes);
  check_text(e.display_name, 4 * kDisplayNameMaxChars);
  FUZZ_CHECK(fuzz::code_points(e.display_name) <= kDisplayNameMaxChars);
}
void check_fields(const ParticipantJoined& e) {
  check_id(e.id, true);
  check_text(e.display_name, 4 * kDisplayNameMaxChars);
  FUZZ_CHECK(fuzz::code_points(e.display_name) <= kDisplayNameMaxChars);
}
void check_fields(const ParticipantLeft& e) { check_id(e.id, true); }
void check_fields(const RoleChanged& e) {
  check_id(e.id, true);
  check_text(e.role, kMaxShortTextBytes);
}
void check_fields(const KickedOut& e) {
  check_id(e.kicked_id, false);
  check_id(e.kicker_id, false);
}
void check_fields(const ConferenceError& e) {
  check_text(e.name, kMaxShortTextBytes);
  check_text(e.type, kMaxShortTextBytes);
  check_text(e.message, kMaxMessageBytes);
  check_text(e.details, kMaxMessageBytes);
}
void check_fields(const CameraError& e) {
  check_text(e.type, kMaxShortTextBytes);
  check_text(e.message, kMaxMessageBytes);
}
void check_fields(const MicError& e) {
  check_text(e.type, kMaxShortTextBytes);
  check_text(e.message, kMaxMessageBytes);
}
void check_fields(const RecordingStatus& e) {
  check_text(e.mode, kMaxShortTextBytes);
  check_text(e.error, kMaxShortTextBytes);
}
void check_fields(const Notification& e) {
  check_text(e.title, kMaxShortTextBytes);
  check_text(e.description, kMaxShortTextBytes);
}
void check_fields(const ConferenceLeft& e) { check_text(e.room_name, kMaxShortTextBytes); }
void check_name(const std::string& name) {
  check_text(name, 4 * kDisplayNameMaxChars);
  FUZZ_CHECK(fuzz::code_points(name) <= kDisplayNameMaxChars);
}
void check_fields(const Knocking& e) {
  check_id(e.id, true);
  check_name(e.display_name);
}
void check_fields(const NameChanged& e) {
  check_id(e.id, true);
  check_name(e.display_name);
}
void check_fields(const HandRaised& e) {
  check_id(e.id, true);
  FUZZ_CHECK(e.raised_at >= 0 && e.raised_at < 1e15);
  FUZZ_CHECK(!(e.raised_at > 0) || e.raised);
}
void check_fields(const Muted& e) { check_id(e.id, true); }
void check_fields(const ReadyToClose&) {}
void check_fields(const PasswordRequired&) {}
void check_fields(const BrowserSupport&) {}

void check_event(const JitsiEvent& event) {
  std::visit([](const auto& e) { check_fields(e); }, event);
  if (const auto end = meeting_end(event, "a1")) FUZZ_CHECK(describe(*end).size() < 400);
  const auto hint = hint_for(event);
  FUZZ_CHECK(hint.has_value() ==
             (std::holds_alternative<CameraError>(event) || std::holds_alternative<MicError>(event)));
}

}  // namespace

static int test_one_input(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = fuzz::as_text(data, size);
  if (const auto event = parse_jitsi_event(input)) check_event(*event);

  if (size < 1) return 0;
  const auto payload = nlohmann::json::parse(input.substr(1), nullptr, false);
  if (payload.is_discarded()) return 0;
  const nlohmann::json envelope = {
      {"type", "jitsi"}, {"name", kNames[data[0] % kNames.size()]}, {"data", payload}};
  const std::string text =
      envelope.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  const auto event = parse_jitsi_event(text);
  if (event) check_event(*event);
  if (!payload.is_object()) FUZZ_CHECK(!event);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::on_small_stack([&] { return test_one_input(data, size); });
}
