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

#include "room_code.h"

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

// --- user input -------------------------------------------------------------------
enum class DeploymentField { Domain, AppId, Jwt, TokenUrl };
struct DeploymentProblem {
  DeploymentField field;
  std::string message;  // one sentence for the message under that field
};

// Trims whitespace and trailing '/', and lower-cases the host.
std::string normalize_domain(std::string_view input);
// normalize_domain() on domain, trimmed AppID and token URL, whitespace removed from the JWT.
Deployment normalize(const Deployment& deployment);

// Each returns nullopt when the (normalized) value is usable.
std::optional<std::string> domain_problem(std::string_view domain);
std::optional<std::string> jaas_app_id_problem(std::string_view app_id);
std::optional<std::string> jwt_problem(std::string_view jwt);  // three base64url parts
std::optional<std::string> token_url_problem(std::string_view url);  // https on a valid host

// Only the fields the kind uses: SelfHosted needs a domain, JaaS an AppID; a JWT and
// a token URL are optional but checked when set. Empty when the deployment can be used.
std::vector<DeploymentProblem> deployment_problems(const Deployment& deployment);

// The JWT in a token URL's response: the body itself, or {"token"|"jwt"|"accessToken": "..."}.
std::optional<std::string> jwt_from_token_response(std::string_view body);

// --- what the JS bridge needs ------------------------------------------------------
std::string api_domain(const Deployment& deployment);  // first JitsiMeetExternalAPI argument
std::string script_url(const Deployment& deployment);  // where external_api.js comes from
std::string origin(const Deployment& deployment);      // https://host[:port], for CSP and postMessage
std::string room_name(const Deployment& deployment, const RoomCode& code);
// The JWT to send, if any (never for meet.jit.si).
std::optional<std::string> jwt_for(const Deployment& deployment);
// Sets options["roomName"] and, when there is one, options["jwt"].
void apply_deployment(nlohmann::json& options, const Deployment& deployment, const RoomCode& code);

// --- what the UI shows ---------------------------------------------------------------
// One line under each choice on the Settings screen.
std::string deployment_note(Deployment::Kind kind);
// "meet.jit.si", "jitsi.example.org", "8x8.vc (Jitsi as a Service)".
std::string place_label(const Deployment& deployment);
// "You are joining COF-AB12CD34 on jitsi.example.org."
std::string joining_notice(const RoomCode& code, const Deployment& deployment);

// Where meetings happen: the API domain plus, for JaaS, the AppID. Two deployments
// with the same place reach the same rooms (a SelfHosted "meet.jit.si" is PublicJitsi).
std::string place_key(const Deployment& deployment);
bool same_place(const Deployment& a, const Deployment& b);

// --- storage -----------------------------------------------------------------------
// A JWT is a login: by default it is kept for this tab only (sessionStorage, under
// kDeploymentJwtTabKey), never in the stored document. "Remember it on this device" is the
// person's explicit choice (JwtKeeping::Device), and the document says so ("rememberJwt").
inline constexpr const char* kDeploymentJwtTabKey = "cofinix.deployment.jwt";
enum class JwtKeeping { Tab, Device };

struct DeploymentLoad {
  std::optional<Deployment> deployment;  // nullopt: nothing usable stored, follow the site default
  std::optional<std::string> problem;    // set when stored text was unusable in part or whole
  JwtKeeping jwt_keeping = JwtKeeping::Tab;
  // A JWT found in the document without "rememberJwt" (written by an older version): the
  // caller moves it to the tab's storage and saves the document again without it.
  bool jwt_to_move = false;
};
// The document for localStorage; with JwtKeeping::Tab it holds no JWT.
std::string encode_deployment(const Deployment& deployment, JwtKeeping keeping = JwtKeeping::Tab);
// Never fails hard: every field is checked; a deployment that comes back always has no
// deployment_problems(). Empty text means nothing was stored (no problem).
DeploymentLoad decode_deployment(std::string_view text);

// --- invite links --------------------------------------------------------------------
// Adds dep/host/app when `deployment` is not at the same place as `site_default`;
// otherwise removes them. Never adds a JWT or token URL.
void add_deployment_params(std::map<std::string, std::string>& params,
                           const Deployment& deployment, const Deployment& site_default);

struct LinkDeployment {
  std::optional<Deployment> deployment;  // nullopt: the link means the site default
  std::vector<std::string> ignored;      // one sentence per refused parameter
};
// Reads dep/host/app from a route's params; bad hosts or AppIDs are refused, and
// jwt/token/tokenUrl parameters are always refused (secrets never travel in links).
LinkDeployment deployment_from_params(const std::map<std::string, std::string>& params);

// The parameters deployment_from_params() reads or refuses (dep, host, app, jwt, token,
// tokenUrl), so other readers of a route's params can leave them alone.
bool is_deployment_param(std::string_view key);

// "#/COF-AB12CD34" plus "?dep=..." when the deployment is not the site default.
std::string meeting_hash_for(const RoomCode& code, const Deployment& deployment,
                             const Deployment& site_default);

}  // namespace cofx
