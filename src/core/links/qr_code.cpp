#include "core/links/qr_code.h"

#include <algorithm>
#include <array>

extern "C" {
#include <qrcodegen.h>
}

namespace cofx {
namespace {

qrcodegen_Ecc to_ecc(QrLevel level) {
  switch (level) {
    case QrLevel::Low: return qrcodegen_Ecc_LOW;
    case QrLevel::Medium: return qrcodegen_Ecc_MEDIUM;
    case QrLevel::Quartile: return qrcodegen_Ecc_QUARTILE;
    case QrLevel::High: return qrcodegen_Ecc_HIGH;
  }
  return qrcodegen_Ecc_MEDIUM;
}

using QrBuffer = std::array<std::uint8_t, qrcodegen_BUFFER_LEN_MAX>;

// The code for `bytes` at `level`, in versions first..last; false when it doesn't fit.
bool encode(std::string_view bytes, QrLevel level, int first, int last, QrBuffer& qr) {
  QrBuffer data{};
  std::copy(bytes.begin(), bytes.end(), data.begin());
  return qrcodegen_encodeBinary(data.data(), bytes.size(), qr.data(), to_ecc(level), first, last,
                                qrcodegen_Mask_AUTO, false);
}

}  // namespace

std::size_t qr_capacity(QrLevel level) {
  switch (level) {
    case QrLevel::Low: return 2953;
    case QrLevel::Medium: return 2331;
    case QrLevel::Quartile: return 1663;
    case QrLevel::High: return 1273;
  }
  return 0;
}

QrEncoding encode_qr(std::string_view text, QrLevel minimum) {
  QrEncoding out;
  if (text.size() > qr_capacity(minimum)) {
    out.problem = QrProblem::TooLong;
    return out;
  }
  // The smallest version that holds it at `minimum`, then the strongest level that version
  // still holds (what the encoder's "boost" does).
  QrBuffer qr{};
  if (!encode(text, minimum, qrcodegen_VERSION_MIN, qrcodegen_VERSION_MAX, qr)) {
    out.problem = QrProblem::TooLong;
    return out;
  }
  QrMatrix matrix;
  matrix.size = qrcodegen_getSize(qr.data());
  matrix.version = (matrix.size - 17) / 4;
  matrix.level = minimum;
  for (QrLevel level : {QrLevel::High, QrLevel::Quartile, QrLevel::Medium}) {
    if (level <= minimum) break;
    QrBuffer stronger{};
    if (encode(text, level, matrix.version, matrix.version, stronger)) {
      qr = stronger;
      matrix.level = level;
      break;
    }
  }
  matrix.modules.resize(static_cast<std::size_t>(matrix.size) * static_cast<std::size_t>(matrix.size));
  for (int y = 0; y < matrix.size; ++y) {
    for (int x = 0; x < matrix.size; ++x) {
      matrix.modules[static_cast<std::size_t>(y * matrix.size + x)] = qrcodegen_getModule(qr.data(), x, y) ? 1 : 0;
    }
  }
  out.code = std::move(matrix);
  return out;
}

}  // namespace cofx
