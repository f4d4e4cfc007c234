// A small native fuzz loop: random and mutated inputs into every parser. Nothing
// may crash or abort (JSON_NOEXCEPTION turns a throw into abort()), and the
// results must keep their invariants.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "core/links/code_input.h"
#include "core/meeting/display_name.h"
#include "core/host/platform_event.h"
#include "core/links/route.h"
#include "core/site/settings.h"
#include "core/site/site_config.h"

using namespace cofx;

namespace {

constexpr int kRounds = 4000;

// Inputs that look like the real thing, so mutations reach the deeper paths.
const std::vector<std::string> kSeeds = {
    "#/COF-AB12CD34?name=Ann%20Lee",
    "  cof-ab12cd34 ",
    "\xD0\xA1\xD0\x9E" "F-AB12CD34",
    R"({"version":1,"displayName":"Zo\u00eb"})",
    R"({"jitsiDomain":"meet.jit.si:443/x","title":"T"})",
    R"({"type":"route","hash":"#/COF-AB12CD34"})",
    R"({"type":"clipboard","ok":true,"detail":"x"})",
    R"({"type":"script-load-failed","reason":"r"})",
};

std::string random_input(std::mt19937& rng) {
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<int> small(0, 40);
  std::string text;
  if (rng() % 2 == 0) {
    const int length = small(rng);
    for (int i = 0; i < length; ++i) text.push_back(static_cast<char>(byte(rng)));
    return text;
  }
  text = kSeeds[rng() % kSeeds.size()];
  const int edits = 1 + static_cast<int>(rng() % 4);
  for (int i = 0; i < edits && !text.empty(); ++i) {
    const std::size_t at = rng() % text.size();
    switch (rng() % 3) {
      case 0: text[at] = static_cast<char>(byte(rng)); break;
      case 1: text.erase(at, 1 + rng() % 3); break;
      default: text.insert(at, 1, static_cast<char>(byte(rng))); break;
    }
  }
  return text;
}

}  // namespace

TEST_CASE("fuzz: parsers survive random and mutated input with invariants intact") {
  std::mt19937 rng(20240611u);
  int meetings = 0;
  for (int round = 0; round < kRounds; ++round) {
    const std::string input = random_input(rng);
    CAPTURE(round);

    const CodeCheck check = check_meeting_code(input);
    REQUIRE(check.code.has_value() != check.problem.has_value());
    if (check.code) REQUIRE(RoomCode::from_canonical(check.code->str()).has_value());

    const Route route = parse_route(input);
    switch (route.kind) {
      case Route::Kind::Lobby:
        REQUIRE_FALSE(route.code.has_value());
        break;
      case Route::Kind::Meeting:
        ++meetings;
        REQUIRE(route.code.has_value());
        REQUIRE(RoomCode::from_canonical(route.code->str()).has_value());
        REQUIRE(parse_route(meeting_hash(*route.code)).code == route.code);
        break;
      case Route::Kind::InvalidMeeting:
        REQUIRE(route.problem.has_value());
        REQUIRE(route.problem != CodeProblem::Empty);
        REQUIRE(route.raw_code.size() <= 200);
        break;
    }

    const std::string name = clean_display_name(input);
    REQUIRE(clean_display_name(name) == name);

    const SettingsLoad settings = decode_settings(input);
    REQUIRE(clean_display_name(settings.settings.display_name) == settings.settings.display_name);
    REQUIRE(decode_settings(encode_settings(settings.settings)).settings.display_name ==
            settings.settings.display_name);

    const SiteConfigLoad site = parse_site_config(input);
    REQUIRE(is_valid_jitsi_domain(site.config.jitsi_domain));
    REQUIRE_FALSE(site.config.title.empty());

    (void)is_valid_jitsi_domain(input);
    (void)parse_platform_event(input);
    (void)percent_encode(input);
  }
  CHECK(meetings > 0);  // the mutations do reach the meeting path
}
