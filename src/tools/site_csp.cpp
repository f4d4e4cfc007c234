// cofx_site_csp CONFIG.json: what scripts/build needs to know of a deployer's config.json,
// read by the same code the app reads it with (core/site_policy.h), as one JSON line:
//   {"meta": "<CSP for index.html>", "header": "<CSP for the server's header>",
//    "deploymentScript": "<URL>" | null, "warnings": ["...", ...]}
// A missing file means the defaults (the app does the same).
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include <nlohmann/json.hpp>

#include "app/words/site_words.h"
#include "core/site/site_csp.h"
#include "core/text/json_util.h"

int main(int argc, char** argv) {
  std::string text = "{}";
  if (argc > 1) {
    std::ifstream in(argv[1], std::ios::binary);
    if (in) text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  const cofx::SitePolicyLoad load = cofx::parse_site_policy(text);
  nlohmann::json out = {
      {"meta", cofx::content_security_policy(load.policy, cofx::CspPlace::Meta)},
      {"header", cofx::content_security_policy(load.policy, cofx::CspPlace::Header)},
      {"deploymentScript", load.policy.deployment_script ? nlohmann::json(cofx::script_url(load.policy.deployment))
                                                         : nlohmann::json(nullptr)},
      {"warnings", cofx::describe(load.warnings)},
  };
  std::cout << cofx::json_util::dump_text(out) << "\n";
  return 0;
}
