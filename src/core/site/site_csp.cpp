#include "core/site/site_csp.h"

namespace cofx {

namespace {

// scheme://host[:port] of an https URL, or "" when it is not one.
std::string url_origin(std::string_view url) {
  constexpr std::string_view kHttps = "https://";
  if (url.substr(0, kHttps.size()) != kHttps) return {};
  const std::size_t end = url.find_first_of("/?#", kHttps.size());
  return std::string(url.substr(0, end));
}

}  // namespace

std::string content_security_policy(const SitePolicy& policy, CspPlace place) {
  const std::string site_origin = origin(policy.deployment);
  std::string script = "'self' 'wasm-unsafe-eval'";
  if (policy.deployment_script) script += " " + site_origin;
  std::string frame = site_origin;
  if (policy.allow_user_deployment) frame += " https:";
  std::string connect = "'self'";
  if (const std::string token = url_origin(policy.deployment.token_url); !token.empty()) connect += " " + token;

  std::string csp = "default-src 'self'; script-src " + script + "; frame-src " + frame + "; connect-src " + connect +
                    "; img-src 'self' data: blob:; style-src 'self'; font-src 'self'; media-src 'none'; "
                    "worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
  if (place == CspPlace::Header) csp += "; frame-ancestors 'self'";
  return csp;
}

}  // namespace cofx
