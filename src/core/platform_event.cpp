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

PlatformEvent event_of(Type type, std::string text = {}, bool ok = true, std::string detail = {}) {
  PlatformEvent event;
  event.type = type;
  event.text = std::move(text);
  event.ok = ok;
  event.detail = std::move(detail);
  return event;
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
    return event_of(Type::RouteChanged, hash->get_ref<const std::string&>());
  }
  if (type == "meeting-opened") return event_of(Type::MeetingOpened, {});
  if (type == "meeting-joined") return event_of(Type::MeetingJoined, {});
  if (type == "meeting-left") return event_of(Type::MeetingLeft, {});
  if (type == "ready-to-close") return event_of(Type::ReadyToClose, {});
  if (type == "script-load-failed") {
    PlatformEvent event = event_of(Type::ScriptLoadFailed, {});
    if (!read_optional_string(document, "reason", event.text)) return std::nullopt;
    return event;
  }
  if (type == "clipboard") {
    const auto ok = document.find("ok");
    if (ok == document.end() || !ok->is_boolean()) return std::nullopt;
    PlatformEvent event = event_of(Type::ClipboardResult, {}, ok->get<bool>());
    if (!read_optional_string(document, "detail", event.text)) return std::nullopt;
    return event;
  }
  if (type == "action") {
    const auto name = document.find("name");
    if (name == document.end() || !name->is_string()) return std::nullopt;
    return event_of(Type::Action, name->get_ref<const std::string&>());
  }
  if (type == "theme") {
    const auto dark = document.find("dark");
    if (dark == document.end() || !dark->is_boolean()) return std::nullopt;
    return event_of(Type::ThemeChanged, {}, dark->get<bool>());
  }
  if (type == "storage") {
    PlatformEvent event = event_of(Type::StorageChanged, {});
    if (!read_optional_string(document, "key", event.text)) return std::nullopt;
    return event;
  }
  if (type == "file") {
    const auto purpose = document.find("purpose");
    if (purpose == document.end() || !purpose->is_string()) return std::nullopt;
    PlatformEvent event = event_of(Type::FileOpened, {});
    std::string name, error;
    if (!read_optional_string(document, "text", event.text) || !read_optional_string(document, "name", name) ||
        !read_optional_string(document, "error", error)) {
      return std::nullopt;
    }
    event.ok = error.empty();
    if (!event.ok) event.text = error;
    event.detail = purpose->get_ref<const std::string&>() + "\n" + name;
    return event;
  }
  if (type == "fetched") {
    const auto purpose = document.find("purpose");
    const auto ok = document.find("ok");
    if (purpose == document.end() || !purpose->is_string() || ok == document.end() || !ok->is_boolean()) {
      return std::nullopt;
    }
    PlatformEvent event = event_of(Type::Fetched, {}, ok->get<bool>(), purpose->get_ref<const std::string&>());
    if (!read_optional_string(document, "text", event.text)) return std::nullopt;
    return event;
  }
  // Jitsi's payloads are parsed by their own reader (core/jitsi_event.h) from the raw text.
  if (type == "jitsi") return event_of(Type::Jitsi, std::string(json_text));
  return std::nullopt;
}

}  // namespace cofx
