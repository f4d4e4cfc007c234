#include "platform_event.h"

#include <nlohmann/json.hpp>

namespace cofx {

namespace {

using nlohmann::json;
using Type = PlatformEvent::Type;

// Reads an optional string field into `out`; false when present with another type.
bool read_optional_string(const json& object, const char* name, std::string& out) {
  const auto field = object.find(name);
  if (field == object.end()) return true;
  if (!field->is_string()) return false;
  out = field->get_ref<const std::string&>();
  return true;
}

}  // namespace

std::optional<PlatformEvent> parse_platform_event(std::string_view json_text) {
  const auto document = json::parse(json_text, nullptr, false);
  if (document.is_discarded() || !document.is_object()) return std::nullopt;
  const auto type_field = document.find("type");
  if (type_field == document.end() || !type_field->is_string()) return std::nullopt;
  const std::string& type = type_field->get_ref<const std::string&>();

  if (type == "route") {
    const auto hash = document.find("hash");
    if (hash == document.end() || !hash->is_string()) return std::nullopt;
    return PlatformEvent{Type::RouteChanged, hash->get_ref<const std::string&>()};
  }
  if (type == "meeting-opened") return PlatformEvent{Type::MeetingOpened, {}};
  if (type == "meeting-joined") return PlatformEvent{Type::MeetingJoined, {}};
  if (type == "meeting-left") return PlatformEvent{Type::MeetingLeft, {}};
  if (type == "ready-to-close") return PlatformEvent{Type::ReadyToClose, {}};
  if (type == "script-load-failed") {
    PlatformEvent event{Type::ScriptLoadFailed, {}};
    if (!read_optional_string(document, "reason", event.text)) return std::nullopt;
    return event;
  }
  if (type == "clipboard") {
    const auto ok = document.find("ok");
    if (ok == document.end() || !ok->is_boolean()) return std::nullopt;
    PlatformEvent event{Type::ClipboardResult, {}, ok->get<bool>()};
    if (!read_optional_string(document, "detail", event.text)) return std::nullopt;
    return event;
  }
  if (type == "action") {
    const auto name = document.find("name");
    if (name == document.end() || !name->is_string()) return std::nullopt;
    return PlatformEvent{Type::Action, name->get_ref<const std::string&>()};
  }
  if (type == "theme") {
    const auto dark = document.find("dark");
    if (dark == document.end() || !dark->is_boolean()) return std::nullopt;
    return PlatformEvent{Type::ThemeChanged, {}, dark->get<bool>()};
  }
  // Jitsi's payloads are parsed by their own reader (core/jitsi_event.h) from the raw text.
  if (type == "jitsi") return PlatformEvent{Type::Jitsi, std::string(json_text)};
  return std::nullopt;
}

}  // namespace cofx
