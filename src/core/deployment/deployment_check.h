// Deployments typed by a person: normalising and checking each field, and reading a token URL's answer.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/deployment/deployment.h"

namespace cofx {

enum class DeploymentField { Domain, AppId, Jwt, TokenUrl };
// What is wrong with one typed field; app/words/deployment_words.h says it under the field.
enum class FieldProblem {
  DomainEmpty, DomainTooLong, DomainScriptLink, DomainHasScheme, DomainSpaces, DomainUserInfo,
  DomainQuery, DomainNotAscii, DomainEndsInNumber, DomainNotAHost, DomainBadPort, DomainBadPath,
  AppIdEmpty, AppIdMalformed,
  JwtEmpty, JwtTooLong, JwtParts, JwtCharacters,
  TokenUrlEmpty, TokenUrlTooLong, TokenUrlNotHttps, TokenUrlBadHost, TokenUrlBadCharacters,
};
struct DeploymentProblem {
  DeploymentField field;
  FieldProblem problem;
  bool operator==(const DeploymentProblem&) const = default;
};

// Trims whitespace and trailing '/', and lower-cases the host.
std::string normalize_domain(std::string_view input);
// Trimmed, with the scheme and host lower-cased (the rest of the URL is kept as typed).
std::string normalize_token_url(std::string_view input);
// normalize_domain() on domain, trimmed AppID, normalize_token_url(), whitespace removed from the JWT.
Deployment normalize(const Deployment& deployment);

// Each returns nullopt when the (normalized) value is usable.
std::optional<FieldProblem> domain_problem(std::string_view domain);
std::optional<FieldProblem> jaas_app_id_problem(std::string_view app_id);
std::optional<FieldProblem> jwt_problem(std::string_view jwt);  // three base64url parts
// The longest answer a token URL may give: the fetch stops reading past it, and
// jwt_from_token_response() refuses anything longer.
inline constexpr std::size_t kMaxTokenResponseBytes = 256 * 1024;
std::optional<FieldProblem> token_url_problem(std::string_view url);  // https on a valid host

// Only the fields the kind uses: SelfHosted needs a domain, JaaS an AppID; a JWT and
// a token URL are optional but checked when set. Empty when the deployment can be used.
std::vector<DeploymentProblem> deployment_problems(const Deployment& deployment);

// The JWT in a token URL's response: the body itself, or {"token"|"jwt"|"accessToken": "..."}.
std::optional<std::string> jwt_from_token_response(std::string_view body);

}  // namespace cofx
