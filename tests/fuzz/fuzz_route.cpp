// Hash routes with their parameters: parse_route(), then what reads the parameters
// (deployment_from_params(); parse_invite() when invite.h is there).
#include "fuzz_check.h"

#include "app/words/deployment_words.h"
#include "core/deployment/deployment.h"
#include "core/deployment/deployment_check.h"
#include "core/deployment/deployment_links.h"
#include "core/links/route.h"
#if __has_include("core/invite.h")
#include "core/links/invite.h"
#define COFX_FUZZ_INVITE 1
#endif

using namespace cofx;

static int test_one_input(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = fuzz::as_text(data, size);
  FUZZ_CHECK(percent_decode(percent_encode(input)) == input);

  const Route route = parse_route(input);
  switch (route.kind) {
    case Route::Kind::Lobby:
      FUZZ_CHECK(!route.code && !route.problem);
      break;
    case Route::Kind::Meeting:
      FUZZ_CHECK(route.code && !route.problem);
      FUZZ_CHECK(RoomCode::from_canonical(route.code->str()) == route.code);
      FUZZ_CHECK(parse_route(meeting_hash(*route.code)).code == route.code);
      break;
    case Route::Kind::InvalidMeeting:
      FUZZ_CHECK(!route.code && route.problem && *route.problem != CodeProblem::Empty);
      FUZZ_CHECK(route.raw_code.size() <= 200);
      break;
  }
  for (const auto& [key, value] : route.params) FUZZ_CHECK(!key.empty());

  const LinkDeployment link = deployment_from_params(route.params);
  for (const IgnoredParam& ignored : link.ignored) FUZZ_CHECK(describe(ignored).size() < 300);
  if (link.deployment) {
    const Deployment& d = *link.deployment;
    FUZZ_CHECK(deployment_problems(d).empty());
    FUZZ_CHECK(d.jwt.empty() && d.token_url.empty());  // never from a link
    FUZZ_CHECK(script_url(d).starts_with("https://"));
    if (route.code) {
      // Written back into a link and read again, it names the same place.
      const Deployment site_default = self_hosted("site.example.org");
      const Route again = parse_route(meeting_hash_for(*route.code, d, site_default));
      FUZZ_CHECK(again.code == route.code);
      const LinkDeployment reread = deployment_from_params(again.params);
      FUZZ_CHECK(reread.ignored.empty());
      FUZZ_CHECK(reread.deployment.has_value() != same_deployment(d, site_default));
      if (reread.deployment) FUZZ_CHECK(same_deployment(*reread.deployment, d));
    }
  }

#ifdef COFX_FUZZ_INVITE
  const InviteDetails invite = parse_invite(route.params);
  FUZZ_CHECK(invite.ignored.names.size() <= kInviteMaxIgnoredShown);
  if (invite.title) FUZZ_CHECK(!invite.title->empty());
  if (route.code) {
    const Route again = parse_route(invite_hash(*route.code, invite));
    FUZZ_CHECK(again.code == route.code);
    const InviteDetails reread = parse_invite(again.params);
    FUZZ_CHECK(reread.title == invite.title);
    FUZZ_CHECK(reread.start_utc == invite.start_utc);
    FUZZ_CHECK(reread.duration_minutes == invite.duration_minutes);
  }
#endif
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::on_small_stack([&] { return test_one_input(data, size); });
}
