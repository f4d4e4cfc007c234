// The deployments this browser trusts for links (core/deployment/trusted_deployments.h), kept in
// storage: every change reads the latest stored copy first, so a yes in another tab stays.
//
//   TrustedDeploymentBook places(platform);
//   places.load(now_ms);                 // at start; problem() says if something was set aside
//   places.trusts(deployment);           // a link there opens its pre-join room directly
//   places.trust(deployment, now_ms);    // "Join there"
//   places.remove(0, now_ms);            // Remove in Settings
//
// Text that cannot be read is backed up (StoredDocument) before anything overwrites it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/host/platform.h"
#include "app/stored_document.h"
#include "core/deployment/trusted_deployments.h"

namespace cofx {

class TrustedDeploymentBook {
 public:
  explicit TrustedDeploymentBook(Platform& platform) : document_(platform, kTrustedDeploymentsStorageKey) {}

  void load(std::int64_t now_ms);
  bool trusts(const Deployment& deployment) const;
  void trust(const Deployment& deployment, std::int64_t now_ms);
  void remove(std::size_t index, std::int64_t now_ms);

  const std::vector<std::string>& places() const { return places_; }
  // A sentence for the person: stored data set aside, or a write storage refused; "" when none.
  const std::string& problem() const { return problem_; }

 private:
  std::vector<std::string> latest(std::int64_t now_ms);
  void save(std::string_view what);  // `what` in the person's language: tr("this choice")

  StoredDocument document_;
  std::vector<std::string> places_;
  std::string problem_;
};

}  // namespace cofx
