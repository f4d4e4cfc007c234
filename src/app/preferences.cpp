#include "app/preferences.h"

#include <utility>

#include "app/stored_document.h"
#include "app/words/deployment_words.h"
#include "app/words/site_words.h"
#include "app/words/tr.h"
#include "core/deployment/deployment_check.h"
#include "core/site/settings.h"

namespace cofx {

Preferences::Preferences(Platform& platform, const SitePolicy& policy)
    : platform_(platform), policy_(policy), trusted_(platform) {}

// Later problems replace earlier ones: the notice line shows one sentence.
void Preferences::load(std::int64_t now_ms) {
  load_name(now_ms);
  load_deployment(now_ms);
  trusted_.load(now_ms);
  load_devices(now_ms);
}

void Preferences::load_name(std::int64_t now_ms) {
  StoredDocument document(platform_, kSettingsStorageKey);
  const std::string stored = document.read();
  if (stored.empty()) return;
  const SettingsLoad loaded = decode_settings(stored);
  name_ = loaded.settings.display_name;
  language_ = loaded.settings.language;
  if (loaded.problem) {
    const bool backed_up = document.back_up(stored, now_ms);
    notice_ = StoredDocument::with_backup_note(
        // Translators: {problem} is a whole sentence, e.g. "Your saved settings could not be read, so the
        // defaults are used."
        tr("Your saved settings couldn't be read ({problem}).", {{"problem", describe(*loaded.problem)}}), backed_up);
  }
}

std::optional<std::string> Preferences::keep_name(const std::string& cleaned) {
  if (cleaned == name_) return std::nullopt;
  const StorageStatus status = platform_.save(kSettingsStorageKey, encode_settings(Settings{cleaned, language_}));
  // Translators: fills {what} in "This browser's storage is full, so {what} is kept for this visit only."
  if (status != StorageStatus::Ok) return StoredDocument::kept_for_this_visit(status, tr("your name"));
  name_ = cleaned;
  return std::nullopt;
}

void Preferences::keep_language(const std::string& tag) {
  if (tag == language_) return;
  language_ = tag;
  platform_.save(kSettingsStorageKey, encode_settings(Settings{name_, language_}));
}

void Preferences::load_devices(std::int64_t now_ms) {
  StoredDocument document(platform_, kDeviceChoicesStorageKey);
  const std::string stored = document.read();
  if (stored.empty()) return;
  devices_ = decode_device_choices(stored);  // what can't be read falls back to the defaults
  if (!device_choices_readable(stored)) {
    notice_ = StoredDocument::with_backup_note(
        tr("Your saved camera and microphone choices couldn't be read (they are not in a known format)."),
        document.back_up(stored, now_ms));
  }
}

void Preferences::keep_devices(const DeviceChoices& devices) {
  if (devices == devices_) return;
  if (StoredDocument(platform_, kDeviceChoicesStorageKey).write(encode_device_choices(devices)) == StorageStatus::Ok) {
    devices_ = devices;
  }
}

void Preferences::load_deployment(std::int64_t now_ms) {
  StoredDocument document(platform_, kDeploymentStorageKey);
  const std::string stored = document.read();
  if (stored.empty()) return;
  DeploymentLoad loaded = decode_deployment(stored);
  remember_jwt_ = loaded.jwt_keeping == JwtKeeping::Device;
  if (loaded.deployment && loaded.jwt_to_move) {
    // Written when JWTs were kept in localStorage: keep it for this tab only from now on.
    platform_.save_for_tab(kDeploymentJwtTabKey, loaded.deployment->jwt);
    platform_.save(kDeploymentStorageKey, encode_deployment(*loaded.deployment, JwtKeeping::Tab));
  }
  if (loaded.deployment && loaded.deployment->jwt.empty() && !remember_jwt_) {
    if (auto jwt = platform_.load_for_tab(kDeploymentJwtTabKey); jwt && !jwt_problem(*jwt)) loaded.deployment->jwt = *jwt;
  }
  if (policy_.allow_user_deployment) deployment_ = std::move(loaded.deployment);
  if (!loaded.problem) return;
  // Translators: shown in Settings; {problem} is a whole sentence, e.g. "Your saved Jitsi deployment
  // could not be read, so the site's default is used."
  deployment_problem_ = tr("Your saved deployment couldn't be used: {problem}",
                           {{"problem", describe(*loaded.problem)}});
  if (!loaded.deployment) {
    notice_ = StoredDocument::with_backup_note(
        tr("Your saved Jitsi deployment couldn't be read (the site's default is used)."),
        document.back_up(stored, now_ms));
  }
}

StorageStatus Preferences::keep_deployment(const Deployment& chosen, JwtKeeping keeping) {
  deployment_ = chosen;
  remember_jwt_ = keeping == JwtKeeping::Device;
  deployment_problem_.clear();
  platform_.save_for_tab(kDeploymentJwtTabKey, keeping == JwtKeeping::Tab ? chosen.jwt : "");
  return platform_.save(kDeploymentStorageKey, encode_deployment(chosen, keeping));
}

void Preferences::reset_deployment() {
  deployment_.reset();
  remember_jwt_ = false;
  deployment_problem_.clear();
  platform_.save(kDeploymentStorageKey, "");
  platform_.save_for_tab(kDeploymentJwtTabKey, "");
}

}  // namespace cofx
