#include <doctest/doctest.h>

#include <string>

#include "core/links/room_code.h"
#include "core/links/route.h"

using namespace cofx;

namespace {

RoomCode code_of(std::string_view text) {
  auto code = RoomCode::from_canonical(text);
  REQUIRE(code.has_value());
  return *code;
}

// The value of a parameter, or "<missing>".
std::string param(const Route& route, const std::string& key) {
  const auto found = route.params.find(key);
  return found == route.params.end() ? "<missing>" : found->second;
}

}  // namespace

TEST_CASE("parse_route: the lobby forms") {
  for (std::string_view hash : {"", "#", "#/", "/", "#/?", "%20", "#/%20%09", "#/?x=1"}) {
    CAPTURE(hash);
    const Route route = parse_route(hash);
    CHECK(route.kind == Route::Kind::Lobby);
    CHECK_FALSE(route.code.has_value());
    CHECK_FALSE(route.problem.has_value());
    CHECK(route.raw_code.empty());
  }
  CHECK(param(parse_route("#/?x=1"), "x") == "1");
}

TEST_CASE("parse_route: meetings with and without '#' and '/'") {
  for (std::string_view hash : {"#/COF-AB12CD34", "/COF-AB12CD34", "COF-AB12CD34", "#COF-AB12CD34",
                                "#/cof-ab12cd34", "#/%43OF-AB12CD34", "#/COF%2DAB12CD34",
                                "#/%20COF-AB12CD34%20", "#/COF-AB12CD34?"}) {
    CAPTURE(hash);
    const Route route = parse_route(hash);
    REQUIRE(route.kind == Route::Kind::Meeting);
    REQUIRE(route.code.has_value());
    CHECK(route.code->str() == "COF-AB12CD34");
    CHECK(route.raw_code.empty());
    CHECK_FALSE(route.problem.has_value());
  }
}

TEST_CASE("parse_route: parameters are percent-decoded, '+' stays '+'") {
  const Route route = parse_route("#/COF-AB12CD34?name=Ann%20Lee&x=a+b&empty=&flag&&=skipped&k%3D=v%26");
  REQUIRE(route.kind == Route::Kind::Meeting);
  CHECK(route.params.size() == 5);
  CHECK(param(route, "name") == "Ann Lee");
  CHECK(param(route, "x") == "a+b");
  CHECK(param(route, "empty").empty());
  CHECK(param(route, "flag").empty());
  CHECK(param(route, "k=") == "v&");
  CHECK(route.params.count("") == 0);
}

TEST_CASE("parse_route: invalid meeting codes keep the decoded text and the problem") {
  struct Row {
    std::string hash;
    std::string raw;
    CodeProblem problem;
  };
  const Row rows[] = {
      {"#/COF-123", "COF-123", CodeProblem::WrongLength},
      {"#/TEST-ABCDEF", "TEST-ABCDEF", CodeProblem::WrongPrefix},
      {"#/COF-AB12%20D34", "COF-AB12 D34", CodeProblem::BadCharacter},
      {"#/%D0%A1%D0%9EF-AB12CD34", "\xD0\xA1\xD0\x9E" "F-AB12CD34", CodeProblem::LookAlike},
      {"#/abc%zz%", "abc%zz%", CodeProblem::WrongPrefix},
      {"#/foo/bar?x=1", "foo/bar", CodeProblem::WrongPrefix},
  };
  for (const Row& row : rows) {
    CAPTURE(row.hash);
    const Route route = parse_route(row.hash);
    CHECK(route.kind == Route::Kind::InvalidMeeting);
    CHECK_FALSE(route.code.has_value());
    CHECK(route.raw_code == row.raw);
    REQUIRE(route.problem.has_value());
    CHECK(*route.problem == row.problem);
  }
}

TEST_CASE("parse_route: raw_code is capped at 200 bytes on a UTF-8 boundary") {
  // 199 ASCII bytes and then a 2-byte "é": the "é" would end at byte 201, so it is cut.
  const std::string long_text = std::string(199, 'x') + "%C3%A9" + std::string(50, 'y');
  const Route route = parse_route("#/" + long_text);
  REQUIRE(route.kind == Route::Kind::InvalidMeeting);
  CHECK(route.raw_code == std::string(199, 'x'));

  const Route ascii = parse_route("#/" + std::string(1000, 'Q'));
  CHECK(ascii.raw_code == std::string(200, 'Q'));
}

TEST_CASE("route hashes and links round-trip for many codes") {
  CHECK(lobby_hash() == "#/");
  CHECK(parse_route(lobby_hash()).kind == Route::Kind::Lobby);
  for (int i = 0; i < 2000; ++i) {
    const RoomCode code = generate_room_code();
    const std::string hash = meeting_hash(code);
    CHECK(hash == "#/" + code.str());
    const Route route = parse_route(hash);
    REQUIRE(route.kind == Route::Kind::Meeting);
    CHECK(*route.code == code);

    const std::string link = meeting_link("https://example.org/app/#/OLD?x=1", code);
    CHECK(link == "https://example.org/app/#/" + code.str());
    CHECK(*parse_route(link.substr(link.find('#'))).code == code);
  }
}

TEST_CASE("meeting_link replaces any fragment of the site URL") {
  const RoomCode code = code_of("COF-AB12CD34");
  CHECK(meeting_link("https://meet.example.org/", code) == "https://meet.example.org/#/COF-AB12CD34");
  CHECK(meeting_link("https://meet.example.org/lobby/index.html#", code) ==
        "https://meet.example.org/lobby/index.html#/COF-AB12CD34");
  CHECK(meeting_link("https://x.org/?q=1#/COF-ZZZZZZZZ#more", code) ==
        "https://x.org/?q=1#/COF-AB12CD34");
  CHECK(meeting_link("", code) == "#/COF-AB12CD34");
}

TEST_CASE("percent_decode keeps invalid escapes and percent_encode round-trips") {
  CHECK(percent_decode("a%20b") == "a b");
  CHECK(percent_decode("%41%42%63") == "ABc");
  CHECK(percent_decode("a+b") == "a+b");
  CHECK(percent_decode("%zz") == "%zz");
  CHECK(percent_decode("100%") == "100%");
  CHECK(percent_decode("%4") == "%4");
  CHECK(percent_decode("%%41") == "%A");
  CHECK(percent_decode("%00") == std::string(1, '\0'));
  CHECK(percent_decode("%e2%82%ac") == "\xE2\x82\xAC");

  CHECK(percent_encode("Ann Lee") == "Ann%20Lee");
  CHECK(percent_encode("AZaz09-._~") == "AZaz09-._~");
  CHECK(percent_encode("a+b&c=d/#?%") == "a%2Bb%26c%3Dd%2F%23%3F%25");
  CHECK(percent_encode("\xE2\x82\xAC") == "%E2%82%AC");

  std::string all_bytes;
  for (int b = 0; b < 256; ++b) all_bytes.push_back(static_cast<char>(b));
  CHECK(percent_decode(percent_encode(all_bytes)) == all_bytes);
}
