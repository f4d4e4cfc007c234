#include "core/deployment/deployment.h"
#include "core/deployment/deployment_check.h"

namespace cofx {

using Kind = Deployment::Kind;
using nlohmann::json;

Kind usable_kind(const Deployment& d) {
  if (d.kind == Kind::SelfHosted && domain_problem(d.domain)) return Kind::PublicJitsi;
  if (d.kind == Kind::JaaS && jaas_app_id_problem(d.jaas_app_id)) return Kind::PublicJitsi;
  return d.kind;
}

std::string_view kind_name(Kind kind) {
  switch (kind) {
    case Kind::PublicJitsi: return "meet.jit.si";
    case Kind::SelfHosted: return "self-hosted";
    case Kind::JaaS: return "jaas";
  }
  return "meet.jit.si";
}

std::optional<Kind> kind_from_name(std::string_view name) {
  for (Kind kind : {Kind::PublicJitsi, Kind::SelfHosted, Kind::JaaS}) {
    if (name == kind_name(kind)) return kind;
  }
  return std::nullopt;
}

Deployment public_jitsi() { return Deployment{}; }

Deployment self_hosted(std::string domain) {
  Deployment d;
  d.kind = Kind::SelfHosted;
  d.domain = std::move(domain);
  return d;
}

Deployment jaas(std::string app_id) {
  Deployment d;
  d.kind = Kind::JaaS;
  d.jaas_app_id = std::move(app_id);
  return d;
}

std::string api_domain(const Deployment& d) {
  switch (usable_kind(d)) {
    case Kind::SelfHosted: return d.domain;
    case Kind::JaaS: return kJaasDomain;
    case Kind::PublicJitsi: break;
  }
  return kPublicJitsiDomain;
}

std::string script_url(const Deployment& d) {
  if (usable_kind(d) == Kind::JaaS) {
    return std::string("https://") + kJaasDomain + "/" + d.jaas_app_id + "/external_api.js";
  }
  return "https://" + api_domain(d) + "/external_api.js";
}

std::string origin(const Deployment& d) {
  const std::string domain = api_domain(d);
  return "https://" + domain.substr(0, domain.find('/'));
}

std::string room_name(const Deployment& d, const RoomCode& code) {
  if (usable_kind(d) == Kind::JaaS) return d.jaas_app_id + "/" + code.str();
  return code.str();
}

std::optional<std::string> jwt_for(const Deployment& d) {
  if (usable_kind(d) == Kind::PublicJitsi || d.jwt.empty() || jwt_problem(d.jwt)) {
    return std::nullopt;
  }
  return d.jwt;
}

void apply_deployment(json& options, const Deployment& d, const RoomCode& code) {
  if (!options.is_object()) options = json::object();
  options["roomName"] = room_name(d, code);
  if (const auto jwt = jwt_for(d)) {
    options[kJwtOption] = *jwt;
  } else {
    options.erase(kJwtOption);
  }
}

// --- places ------------------------------------------------------------------------

std::string deployment_key(const Deployment& d) {
  switch (usable_kind(d)) {
    case Kind::SelfHosted: return normalize_domain(d.domain);
    case Kind::JaaS: return std::string(kJaasDomain) + "/" + d.jaas_app_id;
    case Kind::PublicJitsi: break;
  }
  return kPublicJitsiDomain;
}

bool same_deployment(const Deployment& a, const Deployment& b) { return deployment_key(a) == deployment_key(b); }

}  // namespace cofx
