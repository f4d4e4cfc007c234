#include "core/site/settings.h"
#include "core/text/json_util.h"

#include <cstdint>

#include <nlohmann/json.hpp>

#include "core/meeting/display_name.h"
#include "core/site/language.h"

namespace cofx {

namespace {

SettingsLoad defaults_with(SettingsProblem::Kind problem) {
  SettingsLoad load;
  load.problem = SettingsProblem{problem};
  return load;
}

}  // namespace

std::string encode_settings(const Settings& settings) {
  nlohmann::json document = {
      {"version", kSettingsVersion},
      {"displayName", settings.display_name},
  };
  if (!settings.language.empty()) document["language"] = settings.language;
  // replace: invalid UTF-8 must never reach the throwing (here: aborting) path of dump().
  return json_util::dump_text(document);
}

SettingsLoad decode_settings(std::string_view text) {
  const auto document = json_util::parse(text);
  switch (json_util::check_version(document, kSettingsVersion)) {
    case json_util::VersionCheck::Current: break;
    case json_util::VersionCheck::Newer:
      return defaults_with(SettingsProblem::Kind::Newer);
    case json_util::VersionCheck::Unreadable: return defaults_with(SettingsProblem::Kind::Unreadable);
  }

  SettingsLoad load;
  const auto name = document.find("displayName");
  if (name != document.end()) {
    if (name->is_string()) {
      load.settings.display_name = clean_display_name(name->get_ref<const std::string&>());
    } else {
      load.problem = SettingsProblem{SettingsProblem::Kind::NameUnreadable};
    }
  }
  // An unknown or malformed language (a newer site's, or edited by hand) means: follow the browser.
  const auto language = document.find("language");
  if (language != document.end() && language->is_string() &&
      find_language(language->get_ref<const std::string&>())) {
    load.settings.language = language->get_ref<const std::string&>();
  }
  return load;
}

}  // namespace cofx
