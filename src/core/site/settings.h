// The user's settings, stored as one versioned JSON document.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cofx {

inline constexpr const char* kSettingsStorageKey = "cofinix.settings";
inline constexpr int kSettingsVersion = 1;

struct Settings {
  std::string display_name;
};

struct SettingsLoad {
  Settings settings;             // what could be read; defaults for the rest
  std::optional<std::string> problem;  // set when the stored text was unusable in part or whole
};

std::string encode_settings(const Settings& settings);
// Never throws: malformed JSON, wrong types or an unknown version yield defaults plus a problem.
SettingsLoad decode_settings(std::string_view text);

}  // namespace cofx
