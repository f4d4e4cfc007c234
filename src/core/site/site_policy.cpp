#include "core/site/site_policy.h"
#include "core/text/json_util.h"

#include <algorithm>
#include <utility>

#include "core/meeting/config_whitelist.h"
#include "core/text/quoted.h"
#include "core/deployment/deployment_check.h"
#include "core/deployment/deployment_labels.h"

namespace cofx {

namespace {

using nlohmann::json;
using Kind = Deployment::Kind;

constexpr std::size_t kMaxDroppedKeyWarnings = 10;

using json_util::dump_text;

// True when some whitelisted path starts with `prefix` (which ends in '.').
bool has_whitelisted_below(std::string_view prefix) {
  const auto found = std::lower_bound(kJitsiConfigWhitelist.begin(), kJitsiConfigWhitelist.end(), prefix);
  return found != kJitsiConfigWhitelist.end() && found->starts_with(prefix);
}

// Without recursion, so a hostile nesting depth cannot exhaust the stack.
bool deeper_than(const json& value, std::size_t limit) {
  std::vector<std::pair<const json*, std::size_t>> pending = {{&value, 1}};
  while (!pending.empty()) {
    const auto [node, depth] = pending.back();
    pending.pop_back();
    if (!node->is_structured()) continue;
    if (depth > limit) return true;
    for (const json& child : *node) pending.emplace_back(&child, depth + 1);
  }
  return false;
}

// Keeps the whitelisted parts of `object` (found under `prefix`) in `kept`, which sits
// `depth` levels down (1: extraConfig itself); the paths of everything else go to
// `dropped`. False when a value would take `kept` deeper than kMaxExtraConfigDepth: that
// value is left out, checked before it is copied, as copying (like dumping) recurses once
// per level. Whitelisted paths are at most three levels deep, so this recursion is too.
bool keep_whitelisted(const json& object, const std::string& prefix, std::size_t depth, json& kept,
                      std::vector<std::string>& dropped) {
  bool shallow = true;
  for (const auto& [key, value] : object.items()) {
    const std::string path = prefix + key;
    if (key.empty() || key.find('.') != std::string::npos) {
      dropped.push_back(path);  // Jitsi reads nested keys as objects, never as "a.b"
    } else if (is_whitelisted_config_key(path)) {
      if (deeper_than(value, kMaxExtraConfigDepth - depth)) {
        shallow = false;
      } else {
        kept[key] = value;
      }
    } else if (value.is_object() && has_whitelisted_below(path + ".")) {
      json inner = json::object();
      shallow = keep_whitelisted(value, path + ".", depth + 1, inner, dropped) && shallow;
      if (!inner.empty()) kept[key] = std::move(inner);
    } else {
      dropped.push_back(path);
    }
  }
  return shallow;
}

json read_extra_config(const json& value, std::vector<ConfigWarning>& warnings) {
  if (!value.is_object()) {
    warnings.push_back({.kind = ConfigWarning::Kind::ExtraConfigNotObject});
    return json::object();
  }
  json kept = json::object();
  std::vector<std::string> dropped;
  const bool shallow = keep_whitelisted(value, "", 1, kept, dropped);
  for (std::size_t i = 0; i < dropped.size() && i < kMaxDroppedKeyWarnings; ++i) {
    warnings.push_back({.kind = ConfigWarning::Kind::ExtraConfigKeyDropped, .name = quote_for_message(dropped[i])});
  }
  if (dropped.size() > kMaxDroppedKeyWarnings) {
    ConfigWarning more{.kind = ConfigWarning::Kind::ExtraConfigMoreDropped};
    more.count = dropped.size() - kMaxDroppedKeyWarnings;
    warnings.push_back(std::move(more));
  }
  if (!shallow || dump_text(kept).size() > kMaxExtraConfigBytes) {
    ConfigWarning large{.kind = ConfigWarning::Kind::ExtraConfigTooLarge};
    large.count = kMaxExtraConfigBytes / 1024;
    warnings.push_back(std::move(large));
    return json::object();
  }
  return kept;
}

Deployment deployment_for_domain(const std::string& jitsi_domain) {
  const std::string domain = normalize_domain(jitsi_domain);
  return domain == kPublicJitsiDomain ? public_jitsi() : self_hosted(domain);
}

// The "deployment" entry, or nullopt (with a warning) when it cannot be used.
std::optional<Deployment> read_deployment(const json& value, const Deployment& fallback,
                                          std::vector<ConfigWarning>& warnings) {
  const auto instead = [&fallback](ConfigWarning::Kind kind) {
    ConfigWarning warning{.kind = kind};
    warning.fallback = fallback;
    return warning;
  };
  if (!value.is_object()) {
    warnings.push_back(instead(ConfigWarning::Kind::DeploymentNotObject));
    return std::nullopt;
  }
  for (const auto& [key, field] : value.items()) {
    if (key == "jwt") {
      warnings.push_back({.kind = ConfigWarning::Kind::DeploymentJwt});
    } else if (key != "kind" && key != "domain" && key != "appId" && key != "tokenUrl") {
      warnings.push_back({.kind = ConfigWarning::Kind::UnknownEntry, .name = quote_for_message("deployment." + key)});
    }
  }

  const auto kind_field = value.find("kind");
  const auto kind = kind_field != value.end() && kind_field->is_string()
                        ? kind_from_name(kind_field->get_ref<const std::string&>())
                        : std::nullopt;
  if (!kind) {
    warnings.push_back(instead(ConfigWarning::Kind::DeploymentBadKind));
    return std::nullopt;
  }

  Deployment d;
  d.kind = *kind;
  const auto text = [&value](const char* key) -> std::optional<std::string> {
    const auto field = value.find(key);
    if (field == value.end()) return std::nullopt;
    return field->is_string() ? field->get_ref<const std::string&>() : std::string();
  };
  const auto domain = text("domain");
  const auto app_id = text("appId");
  const auto token_url = text("tokenUrl");
  if (domain) d.domain = *domain;
  if (app_id) d.jaas_app_id = *app_id;
  if (token_url) d.token_url = *token_url;
  d = normalize(d);

  if (domain && d.kind != Kind::SelfHosted) {
    warnings.push_back({.kind = ConfigWarning::Kind::DeploymentDomainUnused});
    d.domain.clear();
  }
  if (app_id && d.kind != Kind::JaaS) {
    warnings.push_back({.kind = ConfigWarning::Kind::DeploymentAppIdUnused});
    d.jaas_app_id.clear();
  }
  if (token_url) {
    if (const auto problem = token_url_problem(d.token_url)) {
      ConfigWarning bad{.kind = ConfigWarning::Kind::DeploymentBadTokenUrl};
      bad.field = DeploymentField::TokenUrl;
      bad.problem = *problem;
      warnings.push_back(std::move(bad));
      d.token_url.clear();
    }
  }
  // The token URL is settled above, so what is left is the domain or the AppID.
  if (const auto problems = deployment_problems(d); !problems.empty()) {
    ConfigWarning unusable = instead(ConfigWarning::Kind::DeploymentUnusable);
    unusable.field = problems.front().field == DeploymentField::AppId ? DeploymentField::AppId : DeploymentField::Domain;
    unusable.problem = problems.front().problem;
    warnings.push_back(std::move(unusable));
    return std::nullopt;
  }
  return d;
}

void merge_into(json& target, const json& source, std::size_t depth) {
  if (!target.is_object() || !source.is_object() || depth > kMaxExtraConfigDepth) {
    target = source;
    return;
  }
  for (const auto& [key, value] : source.items()) {
    const auto existing = target.find(key);
    if (existing != target.end() && existing->is_object() && value.is_object()) {
      merge_into(*existing, value, depth + 1);
    } else {
      target[key] = value;
    }
  }
}

}  // namespace

bool is_whitelisted_config_key(std::string_view path) {
  return std::binary_search(kJitsiConfigWhitelist.begin(), kJitsiConfigWhitelist.end(), path);
}

SitePolicyLoad parse_site_policy(std::string_view json_text) {
  SitePolicyLoad load;
  // Read whole (not json_util::parse): one deep value under a key config.json may not even use
  // must not cost the deployer the rest; deep values are refused key by key (deeper_than).
  const auto document = nlohmann::json::parse(json_text, nullptr, false);
  if (document.is_discarded() || !document.is_object()) {
    SiteConfigLoad site = parse_site_config(json_text);
    load.config = std::move(site.config);
    load.warnings = std::move(site.warnings);
    load.config.jitsi_domain = api_domain(load.policy.deployment);
    return load;
  }

  // parse_site_config() gets the entries it knows about. Values it refuses anyway
  // become null, so its warnings stay its own and the text it parses stays flat.
  json rest = json::object();
  for (const auto& [key, value] : document.items()) {
    if (key == "deployment" || key == "allowUserDeployment" || key == "extraConfig" || key == "iframeApi") continue;
    rest[key] = value.is_string() ? value : json(nullptr);
  }
  SiteConfigLoad site = parse_site_config(dump_text(rest));
  load.config = std::move(site.config);
  load.warnings = std::move(site.warnings);

  const Deployment from_domain = deployment_for_domain(load.config.jitsi_domain);
  load.policy.deployment = from_domain;
  if (const auto entry = document.find("deployment"); entry != document.end()) {
    if (auto d = read_deployment(*entry, from_domain, load.warnings)) {
      if (document.contains("jitsiDomain") && !same_deployment(*d, from_domain)) {
        load.warnings.push_back({.kind = ConfigWarning::Kind::JitsiDomainIgnored});
      }
      load.policy.deployment = std::move(*d);
    }
  }
  load.config.jitsi_domain = api_domain(load.policy.deployment);

  if (const auto allow = document.find("allowUserDeployment"); allow != document.end()) {
    if (allow->is_boolean()) {
      load.policy.allow_user_deployment = allow->get<bool>();
    } else {
      load.warnings.push_back({.kind = ConfigWarning::Kind::AllowUserDeploymentNotBool});
    }
  }
  if (const auto extra = document.find("extraConfig"); extra != document.end()) {
    load.policy.extra_config = read_extra_config(*extra, load.warnings);
  }
  if (const auto api = document.find("iframeApi"); api != document.end()) {
    if (api->is_string() && (*api == "site" || *api == "deployment")) {
      load.policy.deployment_script = *api == "deployment";
    } else {
      load.warnings.push_back({.kind = ConfigWarning::Kind::BadIframeApi});
    }
  }
  return load;
}

std::string iframe_api_url(const SitePolicy& policy, const Deployment& deployment, std::string_view bundled_url) {
  if (policy.deployment_script && same_deployment(deployment, policy.deployment)) return script_url(deployment);
  return std::string(bundled_url);
}

Deployment effective_deployment(const SitePolicy& policy, const std::optional<Deployment>& saved) {
  const Deployment& site = policy.deployment;
  if (!saved || !deployment_problems(*saved).empty()) return site;
  if (same_deployment(*saved, site)) {
    Deployment merged = site;
    merged.jwt = saved->jwt;
    if (merged.token_url.empty()) merged.token_url = saved->token_url;
    return merged;
  }
  return policy.allow_user_deployment ? *saved : site;
}

LinkDecision deployment_for_link(const SitePolicy& policy, const Deployment& effective,
                         const LinkDeployment& link) {
  const Deployment& target = link.deployment ? *link.deployment : policy.deployment;
  if (same_deployment(target, effective)) return {effective, false, std::nullopt};
  if (same_deployment(target, policy.deployment)) return {policy.deployment, false, std::nullopt};
  if (!policy.allow_user_deployment) {
    return {effective, false, LinkRefusal{target, policy.deployment}};
  }
  Deployment guest = target;
  guest.jwt.clear();  // a link never carries one, and the user's belongs to another place
  return {guest, true, std::nullopt};
}

void apply_extra_config(json& options, const json& extra_config) {
  if (!options.is_object()) options = json::object();
  if (!extra_config.is_object() || extra_config.empty()) return;
  // parse_site_policy() keeps it shallow; a deeper one would be copied level by level below.
  if (deeper_than(extra_config, kMaxExtraConfigDepth)) return;
  json& config = options["configOverwrite"];
  if (!config.is_object()) config = json::object();
  merge_into(config, extra_config, 0);
}

}  // namespace cofx
