// Deployment parameters in meeting links.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/deployment/deployment.h"

namespace cofx {

// Adds dep/host/app when `deployment` is not at the same place as `site_default`;
// otherwise removes them. Never adds a JWT or token URL.
void add_deployment_params(std::map<std::string, std::string>& params,
                           const Deployment& deployment, const Deployment& site_default);

// A refused link parameter, and why (app/words/deployment_words.h says it in words).
struct IgnoredParam {
  enum class Why {
    Secret,            // jwt, token or tokenUrl: sign-in tokens never travel in links
    HostWithoutSelf,   // host without dep=self
    AppWithoutJaas,    // app without dep=jaas
    NoServer,          // dep=self without a host
    BadServer,         // dep=self with a host that is no valid server name
    BadAppId,          // dep=jaas without a valid AppID
    UnknownDeployment  // another dep value
  };
  Why why = Why::UnknownDeployment;
  std::string value;  // Secret: the parameter's name; BadServer, BadAppId, UnknownDeployment: its value
  bool operator==(const IgnoredParam&) const = default;
};

struct LinkDeployment {
  std::optional<Deployment> deployment;  // nullopt: the link means the site default
  std::vector<IgnoredParam> ignored;     // one per refused parameter
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
