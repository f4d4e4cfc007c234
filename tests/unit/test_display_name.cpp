#include <doctest/doctest.h>

#include <string>

#include "core/meeting/display_name.h"
#include "app/words/meeting_words.h"

using namespace cofx;

TEST_CASE("clean_display_name trims whitespace, ASCII and Unicode") {
  CHECK(clean_display_name("  Ann Lee \t") == "Ann Lee");
  CHECK(clean_display_name("\xC2\xA0\xE3\x80\x80" "Ann\xE2\x80\x8B\xEF\xBB\xBF") == "Ann");
  CHECK(clean_display_name("Ann\xC2\xA0Lee") == "Ann\xC2\xA0Lee");  // inner spaces stay
  CHECK(clean_display_name("   ").empty());
  CHECK(clean_display_name("").empty());
}

TEST_CASE("clean_display_name removes controls, bidi overrides and invalid UTF-8") {
  CHECK(clean_display_name("An\x01n\x7F") == "Ann");
  CHECK(clean_display_name(std::string("A\0nn", 4)) == "Ann");
  CHECK(clean_display_name("Ann\xC2\x85\xC2\x9F") == "Ann");                 // C1 controls
  CHECK(clean_display_name("\xE2\x80\xAE" "evil\xE2\x80\xAC") == "evil");    // U+202E, U+202C
  CHECK(clean_display_name("\xE2\x81\xA6" "a\xE2\x81\xA9") == "a");          // U+2066, U+2069
  CHECK(clean_display_name("Ann\xFF\xC3") == "Ann");                         // invalid bytes
  CHECK(clean_display_name("\xC0\xAF" "x") == "x");                          // overlong '/'
  CHECK(clean_display_name("\xED\xA0\x80" "x") == "x");                      // surrogate
  CHECK(clean_display_name("\xF4\x90\x80\x80" "x") == "x");                  // > U+10FFFF
  // Real text stays untouched: accents, CJK, emoji, right-to-left scripts.
  const std::string kept = "Zo\xC3\xAB \xE6\x9D\x8E \xF0\x9F\x98\x80 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D";
  CHECK(clean_display_name(kept) == kept);
}

TEST_CASE("clean_display_name always yields valid, clean UTF-8 (cleaning twice changes nothing)") {
  std::string every_byte;
  for (int b = 0; b < 256; ++b) every_byte.push_back(static_cast<char>(b));
  const std::string cleaned = clean_display_name(every_byte);
  CHECK(clean_display_name(cleaned) == cleaned);
  for (char c : cleaned) CHECK(static_cast<unsigned char>(c) >= 0x20);
}

TEST_CASE("check_display_name: empty or too long") {
  CHECK(check_display_name("") == NameProblem::Empty);
  CHECK_FALSE(check_display_name("Ann").has_value());
  CHECK_FALSE(check_display_name(std::string(kDisplayNameMaxChars, 'a')).has_value());
  CHECK(check_display_name(std::string(kDisplayNameMaxChars + 1, 'a')) == NameProblem::TooLong);
}

TEST_CASE("display_name_problem (app/words)") {
  CHECK(display_name_problem("") == "Enter your name so others know who joined.");
  CHECK_FALSE(display_name_problem("Ann").has_value());

  std::string at_limit;
  for (std::size_t i = 0; i < kDisplayNameMaxChars; ++i) at_limit += "\xC3\xA9";  // 64 x "é"
  CHECK_FALSE(display_name_problem(at_limit).has_value());
  CHECK_FALSE(display_name_problem(std::string(kDisplayNameMaxChars, 'a')).has_value());

  const auto too_long = display_name_problem(at_limit + "e");
  REQUIRE(too_long.has_value());
  CHECK(too_long->find("64") != std::string::npos);
  CHECK(display_name_problem(std::string(kDisplayNameMaxChars + 1, 'a')).has_value());
}
