#include "app/settings_view.h"

#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/theme.h"
#include "app/ui_parts.h"
#include "app/words/deployment_words.h"
#include "app/words/tr.h"

namespace cofx {
namespace {

using ui::muted_wrapped;

void field_problem(const SettingsView& view, DeploymentField field) {
  for (const DeploymentProblem& problem : view.problems) {
    if (problem.field != field) continue;
    ImGui::PushStyleColor(ImGuiCol_Text, theme_colors().error_text);
    ImGui::TextWrapped("%s", describe(problem.problem).c_str());
    ImGui::PopStyleColor();
  }
}

// `heading` in the person's language; `hint` an example value, the same in every language.
bool text_field(const std::string& heading, const char* id, const char* hint, std::string& value, const char* widget,
                WidgetRects& rects, ImGuiInputTextFlags flags = 0) {
  ImGui::TextWrapped("%s", heading.c_str());  // a translated heading may be longer than the field
  ImGui::SetNextItemWidth(-FLT_MIN);
  const bool edited = ImGui::InputTextWithHint(id, hint, &value, flags);
  // A secret (the JWT) is never copied into the page.
  if ((flags & ImGuiInputTextFlags_Password) != 0) rects.track_last_secret_field(widget, heading);
  else rects.track_last_text_field(widget, heading, value);
  return edited;
}

// `words` in the person's language.
bool kind_choice(std::string_view words, Deployment::Kind kind, DeploymentForm& form, const char* widget,
                 WidgetRects& rects) {
  const bool chosen = ImGui::RadioButton(label(words, widget).c_str(), form.kind == kind);
  rects.track_last_item(widget);
  rects.last().role = WidgetRole::Radio;
  rects.last().checkable = true;
  rects.last().checked = form.kind == kind;
  if (chosen) form.kind = kind;
  if (form.kind == kind) {
    ImGui::Indent();
    muted_wrapped(deployment_note(kind));
    ImGui::Unindent();
  }
  return chosen;
}

// The servers a person said "Join there" to: links to them open without asking, until removed.
void draw_trusted_deployments(const SettingsView& view, WidgetRects& rects, SettingsIntents& out) {
  if (view.trusted.empty() && view.trusted_problem.empty()) return;
  ImGui::Spacing();
  ImGui::Separator();
  const std::string heading(tr("Servers you trust for links"));
  ImGui::TextUnformatted(heading.c_str());
  muted_wrapped(std::string(tr("Links to these servers open their meeting's door without asking first.")));
  ui::message(view.trusted_problem, theme_colors().error_text, WidgetRole::Alert, "trusted-problem", rects);
  if (view.trusted.empty()) return;
  const float remove_width = 6.0f * ui::em();
  WidgetGroup list = rects.group("trusted", GroupRole::List, heading);
  for (std::size_t i = 0; i < view.trusted.size(); ++i) {
    const std::string suffix = std::to_string(i);
    WidgetGroup item = rects.group("trusted-" + suffix, GroupRole::Listitem, view.trusted[i]);
    ImGui::PushID(static_cast<int>(i));
    const float left = ImGui::GetCursorPosX();
    const float text_width = std::max(ImGui::GetContentRegionAvail().x - remove_width - ImGui::GetStyle().ItemSpacing.x,
                                      ui::em());
    ImGui::PushTextWrapPos(left + text_width);
    ImGui::TextUnformatted(view.trusted[i].c_str());
    ImGui::PopTextWrapPos();
    ImGui::SameLine(left + text_width + ImGui::GetStyle().ItemSpacing.x);
    // Translators: a button on a trusted server's row: stop trusting it.
    if (ImGui::Button(label(tr("Remove"), "remove").c_str(), ImVec2(remove_width, 0))) out.forget_trusted = i;
    rects.track_last_item("trusted-remove-" + suffix);
    // Translators: what a screen reader says for the Remove button; {place} is a Jitsi server.
    rects.last().label = tr("Stop trusting {place}", {{"place", view.trusted[i]}});
    ImGui::PopID();
  }
}

}  // namespace

DeploymentForm form_for(const Deployment& deployment) {
  return DeploymentForm{deployment.kind, deployment.domain, deployment.jaas_app_id, deployment.jwt, false};
}

Deployment deployment_from(const DeploymentForm& form) {
  Deployment deployment;
  deployment.kind = form.kind;
  deployment.domain = form.domain;
  deployment.jaas_app_id = form.app_id;
  deployment.jwt = form.jwt;
  if (form.kind == Deployment::Kind::PublicJitsi) deployment.domain = kPublicJitsiDomain;
  return normalize(deployment);
}

SettingsIntents draw_settings_tab(DeploymentForm& form, const SettingsView& view, WidgetRects& rects) {
  SettingsIntents out;
  // Translators: the heading of the choice of the Jitsi server meetings run on.
  const std::string heading(tr("Jitsi deployment"));
  ImGui::TextUnformatted(heading.c_str());
  // Translators: {place} is a Jitsi server, e.g. "meet.jit.si".
  muted_wrapped(tr("Meetings now run on {place}.", {{"place", view.in_use}}));
  if (!view.allowed) {
    // Translators: {place} is a Jitsi server, e.g. "meet.jit.si".
    muted_wrapped(tr("This site runs every meeting on {place}; whoever hosts it has turned off choosing another "
                     "deployment.",
                     {{"place", view.site_default}}));
    return out;
  }
  ImGui::Spacing();
  // The fields a choice needs stay beside it, inside the group, in reading order.
  rects.begin_group("deployment-kinds", GroupRole::Radiogroup, heading);
  // Translators: the free public Jitsi server.
  out.edited |= kind_choice(tr("meet.jit.si (public)"), Deployment::Kind::PublicJitsi, form, "kind-public", rects);
  // Translators: a Jitsi server the person (or their organisation) runs themselves.
  out.edited |= kind_choice(tr("Self-hosted Jitsi"), Deployment::Kind::SelfHosted, form, "kind-self", rects);
  if (form.kind == Deployment::Kind::SelfHosted) {
    // Translators: the field for a self-hosted Jitsi server's address; keep "host[:port][/path]" as it is.
    out.edited |= text_field(std::string(tr("Domain (host[:port][/path])")), "##domain", "jitsi.example.org",
                             form.domain, "deployment-domain", rects);
    field_problem(view, DeploymentField::Domain);
  }
  // Translators: 8x8's hosted Jitsi (JaaS); "Jitsi as a Service" is the product's name.
  out.edited |= kind_choice(tr("Jitsi as a Service (8x8.vc)"), Deployment::Kind::JaaS, form, "kind-jaas", rects);
  if (form.kind == Deployment::Kind::JaaS) {
    // Translators: the JaaS account's application ID, as 8x8 names it.
    out.edited |= text_field(std::string(tr("AppID")), "##appid", "vpaas-magic-cookie-…", form.app_id, "jaas-app-id",
                             rects);
    field_problem(view, DeploymentField::AppId);
  }
  rects.end_group("deployment-kinds");
  if (form.kind != Deployment::Kind::PublicJitsi) {
    // Translators: JWT is a JSON Web Token (a sign-in token for the server); keep "JWT".
    out.edited |= text_field(std::string(tr("JWT (optional; never in links)")), "##jwt", "eyJ…", form.jwt, "jwt",
                             rects, ImGuiInputTextFlags_Password);
    field_problem(view, DeploymentField::Jwt);
    out.edited |= ui::checkbox(std::string(tr("Remember the JWT on this device")), &form.remember_jwt, "remember-jwt",
                               rects);
    muted_wrapped(std::string(form.remember_jwt
                                  ? tr("Risk: anyone using this browser profile, and any script that ever runs on "
                                       "this site, can read it until you sign out of the deployment or turn this off.")
                                  : tr("Kept for this tab only: closing it forgets the JWT.")));
    // Translators: keep "Content-Security-Policy", "frame-src" and "script-src" as they are (web standards).
    muted_wrapped(std::string(tr("A domain other than the site's own must also be allowed by the site's "
                                 "Content-Security-Policy (frame-src and script-src).")));
  }
  ImGui::Spacing();
  const std::string save = label(tr("Save"), "save-deployment");
  if (ImGui::Button(save.c_str())) out.save = true;
  rects.track_last_item("save-deployment");
  // Beside Save; on a phone in fewer words, so it still fits there (the full ones for screen readers).
  // Translators: a button: forget the chosen server and use the site's; {place} is a Jitsi server.
  const std::string reset = tr("Use the site default ({place})", {{"place", view.site_default}});
  std::string shown = reset;
  if (ui::button_width(save.c_str()) + ImGui::GetStyle().ItemSpacing.x + ui::button_width(reset.c_str()) >
      ImGui::GetContentRegionAvail().x) {
    // Translators: the shorter "Use the site default ({place})", for a phone's narrow screen.
    shown = tr("Site default ({place})", {{"place", view.site_default}});
  }
  ui::same_line_if_fits(ui::button_width(shown.c_str()));
  if (ImGui::Button(label(shown, "reset-deployment").c_str())) out.reset = true;
  rects.track_last_item("reset-deployment");
  rects.last().label = reset;
  ui::message(view.notice, theme_colors().muted_text, WidgetRole::Status, "settings-notice", rects);
  draw_trusted_deployments(view, rects, out);
  return out;
}

}  // namespace cofx
