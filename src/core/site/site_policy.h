// What whoever hosts the site decides beyond site_config.h, read from the same
// dist/config.json:
//
//   { "jitsiDomain": "meet.jit.si",            <- older form, still read (site_config.h)
//     "title": "Cof-iniX Ultra Conferencing",
//     "deployment": { "kind": "jaas" | "self-hosted" | "meet.jit.si",
//                     "domain": "jitsi.example.org",                  (self-hosted)
//                     "appId": "vpaas-magic-cookie-<32 hex>",         (jaas)
//                     "tokenUrl": "https://auth.example.org/token" }, (optional)
//     "allowUserDeployment": true,      <- may users pick another deployment? (default true)
//     "extraConfig": { "disableReactions": true },    <- extra Jitsi configOverwrite keys
//     "iframeApi": "site" | "deployment" }  <- where JitsiMeetExternalAPI comes from (default "site")
//
// "iframeApi": by default the site serves its own build of Jitsi's iframe API, so no
// script from a Jitsi origin runs in the page. "deployment" loads the configured
// deployment's own external_api.js instead (its origin joins script-src); meetings on a
// deployment a user chose still use the site's copy: a crafted link can never run another
// server's script here.
//
// extraConfig keeps only keys on Jitsi's own whitelist (configWhitelist.ts plus the
// keys it allows when embedded, @jitsi/react-native-sdk 13.2.0): Jitsi would drop the
// others silently, so each one dropped here gets a warning instead. A JWT never
// belongs in config.json (anyone can read it) and is refused.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/deployment/deployment.h"
#include "core/deployment/deployment_links.h"
#include "core/site/site_config.h"

namespace cofx {

inline constexpr std::size_t kMaxExtraConfigBytes = 16 * 1024;  // serialized
inline constexpr std::size_t kMaxExtraConfigDepth = 16;

struct SitePolicy {
  Deployment deployment;  // the site default; meet.jit.si unless config.json says otherwise
  bool allow_user_deployment = true;
  nlohmann::json extra_config = nlohmann::json::object();  // whitelisted keys only
  bool deployment_script = false;  // "iframeApi": "deployment"
};

struct SitePolicyLoad {
  SiteConfig config;  // as parse_site_config() reads it; jitsi_domain = api_domain(policy.deployment)
  SitePolicy policy;
  std::vector<ConfigWarning> warnings;  // parse_site_config()'s, then one per refused policy entry
};

// Reads all of config.json; call it instead of parse_site_config(). Never fails hard:
// unusable entries keep their defaults and add a warning.
SitePolicyLoad parse_site_policy(std::string_view json_text);

// Whether Jitsi accepts `path` ("p2p.enabled", "toolbarButtons") as a configOverwrite key.
bool is_whitelisted_config_key(std::string_view path);

// The deployment meetings use: the site default, or the user's saved one where the
// policy allows. A saved deployment at the site default's place (same_deployment) only adds
// the user's JWT (and a token URL when the site sets none).
Deployment effective_deployment(const SitePolicy& policy, const std::optional<Deployment>& saved);

// Where to join a meeting opened from a link. A link without deployment parameters
// means the site default (see add_deployment_params).
// A link to a place this site does not join (app/words/site_words.h says it in words).
struct LinkRefusal {
  Deployment link_place;  // where the link's meeting is
  Deployment site_place;  // the only place this site joins
  bool operator==(const LinkRefusal&) const = default;
};

struct LinkDecision {
  Deployment deployment;
  bool ask_first = false;               // neither the site default nor the user's own place
  std::optional<LinkRefusal> refused;   // the site does not allow it: say so, don't join
};
LinkDecision deployment_for_link(const SitePolicy& policy, const Deployment& effective,
                         const LinkDeployment& link);

// Where external_api.js comes from for a meeting on `deployment`: the site's own copy
// (`bundled_url`, relative to the page), or the site default deployment's script when the
// deployer opted in with "iframeApi": "deployment".
std::string iframe_api_url(const SitePolicy& policy, const Deployment& deployment, std::string_view bundled_url);

// Merges extra_config into options["configOverwrite"] the way Jitsi merges overrides:
// objects key by key, everything else (arrays too) replaced.
void apply_extra_config(nlohmann::json& options, const nlohmann::json& extra_config);

}  // namespace cofx
