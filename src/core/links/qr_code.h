// A meeting link as a QR code: the module matrix a phone's camera reads. The encoder is
// nayuki's QR Code generator (Debian's qr-code-generator 1.8.0, built by CMakeLists.txt);
// this file only chooses its settings and says plainly when the text can't fit.
//
//   QrEncoding qr = encode_qr("https://cofinix.example/#/COF-AB12CD34");
//   if (qr.code) { qr.code->size; qr.code->dark(x, y); }   // no quiet zone: the drawer leaves
//   else if (qr.problem == QrProblem::TooLong) { ... }     // kQrQuietZone light modules around it
//
// The text is encoded as bytes (UTF-8 as given), at error correction level M or better: the
// level is raised (boosted) as far as it goes without a larger code. The same text always
// gives the same matrix (the mask is chosen by the standard's penalty rule).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace cofx {

// Error correction: how much of the code may be hidden or smudged and still read
// (L 7 %, M 15 %, Q 25 %, H 30 %).
enum class QrLevel { Low, Medium, Quartile, High };

// The light modules a reader needs around the code on every side (ISO/IEC 18004).
inline constexpr int kQrQuietZone = 4;

struct QrMatrix {
  int version = 0;    // 1..40: the size is 17 + 4 * version
  int size = 0;       // modules per side, without the quiet zone
  QrLevel level = QrLevel::Medium;  // as encoded (boosting may raise the level asked for)
  std::vector<std::uint8_t> modules;  // size * size, row by row: 1 dark, 0 light
  bool dark(int x, int y) const {
    return x >= 0 && y >= 0 && x < size && y < size && modules[static_cast<std::size_t>(y * size + x)] != 0;
  }
  bool operator==(const QrMatrix&) const = default;
};

enum class QrProblem {
  TooLong,  // more bytes than the largest code (version 40) holds at the level asked for
};

struct QrEncoding {
  std::optional<QrMatrix> code;       // set when the text fits
  std::optional<QrProblem> problem;   // set when it doesn't
};

// The most bytes a code can hold at this level (version 40, byte mode): L 2953, M 2331,
// Q 1663, H 1273.
std::size_t qr_capacity(QrLevel level);

// `minimum` is M or Q for a link; never lower than asked, boosted when that costs nothing.
QrEncoding encode_qr(std::string_view text, QrLevel minimum = QrLevel::Medium);

}  // namespace cofx
