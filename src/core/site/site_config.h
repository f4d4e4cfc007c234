// dist/config.json: what whoever hosts the site sets once.
//   { "jitsiDomain": "meet.jit.si", "title": "Cof-iniX Ultra Conferencing" }
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/deployment/deployment.h"
#include "core/deployment/deployment_check.h"

namespace cofx {

inline constexpr const char* kDefaultJitsiDomain = "meet.jit.si";
inline constexpr const char* kDefaultTitle = "Cof-iniX Ultra Conferencing";

struct SiteConfig {
  std::string jitsi_domain = kDefaultJitsiDomain;
  std::string title = kDefaultTitle;
};

// One ignored or invalid entry of config.json, for whoever hosts the site;
// app/words/site_words.h says it in words.
struct ConfigWarning {
  enum class Kind {
    NotJson,                     // the defaults are used
    NotObject,                   // the defaults are used
    BadJitsiDomain,              // kDefaultJitsiDomain is used
    BadTitle,                    // kDefaultTitle is used
    UnknownEntry,                // `name`: the quoted key ("deployment.x" inside "deployment")
    ExtraConfigNotObject,
    ExtraConfigKeyDropped,       // `name`: the quoted key path
    ExtraConfigMoreDropped,      // `count` more keys
    ExtraConfigTooLarge,         // `count`: the limit in KB
    DeploymentNotObject,         // `fallback` is used
    DeploymentJwt,
    DeploymentBadKind,           // `fallback` is used
    DeploymentDomainUnused,
    DeploymentAppIdUnused,
    DeploymentBadTokenUrl,       // `problem` says why
    DeploymentUnusable,          // `field` (Domain or AppId) cannot be used: `problem`; `fallback` is used
    JitsiDomainIgnored,          // "deployment" is set
    AllowUserDeploymentNotBool,  // users may choose their own deployment
    BadIframeApi,                // the site's own copy is used
  };
  Kind kind = Kind::NotJson;
  std::string name{};                // a key, already quoted for a message (core/text/quoted.h)
  std::size_t count = 0;
  Deployment fallback{};             // the deployment used instead
  DeploymentField field = DeploymentField::Domain;
  FieldProblem problem = FieldProblem::DomainEmpty;
  bool operator==(const ConfigWarning&) const = default;
};

struct SiteConfigLoad {
  SiteConfig config;
  std::vector<ConfigWarning> warnings;  // one per ignored or invalid entry
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
