#include "app/words/site_words.h"

#include "app/words/deployment_words.h"

namespace cofx {

std::string describe(const ConfigWarning& warning) {
  using K = ConfigWarning::Kind;
  const std::string instead = ", so " + deployment_label(warning.fallback) + " is used.";
  switch (warning.kind) {
    case K::NotJson: return "config.json is not valid JSON, so the default settings are used.";
    case K::NotObject: return "config.json should hold one JSON object, so the default settings are used.";
    case K::BadJitsiDomain:
      return std::string("config.json: \"jitsiDomain\" must be a host name such as meet.jit.si "
                         "(no https://), so ") +
             kDefaultJitsiDomain + " is used.";
    case K::BadTitle:
      return std::string("config.json: \"title\" must be a non-empty text, so \"") + kDefaultTitle +
             "\" is used.";
    case K::UnknownEntry: return "config.json: the unknown entry " + warning.name + " is ignored.";
    case K::ExtraConfigNotObject:
      return "config.json: \"extraConfig\" must be an object of Jitsi config keys, so it is ignored.";
    case K::ExtraConfigKeyDropped:
      return "config.json: extraConfig " + warning.name +
             " is not a key Jitsi accepts from an embedding page, so it is ignored.";
    case K::ExtraConfigMoreDropped:
      return "config.json: " + std::to_string(warning.count) +
             " more extraConfig keys are ignored for the same reason.";
    case K::ExtraConfigTooLarge:
      return "config.json: \"extraConfig\" is too large or too deeply nested (at most " +
             std::to_string(warning.count) + " KB), so it is ignored.";
    case K::DeploymentNotObject:
      return "config.json: \"deployment\" must be an object such as {\"kind\": \"self-hosted\", "
             "\"domain\": \"jitsi.example.org\"}" + instead;
    case K::DeploymentJwt:
      return "config.json: \"deployment.jwt\" is ignored: anyone can read config.json, so a JWT "
             "must never be in it (use \"tokenUrl\").";
    case K::DeploymentBadKind:
      return "config.json: \"deployment.kind\" must be \"meet.jit.si\", \"self-hosted\" or "
             "\"jaas\"" + instead;
    case K::DeploymentDomainUnused:
      return "config.json: \"deployment.domain\" is only used with \"self-hosted\" "
             "and is ignored.";
    case K::DeploymentAppIdUnused:
      return "config.json: \"deployment.appId\" is only used with \"jaas\" and is "
             "ignored.";
    case K::DeploymentBadTokenUrl:
      return "config.json: \"deployment.tokenUrl\" is ignored. " + describe(warning.problem);
    case K::DeploymentUnusable: {
      const char* key = warning.field == DeploymentField::AppId ? "appId" : "domain";
      return "config.json: \"deployment." + std::string(key) + "\" cannot be used" + instead + " " +
             describe(warning.problem);
    }
    case K::JitsiDomainIgnored:
      return "config.json: \"jitsiDomain\" is ignored because \"deployment\" is set.";
    case K::AllowUserDeploymentNotBool:
      return "config.json: \"allowUserDeployment\" must be true or false, so users may choose "
             "their own deployment.";
    case K::BadIframeApi:
      return "config.json: \"iframeApi\" must be \"site\" or \"deployment\", so the site's own copy is used.";
  }
  return {};
}

std::vector<std::string> describe(const std::vector<ConfigWarning>& warnings) {
  std::vector<std::string> sentences;
  sentences.reserve(warnings.size());
  for (const ConfigWarning& warning : warnings) sentences.push_back(describe(warning));
  return sentences;
}

std::string describe(const LinkRefusal& refusal) {
  return "This link is for a meeting on " + deployment_label(refusal.link_place) +
         ", but this site only joins meetings on " + deployment_label(refusal.site_place) + ".";
}

std::string describe(const SettingsProblem& problem) {
  switch (problem.kind) {
    case SettingsProblem::Kind::Unreadable: return "Your saved settings could not be read, so the defaults are used.";
    case SettingsProblem::Kind::Newer:
      return "Your saved settings were written by a newer version of Cof-iniX, so the defaults are "
             "used.";
    case SettingsProblem::Kind::NameUnreadable: return "Your saved name could not be read. Please enter it again.";
  }
  return {};
}

}  // namespace cofx
