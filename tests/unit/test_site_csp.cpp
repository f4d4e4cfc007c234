// The Content-Security-Policy scripts/build writes from config.json.
#include <doctest/doctest.h>

#include <string>

#include "app/words/site_words.h"
#include "core/site/site_csp.h"

using namespace cofx;

namespace {

std::string directive(const std::string& csp, const std::string& name) {
  const std::size_t start = csp.find(name + " ");
  if (start == std::string::npos) return "";
  const std::size_t end = csp.find(';', start);
  return csp.substr(start + name.size() + 1, end == std::string::npos ? std::string::npos : end - start - name.size() - 1);
}

}  // namespace

TEST_CASE("CSP: no Jitsi script by default, frames from the site's deployment, any https when users may choose") {
  const SitePolicyLoad load = parse_site_policy(R"({"deployment":{"kind":"self-hosted","domain":"jitsi.example.org:8443/team"},
                                                   "allowUserDeployment":false})");
  const std::string csp = content_security_policy(load.policy, CspPlace::Meta);
  CHECK(directive(csp, "script-src") == "'self' 'wasm-unsafe-eval'");
  CHECK(directive(csp, "frame-src") == "https://jitsi.example.org:8443");
  CHECK(directive(csp, "connect-src") == "'self'");
  CHECK(csp.find("frame-ancestors") == std::string::npos);  // a <meta> policy can't carry it

  const SitePolicyLoad open = parse_site_policy(R"({"allowUserDeployment":true})");
  CHECK(directive(content_security_policy(open.policy, CspPlace::Meta), "frame-src") == "https://meet.jit.si https:");
  CHECK(directive(content_security_policy(open.policy, CspPlace::Header), "frame-ancestors") == "'self'");
}

TEST_CASE("CSP: JaaS frames 8x8.vc, a token URL's origin may be fetched, an opted-in deployment may be scripted") {
  const SitePolicyLoad load = parse_site_policy(R"({"deployment":{"kind":"jaas",
      "appId":"vpaas-magic-cookie-0123456789abcdef0123456789abcdef","tokenUrl":"https://auth.example.org/jaas/token?x=1"},
      "allowUserDeployment":false,"iframeApi":"deployment"})");
  CHECK(load.warnings.empty());
  CHECK(load.policy.deployment_script);
  const std::string csp = content_security_policy(load.policy, CspPlace::Header);
  CHECK(directive(csp, "frame-src") == "https://8x8.vc");
  CHECK(directive(csp, "connect-src") == "'self' https://auth.example.org");
  CHECK(directive(csp, "script-src") == "'self' 'wasm-unsafe-eval' https://8x8.vc");
}

TEST_CASE("iframeApi: only \"site\" or \"deployment\"; anything else is the site's copy with a warning") {
  for (const char* bad : {R"({"iframeApi":"https://evil.example/x.js"})", R"({"iframeApi":true})"}) {
    const SitePolicyLoad load = parse_site_policy(bad);
    CHECK_FALSE(load.policy.deployment_script);
    REQUIRE(load.warnings.size() == 1);
    CHECK(load.warnings[0].kind == ConfigWarning::Kind::BadIframeApi);
    CHECK(describe(load.warnings[0]).find("iframeApi") != std::string::npos);
  }
  CHECK_FALSE(parse_site_policy(R"({"iframeApi":"site"})").policy.deployment_script);
  CHECK(parse_site_policy(R"({"iframeApi":"site"})").warnings.empty());
}

TEST_CASE("CSP: a token URL written HTTPS://Host is the same origin the app will fetch") {
  const SitePolicyLoad load = parse_site_policy(R"({"deployment":{"kind":"self-hosted","domain":"jitsi.example.org",
      "tokenUrl":"HTTPS://Auth.Example.org/Token"}})");
  CHECK(load.warnings.empty());
  CHECK(load.policy.deployment.token_url == "https://auth.example.org/Token");
  CHECK(directive(content_security_policy(load.policy, CspPlace::Meta), "connect-src") == "'self' https://auth.example.org");
}
