// The sentences about the site's config.json (for whoever hosts the site) and about links to
// places the site does not join. Core returns the typed outcome (core/site/...); these say it.
#pragma once

#include <string>
#include <vector>

#include "core/site/settings.h"
#include "core/site/site_config.h"
#include "core/site/site_policy.h"

namespace cofx {

// "config.json: \"title\" must be a non-empty text, so \"Cof-iniX Ultra Conferencing\" is used."
std::string describe(const ConfigWarning& warning);
std::vector<std::string> describe(const std::vector<ConfigWarning>& warnings);

std::string describe(const SettingsProblem& problem);

// "This link is for a meeting on …, but this site only joins meetings on …."
std::string describe(const LinkRefusal& refusal);

}  // namespace cofx
