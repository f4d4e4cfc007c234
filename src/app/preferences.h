// What the person chose and this browser keeps: their display name, camera and
// microphone choices, the Jitsi deployment (with where its JWT is kept), and the servers
// they trust for links. Each is one stored document with a core codec, read through
// StoredDocument (a damaged one is backed up, never overwritten unseen).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "app/trusted_deployment_book.h"
#include "core/deployment/deployment.h"
#include "core/deployment/deployment_storage.h"
#include "core/host/platform.h"
#include "core/meeting/media_devices.h"
#include "core/site/site_policy.h"

namespace cofx {

class Preferences {
 public:
  Preferences(Platform& platform, const SitePolicy& policy);

  void load(std::int64_t now_ms);
  // What loading found damaged, once: "Your saved settings couldn't be read (…). …"
  std::optional<std::string> take_notice() { return std::exchange(notice_, std::nullopt); }

  const std::string& name() const { return name_; }
  // Keeps a checked name; a sentence when storage refused it (kept for this visit).
  std::optional<std::string> keep_name(const std::string& cleaned);

  // The interface language the person chose ("" = the browser's), kept with the name. Storage
  // refusing it changes nothing for this visit.
  const std::string& language() const { return language_; }
  void keep_language(const std::string& tag);

  const DeviceChoices& devices() const { return devices_; }
  void keep_devices(const DeviceChoices& devices);

  // Where new meetings run: the person's deployment when the site allows one, else the site's.
  Deployment deployment() const { return effective_deployment(policy_, deployment_); }
  bool remembers_jwt() const { return remember_jwt_; }
  // Why the stored deployment couldn't be used, for the Settings tab ("" when it could).
  const std::string& deployment_problem() const { return deployment_problem_; }
  StorageStatus keep_deployment(const Deployment& chosen, JwtKeeping keeping);
  void reset_deployment();

  TrustedDeploymentBook& trusted() { return trusted_; }
  const TrustedDeploymentBook& trusted() const { return trusted_; }

 private:
  void load_name(std::int64_t now_ms);
  void load_devices(std::int64_t now_ms);
  void load_deployment(std::int64_t now_ms);

  Platform& platform_;
  const SitePolicy& policy_;
  std::string name_;
  std::string language_;
  DeviceChoices devices_;
  std::optional<Deployment> deployment_;
  bool remember_jwt_ = false;
  std::string deployment_problem_;
  TrustedDeploymentBook trusted_;
  std::optional<std::string> notice_;
};

}  // namespace cofx
