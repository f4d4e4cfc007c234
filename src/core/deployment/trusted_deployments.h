// The deployments a person said "Join there" to, so that a link to one of them opens its
// pre-join room without asking again. Stored under kTrustedDeploymentsStorageKey as a JSON array of
// place keys (core/deployment.h deployment_key: "jitsi.example.org", "8x8.vc/vpaas-magic-cookie-…"),
// oldest first, at most kMaxTrustedDeployments: trusting one more lets the oldest go (it is asked
// about again next time).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/deployment/deployment.h"

namespace cofx {

inline constexpr const char* kTrustedDeploymentsStorageKey = "cofinix.trusted-places";
inline constexpr std::size_t kMaxTrustedDeployments = 20;

struct TrustedDeploymentsLoad {
  std::vector<std::string> places;  // usable keys, oldest first, no repeats, at most the cap
  bool damaged = false;             // something stored could not be read (or was not a key)
};

TrustedDeploymentsLoad decode_trusted_deployments(std::string_view text);
std::string encode_trusted_deployments(const std::vector<std::string>& places);

// Adds `deployment`'s place as the newest (moving it there if already listed); the oldest
// give way beyond kMaxTrustedDeployments.
void trust_deployment(std::vector<std::string>& places, const Deployment& deployment);

// The JaaS AppID a place key names, or nullopt for a server's key (which is its domain).
// What the Settings list shows for a key is app/words/deployment_words.h's trusted_deployment_label().
std::optional<std::string> trusted_jaas_app_id(std::string_view key);

}  // namespace cofx
