// dist/config.json: parse_site_config() and parse_site_policy().
#include "fuzz_check.h"

#include "core/deployment/deployment.h"
#include "core/deployment/deployment_check.h"
#include "core/site/site_config.h"
#include "core/site/site_policy.h"

using namespace cofx;

static int test_one_input(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = fuzz::as_text(data, size);

  const SiteConfigLoad site = parse_site_config(input);
  FUZZ_CHECK(is_valid_jitsi_domain(site.config.jitsi_domain));
  FUZZ_CHECK(!site.config.title.empty());

  const SitePolicyLoad load = parse_site_policy(input);
  const Deployment& d = load.policy.deployment;
  FUZZ_CHECK(deployment_problems(d).empty());
  FUZZ_CHECK(d.jwt.empty());  // never from config.json
  FUZZ_CHECK(load.config.jitsi_domain == api_domain(d));
  FUZZ_CHECK(is_valid_jitsi_domain(load.config.jitsi_domain));
  FUZZ_CHECK(!load.config.title.empty());
  FUZZ_CHECK(load.config.title == site.config.title);
  FUZZ_CHECK(script_url(d).starts_with("https://") && script_url(d).ends_with("/external_api.js"));

  const nlohmann::json& extra = load.policy.extra_config;
  FUZZ_CHECK(extra.is_object());
  FUZZ_CHECK(extra.dump().size() <= kMaxExtraConfigBytes);
  for (const auto& [key, value] : extra.items()) {
    FUZZ_CHECK(is_whitelisted_config_key(key) || value.is_object());
  }

  FUZZ_CHECK(effective_deployment(load.policy, std::nullopt) == d);
  nlohmann::json options = {{"roomName", "COF-AB12CD34"}};
  apply_extra_config(options, extra);
  FUZZ_CHECK(extra.empty() || options["configOverwrite"].is_object());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::on_small_stack([&] { return test_one_input(data, size); });
}
