#include "core/deployment/deployment_links.h"

#include "core/links/route.h"
#include "core/deployment/deployment_check.h"

namespace cofx {

using Kind = Deployment::Kind;

void add_deployment_params(std::map<std::string, std::string>& params, const Deployment& d,
                           const Deployment& site_default) {
  std::erase_if(params, [](const auto& param) { return is_deployment_param(param.first); });
  if (same_deployment(d, site_default)) return;
  switch (usable_kind(d)) {
    case Kind::PublicJitsi:
      params["dep"] = "public";
      break;
    case Kind::SelfHosted:
      params["dep"] = "self";
      params["host"] = normalize_domain(d.domain);
      break;
    case Kind::JaaS:
      params["dep"] = "jaas";
      params["app"] = d.jaas_app_id;
      break;
  }
}

LinkDeployment deployment_from_params(const std::map<std::string, std::string>& params) {
  LinkDeployment link;
  for (const char* secret : {"jwt", "token", "tokenUrl"}) {
    if (params.contains(secret)) {
      link.ignored.push_back({IgnoredParam::Why::Secret, secret});
    }
  }
  const auto get = [&params](const char* key) -> const std::string* {
    const auto found = params.find(key);
    return found == params.end() ? nullptr : &found->second;
  };
  const std::string* dep = get("dep");
  const std::string* host = get("host");
  const std::string* app = get("app");
  const std::string dep_value = dep ? *dep : std::string();

  if (host && dep_value != "self") {
    link.ignored.push_back({IgnoredParam::Why::HostWithoutSelf, {}});
  }
  if (app && dep_value != "jaas") {
    link.ignored.push_back({IgnoredParam::Why::AppWithoutJaas, {}});
  }
  if (!dep) return link;

  if (dep_value == "public") {
    link.deployment = public_jitsi();
  } else if (dep_value == "self") {
    if (!host) {
      link.ignored.push_back({IgnoredParam::Why::NoServer, {}});
    } else if (const std::string domain = normalize_domain(*host); domain_problem(domain)) {
      link.ignored.push_back({IgnoredParam::Why::BadServer, *host});
    } else {
      link.deployment = self_hosted(domain);
    }
  } else if (dep_value == "jaas") {
    if (!app || jaas_app_id_problem(*app)) {
      link.ignored.push_back({IgnoredParam::Why::BadAppId, app ? *app : std::string()});
    } else {
      link.deployment = jaas(*app);
    }
  } else {
    link.ignored.push_back({IgnoredParam::Why::UnknownDeployment, dep_value});
  }
  return link;
}

bool is_deployment_param(std::string_view key) {
  for (std::string_view ours : {"dep", "host", "app", "jwt", "token", "tokenUrl"}) {
    if (key == ours) return true;
  }
  return false;
}

std::string meeting_hash_for(const RoomCode& code, const Deployment& d,
                             const Deployment& site_default) {
  std::map<std::string, std::string> params;
  add_deployment_params(params, d, site_default);
  std::string hash = meeting_hash(code);
  char separator = '?';
  for (const auto& [key, value] : params) {
    hash += separator + percent_encode(key) + "=" + percent_encode(value);
    separator = '&';
  }
  return hash;
}

}  // namespace cofx
