// What users type or paste on the Settings screen (server, AppID, JWT, token URL,
// room password) and what a token URL answers: the checks must agree with what
// the derived URLs and commands contain.
#include "fuzz_check.h"

#include <algorithm>

#include "app/words/meeting_words.h"
#include "core/deployment/deployment.h"
#include "core/deployment/deployment_check.h"
#include <nlohmann/json.hpp>

#include "core/meeting/meeting_security.h"
#include "core/site/site_config.h"

using namespace cofx;

namespace {

bool is_base64url(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

}  // namespace

static int test_one_input(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = fuzz::as_text(data, size);

  // The domain check agrees with is_valid_jitsi_domain() up to the length limit.
  const bool valid = is_valid_jitsi_domain(input);
  FUZZ_CHECK(!domain_problem(input) == (valid && input.size() <= kMaxDomainBytes));

  const Deployment typed = normalize(self_hosted(std::string(input)));
  FUZZ_CHECK(normalize(typed) == typed);
  if (deployment_problems(typed).empty()) {
    FUZZ_CHECK(script_url(typed) == "https://" + typed.domain + "/external_api.js");
    for (char c : typed.domain) FUZZ_CHECK(c > 0x20 && c < 0x7F && c != '@' && c != '"');
  } else {
    FUZZ_CHECK(script_url(typed) == "https://meet.jit.si/external_api.js");
  }

  const Deployment service = normalize(jaas(std::string(input)));
  if (!jaas_app_id_problem(service.jaas_app_id)) {
    FUZZ_CHECK(service.jaas_app_id.size() == kJaasAppIdPrefix.size() + kJaasAppIdHexDigits);
    FUZZ_CHECK(script_url(service) == "https://8x8.vc/" + service.jaas_app_id + "/external_api.js");
  }

  if (!jwt_problem(input)) {
    FUZZ_CHECK(std::count(input.begin(), input.end(), '.') == 2);
    for (char c : input) FUZZ_CHECK(c == '.' || is_base64url(c));
  }
  if (const auto jwt = jwt_from_token_response(input)) FUZZ_CHECK(!jwt_problem(*jwt));

  if (!token_url_problem(input)) {
    FUZZ_CHECK(input.size() > 8);
    for (char c : input) FUZZ_CHECK(c > 0x20 && c < 0x7F && c != '"' && c != '<' && c != '#');
  }

  const MeetingSecurity security{std::string(input), true, false};
  const auto commands = security_commands(security);
  FUZZ_CHECK(commands.size() == (room_password_problem(input) ? 1u : 2u));
  // Strict dump(): a command the bridge receives can always be serialized.
  FUZZ_CHECK(!nlohmann::json(password_command(input).text).dump().empty());
  FUZZ_CHECK(!security_summary(security).empty());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::on_small_stack([&] { return test_one_input(data, size); });
}
