// The bridge's own events: parse_platform_event(). Each event type is decoded once into
// its own struct; the invariants say what each struct may hold given the input, and
// that an event written back as JSON reads back the same (no field changes meaning on
// a second pass: cleaning and clamping are idempotent).
#include "fuzz_check.h"

#include <string>
#include <type_traits>
#include <variant>

#include <nlohmann/json.hpp>

#include "core/meeting/display_name.h"
#include "core/host/platform_event.h"
#include "core/links/route.h"

using namespace cofx;
using nlohmann::json;

namespace {

template <typename... F> struct Overloaded : F... { using F::operator()...; };
template <typename... F> Overloaded(F...) -> Overloaded<F...>;

std::string dump(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

// The input's own string field, or "" when it is absent (the parser refuses other types).
std::string field_or_empty(const json& document, const char* name) {
  const auto found = document.find(name);
  return found != document.end() && found->is_string() ? found->get<std::string>() : std::string();
}

void check_cleaned(const std::string& text, std::size_t max_bytes) {
  FUZZ_CHECK(text.size() <= max_bytes);
  FUZZ_CHECK(clean_display_name(text) == text);
}

void check_devices(const std::vector<MediaDevice>& devices) {
  FUZZ_CHECK(devices.size() <= kMaxDevicesPerKind);
  for (const MediaDevice& device : devices) {
    FUZZ_CHECK(device.id.size() <= kMaxDeviceIdBytes);
    check_cleaned(device.label, kMaxDeviceLabelBytes);
  }
}

json devices_json(const std::vector<MediaDevice>& devices) {
  json list = json::array();
  for (const MediaDevice& device : devices) list.push_back({{"id", device.id}, {"label", device.label}});
  return list;
}

// The event written the way the bridge writes it; nullopt for a Jitsi event (its payload
// is Jitsi's, checked by fuzz_jitsi_event).
std::optional<json> encode(const PlatformEvent& event) {
  return std::visit(Overloaded{
      [](const host::RouteChanged& e) -> std::optional<json> { return json{{"type", "route"}, {"hash", e.hash}}; },
      [](const host::MeetingOpened&) -> std::optional<json> { return json{{"type", "meeting-opened"}}; },
      [](const host::ScriptLoadFailed& e) -> std::optional<json> {
        return json{{"type", "script-load-failed"}, {"reason", e.reason}};
      },
      [](const host::Jitsi&) -> std::optional<json> { return std::nullopt; },
      [](const host::Clipboard& e) -> std::optional<json> {
        return json{{"type", "clipboard"}, {"ok", e.ok}, {"detail", e.detail}};
      },
      [](const host::Action& e) -> std::optional<json> { return json{{"type", "action"}, {"name", e.name}}; },
      [](const host::Theme& e) -> std::optional<json> { return json{{"type", "theme"}, {"dark", e.dark}}; },
      [](const host::StorageChanged& e) -> std::optional<json> { return json{{"type", "storage"}, {"key", e.key}}; },
      [](const host::FileOpened& e) -> std::optional<json> {
        return json{{"type", "file"}, {"purpose", e.purpose}, {"name", e.name}, {"text", e.text}, {"error", e.error}};
      },
      [](const host::Fetched& e) -> std::optional<json> {
        return json{{"type", "fetched"}, {"purpose", e.purpose}, {"ok", e.ok}, {"text", e.text}};
      },
      [](const host::MediaState& e) -> std::optional<json> {
        return json{{"type", "media-state"},
                    {"camera", std::string(device_status_name(e.camera))},
                    {"microphone", std::string(device_status_name(e.microphone))},
                    {"detail", e.detail}};
      },
      [](const host::MediaDevices& e) -> std::optional<json> {
        return json{{"type", "media-devices"},
                    {"cameras", devices_json(e.devices.cameras)},
                    {"microphones", devices_json(e.devices.microphones)},
                    {"speakers", devices_json(e.devices.speakers)},
                    {"canPickSpeaker", e.devices.can_pick_speaker}};
      },
      [](const host::MediaLevel& e) -> std::optional<json> { return json{{"type", "media-level"}, {"level", e.level}}; },
      [](const host::SpeakerTest& e) -> std::optional<json> {
        return json{{"type", "speaker-test"}, {"ok", e.ok}, {"detail", e.detail}};
      },
      [](const host::Wake&) -> std::optional<json> { return json{{"type", "wake"}}; },
      [](const host::LockGranted& e) -> std::optional<json> { return json{{"type", "lock"}, {"name", e.name}}; },
      [](const host::Accessible& e) -> std::optional<json> {
        return json{{"type", "a11y"}, {"action", e.press ? "press" : "focus"}, {"name", e.name}};
      },
      [](const host::Connectivity& e) -> std::optional<json> {
        return json{{"type", "connectivity"}, {"online", e.online}};
      },
      [](const host::UpdateReady&) -> std::optional<json> { return json{{"type", "update-ready"}}; },
      [](const host::LanguageLoaded& e) -> std::optional<json> {
        return json{{"type", "language"}, {"tag", e.tag}, {"ok", e.ok}};
      },
  }, event);
}

// The "type" each alternative comes from.
const char* type_of(const PlatformEvent& event) {
  return std::visit(Overloaded{
      [](const host::RouteChanged&) { return "route"; },
      [](const host::MeetingOpened&) { return "meeting-opened"; },
      [](const host::ScriptLoadFailed&) { return "script-load-failed"; },
      [](const host::Jitsi&) { return "jitsi"; },
      [](const host::Clipboard&) { return "clipboard"; },
      [](const host::Action&) { return "action"; },
      [](const host::Theme&) { return "theme"; },
      [](const host::StorageChanged&) { return "storage"; },
      [](const host::FileOpened&) { return "file"; },
      [](const host::Fetched&) { return "fetched"; },
      [](const host::MediaState&) { return "media-state"; },
      [](const host::MediaDevices&) { return "media-devices"; },
      [](const host::MediaLevel&) { return "media-level"; },
      [](const host::SpeakerTest&) { return "speaker-test"; },
      [](const host::Wake&) { return "wake"; },
      [](const host::LockGranted&) { return "lock"; },
      [](const host::Accessible&) { return "a11y"; },
      [](const host::Connectivity&) { return "connectivity"; },
      [](const host::UpdateReady&) { return "update-ready"; },
      [](const host::LanguageLoaded&) { return "language"; },
  }, event);
}

}  // namespace

static int test_one_input(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = fuzz::as_text(data, size);
  const auto event = parse_platform_event(input);
  if (!event) return 0;

  // Only a JSON object with a string "type" is an event, and the type decides the struct.
  const json document = json::parse(input, nullptr, false);
  FUZZ_CHECK(!document.is_discarded() && document.is_object());
  FUZZ_CHECK(document.contains("type") && document["type"].is_string());
  FUZZ_CHECK(document["type"].get<std::string>() == type_of(*event));

  std::visit(Overloaded{
      [&](const host::RouteChanged& e) {
        FUZZ_CHECK(e.hash == document["hash"].get<std::string>());
        const Route route = parse_route(e.hash);
        if (route.code) FUZZ_CHECK(RoomCode::from_canonical(route.code->str()).has_value());
      },
      [&](const host::ScriptLoadFailed& e) { FUZZ_CHECK(e.reason == field_or_empty(document, "reason")); },
      [&](const host::Jitsi& e) {
        // Decoded once, by the Jitsi parser itself: the same value it gives.
        const auto direct = parse_jitsi_event(input);
        FUZZ_CHECK(direct.has_value());
        FUZZ_CHECK(*direct == e.event);
      },
      [&](const host::Clipboard& e) {
        FUZZ_CHECK(e.ok == document["ok"].get<bool>());
        FUZZ_CHECK(e.detail == field_or_empty(document, "detail"));
      },
      [&](const host::Action& e) { FUZZ_CHECK(e.name == document["name"].get<std::string>()); },
      [&](const host::Theme& e) { FUZZ_CHECK(e.dark == document["dark"].get<bool>()); },
      [&](const host::StorageChanged& e) { FUZZ_CHECK(e.key == field_or_empty(document, "key")); },
      [&](const host::FileOpened& e) {
        FUZZ_CHECK(e.purpose == document["purpose"].get<std::string>());
        FUZZ_CHECK(e.ok() == field_or_empty(document, "error").empty());
        FUZZ_CHECK(e.text == field_or_empty(document, "text"));
      },
      [&](const host::Fetched& e) {
        FUZZ_CHECK(e.purpose == document["purpose"].get<std::string>());
        FUZZ_CHECK(e.ok == document["ok"].get<bool>());
        FUZZ_CHECK(e.text == field_or_empty(document, "text"));
      },
      [&](const host::MediaState& e) {
        FUZZ_CHECK(device_status_name(e.camera) == document["camera"].get<std::string>());
        FUZZ_CHECK(device_status_name(e.microphone) == document["microphone"].get<std::string>());
        check_cleaned(e.detail, 300);
      },
      [&](const host::MediaDevices& e) {
        check_devices(e.devices.cameras);
        check_devices(e.devices.microphones);
        check_devices(e.devices.speakers);
      },
      [&](const host::MediaLevel& e) { FUZZ_CHECK(e.level >= 0 && e.level <= 100); },
      [&](const host::SpeakerTest& e) {
        FUZZ_CHECK(e.ok == document["ok"].get<bool>());
        check_cleaned(e.detail, 300);
      },
      [](const auto&) {},
  }, *event);

  // Written back and read again, every event is the same value.
  if (const auto encoded = encode(*event)) {
    const auto again = parse_platform_event(dump(*encoded));
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(*again == *event);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::on_small_stack([&] { return test_one_input(data, size); });
}
