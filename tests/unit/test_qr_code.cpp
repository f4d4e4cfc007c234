#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <utility>

#include "core/links/qr_code.h"

using namespace cofx;

namespace {

// A finder pattern: a 7x7 dark ring, a light ring, a dark 3x3 centre, and a light separator
// on its inner sides (the top-left one's right column and bottom row, and so on).
void check_finder(const QrMatrix& qr, int left, int top) {
  for (int dy = 0; dy < 7; ++dy) {
    for (int dx = 0; dx < 7; ++dx) {
      const int ring = std::max(std::abs(dx - 3), std::abs(dy - 3));  // 3 outer, 2 light, <=1 centre
      const bool want_dark = ring != 2;
      CHECK_MESSAGE(qr.dark(left + dx, top + dy) == want_dark, "module ", left + dx, ",", top + dy);
    }
  }
  for (int i = -1; i <= 7; ++i) {  // the separator: light around the 7x7, where it lies inside the code
    for (const auto [x, y] : {std::pair{left - 1, top + i}, std::pair{left + 7, top + i},
                              std::pair{left + i, top - 1}, std::pair{left + i, top + 7}}) {
      if (x >= 0 && y >= 0 && x < qr.size && y < qr.size) CHECK_MESSAGE(!qr.dark(x, y), "separator ", x, ",", y);
    }
  }
}

}  // namespace

TEST_CASE("a meeting link encodes to a version 3 code at level M, with the size the version gives") {
  const std::string link = "https://cofinix.example/#/COF-AB12CD34";  // 38 bytes: M holds 42 in version 3, Q only 32
  REQUIRE(link.size() == 38);
  const QrEncoding qr = encode_qr(link);
  REQUIRE(qr.code);
  CHECK_FALSE(qr.problem);
  CHECK(qr.code->version == 3);
  CHECK(qr.code->size == 29);
  CHECK(qr.code->size == 17 + 4 * qr.code->version);
  CHECK(qr.code->modules.size() == 29u * 29u);
  CHECK(qr.code->level == QrLevel::Medium);
}

TEST_CASE("a short text is boosted to the best level its smallest code allows") {
  const QrEncoding qr = encode_qr("HELLO WORLD");  // 11 bytes: version 1 holds 14 at M, 11 at Q, 7 at H
  REQUIRE(qr.code);
  CHECK(qr.code->version == 1);
  CHECK(qr.code->size == 21);
  CHECK(qr.code->level == QrLevel::Quartile);
  // Never below what was asked for.
  const QrEncoding high = encode_qr("HELLO WORLD", QrLevel::Quartile);
  REQUIRE(high.code);
  CHECK(high.code->level == QrLevel::Quartile);
  CHECK(high.code->version == 1);
}

TEST_CASE("a QR code has its finder patterns in three corners and none in the fourth") {
  const QrEncoding qr = encode_qr("https://meet.example.org/#/COF-ZZ99YY88?dep=self&host=jitsi.example.org");
  REQUIRE(qr.code);
  const QrMatrix& m = *qr.code;
  check_finder(m, 0, 0);
  check_finder(m, m.size - 7, 0);
  check_finder(m, 0, m.size - 7);
  // The bottom-right corner is data, not a finder: its 7x7 is not the finder's picture.
  bool same = true;
  for (int dy = 0; dy < 7 && same; ++dy) {
    for (int dx = 0; dx < 7 && same; ++dx) {
      const int ring = std::max(std::abs(dx - 3), std::abs(dy - 3));
      same = m.dark(m.size - 7 + dx, m.size - 7 + dy) == (ring != 2);
    }
  }
  CHECK_FALSE(same);
  // Timing patterns: row 6 and column 6 alternate between the finders, dark on even positions.
  for (int i = 8; i < m.size - 8; ++i) {
    CHECK(m.dark(i, 6) == (i % 2 == 0));
    CHECK(m.dark(6, i) == (i % 2 == 0));
  }
  // The dark module beside the bottom-left finder, always there.
  CHECK(m.dark(8, m.size - 8));
  // Outside the matrix is light (the quiet zone the drawer leaves).
  CHECK_FALSE(m.dark(-1, 0));
  CHECK_FALSE(m.dark(0, m.size));
}

TEST_CASE("the same text always gives the same matrix, and a different text a different one") {
  const std::string link = "https://cofinix.example/#/COF-AB12CD34";
  const QrEncoding a = encode_qr(link);
  const QrEncoding b = encode_qr(link);
  REQUIRE(a.code);
  REQUIRE(b.code);
  CHECK(*a.code == *b.code);
  const QrEncoding other = encode_qr("https://cofinix.example/#/COF-AB12CD35");
  REQUIRE(other.code);
  CHECK(other.code->size == a.code->size);
  CHECK(other.code->modules != a.code->modules);
}

TEST_CASE("a text too long for the largest code is refused, plainly; one byte less fits") {
  CHECK(qr_capacity(QrLevel::Medium) == 2331);
  CHECK(qr_capacity(QrLevel::Quartile) == 1663);
  const std::string longest(qr_capacity(QrLevel::Medium), 'a');
  const QrEncoding fits = encode_qr(longest);
  REQUIRE(fits.code);
  CHECK(fits.code->version == 40);
  CHECK(fits.code->size == 177);
  CHECK(fits.code->level == QrLevel::Medium);

  const QrEncoding refused = encode_qr(longest + "a");
  CHECK_FALSE(refused.code);
  REQUIRE(refused.problem);
  CHECK(*refused.problem == QrProblem::TooLong);

  const std::string longest_q(qr_capacity(QrLevel::Quartile), 'a');
  CHECK(encode_qr(longest_q, QrLevel::Quartile).code);
  CHECK(encode_qr(longest_q + "a", QrLevel::Quartile).problem == QrProblem::TooLong);
}

TEST_CASE("UTF-8 text is encoded as its bytes") {
  // 14 bytes of UTF-8 (7 two-byte letters): the byte count decides, as for version 1 at M.
  const QrEncoding qr = encode_qr("\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9");
  REQUIRE(qr.code);
  CHECK(qr.code->version == 1);
  CHECK(qr.code->level == QrLevel::Medium);
}
