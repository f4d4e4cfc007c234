#include "core/deployment/deployment_storage.h"

#include <cstdint>

#include "core/text/json_util.h"
#include "core/text/utf8.h"
#include "core/deployment/deployment_check.h"

namespace cofx {

namespace {

using nlohmann::json;
using Problem = StoredDeploymentProblem;

}  // namespace

std::string encode_deployment(const Deployment& d, JwtKeeping keeping) {
  json document = {{"version", kDeploymentVersion}, {"kind", kind_name(d.kind)}};
  if (!d.domain.empty()) document["domain"] = d.domain;
  if (!d.jaas_app_id.empty()) document["appId"] = d.jaas_app_id;
  if (keeping == JwtKeeping::Device) {
    document["rememberJwt"] = true;
    if (!d.jwt.empty()) document["jwt"] = d.jwt;
  }
  if (!d.token_url.empty()) document["tokenUrl"] = d.token_url;
  return json_util::dump_text(document);
}

DeploymentLoad decode_deployment(std::string_view text) {
  DeploymentLoad load;
  if (utf8::trim(text).empty()) return load;
  auto unusable = [](Problem::Kind problem) {
    DeploymentLoad failed;
    failed.problem = Problem{problem, {}};
    return failed;
  };

  const auto document = json_util::parse(text);
  switch (json_util::check_version(document, kDeploymentVersion)) {
    case json_util::VersionCheck::Current: break;
    case json_util::VersionCheck::Newer:
      return unusable(Problem::Kind::Newer);
    case json_util::VersionCheck::Unreadable: return unusable(Problem::Kind::Unreadable);
  }
  const std::string* kind_text = json_util::string_field(document, "kind");
  const auto kind = kind_text ? kind_from_name(*kind_text) : std::nullopt;
  if (!kind) return unusable(Problem::Kind::Unreadable);

  Deployment d;
  d.kind = *kind;
  struct Field {
    const char* key;
    std::string Deployment::*member;
    std::optional<FieldProblem> (*problem)(std::string_view);
  };
  for (const Field field : {Field{"domain", &Deployment::domain, domain_problem},
                            Field{"appId", &Deployment::jaas_app_id, jaas_app_id_problem},
                            Field{"jwt", &Deployment::jwt, jwt_problem},
                            Field{"tokenUrl", &Deployment::token_url, token_url_problem}}) {
    const auto value = document.find(field.key);
    if (value == document.end()) continue;
    if (value->is_string()) {
      Deployment candidate;  // normalize() treats each field on its own
      candidate.*field.member = value->get_ref<const std::string&>();
      std::string normalized = normalize(candidate).*field.member;
      if (!field.problem(normalized)) {
        d.*field.member = std::move(normalized);
        continue;
      }
    }
    if (!load.problem) {
      load.problem = Problem{Problem::Kind::PartUnreadable, field.key};
    }
  }
  if (!deployment_problems(d).empty()) return unusable(Problem::Kind::Unreadable);
  const auto remember = document.find("rememberJwt");
  if (remember != document.end() && remember->is_boolean() && remember->get<bool>()) {
    load.jwt_keeping = JwtKeeping::Device;
  } else if (!d.jwt.empty()) {
    load.jwt_to_move = true;
  }
  load.deployment = std::move(d);
  return load;
}

}  // namespace cofx
