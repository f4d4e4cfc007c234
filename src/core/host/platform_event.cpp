#include "core/host/platform_event.h"
#include "core/text/json_util.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/meeting/display_name.h"
#include "core/text/utf8.h"

namespace cofx {

namespace {

using nlohmann::json;

// Reads an optional string field into `out`; false when present with another type.
bool read_optional_string(const json& object, const char* name, std::string& out) {
  const auto field = object.find(name);
  if (field == object.end()) return true;
  if (!field->is_string()) return false;
  out = field->get_ref<const std::string&>();
  return true;
}

using json_util::bool_field;
using json_util::string_field;

std::optional<std::vector<MediaDevice>> device_list(const json& object, const char* name) {
  std::vector<MediaDevice> devices;
  const auto field = object.find(name);
  if (field == object.end()) return devices;
  if (!field->is_array()) return std::nullopt;
  for (const json& entry : *field) {
    if (devices.size() == kMaxDevicesPerKind) break;
    if (!entry.is_object()) continue;
    const std::string* id = string_field(entry, "id");
    if (id == nullptr || id->size() > kMaxDeviceIdBytes) continue;
    std::string label;
    if (const std::string* raw = string_field(entry, "label")) {
      label = clean_display_name(utf8::prefix_bytes(*raw, kMaxDeviceLabelBytes));
    }
    devices.push_back({*id, std::move(label)});
  }
  return devices;
}

std::optional<PlatformEvent> parse_media_state(const json& document) {
  const std::string* camera = string_field(document, "camera");
  const std::string* microphone = string_field(document, "microphone");
  if (camera == nullptr || microphone == nullptr) return std::nullopt;
  const auto camera_status = device_status_from_name(*camera);
  const auto microphone_status = device_status_from_name(*microphone);
  if (!camera_status || !microphone_status) return std::nullopt;
  host::MediaState state{*camera_status, *microphone_status, {}};
  if (!read_optional_string(document, "detail", state.detail)) return std::nullopt;
  state.detail = clean_display_name(utf8::prefix_bytes(state.detail, 300));
  return state;
}

std::optional<PlatformEvent> parse_media_devices(const json& document) {
  host::MediaDevices event;
  auto cameras = device_list(document, "cameras");
  auto microphones = device_list(document, "microphones");
  auto speakers = device_list(document, "speakers");
  if (!cameras || !microphones || !speakers) return std::nullopt;
  event.devices.cameras = std::move(*cameras);
  event.devices.microphones = std::move(*microphones);
  event.devices.speakers = std::move(*speakers);
  const auto can_pick = document.find("canPickSpeaker");
  if (can_pick != document.end()) {
    if (!can_pick->is_boolean()) return std::nullopt;
    event.devices.can_pick_speaker = can_pick->get<bool>();
  }
  return event;
}

}  // namespace

std::optional<PlatformEvent> parse_platform_event(std::string_view json_text) {
  const auto document = json_util::parse(json_text);
  if (document.is_discarded() || !document.is_object()) return std::nullopt;
  const std::string* type_name = string_field(document, "type");
  if (type_name == nullptr) return std::nullopt;
  const std::string& type = *type_name;

  if (type == "route") {
    const std::string* hash = string_field(document, "hash");
    if (hash == nullptr) return std::nullopt;
    return host::RouteChanged{*hash};
  }
  if (type == "meeting-opened") return host::MeetingOpened{};
  if (type == "wake") return host::Wake{};
  if (type == "update-ready") return host::UpdateReady{};
  if (type == "language") {
    const std::string* tag = string_field(document, "tag");
    const auto ok = bool_field(document, "ok");
    if (tag == nullptr || !ok || tag->size() > 35) return std::nullopt;
    return host::LanguageLoaded{*tag, *ok};
  }
  if (type == "connectivity") {
    const auto online = bool_field(document, "online");
    if (!online) return std::nullopt;
    return host::Connectivity{*online};
  }
  if (type == "a11y") {
    const std::string* action = string_field(document, "action");
    const std::string* name = string_field(document, "name");
    if (action == nullptr || name == nullptr || (*action != "focus" && *action != "press")) return std::nullopt;
    return host::Accessible{*action == "press", *name};
  }
  if (type == "lock") {
    const std::string* name = string_field(document, "name");
    if (name == nullptr) return std::nullopt;
    return host::LockGranted{*name};
  }
  if (type == "script-load-failed") {
    host::ScriptLoadFailed event;
    if (!read_optional_string(document, "reason", event.reason)) return std::nullopt;
    return event;
  }
  if (type == "jitsi") {
    auto event = parse_jitsi_event(json_text);
    if (!event) return std::nullopt;
    return host::Jitsi{std::move(*event)};
  }
  if (type == "clipboard") {
    const auto ok = bool_field(document, "ok");
    if (!ok) return std::nullopt;
    host::Clipboard event{*ok, {}};
    if (!read_optional_string(document, "detail", event.detail)) return std::nullopt;
    return event;
  }
  if (type == "action") {
    const std::string* name = string_field(document, "name");
    if (name == nullptr) return std::nullopt;
    return host::Action{*name};
  }
  if (type == "theme") {
    const auto dark = bool_field(document, "dark");
    if (!dark) return std::nullopt;
    return host::Theme{*dark};
  }
  if (type == "storage") {
    host::StorageChanged event;
    if (!read_optional_string(document, "key", event.key)) return std::nullopt;
    return event;
  }
  if (type == "file") {
    const std::string* purpose = string_field(document, "purpose");
    if (purpose == nullptr) return std::nullopt;
    host::FileOpened event;
    event.purpose = *purpose;
    if (!read_optional_string(document, "text", event.text) || !read_optional_string(document, "name", event.name) ||
        !read_optional_string(document, "error", event.error)) {
      return std::nullopt;
    }
    return event;
  }
  if (type == "fetched") {
    const std::string* purpose = string_field(document, "purpose");
    const auto ok = bool_field(document, "ok");
    if (purpose == nullptr || !ok) return std::nullopt;
    host::Fetched event{*purpose, *ok, {}};
    if (!read_optional_string(document, "text", event.text)) return std::nullopt;
    return event;
  }
  if (type == "media-state") return parse_media_state(document);
  if (type == "media-devices") return parse_media_devices(document);
  if (type == "media-level") {
    const auto level = document.find("level");
    if (level == document.end() || !level->is_number()) return std::nullopt;
    const double value = level->get<double>();
    if (!(value >= 0)) return host::MediaLevel{0};  // also NaN
    return host::MediaLevel{static_cast<int>(std::min(value, 100.0))};
  }
  if (type == "speaker-test") {
    const auto ok = bool_field(document, "ok");
    if (!ok) return std::nullopt;
    host::SpeakerTest event{*ok, {}};
    if (!read_optional_string(document, "detail", event.detail)) return std::nullopt;
    event.detail = clean_display_name(utf8::prefix_bytes(event.detail, 300));
    return event;
  }
  return std::nullopt;
}

}  // namespace cofx
