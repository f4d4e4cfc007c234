#include <doctest/doctest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "app/words/site_words.h"
#include "core/site/settings.h"

using namespace cofx;

TEST_CASE("encode_settings writes a versioned document") {
  const auto document = nlohmann::json::parse(encode_settings({"Zo\xC3\xAB"}), nullptr, false);
  REQUIRE(document.is_object());
  CHECK(document == nlohmann::json{{"version", 1}, {"displayName", "Zo\xC3\xAB"}});
  CHECK(encode_settings({"Ann"}) == R"({"displayName":"Ann","version":1})");
}

TEST_CASE("settings round-trip") {
  for (std::string name : {"", "Ann", "Zo\xC3\xAB Lee", "\xF0\x9F\x98\x80", "a \"b\" \\c"}) {
    CAPTURE(name);
    const SettingsLoad load = decode_settings(encode_settings({name}));
    CHECK_FALSE(load.problem.has_value());
    CHECK(load.settings.display_name == name);
  }
}

TEST_CASE("encode_settings never aborts on invalid UTF-8") {
  const std::string text = encode_settings({"Ann\xFF"});
  const SettingsLoad load = decode_settings(text);
  CHECK_FALSE(load.problem.has_value());
  CHECK(load.settings.display_name.rfind("Ann", 0) == 0);
}

TEST_CASE("decode_settings cleans the stored name") {
  const SettingsLoad load =
      decode_settings(R"({"version":1,"displayName":"  \u202eAnn\u0007 "})");
  CHECK_FALSE(load.problem.has_value());
  CHECK(load.settings.display_name == "Ann");
}

TEST_CASE("decode_settings: a document without a name is fine") {
  const SettingsLoad load = decode_settings(R"({"version":1})");
  CHECK_FALSE(load.problem.has_value());
  CHECK(load.settings.display_name.empty());
}

TEST_CASE("decode_settings: malformed documents give defaults and a problem") {
  struct Row {
    const char* what;
    std::string text;
  };
  const Row rows[] = {
      {"empty", ""},
      {"not JSON", "hello"},
      {"truncated", R"({"version":1,"displayName":"An)"},
      {"array", R"([1,"Ann"])"},
      {"string", R"("Ann")"},
      {"null", "null"},
      {"version missing", R"({"displayName":"Ann"})"},
      {"version as text", R"({"version":"1","displayName":"Ann"})"},
      {"version as float", R"({"version":1.5,"displayName":"Ann"})"},
      {"version zero", R"({"version":0,"displayName":"Ann"})"},
      {"version negative", R"({"version":-1,"displayName":"Ann"})"},
      {"invalid UTF-8", "{\"version\":1,\"displayName\":\"\xFF\"}"},
      {"trailing garbage", R"({"version":1,"displayName":"Ann"} x)"},
      {"deep nesting", std::string(100000, '[') + std::string(100000, ']')},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    const SettingsLoad load = decode_settings(row.text);
    CHECK(load.problem.has_value());
    CHECK(load.settings.display_name.empty());
  }
}

TEST_CASE("decode_settings: a name of the wrong type is dropped with a problem") {
  for (const char* text : {R"({"version":1,"displayName":42})", R"({"version":1,"displayName":null})",
                           R"({"version":1,"displayName":["Ann"]})",
                           R"({"version":1,"displayName":{"first":"Ann"}})"}) {
    CAPTURE(text);
    const SettingsLoad load = decode_settings(text);
    REQUIRE(load.problem.has_value());
    CHECK(load.problem->kind == SettingsProblem::Kind::NameUnreadable);
    CHECK(describe(*load.problem).find("name") != std::string::npos);
    CHECK(load.settings.display_name.empty());
  }
}

TEST_CASE("decode_settings: a future version says so") {
  for (const char* text : {R"({"version":2,"displayName":"Ann"})",
                           R"({"version":18446744073709551615})"}) {
    CAPTURE(text);
    const SettingsLoad load = decode_settings(text);
    REQUIRE(load.problem.has_value());
    CHECK(load.problem->kind == SettingsProblem::Kind::Newer);
    CHECK(describe(*load.problem).find("newer version") != std::string::npos);
    CHECK(load.settings.display_name.empty());
  }
}

TEST_CASE("decode_settings: a huge stored name is read without trouble") {
  const std::string huge(2'000'000, 'x');
  const SettingsLoad load = decode_settings(encode_settings({huge}));
  CHECK_FALSE(load.problem.has_value());
  CHECK(load.settings.display_name.size() == huge.size());
}
