#include "core/deployment/trusted_deployments.h"

#include <algorithm>

#include "core/text/json_util.h"
#include "core/deployment/deployment_labels.h"
#include "core/deployment/deployment_check.h"

namespace cofx {
namespace {

constexpr std::string_view kJaasKeyPrefix = "8x8.vc/";

// A key deployment_key() could have written: a usable domain, or 8x8.vc/<AppID>.
bool is_place_key(std::string_view key) {
  if (key.starts_with(kJaasKeyPrefix)) return !jaas_app_id_problem(key.substr(kJaasKeyPrefix.size()));
  return !domain_problem(key) && normalize_domain(key) == key;
}

}  // namespace

TrustedDeploymentsLoad decode_trusted_deployments(std::string_view text) {
  TrustedDeploymentsLoad load;
  if (text.empty()) return load;
  const nlohmann::json document = json_util::parse(text);
  if (!document.is_array()) {
    load.damaged = true;
    return load;
  }
  for (const nlohmann::json& item : document) {
    const std::string* key = item.is_string() ? &item.get_ref<const std::string&>() : nullptr;
    if (key == nullptr || !is_place_key(*key)) {
      load.damaged = true;
      continue;
    }
    if (std::find(load.places.begin(), load.places.end(), *key) == load.places.end()) load.places.push_back(*key);
  }
  // Oldest first: past the cap, the newest are the ones kept.
  if (load.places.size() > kMaxTrustedDeployments) {
    load.places.erase(load.places.begin(), load.places.end() - kMaxTrustedDeployments);
  }
  return load;
}

std::string encode_trusted_deployments(const std::vector<std::string>& places) {
  return json_util::dump_text(places);
}

void trust_deployment(std::vector<std::string>& places, const Deployment& deployment) {
  const std::string key = deployment_key(deployment);
  places.erase(std::remove(places.begin(), places.end(), key), places.end());
  places.push_back(key);
  if (places.size() > kMaxTrustedDeployments) places.erase(places.begin(), places.end() - kMaxTrustedDeployments);
}

std::optional<std::string> trusted_jaas_app_id(std::string_view key) {
  if (!key.starts_with(kJaasKeyPrefix)) return std::nullopt;
  return std::string(key.substr(kJaasKeyPrefix.size()));
}

}  // namespace cofx
