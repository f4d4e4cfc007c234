#include "app/words/site_words.h"

#include "app/words/deployment_words.h"
#include "app/words/tr.h"

namespace cofx {

// The messages are for whoever hosts the site: JSON keys and values stay as they are written
// in config.json.
std::string describe(const ConfigWarning& warning) {
  using K = ConfigWarning::Kind;
  const std::string place = deployment_label(warning.fallback);
  const std::string count = std::to_string(warning.count);
  switch (warning.kind) {
    case K::NotJson: return std::string(tr("config.json is not valid JSON, so the default settings are used."));
    case K::NotObject:
      return std::string(tr("config.json should hold one JSON object, so the default settings are used."));
    case K::BadJitsiDomain:
      // Translators: {domain} is the Jitsi server used instead ("meet.jit.si").
      return tr("config.json: \"jitsiDomain\" must be a host name such as meet.jit.si (no https://), so {domain} is "
                "used.", {{"domain", kDefaultJitsiDomain}});
    case K::BadTitle:
      // Translators: {title} is the site's name used instead ("Cof-iniX Ultra Conferencing").
      return tr("config.json: \"title\" must be a non-empty text, so \"{title}\" is used.", {{"title", kDefaultTitle}});
    case K::UnknownEntry:
      // Translators: {name} is the entry's key in quotes ("\"x\"").
      return tr("config.json: the unknown entry {name} is ignored.", {{"name", warning.name}});
    case K::ExtraConfigNotObject:
      return std::string(tr("config.json: \"extraConfig\" must be an object of Jitsi config keys, so it is ignored."));
    case K::ExtraConfigKeyDropped:
      // Translators: {name} is the key's path in quotes ("\"toolbarButtons\"").
      return tr("config.json: extraConfig {name} is not a key Jitsi accepts from an embedding page, so it is "
                "ignored.", {{"name", warning.name}});
    case K::ExtraConfigMoreDropped:
      // Translators: {n} is how many more keys were left out (the English says "keys" even for 1).
      return trn("config.json: {n} more extraConfig keys are ignored for the same reason.",
                 "config.json: {n} more extraConfig keys are ignored for the same reason.",
                 static_cast<long>(warning.count));
    case K::ExtraConfigTooLarge:
      // Translators: {kb} is the most kilobytes extraConfig may hold.
      return tr("config.json: \"extraConfig\" is too large or too deeply nested (at most {kb} KB), so it is "
                "ignored.", {{"kb", count}});
    case K::DeploymentNotObject:
      // Translators: {place} is the Jitsi server used instead ("meet.jit.si"); keep the JSON example as it is.
      return tr("config.json: \"deployment\" must be an object such as {{\"kind\": \"self-hosted\", "
                "\"domain\": \"jitsi.example.org\"}}, so {place} is used.", {{"place", place}});
    case K::DeploymentJwt:
      return std::string(tr("config.json: \"deployment.jwt\" is ignored: anyone can read config.json, so a JWT "
                            "must never be in it (use \"tokenUrl\")."));
    case K::DeploymentBadKind:
      // Translators: {place} is the Jitsi server used instead ("meet.jit.si").
      return tr("config.json: \"deployment.kind\" must be \"meet.jit.si\", \"self-hosted\" or \"jaas\", so {place} "
                "is used.", {{"place", place}});
    case K::DeploymentDomainUnused:
      return std::string(tr("config.json: \"deployment.domain\" is only used with \"self-hosted\" and is "
                            "ignored."));
    case K::DeploymentAppIdUnused:
      return std::string(tr("config.json: \"deployment.appId\" is only used with \"jaas\" and is ignored."));
    case K::DeploymentBadTokenUrl:
      // Translators: {problem} is a sentence saying what is wrong with the token URL.
      return tr("config.json: \"deployment.tokenUrl\" is ignored. {problem}", {{"problem", describe(warning.problem)}});
    case K::DeploymentUnusable: {
      const std::string problem = describe(warning.problem);
      // Translators: {place} is the Jitsi server used instead ("meet.jit.si"), {problem} a sentence
      // saying what is wrong with the value.
      if (warning.field == DeploymentField::AppId) {
        return tr("config.json: \"deployment.appId\" cannot be used, so {place} is used. {problem}",
                  {{"place", place}, {"problem", problem}});
      }
      return tr("config.json: \"deployment.domain\" cannot be used, so {place} is used. {problem}",
                {{"place", place}, {"problem", problem}});
    }
    case K::JitsiDomainIgnored:
      return std::string(tr("config.json: \"jitsiDomain\" is ignored because \"deployment\" is set."));
    case K::AllowUserDeploymentNotBool:
      return std::string(tr("config.json: \"allowUserDeployment\" must be true or false, so users may choose "
                            "their own deployment."));
    case K::BadIframeApi:
      return std::string(
          tr("config.json: \"iframeApi\" must be \"site\" or \"deployment\", so the site's own copy is used."));
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
  // Translators: {link_place} and {site_place} are Jitsi servers ("jitsi.example.org", "meet.jit.si").
  return tr("This link is for a meeting on {link_place}, but this site only joins meetings on {site_place}.",
            {{"link_place", deployment_label(refusal.link_place)}, {"site_place", deployment_label(refusal.site_place)}});
}

std::string describe(const SettingsProblem& problem) {
  switch (problem.kind) {
    case SettingsProblem::Kind::Unreadable:
      return std::string(tr("Your saved settings could not be read, so the defaults are used."));
    case SettingsProblem::Kind::Newer:
      return std::string(tr("Your saved settings were written by a newer version of Cof-iniX, so the defaults are "
                            "used."));
    case SettingsProblem::Kind::NameUnreadable:
      return std::string(tr("Your saved name could not be read. Please enter it again."));
  }
  return {};
}

}  // namespace cofx
