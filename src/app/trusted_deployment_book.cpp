#include "app/trusted_deployment_book.h"

#include <algorithm>

#include "app/words/tr.h"

namespace cofx {

// The stored list; anything unreadable is backed up first and said once.
std::vector<std::string> TrustedDeploymentBook::latest(std::int64_t now_ms) {
  const std::string stored = document_.read();
  TrustedDeploymentsLoad load = decode_trusted_deployments(stored);
  if (load.damaged) {
    const bool kept = document_.back_up(stored, now_ms);
    problem_ = StoredDocument::with_backup_note(
        tr("Your list of trusted Jitsi servers couldn't be read, so links to them will ask again."), kept);
  }
  return std::move(load.places);
}

void TrustedDeploymentBook::load(std::int64_t now_ms) { places_ = latest(now_ms); }

bool TrustedDeploymentBook::trusts(const Deployment& deployment) const {
  return std::find(places_.begin(), places_.end(), deployment_key(deployment)) != places_.end();
}

void TrustedDeploymentBook::trust(const Deployment& deployment, std::int64_t now_ms) {
  places_ = latest(now_ms);
  trust_deployment(places_, deployment);
  // Translators: fills {what} in "This browser's storage is full, so {what} is kept for this visit only."
  save(tr("this choice"));
}

void TrustedDeploymentBook::remove(std::size_t index, std::int64_t now_ms) {
  if (index >= places_.size()) return;
  const std::string gone = places_[index];
  places_ = latest(now_ms);
  places_.erase(std::remove(places_.begin(), places_.end(), gone), places_.end());
  // Translators: fills {what} in "This browser's storage is full, so {what} is kept for this visit only."
  save(tr("this change"));
}

void TrustedDeploymentBook::save(std::string_view what) {
  const StorageStatus status = document_.write(encode_trusted_deployments(places_));
  if (status != StorageStatus::Ok) problem_ = StoredDocument::kept_for_this_visit(status, what);
}

}  // namespace cofx
