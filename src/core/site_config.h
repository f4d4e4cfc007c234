// dist/config.json: what whoever hosts the site sets once.
//   { "jitsiDomain": "meet.jit.si", "title": "Cof-iniX Ultra Conferencing" }
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cofx {

inline constexpr const char* kDefaultJitsiDomain = "meet.jit.si";
inline constexpr const char* kDefaultTitle = "Cof-iniX Ultra Conferencing";

struct SiteConfig {
  std::string jitsi_domain = kDefaultJitsiDomain;
  std::string title = kDefaultTitle;
};

struct SiteConfigLoad {
  SiteConfig config;
  std::vector<std::string> warnings;  // one sentence per ignored or invalid entry
};

// Never throws; unusable entries keep their defaults and add a warning.
SiteConfigLoad parse_site_config(std::string_view json_text);

// host[:port][/path] with a DNS host name (letters, digits, '-', '.') or IPv4;
// no scheme, credentials, spaces, query or fragment.
bool is_valid_jitsi_domain(std::string_view domain);

}  // namespace cofx
