#include "app/settings_tab.h"

#include <imgui.h>

#include "app/language_picker.h"
#include "app/prejoin_view.h"
#include "app/stored_document.h"
#include "app/ui_parts.h"
#include "app/words/deployment_words.h"
#include "app/words/tr.h"
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
  // After the deployment, whose Save stays in a laptop's view; one row, each language named
  // in itself, so a reader who can't read the rest still finds theirs.
  if (scene.language != nullptr) {
    if (auto picked = draw_language_picker(*scene.language, preferences.language(), rects)) {
      out.choose_language = std::move(*picked);
      out.changed = true;
    }
    ImGui::Spacing();
    ImGui::Separator();
  }
  // Translators: the heading of the settings about joining meetings (the camera check before joining).
  ImGui::TextUnformatted(std::string(tr("Joining")).c_str());
  DeviceChoices devices = preferences.devices();
  if (draw_skip_setting(devices, "settings-skip-check", rects)) {
    out.keep_devices = devices;
    out.changed = true;
  }
  ui::muted_wrapped(
      std::string(tr("Links and invitations always open at the meeting's door, where you check your camera first.")));
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
    // Translators: {place} is a Jitsi server, e.g. "meet.jit.si".
    view_.notice = tr("Meetings run on the site's default, {place}.",
                      {{"place", deployment_label(scene.policy.deployment)}});
    out.changed = true;
  }
  if (intents.save) {
    out.changed = true;
    const Deployment chosen = deployment_from(form_);
    view_.problems = deployment_problems(chosen);
    if (!view_.problems.empty()) return;
    const StorageStatus status =
        preferences.keep_deployment(chosen, form_.remember_jwt ? JwtKeeping::Device : JwtKeeping::Tab);
    if (status == StorageStatus::Ok) {
      // Translators: {place} is a Jitsi server, e.g. "meet.jit.si".
      view_.notice = tr("Saved. New meetings run on {place}.", {{"place", deployment_label(chosen)}});
    } else {
      // Translators: fills {what} in "This browser's storage is full, so {what} is kept for this visit only."
      view_.notice = StoredDocument::kept_for_this_visit(status, tr("this choice"));
    }
  }
}

}  // namespace cofx
