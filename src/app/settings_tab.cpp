#include "app/settings_tab.h"

#include <imgui.h>

#include "app/prejoin_view.h"
#include "app/stored_document.h"
#include "app/ui_parts.h"
#include "app/words/deployment_words.h"
#include "core/deployment/deployment_check.h"

namespace cofx {

void SettingsTab::load(const Preferences& preferences) {
  form_ = form_for(preferences.deployment());
  form_.remember_jwt = preferences.remembers_jwt();
  view_.notice = preferences.deployment_problem();
}

Requests SettingsTab::draw(const Scene& scene, Preferences& preferences, WidgetRects& rects) {
  SettingsView view = view_;
  view.allowed = scene.policy.allow_user_deployment;
  view.site_default = deployment_label(scene.policy.deployment);
  view.in_use = deployment_label(scene.deployment);
  for (const std::string& key : preferences.trusted().places()) view.trusted.push_back(trusted_deployment_label(key));
  view.trusted_problem = preferences.trusted().problem();
  Requests out;
  const SettingsIntents intents = draw_settings_tab(form_, view, rects);
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::TextUnformatted("Joining");
  DeviceChoices devices = preferences.devices();
  if (draw_skip_setting(devices, "settings-skip-check", rects)) {
    out.keep_devices = devices;
    out.changed = true;
  }
  ui::muted_wrapped("Links and invitations always open at the meeting's door, where you check your camera first.");
  apply(intents, scene, preferences, out);
  return out;
}

void SettingsTab::apply(const SettingsIntents& intents, const Scene& scene, Preferences& preferences,
                        Requests& out) {
  if (intents.edited) view_.problems.clear(), view_.notice.clear(), out.changed = true;
  if (intents.forget_trusted) {
    preferences.trusted().remove(*intents.forget_trusted, scene.now_ms);
    out.rows_gone = true;
    out.changed = true;
  }
  if (intents.reset) {
    preferences.reset_deployment();
    form_ = form_for(scene.policy.deployment);
    view_.notice = "Meetings run on the site's default, " + deployment_label(scene.policy.deployment) + ".";
    out.changed = true;
  }
  if (intents.save) {
    out.changed = true;
    const Deployment chosen = deployment_from(form_);
    view_.problems = deployment_problems(chosen);
    if (!view_.problems.empty()) return;
    const StorageStatus status =
        preferences.keep_deployment(chosen, form_.remember_jwt ? JwtKeeping::Device : JwtKeeping::Tab);
    view_.notice = status == StorageStatus::Ok ? "Saved. New meetings run on " + deployment_label(chosen) + "."
                                               : StoredDocument::kept_for_this_visit(status, "this choice");
  }
}

}  // namespace cofx
