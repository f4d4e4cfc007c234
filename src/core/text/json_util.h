// The two JSON chores every reader and writer of outside data shares. nlohmann/json throws
// (here: aborts, exceptions are off) on invalid UTF-8 when dumping and on a get<T>() of the
// wrong type, so text is dumped with replacement and fields are read only after a type check.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace cofx::json_util {

// Every document this app reads nests a few levels deep. Deeper text is refused before
// nlohmann/json sees it: its copies and dumps recurse, so a stored or received value nested
// 20,000 deep would exhaust the stack (an abort in WebAssembly, a lobby that never draws).
inline constexpr int kMaxJsonDepth = 64;

// True when no array or object in `text` nests deeper than `limit` (brackets inside strings
// don't count). A linear scan that stops at the first level too deep.
inline bool nesting_within(std::string_view text, int limit = kMaxJsonDepth) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return false;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return true;
}

// The one way outside JSON is read here: never throws (exceptions are off), and text that is
// not JSON or nests deeper than kMaxJsonDepth comes back discarded (is_discarded()).
inline nlohmann::json parse(std::string_view text) {
  if (!nesting_within(text)) return nlohmann::json(nlohmann::json::value_t::discarded);
  return nlohmann::json::parse(text, nullptr, false);
}

// Compact (indent < 0) or indented text; invalid UTF-8 becomes U+FFFD instead of aborting.
inline std::string dump_text(const nlohmann::json& value, int indent = -1) {
  return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The field `name` of an object when it is a string; nullptr otherwise (missing, another
// type, or `object` not an object).
inline const std::string* string_field(const nlohmann::json& object, const char* name) {
  if (!object.is_object()) return nullptr;
  const auto field = object.find(name);
  return field != object.end() && field->is_string() ? &field->get_ref<const std::string&>() : nullptr;
}

// The field `name` of an object when it is a boolean.
inline std::optional<bool> bool_field(const nlohmann::json& object, const char* name) {
  if (!object.is_object()) return std::nullopt;
  const auto field = object.find(name);
  if (field == object.end() || !field->is_boolean()) return std::nullopt;
  return field->get<bool>();
}

// A stored document's "version" against the one this build writes. nlohmann/json keeps
// non-negative integers as unsigned; anything else is no version.
enum class VersionCheck { Current, Newer, Unreadable };
inline VersionCheck check_version(const nlohmann::json& document, int current) {
  if (!document.is_object()) return VersionCheck::Unreadable;
  const auto version = document.find("version");
  if (version == document.end() || !version->is_number_unsigned()) return VersionCheck::Unreadable;
  const auto number = version->get<std::uint64_t>();
  if (number > static_cast<std::uint64_t>(current)) return VersionCheck::Newer;
  return number == static_cast<std::uint64_t>(current) ? VersionCheck::Current : VersionCheck::Unreadable;
}

}  // namespace cofx::json_util
