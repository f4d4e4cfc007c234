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
  // The interface language the person chose (core/site/language.h); empty: follow the browser.
  std::string language;
};

// What was wrong with the stored settings (app/words/site_words.h says it in words).
struct SettingsProblem {
  enum class Kind {
    Unreadable,      // the defaults are used
    Newer,           // written by a newer version: the defaults are used
    NameUnreadable,  // the name was of the wrong type: enter it again
  };
  Kind kind = Kind::Unreadable;
  bool operator==(const SettingsProblem&) const = default;
};

struct SettingsLoad {
  Settings settings;                       // what could be read; defaults for the rest
  std::optional<SettingsProblem> problem;  // set when the stored text was unusable in part or whole
};

std::string encode_settings(const Settings& settings);
// Never throws: malformed JSON, wrong types or an unknown version yield defaults plus a problem.
SettingsLoad decode_settings(std::string_view text);

}  // namespace cofx
