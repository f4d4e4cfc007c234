// The lobby's Settings tab: which Jitsi deployment meetings run on.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "app/widget_rects.h"
#include "core/deployment/deployment.h"
#include "core/deployment/deployment_check.h"
// app.cpp reaches deployment_label(), joining_notice() and the deployment sentences through here.
#include "app/words/deployment_words.h"

namespace cofx {

struct DeploymentForm {
  Deployment::Kind kind = Deployment::Kind::PublicJitsi;
  std::string domain;
  std::string app_id;
  std::string jwt;
  bool remember_jwt = false;  // keep the JWT in this browser, not only for this tab
};

struct SettingsView {
  bool allowed = true;               // config.json may lock the deployment
  std::string site_default;          // "meet.jit.si", for the note when locked or on reset
  std::string in_use;                // where meetings run now
  std::vector<DeploymentProblem> problems;
  std::string notice;                // "Saved", storage trouble
  std::vector<std::string> trusted;  // servers links may open without asking (trusted_deployment_label)
  std::string trusted_problem;       // that list couldn't be read or saved
};

struct SettingsIntents {
  bool save = false;
  bool reset = false;   // back to the site's default
  bool edited = false;
  std::optional<std::size_t> forget_trusted;  // Remove on that row of `trusted`
};

SettingsIntents draw_settings_tab(DeploymentForm& form, const SettingsView& view, WidgetRects& rects);

// The form for a deployment, and the deployment a form describes (not yet checked).
DeploymentForm form_for(const Deployment& deployment);
Deployment deployment_from(const DeploymentForm& form);

}  // namespace cofx
