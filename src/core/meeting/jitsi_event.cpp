#include "core/meeting/jitsi_event.h"

#include <nlohmann/json.hpp>

#include "core/text/json_util.h"
#include "core/meeting/display_name.h"
#include "core/text/utf8.h"

namespace cofx {

namespace {

using nlohmann::json;
using namespace jitsi;

const json* field(const json& object, const char* name) {
  if (!object.is_object()) return nullptr;
  const auto found = object.find(name);
  return found == object.end() ? nullptr : &*found;
}

// Cleaned text cut to max_bytes; anything but a string is empty. Cutting first bounds
// the work for a huge value.
std::string text(const json& object, const char* name, std::size_t max_bytes) {
  const json* value = field(object, name);
  if (value == nullptr || !value->is_string()) return {};
  const std::string_view raw = value->get_ref<const std::string&>();
  const std::string cleaned = clean_display_name(utf8::prefix_bytes(raw, 4 * max_bytes));
  return std::string(utf8::trim(utf8::prefix_bytes(cleaned, max_bytes)));  // a cut can end in a space
}

std::string display_name(const json& object, const char* key = "displayName") {
  std::string name = text(object, key, 4 * kDisplayNameMaxChars);
  std::size_t end = 0;
  for (std::size_t count = 0; end < name.size() && count < kDisplayNameMaxChars; ++count) {
    end += utf8::decode(name, end).length;
  }
  return std::string(utf8::trim(std::string_view(name).substr(0, end)));
}

// A participant id: 1 to kMaxIdBytes of printable ASCII, else nullopt.
std::optional<std::string> id(const json& object, const char* name = "id") {
  const json* value = field(object, name);
  if (value == nullptr || !value->is_string()) return std::nullopt;
  const std::string& raw = value->get_ref<const std::string&>();
  if (raw.empty() || raw.size() > kMaxIdBytes) return std::nullopt;
  for (char c : raw) {
    if (c <= 0x20 || c >= 0x7F) return std::nullopt;
  }
  return raw;
}

std::optional<bool> boolean(const json& object, const char* name) {
  const json* value = field(object, name);
  if (value == nullptr || !value->is_boolean()) return std::nullopt;
  return value->get<bool>();
}

std::optional<JitsiEvent> parse_data(std::string_view name, const json& data) {
  if (name == "videoConferenceJoined") {
    return ConferenceJoined{text(data, "roomName", kMaxShortTextBytes), id(data).value_or(""),
                            display_name(data)};
  }
  if (name == "videoConferenceLeft") {
    return ConferenceLeft{text(data, "roomName", kMaxShortTextBytes)};
  }
  if (name == "readyToClose") return ReadyToClose{};
  if (name == "participantJoined") {
    const auto who = id(data);
    if (!who) return std::nullopt;
    return ParticipantJoined{*who, display_name(data)};
  }
  if (name == "participantLeft") {
    const auto who = id(data);
    if (!who) return std::nullopt;
    return ParticipantLeft{*who};
  }
  if (name == "participantRoleChanged") {
    const auto who = id(data);
    if (!who) return std::nullopt;
    return RoleChanged{*who, text(data, "role", kMaxShortTextBytes)};
  }
  if (name == "participantKickedOut") {
    const json* kicked = field(data, "kicked");
    if (kicked == nullptr || !kicked->is_object()) return std::nullopt;
    KickedOut event;
    event.kicked_id = id(*kicked).value_or("");
    event.kicked_local = boolean(*kicked, "local").value_or(false);
    if (const json* kicker = field(data, "kicker")) event.kicker_id = id(*kicker).value_or("");
    return event;
  }
  if (name == "passwordRequired") return PasswordRequired{};
  if (name == "errorOccurred") {
    // API.js sends {error: {...}}; a flat object is read the same way.
    const json* nested = field(data, "error");
    const json& error = nested != nullptr && nested->is_object() ? *nested : data;
    return ConferenceError{text(error, "name", kMaxShortTextBytes),
                           text(error, "message", kMaxMessageBytes),
                           text(error, "details", kMaxMessageBytes),
                           text(error, "type", kMaxShortTextBytes),
                           boolean(error, "isFatal").value_or(false)};
  }
  if (name == "browserSupport") {
    const auto supported = boolean(data, "supported");
    if (!supported) return std::nullopt;
    return BrowserSupport{*supported};
  }
  if (name == "cameraError") {
    return CameraError{text(data, "type", kMaxShortTextBytes),
                       text(data, "message", kMaxMessageBytes)};
  }
  if (name == "micError") {
    return MicError{text(data, "type", kMaxShortTextBytes),
                    text(data, "message", kMaxMessageBytes)};
  }
  if (name == "recordingStatusChanged") {
    const auto on = boolean(data, "on");
    if (!on) return std::nullopt;
    return RecordingStatus{*on, text(data, "mode", kMaxShortTextBytes),
                           text(data, "error", kMaxShortTextBytes)};
  }
  if (name == "notificationTriggered") {
    return Notification{text(data, "title", kMaxShortTextBytes), text(data, "description", kMaxShortTextBytes)};
  }
  if (name == "knockingParticipant") {
    const json* guest = field(data, "participant");
    const auto who = guest != nullptr ? id(*guest) : std::nullopt;
    if (!who) return std::nullopt;
    return Knocking{*who, display_name(*guest, "name")};
  }
  if (name == "displayNameChange") {
    const auto who = id(data);
    if (!who) return std::nullopt;
    return NameChanged{*who, display_name(data, "displayname")};
  }
  if (name == "raiseHandUpdated") {
    const auto who = id(data);
    const json* hand = field(data, "handRaised");
    if (!who || hand == nullptr) return std::nullopt;
    if (hand->is_boolean()) return HandRaised{*who, hand->get<bool>(), 0};
    if (!hand->is_number()) return std::nullopt;
    const double at = hand->get<double>();
    if (!(at >= 0 && at < 1e15)) return std::nullopt;  // NaN, negative or absurd
    return HandRaised{*who, at > 0, at};
  }
  if (name == "participantMuted") {
    const auto who = id(data);
    const auto muted = boolean(data, "isMuted");
    if (!who || !muted) return std::nullopt;
    const std::string media = text(data, "mediaType", kMaxShortTextBytes);
    if (media != "audio" && media != "video") return std::nullopt;
    return Muted{*who, *muted, media == "video"};
  }
  return std::nullopt;
}

DeviceHint device_hint(std::string_view type, bool camera) {
  using P = DeviceHint::Problem;
  if (type == "gum.permission_denied") return {P::Blocked, camera};
  if (type == "gum.not_found") return {P::NotFound, camera};
  if (type == "gum.constraint_failed" || type == "gum.unsupported_resolution") return {P::Unsupported, camera};
  if (type == "gum.timeout") return {P::Timeout, camera};
  return {P::Failed, camera};
}

}  // namespace

std::optional<JitsiEvent> parse_jitsi_event(std::string_view json_text) {
  const auto document = json_util::parse(json_text);
  if (document.is_discarded() || !document.is_object()) return std::nullopt;
  const json* type = field(document, "type");
  const json* name = field(document, "name");
  if (type == nullptr || !type->is_string() || *type != "jitsi") return std::nullopt;
  if (name == nullptr || !name->is_string()) return std::nullopt;
  const json* data = field(document, "data");
  if (data == nullptr) return parse_data(name->get_ref<const std::string&>(), json::object());
  if (!data->is_object()) return std::nullopt;
  return parse_data(name->get_ref<const std::string&>(), *data);
}

std::optional<JitsiEnd> meeting_end(const JitsiEvent& event, std::string_view local_id) {
  using K = JitsiEnd::Kind;
  if (const auto* kicked = std::get_if<KickedOut>(&event)) {
    if (kicked->kicked_local || (!local_id.empty() && kicked->kicked_id == local_id)) return JitsiEnd{K::Kicked, {}};
    return std::nullopt;
  }
  if (const auto* support = std::get_if<BrowserSupport>(&event)) {
    if (support->supported) return std::nullopt;
    return JitsiEnd{K::UnsupportedBrowser, {}};
  }
  const auto* error = std::get_if<ConferenceError>(&event);
  if (error == nullptr) return std::nullopt;
  if (error->name == "conference.destroyed") return JitsiEnd{K::EndedForAll, {}};
  if (error->name == "conference.max_users") return JitsiEnd{K::Full, {}};
  if (error->name == "conference.connectionError.accessDenied") return JitsiEnd{K::NotLetIn, {}};
  if (!error->fatal) return std::nullopt;
  if (error->type == "CONNECTION") return JitsiEnd{K::ConnectionLost, error->name};
  if (error->type == "CONFIG") return JitsiEnd{K::ConfigFailed, error->name};
  return JitsiEnd{K::Failed, error->name};
}

std::optional<DeviceHint> hint_for(const JitsiEvent& event) {
  if (const auto* camera = std::get_if<CameraError>(&event)) return device_hint(camera->type, true);
  if (const auto* mic = std::get_if<MicError>(&event)) return device_hint(mic->type, false);
  return std::nullopt;
}

RecordingKind recording_kind(const RecordingStatus& status) {
  if (!status.on) return RecordingKind::Off;
  return status.mode == "stream" ? RecordingKind::Streaming : RecordingKind::Recording;
}

}  // namespace cofx
