// Which Jitsi deployment a meeting runs on, and everything that follows from it.
//
//   kind         domain passed to JitsiMeetExternalAPI   script                                   room name
//   PublicJitsi  meet.jit.si                            https://meet.jit.si/external_api.js      COF-AB12CD34
//   SelfHosted   <domain> = host[:port][/path]          https://<domain>/external_api.js         COF-AB12CD34
//   JaaS         8x8.vc                                 https://8x8.vc/<AppID>/external_api.js   <AppID>/COF-AB12CD34
//
// A JWT (JaaS, or a self-hosted server with token authentication) goes into the
// `jwt` option of `new JitsiMeetExternalAPI(domain, options)`; it is never put
// into a link. apply_deployment() sets roomName and jwt on the options object
// that build_jitsi_options() made.
//
// User input: run the typed values through normalize(), then deployment_problems()
// gives one message per field that cannot be used.
//
// Invite links: add_deployment_params() adds `dep=self&host=jitsi.example.org`,
// `dep=jaas&app=vpaas-magic-cookie-...` or `dep=public` when the meeting's deployment
// is not the site default (a link without `dep` means the site default);
// deployment_from_params() reads them back and refuses bad hosts and secrets.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/links/room_code.h"

namespace cofx {

inline constexpr const char* kPublicJitsiDomain = "meet.jit.si";
inline constexpr const char* kJaasDomain = "8x8.vc";
inline constexpr std::string_view kJaasAppIdPrefix = "vpaas-magic-cookie-";
inline constexpr std::size_t kJaasAppIdHexDigits = 32;
inline constexpr std::size_t kMaxDomainBytes = 300;
inline constexpr std::size_t kMaxJwtBytes = 16 * 1024;
inline constexpr std::size_t kMaxTokenUrlBytes = 2048;
// The JitsiMeetExternalAPI option that carries the JWT.
inline constexpr const char* kJwtOption = "jwt";

inline constexpr const char* kDeploymentStorageKey = "cofinix.deployment";
inline constexpr int kDeploymentVersion = 1;

struct Deployment {
  enum class Kind { PublicJitsi, SelfHosted, JaaS };
  Kind kind = Kind::PublicJitsi;
  std::string domain;       // SelfHosted: host[:port][/path], lower-case host (kept for the others)
  std::string jaas_app_id;  // JaaS: vpaas-magic-cookie-<32 hex>
  std::string jwt;          // optional for SelfHosted and JaaS; never sent to meet.jit.si
  std::string token_url;    // optional https URL that hands out a JWT (set by the deployer)
  bool operator==(const Deployment&) const = default;
};

// "meet.jit.si", "self-hosted", "jaas": the names used in config.json and storage.
std::string_view kind_name(Deployment::Kind kind);
std::optional<Deployment::Kind> kind_from_name(std::string_view name);

Deployment public_jitsi();
Deployment self_hosted(std::string domain);
Deployment jaas(std::string app_id);

// A deployment whose own field is unusable counts as meet.jit.si for everything derived
// from it, so a value that slipped past validation can never pick a script or a frame.
Deployment::Kind usable_kind(const Deployment& deployment);

// --- what the JS bridge needs ------------------------------------------------------
std::string api_domain(const Deployment& deployment);  // first JitsiMeetExternalAPI argument
std::string script_url(const Deployment& deployment);  // where external_api.js comes from
std::string origin(const Deployment& deployment);      // https://host[:port], for CSP and postMessage
std::string room_name(const Deployment& deployment, const RoomCode& code);
// The JWT to send, if any (never for meet.jit.si).
std::optional<std::string> jwt_for(const Deployment& deployment);
// Sets options["roomName"] and, when there is one, options["jwt"].
void apply_deployment(nlohmann::json& options, const Deployment& deployment, const RoomCode& code);

// Where meetings happen: the API domain plus, for JaaS, the AppID. Two deployments
// with the same place reach the same rooms (a SelfHosted "meet.jit.si" is PublicJitsi).
std::string deployment_key(const Deployment& deployment);
bool same_deployment(const Deployment& a, const Deployment& b);

}  // namespace cofx

