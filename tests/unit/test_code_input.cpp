#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "core/links/code_input.h"
#include "app/words/link_words.h"

using namespace cofx;

namespace {

struct Row {
  std::string input;
  std::optional<std::string> valid;     // the canonical code when valid
  std::optional<CodeProblem> problem;   // the problem when invalid
};

const char* name_of(std::optional<CodeProblem> problem) {
  if (!problem) return "none";
  switch (*problem) {
    case CodeProblem::Empty: return "Empty";
    case CodeProblem::LookAlike: return "LookAlike";
    case CodeProblem::WrongPrefix: return "WrongPrefix";
    case CodeProblem::WrongLength: return "WrongLength";
    case CodeProblem::BadCharacter: return "BadCharacter";
  }
  return "?";
}

}  // namespace

TEST_CASE("check_meeting_code: the validation table") {
  const std::vector<Row> table = {
      {"", std::nullopt, CodeProblem::Empty},
      {"   ", std::nullopt, CodeProblem::Empty},
      {"\t\r\n", std::nullopt, CodeProblem::Empty},
      {"\xC2\xA0\xE3\x80\x80", std::nullopt, CodeProblem::Empty},  // NBSP + ideographic space
      {"COF-123", std::nullopt, CodeProblem::WrongLength},
      {"TEST-ABCDEF", std::nullopt, CodeProblem::WrongPrefix},
      {"COF-ABCD12345", std::nullopt, CodeProblem::WrongLength},
      {"COF-", std::nullopt, CodeProblem::WrongLength},
      {"COF", std::nullopt, CodeProblem::WrongPrefix},
      {"AB12CD34", std::nullopt, CodeProblem::WrongPrefix},
      {"cof-ab12cd34", "COF-AB12CD34", std::nullopt},
      {"COF-AB12CD34", "COF-AB12CD34", std::nullopt},
      {"  COF-AB12CD34 \t", "COF-AB12CD34", std::nullopt},
      {"\xEF\xBB\xBF" "COF-AB12CD34\xE2\x80\x8B", "COF-AB12CD34", std::nullopt},  // BOM, ZWSP
      {"\xE2\x80\xAF" "cof-zz00zz00\xE2\x80\xA8", "COF-ZZ00ZZ00", std::nullopt},  // U+202F, U+2028
      {"\xD0\xA1\xD0\x9E" "F-AB12CD34", std::nullopt, CodeProblem::LookAlike},     // Cyrillic С О
      {"\xEF\xBC\xA3\xEF\xBC\xAF\xEF\xBC\xA6-AB12CD34", std::nullopt,
       CodeProblem::LookAlike},  // full-width ＣＯＦ
      {"COF-AB12CD3\xCE\x9F", std::nullopt, CodeProblem::LookAlike},  // Greek capital Omicron
      {"COF-AB12CD34\xFF", std::nullopt, CodeProblem::LookAlike},      // invalid UTF-8 byte
      {"COF-AB12 D34", std::nullopt, CodeProblem::BadCharacter},
      {"COF-AB12-D34", std::nullopt, CodeProblem::BadCharacter},
      {"COF-AB12\tD34", std::nullopt, CodeProblem::BadCharacter},
  };
  for (const Row& row : table) {
    CAPTURE(row.input);
    const CodeCheck check = check_meeting_code(row.input);
    if (row.valid) {
      REQUIRE(check.code.has_value());
      CHECK(check.code->str() == *row.valid);
      CHECK(check.normalized == *row.valid);
      CHECK_FALSE(check.problem.has_value());
    } else {
      CHECK_FALSE(check.code.has_value());
      CHECK(std::string(name_of(check.problem)) == name_of(row.problem));
    }
  }
}

TEST_CASE("check_meeting_code: normalized is the trimmed, ASCII upper-cased input") {
  CHECK(check_meeting_code("  cof-ab12 d34 ").normalized == "COF-AB12 D34");
  CHECK(check_meeting_code("test-abcdef").normalized == "TEST-ABCDEF");
  // Only ASCII letters change case: the Cyrillic "с" (U+0441) stays as it is.
  CHECK(check_meeting_code("\xD1\x81of-1").normalized == "\xD1\x81OF-1");
}

TEST_CASE("check_meeting_code: exactly one of code and problem is set") {
  for (std::string input : {"", "x", "COF-AB12CD34", "cof-00000000", "COF-AB12CD3!", "\xC3"}) {
    CAPTURE(input);
    const CodeCheck check = check_meeting_code(input);
    CHECK(check.code.has_value() != check.problem.has_value());
  }
}

TEST_CASE("describe: every problem has a friendly sentence naming the example code") {
  for (CodeProblem problem : {CodeProblem::Empty, CodeProblem::LookAlike, CodeProblem::WrongPrefix,
                              CodeProblem::WrongLength, CodeProblem::BadCharacter}) {
    const std::string text = describe(problem);
    CAPTURE(text);
    CHECK(text.find("COF-AB12CD34") != std::string::npos);
    CHECK(text.back() == '.');
    CHECK(text.size() < 160);
  }
  CHECK(describe(CodeProblem::Empty) == "Enter a meeting code, like COF-AB12CD34.");
  const std::string look_alike = describe(CodeProblem::LookAlike);
  CHECK(look_alike.find("only look like") != std::string::npos);
  CHECK(look_alike.find("A-Z") != std::string::npos);
  CHECK(look_alike.find("0-9") != std::string::npos);
}
