#include "core/deployment/deployment_check.h"

#include "core/text/json_util.h"
#include "core/site/site_config.h"
#include "core/text/utf8.h"

namespace cofx {

namespace {

using Kind = Deployment::Kind;
using nlohmann::json;


char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string ascii_lowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

bool is_hex_lower(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

bool is_base64url(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

bool has_space_or_control(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const utf8::Step step = utf8::decode(text, pos);
    if (step.valid && (step.code_point < 0x20 || step.code_point == 0x7F ||
                       (step.code_point >= 0x80 && step.code_point <= 0x9F) ||
                       utf8::is_space(step.code_point))) {
      return true;
    }
    pos += step.length;
  }
  return false;
}

// Printable ASCII that needs no escaping in a URL's path and query.
bool is_url_char(char c) {
  if (c <= 0x20 || c >= 0x7F) return false;
  switch (c) {
    case '"': case '<': case '>': case '\\': case '^': case '`': case '{': case '|': case '}':
    case '#':
      return false;
    default:
      return true;
  }
}

}  // namespace

std::string normalize_domain(std::string_view input) {
  // Trailing slashes and spaces in any mix ("host/ /"), so that normalizing twice
  // changes nothing.
  std::string_view kept = utf8::trim(input);
  while (kept.ends_with('/')) kept = utf8::trim(kept.substr(0, kept.size() - 1));
  std::string domain(kept);
  const std::size_t slash = domain.find('/');
  for (std::size_t i = 0; i < domain.size() && i < slash; ++i) domain[i] = ascii_lower(domain[i]);
  return domain;
}

std::string normalize_token_url(std::string_view input) {
  std::string url(utf8::trim(input));
  // Scheme and host are case-insensitive: lower-cased here, "HTTPS://Auth.Example.org/t" is the
  // same URL to the check, the CSP (its origin) and the fetch.
  const std::size_t scheme_end = url.find("://");
  if (scheme_end == std::string::npos) return url;
  const std::size_t host_end = url.find_first_of("/?#", scheme_end + 3);
  for (std::size_t i = 0; i < url.size() && i < host_end; ++i) url[i] = ascii_lower(url[i]);
  return url;
}

Deployment normalize(const Deployment& deployment) {
  Deployment d = deployment;
  d.domain = normalize_domain(d.domain);
  d.jaas_app_id = ascii_lowered(utf8::trim(d.jaas_app_id));
  d.token_url = normalize_token_url(d.token_url);
  std::string jwt;
  for (char c : d.jwt) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') jwt.push_back(c);  // pasted line breaks
  }
  d.jwt = std::move(jwt);
  return d;
}

std::optional<FieldProblem> domain_problem(std::string_view domain) {
  if (domain.empty()) return FieldProblem::DomainEmpty;
  if (domain.size() > kMaxDomainBytes) return FieldProblem::DomainTooLong;
  // Valid is valid ("data:8080" is the host "data" on port 8080); the checks below
  // only choose the message for what is not.
  if (is_valid_jitsi_domain(domain)) return std::nullopt;
  const std::string lower = ascii_lowered(domain.substr(0, 16));
  for (std::string_view scheme : {"javascript:", "data:", "vbscript:", "blob:", "file:"}) {
    if (lower.starts_with(scheme)) return FieldProblem::DomainScriptLink;
  }
  if (domain.find("://") != std::string_view::npos || domain.starts_with("//")) {
    return FieldProblem::DomainHasScheme;
  }
  if (has_space_or_control(domain)) return FieldProblem::DomainSpaces;
  if (domain.find('@') != std::string_view::npos) {
    return FieldProblem::DomainUserInfo;
  }
  if (domain.find_first_of("?#") != std::string_view::npos) {
    return FieldProblem::DomainQuery;
  }
  for (char c : domain) {
    if (static_cast<unsigned char>(c) >= 0x80u) {
      return FieldProblem::DomainNotAscii;
    }
  }
  // Check each piece through is_valid_jitsi_domain() on a stand-in host, so the
  // rules live in one place and each problem gets its own message.
  const std::size_t slash = domain.find('/');
  const std::string_view authority = domain.substr(0, slash);
  const std::size_t colon = authority.find(':');
  const std::string_view host = authority.substr(0, colon);
  if (!is_valid_jitsi_domain(host) && host_ends_in_number(host)) {
    return FieldProblem::DomainEndsInNumber;
  }
  if (!is_valid_jitsi_domain(host)) return FieldProblem::DomainNotAHost;
  if (colon != std::string_view::npos &&
      !is_valid_jitsi_domain("h:" + std::string(authority.substr(colon + 1)))) {
    return FieldProblem::DomainBadPort;
  }
  if (slash != std::string_view::npos &&
      !is_valid_jitsi_domain("h/" + std::string(domain.substr(slash + 1)))) {
    return FieldProblem::DomainBadPath;
  }
  return FieldProblem::DomainNotAHost;
}

std::optional<FieldProblem> jaas_app_id_problem(std::string_view app_id) {
  if (app_id.empty()) return FieldProblem::AppIdEmpty;
  bool ok = app_id.starts_with(kJaasAppIdPrefix) &&
            app_id.size() == kJaasAppIdPrefix.size() + kJaasAppIdHexDigits;
  for (std::size_t i = kJaasAppIdPrefix.size(); ok && i < app_id.size(); ++i) {
    ok = is_hex_lower(app_id[i]);
  }
  if (ok) return std::nullopt;
  return FieldProblem::AppIdMalformed;
}

std::optional<FieldProblem> jwt_problem(std::string_view jwt) {
  if (jwt.empty()) return FieldProblem::JwtEmpty;
  if (jwt.size() > kMaxJwtBytes) return FieldProblem::JwtTooLong;
  std::size_t parts = 0;
  bool chars_ok = true;
  std::string_view rest = jwt;
  for (;;) {
    const std::size_t dot = rest.find('.');
    const std::string_view part = rest.substr(0, dot);
    ++parts;
    if (part.empty() || part.size() % 4 == 1) chars_ok = false;
    for (char c : part) chars_ok = chars_ok && is_base64url(c);
    if (dot == std::string_view::npos) break;
    rest.remove_prefix(dot + 1);
  }
  if (parts != 3) return FieldProblem::JwtParts;
  if (!chars_ok) return FieldProblem::JwtCharacters;
  return std::nullopt;
}

std::optional<FieldProblem> token_url_problem(std::string_view url) {
  if (url.empty()) return FieldProblem::TokenUrlEmpty;
  if (url.size() > kMaxTokenUrlBytes) return FieldProblem::TokenUrlTooLong;
  constexpr std::string_view kScheme = "https://";
  if (url.size() < kScheme.size() || ascii_lowered(url.substr(0, kScheme.size())) != kScheme) {
    return FieldProblem::TokenUrlNotHttps;
  }
  const std::string_view rest = url.substr(kScheme.size());
  const std::size_t end = rest.find_first_of("/?#");
  const std::string_view authority = rest.substr(0, end);
  if (authority.find('/') != std::string_view::npos || !is_valid_jitsi_domain(authority)) {
    return FieldProblem::TokenUrlBadHost;
  }
  if (end != std::string_view::npos) {
    for (char c : rest.substr(end)) {
      if (!is_url_char(c)) {
        return FieldProblem::TokenUrlBadCharacters;
      }
    }
  }
  return std::nullopt;
}

std::vector<DeploymentProblem> deployment_problems(const Deployment& d) {
  std::vector<DeploymentProblem> problems;
  auto check = [&problems](DeploymentField field, const std::optional<FieldProblem>& problem) {
    if (problem) problems.push_back({field, *problem});
  };
  if (d.kind == Kind::SelfHosted) check(DeploymentField::Domain, domain_problem(d.domain));
  if (d.kind == Kind::JaaS) check(DeploymentField::AppId, jaas_app_id_problem(d.jaas_app_id));
  if (d.kind != Kind::PublicJitsi && !d.jwt.empty()) {
    check(DeploymentField::Jwt, jwt_problem(d.jwt));
  }
  if (!d.token_url.empty()) check(DeploymentField::TokenUrl, token_url_problem(d.token_url));
  return problems;
}

std::optional<std::string> jwt_from_token_response(std::string_view body) {
  if (body.size() > kMaxTokenResponseBytes) return std::nullopt;
  const std::string_view trimmed = utf8::trim(body);
  if (!jwt_problem(trimmed)) return std::string(trimmed);
  const auto document = json_util::parse(trimmed);
  if (document.is_discarded() || !document.is_object()) return std::nullopt;
  for (const char* key : {"token", "jwt", "accessToken"}) {
    const std::string* value = json_util::string_field(document, key);
    if (!value) continue;
    const std::string_view token = utf8::trim(*value);
    if (!jwt_problem(token)) return std::string(token);
  }
  return std::nullopt;
}

}  // namespace cofx
