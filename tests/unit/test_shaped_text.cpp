#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/text/shaped_text.h"

using namespace cofx;

namespace {

// Shaping on for one test case (the native app draws per character: it is off there).
struct Shaping {
  Shaping() { shaped::enable(true); }
  ~Shaping() { shaped::enable(false); }
};

std::vector<char32_t> code_points(const std::string& text) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t c = length == 1 ? lead : lead & (0xFF >> (length + 1));
    for (std::size_t k = 1; k < length; ++k) c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    out.push_back(c);
    i += length;
  }
  return out;
}

const shaped::Run& run_at(const std::string& shown, std::size_t index) {
  const shaped::Run* run = shaped::run(code_points(shown).at(index));
  REQUIRE(run != nullptr);
  return *run;
}

}  // namespace

TEST_CASE("shaping is off until the platform draws runs") {
  CHECK(shaped::for_display("கூட்டம்") == "கூட்டம்");
  CHECK(shaped::for_editing("علي") == "علي");
}

TEST_CASE("text with nothing to shape stays as it is") {
  Shaping on;
  for (const std::string text : {"", "Ada Lovelace", "Café Müller", "陈美玲", "Ünal 😀", "Łódź"}) {
    CHECK(shaped::for_display(text) == text);
    CHECK(shaped::for_editing(text) == text);
  }
}

TEST_CASE("a Tamil word is shown whole, a field goes by cluster") {
  Shaping on;
  const std::string word = "கூட்டம்";  // கூ ட் ட ம் : 4 clusters
  const std::string shown = shaped::for_display("Mesyuarat " + word);
  CHECK(code_points(shown).size() == 11);  // "Mesyuarat " and the word
  CHECK(run_at(shown, 10).text == word);
  CHECK_FALSE(run_at(shown, 10).right_to_left);
  CHECK(shaped::logical(shown) == "Mesyuarat " + word);

  const std::string edited = shaped::for_editing(word);
  REQUIRE(code_points(edited).size() == 4);
  CHECK(run_at(edited, 0).text == "கூ");
  CHECK(run_at(edited, 1).text == "ட்");
  CHECK(code_points(edited)[2] == U'ட');  // a lone letter needs no run
  CHECK(run_at(edited, 3).text == "ம்");
  CHECK(shaped::logical(edited) == word);
}

TEST_CASE("the same run always gets the same code point") {
  Shaping on;
  CHECK(shaped::for_display("பிரியா") == shaped::for_display("பிரியா"));
  CHECK(shaped::for_display("பிரியா") != shaped::for_display("பிரியா்"));
}

TEST_CASE("right-to-left words are one run for display (the browser orders them), words in a field") {
  Shaping on;
  const std::string shown = shaped::for_display("Ali محمد علي bin");
  REQUIRE(code_points(shown).size() == 9);  // "Ali ", the two words, " bin"
  CHECK(run_at(shown, 4).text == "محمد علي");
  CHECK(run_at(shown, 4).right_to_left);
  CHECK(shaped::logical(shown) == "Ali محمد علي bin");

  const std::string edited = shaped::for_editing("محمد علي");
  REQUIRE(code_points(edited).size() == 3);
  CHECK(run_at(edited, 0).text == "محمد");
  CHECK(run_at(edited, 2).text == "علي");
  CHECK(shaped::logical(edited) == "محمد علي");
}

TEST_CASE("emoji sequences, flags and decomposed accents are runs; one emoji is not") {
  Shaping on;
  const std::string family = "👨\u200D👩\u200D👧";
  const std::string flag = "🇲🇾";
  const std::string accent = "e\u0301";
  const std::string shown = shaped::for_display(family + flag + accent + "😀");
  REQUIRE(code_points(shown).size() == 4);
  CHECK(run_at(shown, 0).text == family);
  CHECK(run_at(shown, 1).text == flag);
  CHECK(run_at(shown, 2).text == accent);
  CHECK(code_points(shown)[3] == U'😀');
}

TEST_CASE("long runs are cut, and a caret offset maps into shown text") {
  Shaping on;
  std::string long_word;
  for (int i = 0; i < 50; ++i) long_word += "க";
  CHECK(code_points(shaped::for_display(long_word)).size() == 2);  // 40 and 10

  const std::string edited = shaped::for_editing("அ கொ");  // அ, space, கொ
  CHECK(shaped::shown_offset(edited, 0) == 0);
  CHECK(shaped::shown_offset(edited, std::string("அ ").size()) == std::string("அ ").size());
  // Inside கொ: the end of its run.
  CHECK(shaped::shown_offset(edited, std::string("அ க").size()) == edited.size());
}

TEST_CASE("code points that are no run stay as they are in logical()") {
  Shaping on;
  CHECK(shaped::logical("\xF3\xBF\xBF\xBD") == "\xF3\xBF\xBF\xBD");  // U+FFFFD, never allocated this far
  CHECK(shaped::run(U'a') == nullptr);
}
