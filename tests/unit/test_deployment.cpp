#include <doctest/doctest.h>

#include <string>

#include "app/words/deployment_words.h"
#include "core/deployment/deployment.h"
#include "core/deployment/deployment_check.h"
#include "core/deployment/deployment_labels.h"
#include "core/deployment/deployment_links.h"
#include "core/deployment/deployment_storage.h"
#include "core/links/route.h"
#include "core/site/site_config.h"

using namespace cofx;
using Kind = Deployment::Kind;

namespace {

const RoomCode kCode = *RoomCode::from_canonical("COF-AB12CD34");
const std::string kAppId = "vpaas-magic-cookie-0123456789abcdef0123456789abcdef";
// Three base64url parts, like a real token (not a valid signature).
const std::string kJwt =
    "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiJqaXRzaSIsInJvb20iOiIqIn0.c2lnbmF0dXJl";

Deployment with_jwt(Deployment d, std::string jwt) {
  d.jwt = std::move(jwt);
  return d;
}

}  // namespace

TEST_CASE("domain_problem: good hosts, with port and path, have no problem") {
  for (std::string_view good :
       {"meet.jit.si", "jitsi.example.org", "jitsi.example.org:8443", "example.org/jitsi",
        "jitsi.example.org:8443/team/meet", "localhost:8443", "10.0.0.1", "xn--bcher-kva.example"}) {
    CAPTURE(good);
    CHECK_FALSE(domain_problem(good).has_value());
    CHECK(deployment_problems(self_hosted(std::string(good))).empty());
  }
}

TEST_CASE("domain_problem: each kind of junk gets its own message") {
  struct Row {
    std::string_view input;
    std::string_view says;  // a part of the expected message
  };
  for (const Row& row : {
           Row{"", "Enter your Jitsi server"},
           Row{"javascript:alert(1)", "not a script"},
           Row{"JavaScript:alert(1)", "not a script"},
           Row{"data:text/html,hi", "not a script"},
           Row{"https://x", "https://"},
           Row{"https://meet.jit.si", "https://"},
           Row{"//meet.jit.si", "https://"},
           Row{"jitsi example.org", "spaces"},
           Row{"jitsi.example.org\t", "spaces"},
           Row{"jitsi.example.org\n", "spaces"},
           Row{"jitsi\xC2\xA0" "example.org", "spaces"},
           Row{"user@host", "user names"},
           Row{"user:secret@jitsi.example.org", "user names"},
           Row{"jitsi.example.org?x=1", "from ? or #"},
           Row{"jitsi.example.org#x", "from ? or #"},
           Row{"j\xC3\xADtsi.example.org", "ASCII"},
           Row{"jitsi.example.org:0", "port"},
           Row{"jitsi.example.org:99999", "port"},
           Row{"jitsi.example.org:", "port"},
           Row{"jitsi.example.org:80:1", "port"},
           Row{"jitsi.example.org/a//b", "path"},
           Row{"jitsi.example.org/../x", "path"},
           Row{"jitsi.example.org/a<b", "path"},
           Row{"-bad.example.org", "not a valid server name"},
           Row{"jitsi..example.org", "not a valid server name"},
           Row{"jitsi_example.org", "not a valid server name"},
           Row{"256.1.1.1", "whole IPv4 address"},
           Row{"[::1]", "not a valid server name"},
       }) {
    CAPTURE(row.input);
    const auto problem = domain_problem(row.input);
    REQUIRE(problem.has_value());
    CHECK(describe(*problem).find(row.says) != std::string::npos);
    CHECK_FALSE(is_valid_jitsi_domain(row.input));
  }
  CHECK(domain_problem(std::string(400, 'a')) == FieldProblem::DomainTooLong);
  CHECK(describe(domain_problem(std::string(400, 'a')).value()).find("too long") != std::string::npos);
}

TEST_CASE("normalize_domain trims, lower-cases the host and drops a trailing slash") {
  CHECK(normalize_domain("  Jitsi.Example.ORG:8443/Team/ \n") == "jitsi.example.org:8443/Team");
  CHECK(normalize_domain("meet.jit.si/") == "meet.jit.si");
  CHECK(normalize_domain("") == "");
  // Inner spaces and schemes are not repaired: they stay for domain_problem() to name.
  CHECK(domain_problem(normalize_domain("jitsi example.org")).has_value());
  CHECK(domain_problem(normalize_domain("https://meet.jit.si")).has_value());
}

TEST_CASE("JaaS AppIDs are vpaas-magic-cookie- plus 32 hex digits") {
  CHECK_FALSE(jaas_app_id_problem(kAppId).has_value());
  for (std::string_view bad :
       {"", "vpaas-magic-cookie-", "vpaas-magic-cookie-0123456789abcdef0123456789abcde",
        "vpaas-magic-cookie-0123456789abcdef0123456789abcdef0", "vpaas-magic-cookie-"
        "0123456789abcdef0123456789abcdeg", "magic-cookie-0123456789abcdef0123456789abcdef",
        "vpaas-magic-cookie-0123456789abcdef0123456789abcdef/room", "../../evil"}) {
    CAPTURE(bad);
    CHECK(jaas_app_id_problem(bad).has_value());
  }
  Deployment typed = jaas("  VPAAS-MAGIC-COOKIE-0123456789ABCDEF0123456789ABCDEF \n");
  CHECK(normalize(typed).jaas_app_id == kAppId);
  CHECK(deployment_problems(normalize(typed)).empty());
}

TEST_CASE("a JWT must be three base64url parts") {
  CHECK_FALSE(jwt_problem(kJwt).has_value());
  for (std::string_view bad : {"", "abc", "a.b", "aa.bb.cc.dd", "aa..cc", ".bb.cc", "aa.bb.",
                               "aa.b+b.cc", "aa.bb.c/c", "aa.bb.cc=", "aa.b b.cc", "aaaaa.bb.cc"}) {
    CAPTURE(bad);
    CHECK(jwt_problem(bad).has_value());
  }
  CHECK(jwt_problem(std::string(kMaxJwtBytes, 'a') + ".bb.cc") == FieldProblem::JwtTooLong);
  CHECK(describe(jwt_problem(std::string(kMaxJwtBytes, 'a') + ".bb.cc").value()).find("too long") !=
        std::string::npos);
  // Pasted with line breaks: normalize() removes whitespace.
  Deployment pasted = with_jwt(jaas(kAppId), "  " + kJwt.substr(0, 20) + "\n" + kJwt.substr(20));
  CHECK(normalize(pasted).jwt == kJwt);
}

TEST_CASE("hosts are what the browser will frame: a number at the end means a whole IPv4 address") {
  // The browser's URL parser reads these as IPv4 (0x7f.1 is 127.0.0.1) or refuses them.
  for (std::string_view numeric : {"0x7f.1", "jitsi.example.1", "127.1", "0x7f000001", "1.2.3.0x4", "010.0.0.1",
                                   "jitsi.example.0x1f", "256.0.0.1", "1.2.3.4.5"}) {
    CAPTURE(numeric);
    CHECK(host_ends_in_number(numeric));
    REQUIRE(domain_problem(numeric).has_value());
    CHECK(domain_problem(numeric) == FieldProblem::DomainEndsInNumber);
    CHECK(describe(*domain_problem(numeric)).find("end in a number") != std::string::npos);
    CHECK_FALSE(is_valid_jitsi_domain(numeric));
    const LinkDeployment link = deployment_from_params({{"dep", "self"}, {"host", std::string(numeric)}});
    CHECK_FALSE(link.deployment.has_value());
  }
  for (std::string_view named : {"jitsi.example.org", "1e100.net", "0x.example", "jitsi1.example", "127.0.0.1"}) {
    CAPTURE(named);
    CHECK_FALSE(domain_problem(named).has_value());
  }
  CHECK_FALSE(host_ends_in_number("jitsi.example.0xg"));
}

TEST_CASE("a token URL's scheme and host are case-insensitive: lower-cased for the check, the CSP and the fetch") {
  CHECK(normalize_token_url("  HTTPS://Auth.Example.ORG/Jitsi/Token?Room=X ") ==
        "https://auth.example.org/Jitsi/Token?Room=X");
  Deployment d = self_hosted("jitsi.example.org");
  d.token_url = "HTTPS://AUTH.example.org/t";
  CHECK(normalize(d).token_url == "https://auth.example.org/t");
  CHECK_FALSE(token_url_problem(normalize(d).token_url).has_value());
}

TEST_CASE("token URLs must be https on a valid host") {
  for (std::string_view good :
       {"https://auth.example.org/token", "https://auth.example.org:8443/jitsi/token?room=x",
        "HTTPS://auth.example.org", "https://10.0.0.1/t"}) {
    CAPTURE(good);
    CHECK_FALSE(token_url_problem(good).has_value());
  }
  for (std::string_view bad :
       {"", "http://auth.example.org/token", "javascript:alert(1)", "auth.example.org/token",
        "https://", "https://user@auth.example.org/t", "https://auth example.org/t",
        "https://auth.example.org/t t", "https://auth.example.org/t\"x", "https://auth.example.org/#x",
        "https://-bad/t", "https://auth.example.org:0/t"}) {
    CAPTURE(bad);
    CHECK(token_url_problem(bad).has_value());
  }
}

TEST_CASE("deployment_problems names the field, and only the fields the kind uses") {
  CHECK(deployment_problems(public_jitsi()).empty());
  Deployment junk_public = public_jitsi();
  junk_public.domain = "javascript:alert(1)";  // not used by meet.jit.si
  junk_public.jwt = "not a jwt";               // never sent to meet.jit.si
  CHECK(deployment_problems(junk_public).empty());

  const auto self = deployment_problems(self_hosted("user@host"));
  REQUIRE(self.size() == 1);
  CHECK(self[0].field == DeploymentField::Domain);

  Deployment bad_jaas = with_jwt(jaas("nope"), "a.b");
  bad_jaas.token_url = "http://x.example";
  const auto problems = deployment_problems(bad_jaas);
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].field == DeploymentField::AppId);
  CHECK(problems[1].field == DeploymentField::Jwt);
  CHECK(problems[2].field == DeploymentField::TokenUrl);
}

TEST_CASE("script URL, API domain, room name and JWT for each kind") {
  const Deployment pub = with_jwt(public_jitsi(), kJwt);
  CHECK(api_domain(pub) == "meet.jit.si");
  CHECK(script_url(pub) == "https://meet.jit.si/external_api.js");
  CHECK(room_name(pub, kCode) == "COF-AB12CD34");
  CHECK_FALSE(jwt_for(pub).has_value());  // meet.jit.si never gets a JWT
  CHECK(origin(pub) == "https://meet.jit.si");

  const Deployment self = with_jwt(self_hosted("jitsi.example.org:8443/team"), kJwt);
  CHECK(api_domain(self) == "jitsi.example.org:8443/team");
  CHECK(script_url(self) == "https://jitsi.example.org:8443/team/external_api.js");
  CHECK(room_name(self, kCode) == "COF-AB12CD34");
  CHECK(jwt_for(self) == kJwt);
  CHECK(jwt_for(self_hosted("jitsi.example.org")) == std::nullopt);
  CHECK(origin(self) == "https://jitsi.example.org:8443");

  const Deployment service = with_jwt(jaas(kAppId), kJwt);
  CHECK(api_domain(service) == "8x8.vc");
  CHECK(script_url(service) == "https://8x8.vc/" + kAppId + "/external_api.js");
  CHECK(room_name(service, kCode) == kAppId + "/COF-AB12CD34");
  CHECK(jwt_for(service) == kJwt);
  CHECK(origin(service) == "https://8x8.vc");
}

TEST_CASE("apply_deployment puts the room name and the JWT option on the options object") {
  nlohmann::json options = {{"roomName", "COF-AB12CD34"}, {"jwt", "stale"}, {"width", "100%"}};
  apply_deployment(options, with_jwt(jaas(kAppId), kJwt), kCode);
  CHECK(options["roomName"] == kAppId + "/COF-AB12CD34");
  CHECK(options[kJwtOption] == kJwt);
  CHECK(options["width"] == "100%");

  apply_deployment(options, with_jwt(public_jitsi(), kJwt), kCode);
  CHECK(options["roomName"] == "COF-AB12CD34");
  CHECK_FALSE(options.contains("jwt"));
}

TEST_CASE("a deployment whose own field is unusable never picks a foreign script") {
  const Deployment evil = self_hosted("evil.example/x\"><script>");
  CHECK(script_url(evil) == "https://meet.jit.si/external_api.js");
  CHECK(api_domain(evil) == "meet.jit.si");
  const Deployment bad_jaas = jaas("../../evil.example");
  CHECK(script_url(bad_jaas) == "https://meet.jit.si/external_api.js");
  CHECK(room_name(bad_jaas, kCode) == "COF-AB12CD34");
}

TEST_CASE("notes, labels and the joining notice") {
  CHECK(deployment_note(Kind::PublicJitsi).find("5 minutes") != std::string::npos);
  CHECK(deployment_note(Kind::PublicJitsi).find("log in") != std::string::npos);
  CHECK(deployment_note(Kind::JaaS).find("AppID") != std::string::npos);
  CHECK(deployment_note(Kind::SelfHosted).find("own") != std::string::npos);
  CHECK(deployment_label(jaas(kAppId)) == "8x8.vc (Jitsi as a Service)");
  CHECK(joining_notice(kCode, self_hosted("jitsi.example.org"), public_jitsi()) ==
        "You are joining COF-AB12CD34 on jitsi.example.org.");
  // Every JaaS tenant is 8x8.vc: another tenant than the site's own is named by its AppID.
  const std::string other_tenant = "vpaas-magic-cookie-fedcba9876543210fedcba9876543210";
  CHECK(joining_notice(kCode, jaas(other_tenant), jaas(kAppId)) ==
        "You are joining COF-AB12CD34 on 8x8.vc (Jitsi as a Service), AppID vpaas-magic-cookie-fedcba98….");
  CHECK(joining_notice(kCode, jaas(kAppId), jaas(kAppId)).find("AppID") == std::string::npos);
  CHECK(joining_notice(kCode, jaas(other_tenant), public_jitsi()).find("AppID vpaas-magic-cookie-fedcba98…") !=
        std::string::npos);
}

TEST_CASE("same_deployment compares where meetings happen") {
  CHECK(same_deployment(public_jitsi(), self_hosted("meet.jit.si")));
  CHECK(same_deployment(self_hosted("Jitsi.Example.org"), self_hosted("jitsi.example.org")));
  CHECK(same_deployment(with_jwt(jaas(kAppId), kJwt), jaas(kAppId)));
  CHECK_FALSE(same_deployment(self_hosted("jitsi.example.org"), self_hosted("jitsi.example.org:8443")));
  CHECK_FALSE(same_deployment(jaas(kAppId), self_hosted("8x8.vc")));
  CHECK_FALSE(same_deployment(public_jitsi(), jaas(kAppId)));
}

TEST_CASE("kind names round trip") {
  for (Kind kind : {Kind::PublicJitsi, Kind::SelfHosted, Kind::JaaS}) {
    CHECK(kind_from_name(kind_name(kind)) == kind);
  }
  CHECK(kind_name(Kind::JaaS) == "jaas");
  CHECK_FALSE(kind_from_name("JaaS").has_value());
}

TEST_CASE("jwt_from_token_response takes a bare token or a JSON field") {
  CHECK(jwt_from_token_response(kJwt + "\n") == kJwt);
  CHECK(jwt_from_token_response(R"({"token":")" + kJwt + "\"}") == kJwt);
  CHECK(jwt_from_token_response(R"({"jwt":")" + kJwt + "\"}") == kJwt);
  CHECK(jwt_from_token_response(R"({"accessToken":")" + kJwt + "\"}") == kJwt);
  CHECK(jwt_from_token_response(R"({"token":42,"jwt":")" + kJwt + "\"}") == kJwt);
  for (std::string_view bad : {"", "<html>login</html>", R"({"token":"nope"})", "[1,2]",
                               R"({"token":{"jwt":"a.b.c"}})"}) {
    CAPTURE(bad);
    CHECK_FALSE(jwt_from_token_response(bad).has_value());
  }
}

TEST_CASE("stored deployment settings round trip") {
  Deployment full = with_jwt(jaas(kAppId), kJwt);
  full.domain = "jitsi.example.org";  // remembered for when the user switches back
  full.token_url = "https://auth.example.org/token";
  for (const Deployment& d : {public_jitsi(), self_hosted("jitsi.example.org:8443/x"), full}) {
    const DeploymentLoad load = decode_deployment(encode_deployment(d, JwtKeeping::Device));
    CHECK_FALSE(load.problem.has_value());
    REQUIRE(load.deployment.has_value());
    CHECK(*load.deployment == d);
    CHECK(load.jwt_keeping == JwtKeeping::Device);
    CHECK_FALSE(load.jwt_to_move);
  }
  const nlohmann::json stored = nlohmann::json::parse(encode_deployment(full));
  CHECK(stored["version"] == kDeploymentVersion);
  CHECK(stored["kind"] == "jaas");
  CHECK(stored["appId"] == kAppId);
  CHECK_FALSE(stored.contains("jwt"));  // by default a JWT is kept for the tab only
}

TEST_CASE("a JWT stored by an older version is read, and marked to move to the tab's storage") {
  const std::string old = R"({"version":1,"kind":"jaas","appId":")" + kAppId + R"(","jwt":")" + kJwt + R"("})";
  const DeploymentLoad load = decode_deployment(old);
  REQUIRE(load.deployment.has_value());
  CHECK(load.deployment->jwt == kJwt);
  CHECK(load.jwt_to_move);
  CHECK(load.jwt_keeping == JwtKeeping::Tab);
}

TEST_CASE("decode_deployment never fails hard") {
  const DeploymentLoad nothing = decode_deployment("");
  CHECK_FALSE(nothing.deployment.has_value());
  CHECK_FALSE(nothing.problem.has_value());

  for (const char* text :
       {"nope", "[]", "null", R"({"kind":"jaas"})", R"({"version":"1","kind":"jaas"})",
        R"({"version":-1,"kind":"self-hosted","domain":"a.b"})",
        R"({"version":1,"kind":"other"})", R"({"version":1,"kind":7})",
        R"({"version":1,"kind":"self-hosted"})",
        R"j({"version":1,"kind":"self-hosted","domain":"javascript:alert(1)"})j",
        R"({"version":1,"kind":"jaas","appId":["x"]})"}) {
    CAPTURE(text);
    const DeploymentLoad load = decode_deployment(text);
    CHECK_FALSE(load.deployment.has_value());
    CHECK(load.problem.has_value());
  }
  const DeploymentLoad newer = decode_deployment(R"({"version":2,"kind":"meet.jit.si"})");
  CHECK_FALSE(newer.deployment.has_value());
  CHECK(newer.problem->kind == StoredDeploymentProblem::Kind::Newer);
  CHECK(describe(newer.problem.value()).find("newer") != std::string::npos);
}

TEST_CASE("decode_deployment keeps the usable fields and reports the rest") {
  const DeploymentLoad load = decode_deployment(
      R"({"version":1,"kind":"self-hosted","domain":" Jitsi.Example.org ","jwt":"broken",)"
      R"("tokenUrl":"http://insecure.example"})");
  REQUIRE(load.deployment.has_value());
  CHECK(load.deployment->domain == "jitsi.example.org");
  CHECK(load.deployment->jwt.empty());
  CHECK(load.deployment->token_url.empty());
  REQUIRE(load.problem.has_value());
  CHECK(*load.problem == StoredDeploymentProblem{StoredDeploymentProblem::Kind::PartUnreadable, "jwt"});
  CHECK(describe(*load.problem) == "Part of your saved Jitsi deployment (jwt) could not be read; please check it in Settings.");
}

TEST_CASE("invite params: added only when the deployment differs from the site default") {
  std::map<std::string, std::string> params = {{"name", "x"}};
  add_deployment_params(params, public_jitsi(), public_jitsi());
  CHECK(params == std::map<std::string, std::string>{{"name", "x"}});

  add_deployment_params(params, with_jwt(self_hosted("jitsi.example.org"), kJwt), public_jitsi());
  CHECK(params.at("dep") == "self");
  CHECK(params.at("host") == "jitsi.example.org");
  CHECK_FALSE(params.contains("jwt"));

  add_deployment_params(params, with_jwt(jaas(kAppId), kJwt), public_jitsi());
  CHECK(params.at("dep") == "jaas");
  CHECK(params.at("app") == kAppId);
  CHECK_FALSE(params.contains("host"));
  CHECK_FALSE(params.contains("jwt"));

  add_deployment_params(params, public_jitsi(), self_hosted("jitsi.example.org"));
  CHECK(params.at("dep") == "public");

  add_deployment_params(params, self_hosted("jitsi.example.org"), self_hosted("jitsi.example.org"));
  CHECK(params == std::map<std::string, std::string>{{"name", "x"}});
}

TEST_CASE("invite params round trip through a link's hash") {
  for (const Deployment& d : {public_jitsi(), self_hosted("jitsi.example.org:8443/team/x"),
                              with_jwt(jaas(kAppId), kJwt)}) {
    const Deployment site_default = self_hosted("other.example.org");
    const std::string hash = meeting_hash_for(kCode, d, site_default);
    CAPTURE(hash);
    CHECK(hash.find("jwt") == std::string::npos);
    CHECK(hash.find(kJwt) == std::string::npos);
    const Route route = parse_route(hash);
    REQUIRE(route.code == kCode);
    const LinkDeployment link = deployment_from_params(route.params);
    CHECK(link.ignored.empty());
    REQUIRE(link.deployment.has_value());
    CHECK(same_deployment(*link.deployment, d));
    CHECK(link.deployment->jwt.empty());
  }
  CHECK(meeting_hash_for(kCode, public_jitsi(), public_jitsi()) == "#/COF-AB12CD34");
  CHECK(meeting_hash_for(kCode, self_hosted("jitsi.example.org"), public_jitsi()) ==
        "#/COF-AB12CD34?dep=self&host=jitsi.example.org");
}

TEST_CASE("deployment_from_params refuses bad hosts and secrets") {
  using Params = std::map<std::string, std::string>;
  CHECK_FALSE(deployment_from_params({}).deployment.has_value());
  CHECK(deployment_from_params({}).ignored.empty());

  for (const Params& params : {
           Params{{"dep", "self"}, {"host", "javascript:alert(1)"}},
           Params{{"dep", "self"}, {"host", "https://evil.example"}},
           Params{{"dep", "self"}, {"host", "user@evil.example"}},
           Params{{"dep", "self"}, {"host", "evil.example/x?y"}},
           Params{{"dep", "self"}, {"host", "a b"}},
           Params{{"dep", "self"}, {"host", std::string(1 << 20, 'a')}},
           Params{{"dep", "self"}},
           Params{{"dep", "jaas"}, {"app", "../../x"}},
           Params{{"dep", "jaas"}},
           Params{{"dep", "evil"}},
       }) {
    const LinkDeployment link = deployment_from_params(params);
    CHECK_FALSE(link.deployment.has_value());
    REQUIRE(link.ignored.size() == 1);
    CHECK(describe(link.ignored[0]).size() < 200);  // hostile values are quoted short
  }

  const LinkDeployment with_secret = deployment_from_params(
      {{"dep", "jaas"}, {"app", kAppId}, {"jwt", kJwt}, {"tokenUrl", "https://evil.example/t"}});
  REQUIRE(with_secret.deployment.has_value());
  CHECK(with_secret.deployment->jwt.empty());
  CHECK(with_secret.deployment->token_url.empty());
  CHECK(with_secret.ignored.size() == 2);
  CHECK(with_secret.ignored[0] == IgnoredParam{IgnoredParam::Why::Secret, "jwt"});
  CHECK(describe(with_secret.ignored[0]) ==
        "The link's \"jwt\" parameter was ignored: sign-in tokens never travel in links.");

  const LinkDeployment stray = deployment_from_params({{"host", "jitsi.example.org"}});
  CHECK_FALSE(stray.deployment.has_value());
  CHECK(stray.ignored.size() == 1);
  CHECK(stray.ignored[0].why == IgnoredParam::Why::HostWithoutSelf);
  CHECK(describe(stray.ignored[0]) == "The link's \"host\" parameter was ignored: it needs dep=self.");

  const LinkDeployment unknown = deployment_from_params({{"dep", "evil"}});
  REQUIRE(unknown.ignored.size() == 1);
  CHECK(unknown.ignored[0] == IgnoredParam{IgnoredParam::Why::UnknownDeployment, "evil"});
  CHECK(describe(unknown.ignored[0]) == "The link's deployment \"evil\" is not known, so this site's default is used.");

  const LinkDeployment upper = deployment_from_params({{"dep", "self"}, {"host", "Jitsi.Example.org"}});
  REQUIRE(upper.deployment.has_value());
  CHECK(upper.deployment->domain == "jitsi.example.org");
}

// Found by fuzz_deployment_input (tests/fuzz/regressions/deployment_input/): a value
// ending in "//" or "/ /" changed again when normalized a second time.
TEST_CASE("normalize_domain: normalizing twice changes nothing") {
  for (std::string_view input : {"jitsi.example.org//", "jitsi.example.org/ /", "a / / ",
                                 "{\"token\":\"x\"}https://", "/", " / ", "Host.Example/Path//"}) {
    CAPTURE(input);
    const std::string once = normalize_domain(input);
    CHECK(normalize_domain(once) == once);
  }
  CHECK(normalize_domain("jitsi.example.org/ /") == "jitsi.example.org");
  CHECK(normalize_domain("Host.Example/Path//") == "host.example/Path");
}

// Found by fuzz_deployment_input (tests/fuzz/regressions/deployment_input/): "vbscript:33"
// is the host "vbscript" on port 33, which is_valid_jitsi_domain() accepts, yet the
// scheme message refused it, so the Settings screen and the script URL disagreed.
TEST_CASE("domain_problem agrees with is_valid_jitsi_domain on scheme-like hosts") {
  for (std::string_view host_and_port : {"vbscript:33", "data:8080", "file:443/x"}) {
    CAPTURE(host_and_port);
    CHECK_FALSE(domain_problem(host_and_port).has_value());
    const Deployment d = normalize(self_hosted("\t" + std::string(host_and_port)));
    CHECK(deployment_problems(d).empty());
    CHECK(script_url(d) == "https://" + std::string(host_and_port) + "/external_api.js");
  }
  CHECK(domain_problem("javascript:alert(1)") == FieldProblem::DomainScriptLink);
  CHECK(describe(domain_problem("javascript:alert(1)").value()).find("not a script") != std::string::npos);
  CHECK(describe(domain_problem("data:text/html,x").value()).find("not a script") != std::string::npos);
}

TEST_CASE("is_deployment_param names exactly the link parameters this module owns") {
  for (std::string_view key : {"dep", "host", "app", "jwt", "token", "tokenUrl"}) {
    CHECK(is_deployment_param(key));
  }
  for (std::string_view key : {"t", "d", "title", "name", "Dep", ""}) CHECK_FALSE(is_deployment_param(key));
}
