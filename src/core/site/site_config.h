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
// A host whose last label is a number is an IPv4 address to the browser (0x7f.1 is
// 127.0.0.1, jitsi.example.1 is no address at all): only a plain dotted quad is valid.
bool is_valid_jitsi_domain(std::string_view domain);
// The browser's rule for reading a host as IPv4: its last label is digits, or 0x and hex.
bool host_ends_in_number(std::string_view host);

}  // namespace cofx
