#include <doctest/doctest.h>

#include <pthread.h>

#include <functional>
#include <string>

#include "app/words/site_words.h"
#include "core/site/site_policy.h"

using namespace cofx;
using Kind = Deployment::Kind;
using nlohmann::json;

namespace {

const std::string kAppId = "vpaas-magic-cookie-0123456789abcdef0123456789abcdef";
const std::string kJwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln";

bool any_warning_has(const SitePolicyLoad& load, std::string_view text) {
  for (const std::string& warning : describe(load.warnings)) {
    if (warning.find(text) != std::string::npos) return true;
  }
  return false;
}

// Runs `work` on a thread with a 1 MB stack, as much as the WASM build has; a runaway
// recursion crashes the test run instead of passing on the main thread's 8 MB.
void run_on_small_stack(const std::function<void()>& work) {
  pthread_attr_t attributes;
  REQUIRE(pthread_attr_init(&attributes) == 0);
  REQUIRE(pthread_attr_setstacksize(&attributes, 1 << 20) == 0);
  pthread_t thread;
  const auto run = [](void* argument) -> void* {
    (*static_cast<const std::function<void()>*>(argument))();
    return nullptr;
  };
  const int created = pthread_create(&thread, &attributes, run, const_cast<std::function<void()>*>(&work));
  pthread_attr_destroy(&attributes);
  REQUIRE(created == 0);
  REQUIRE(pthread_join(thread, nullptr) == 0);
}

}  // namespace

TEST_CASE("parse_site_policy: defaults for an empty object") {
  const SitePolicyLoad load = parse_site_policy("{}");
  CHECK(load.warnings.empty());
  CHECK(load.policy.deployment == public_jitsi());
  CHECK(load.policy.allow_user_deployment);
  CHECK(load.policy.extra_config == json::object());
  CHECK(load.config.jitsi_domain == "meet.jit.si");
  CHECK(load.config.title == kDefaultTitle);
}

TEST_CASE("parse_site_policy: the older jitsiDomain still sets the default deployment") {
  const SitePolicyLoad load =
      parse_site_policy(R"({"jitsiDomain":"jitsi.example.org","title":"Team"})");
  CHECK(load.warnings.empty());
  CHECK(load.policy.deployment == self_hosted("jitsi.example.org"));
  CHECK(load.config.title == "Team");
  CHECK(load.config.jitsi_domain == "jitsi.example.org");
}

TEST_CASE("parse_site_policy: a JaaS deployment with a token URL") {
  const SitePolicyLoad load = parse_site_policy(R"({
      "deployment": {"kind": "jaas", "appId": ")" + kAppId + R"(",
                     "tokenUrl": "https://auth.example.org/jitsi-token"},
      "allowUserDeployment": false})");
  CHECK(load.warnings.empty());
  CHECK(load.policy.deployment.kind == Kind::JaaS);
  CHECK(load.policy.deployment.jaas_app_id == kAppId);
  CHECK(load.policy.deployment.token_url == "https://auth.example.org/jitsi-token");
  CHECK_FALSE(load.policy.allow_user_deployment);
  CHECK(load.config.jitsi_domain == "8x8.vc");
}

TEST_CASE("parse_site_policy: a self-hosted deployment overrides jitsiDomain, with a warning") {
  const SitePolicyLoad load = parse_site_policy(
      R"({"jitsiDomain":"old.example.org",
          "deployment":{"kind":"self-hosted","domain":"Jitsi.Example.org:8443/meet"}})");
  CHECK(load.policy.deployment == self_hosted("jitsi.example.org:8443/meet"));
  CHECK(load.config.jitsi_domain == "jitsi.example.org:8443/meet");
  REQUIRE(load.warnings.size() == 1);
  CHECK(describe(load.warnings[0]).find("jitsiDomain") != std::string::npos);
}

TEST_CASE("parse_site_policy: unusable deployments fall back with one warning each") {
  struct Row {
    const char* text;
    const char* says;
  };
  for (const Row& row : {
           Row{R"({"deployment":"jaas"})", "must be an object"},
           Row{R"({"deployment":{}})", "deployment.kind"},
           Row{R"({"deployment":{"kind":"JaaS"}})", "deployment.kind"},
           Row{R"({"deployment":{"kind":"jaas","appId":"nope"}})", "deployment.appId"},
           Row{R"({"deployment":{"kind":"self-hosted"}})", "deployment.domain"},
           Row{R"j({"deployment":{"kind":"self-hosted","domain":"javascript:alert(1)"}})j",
               "deployment.domain"},
           Row{R"({"deployment":{"kind":"self-hosted","domain":"https://evil.example"}})",
               "deployment.domain"},
           Row{R"({"deployment":{"kind":"self-hosted","domain":7}})", "deployment.domain"},
       }) {
    CAPTURE(row.text);
    const SitePolicyLoad load = parse_site_policy(row.text);
    CHECK(load.policy.deployment == public_jitsi());
    REQUIRE(load.warnings.size() == 1);
    CHECK(describe(load.warnings[0]).find(row.says) != std::string::npos);
    CHECK(describe(load.warnings[0]).find("meet.jit.si is used") != std::string::npos);
  }
}

TEST_CASE("parse_site_policy: a JWT in config.json is refused, other extras are warned about") {
  const SitePolicyLoad load = parse_site_policy(R"({"deployment":{
      "kind":"jaas","appId":")" + kAppId + R"(","jwt":")" + kJwt + R"(",
      "tokenUrl":"http://insecure.example/t","domain":"x.example","color":"red"}})");
  CHECK(load.policy.deployment == jaas(kAppId));
  CHECK(load.policy.deployment.jwt.empty());
  CHECK(load.warnings.size() == 4);
  CHECK(any_warning_has(load, "deployment.jwt"));
  CHECK(any_warning_has(load, "deployment.tokenUrl"));
  CHECK(any_warning_has(load, "deployment.domain"));
  CHECK(any_warning_has(load, "\"deployment.color\""));
}

TEST_CASE("parse_site_policy: allowUserDeployment must be a boolean") {
  const SitePolicyLoad load = parse_site_policy(R"({"allowUserDeployment":"no"})");
  CHECK(load.policy.allow_user_deployment);
  REQUIRE(load.warnings.size() == 1);
  CHECK(load.warnings[0].kind == ConfigWarning::Kind::AllowUserDeploymentNotBool);
  CHECK(describe(load.warnings[0]).find("allowUserDeployment") != std::string::npos);
}

TEST_CASE("parse_site_policy: extraConfig keeps only Jitsi's whitelisted keys") {
  const SitePolicyLoad load = parse_site_policy(R"({"extraConfig":{
      "disableReactions": true,
      "toolbarButtons": ["microphone", "hangup"],
      "p2p": {"enabled": false, "stunServers": [1]},
      "deeplinking": {"desktop": {"enabled": false, "appName": "x"}, "disabled": true},
      "liveStreaming": {"enabled": true, "helpLink": "https://example.org"},
      "evilKey": "<script>",
      "p2p.enabled": false,
      "analytics": 5}})");
  const json expected = {
      {"disableReactions", true},
      {"toolbarButtons", {"microphone", "hangup"}},
      {"p2p", {{"enabled", false}}},
      {"deeplinking", {{"desktop", {{"enabled", false}}}, {"disabled", true}}},
      {"liveStreaming", {{"enabled", true}, {"helpLink", "https://example.org"}}},
  };
  CHECK(load.policy.extra_config == expected);
  CHECK(load.warnings.size() == 5);
  for (const char* dropped : {"\"p2p.stunServers\"", "\"deeplinking.desktop.appName\"",
                              "\"evilKey\"", "\"p2p.enabled\"", "\"analytics\""}) {
    CAPTURE(dropped);
    CHECK(any_warning_has(load, dropped));
  }
}

TEST_CASE("parse_site_policy: extraConfig limits") {
  CHECK(parse_site_policy(R"({"extraConfig":[1]})").warnings.size() == 1);

  std::string many = R"({"extraConfig":{)";
  for (int i = 0; i < 30; ++i) many += "\"k" + std::to_string(i) + "\":1,";
  many += R"("subject":"Hi"}})";
  const SitePolicyLoad load = parse_site_policy(many);
  CHECK(load.policy.extra_config == json{{"subject", "Hi"}});
  CHECK(load.warnings.size() == 11);  // ten named, then a count
  CHECK(any_warning_has(load, "20 more"));

  const std::string deep = R"({"extraConfig":{"flags":)" + std::string(40, '[') +
                           std::string(40, ']') + "}}";
  CHECK(parse_site_policy(deep).policy.extra_config == json::object());

  const std::string big = R"({"extraConfig":{"subject":")" + std::string(20000, 'x') + "\"}}";
  CHECK(parse_site_policy(big).policy.extra_config == json::object());
}

TEST_CASE("parse_site_policy: a very deep extraConfig value is refused before it is copied") {
  constexpr std::size_t kLevels = 100000;
  const std::string nested = std::string(kLevels, '[') + std::string(kLevels, ']');
  std::vector<SitePolicyLoad> loads;
  std::string merged;
  run_on_small_stack([&] {
    // A whitelisted key (copied as a whole), a key with whitelisted keys below, and a dropped one.
    loads.push_back(parse_site_policy(R"({"extraConfig":{"toolbarButtons":)" + nested + "}}"));
    loads.push_back(parse_site_policy(R"({"extraConfig":{"p2p":{"enabled":)" + nested + "}}}"));
    loads.push_back(parse_site_policy(R"({"extraConfig":{"notAKey":)" + nested + R"(,"subject":"Hi"}})"));
    loads.push_back(parse_site_policy(R"({"title":)" + nested + "}"));
    // Handed over directly, a deep one is ignored rather than merged.
    json options = json::object();
    apply_extra_config(options, json::parse(R"({"toolbarButtons":)" + nested + "}"));
    merged = options.dump();
  });
  CHECK(merged == "{}");
  REQUIRE(loads.size() == 4);
  CHECK(loads[0].policy.extra_config == json::object());
  CHECK(any_warning_has(loads[0], "too deeply nested"));
  CHECK(loads[1].policy.extra_config == json::object());
  CHECK(any_warning_has(loads[1], "too deeply nested"));
  // Dropped keys are never copied, so their depth does not matter.
  CHECK(loads[2].policy.extra_config == json{{"subject", "Hi"}});
  CHECK(loads[3].config.title == kDefaultTitle);

  // The depth limit itself is unchanged: 16 levels counting extraConfig's own object.
  const auto flags = [](std::size_t depth) {
    return parse_site_policy(R"({"extraConfig":{"toolbarButtons":)" + std::string(depth, '[') +
                             std::string(depth, ']') + "}}")
        .policy.extra_config;
  };
  CHECK(flags(15) != json::object());
  CHECK(flags(16) == json::object());
}

TEST_CASE("parse_site_policy keeps parse_site_config's own warnings") {
  const SitePolicyLoad load = parse_site_policy(
      R"({"title":{"deep":[1,2,3]},"jitsiDomain":"https://x","theme":"dark","extraConfig":{}})");
  CHECK(load.config.title == kDefaultTitle);
  CHECK(load.policy.deployment == public_jitsi());
  CHECK(load.warnings.size() == 3);
  CHECK(any_warning_has(load, "\"theme\""));
  CHECK(any_warning_has(load, "title"));
  CHECK(any_warning_has(load, "jitsiDomain"));

  for (const char* text : {"", "nope", "[]", "null"}) {
    CAPTURE(text);
    const SitePolicyLoad broken = parse_site_policy(text);
    CHECK(broken.policy.deployment == public_jitsi());
    CHECK(broken.warnings.size() == 1);
  }
}

TEST_CASE("is_whitelisted_config_key follows configWhitelist.ts") {
  for (std::string_view key : {"toolbarButtons", "p2p.enabled", "prejoinConfig.enabled",
                               "disableDeepLinking", "requireDisplayName", "deeplinking.desktop.enabled",
                               "customToolbarButtons", "whiteboard.enabled", "e2ee", "lobby"}) {
    CAPTURE(key);
    CHECK(is_whitelisted_config_key(key));
  }
  for (std::string_view key : {"p2p", "prejoinConfig", "", "hosts", "bosh", "websocket"}) {
    CAPTURE(key);
    CHECK_FALSE(is_whitelisted_config_key(key));
  }
}

TEST_CASE("effective_deployment follows the policy") {
  SitePolicy policy;
  policy.deployment = jaas(kAppId);
  policy.deployment.token_url = "https://auth.example.org/t";

  CHECK(effective_deployment(policy, std::nullopt) == policy.deployment);

  Deployment mine = jaas(kAppId);
  mine.jwt = kJwt;
  const Deployment merged = effective_deployment(policy, mine);
  CHECK(merged.jwt == kJwt);
  CHECK(merged.token_url == "https://auth.example.org/t");

  const Deployment own = self_hosted("jitsi.example.org");
  CHECK(effective_deployment(policy, own) == own);
  policy.allow_user_deployment = false;
  CHECK(effective_deployment(policy, own) == policy.deployment);
  CHECK(effective_deployment(policy, mine).jwt == kJwt);  // a JWT for the site's own place

  CHECK(effective_deployment(policy, self_hosted("javascript:alert(1)")) == policy.deployment);
}

TEST_CASE("deployment_for_link: the site default, the user's own place, or ask first") {
  SitePolicy policy;  // meet.jit.si
  const Deployment mine = self_hosted("mine.example.org");
  const LinkDeployment none;
  LinkDeployment foreign;
  foreign.deployment = self_hosted("jitsi.example.org");
  LinkDeployment to_mine;
  to_mine.deployment = mine;

  const LinkDecision plain = deployment_for_link(policy, public_jitsi(), none);
  CHECK(plain.deployment == public_jitsi());
  CHECK_FALSE(plain.ask_first);

  // A link without parameters is for the site default even when the user has their own.
  CHECK(deployment_for_link(policy, mine, none).deployment == public_jitsi());
  CHECK_FALSE(deployment_for_link(policy, mine, none).ask_first);
  CHECK(deployment_for_link(policy, mine, to_mine).deployment == mine);
  CHECK_FALSE(deployment_for_link(policy, mine, to_mine).ask_first);

  const LinkDecision asked = deployment_for_link(policy, public_jitsi(), foreign);
  CHECK(asked.deployment == *foreign.deployment);
  CHECK(asked.ask_first);
  CHECK_FALSE(asked.refused.has_value());

  policy.allow_user_deployment = false;
  const LinkDecision refused = deployment_for_link(policy, public_jitsi(), foreign);
  REQUIRE(refused.refused.has_value());
  CHECK(*refused.refused == LinkRefusal{foreign.deployment.value(), policy.deployment});
  CHECK(describe(*refused.refused) ==
        "This link is for a meeting on jitsi.example.org, but this site only joins meetings on meet.jit.si.");
}

TEST_CASE("apply_extra_config merges like Jitsi's overwrite") {
  json options = {{"roomName", "COF-AB12CD34"},
                  {"configOverwrite",
                   {{"toolbarButtons", {"microphone", "camera"}},
                    {"prejoinConfig", {{"enabled", false}}},
                    {"disableDeepLinking", true}}}};
  apply_extra_config(options, json{{"toolbarButtons", {"hangup"}},
                                   {"prejoinConfig", {{"hideDisplayName", true}}},
                                   {"subject", "Standup"}});
  const json& config = options["configOverwrite"];
  CHECK(config["toolbarButtons"] == json{"hangup"});
  CHECK(config["prejoinConfig"] == json{{"enabled", false}, {"hideDisplayName", true}});
  CHECK(config["disableDeepLinking"] == true);
  CHECK(config["subject"] == "Standup");
  CHECK(options["roomName"] == "COF-AB12CD34");
}
