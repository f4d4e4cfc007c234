#include "core/links/qr_code.h"

#include <qrcodegen.hpp>

namespace cofx {
namespace {

qrcodegen::QrCode::Ecc to_ecc(QrLevel level) {
  switch (level) {
    case QrLevel::Low: return qrcodegen::QrCode::Ecc::LOW;
    case QrLevel::Medium: return qrcodegen::QrCode::Ecc::MEDIUM;
    case QrLevel::Quartile: return qrcodegen::QrCode::Ecc::QUARTILE;
    case QrLevel::High: return qrcodegen::QrCode::Ecc::HIGH;
  }
  return qrcodegen::QrCode::Ecc::MEDIUM;
}

QrLevel from_ecc(qrcodegen::QrCode::Ecc ecc) {
  switch (ecc) {
    case qrcodegen::QrCode::Ecc::LOW: return QrLevel::Low;
    case qrcodegen::QrCode::Ecc::MEDIUM: return QrLevel::Medium;
    case qrcodegen::QrCode::Ecc::QUARTILE: return QrLevel::Quartile;
    case qrcodegen::QrCode::Ecc::HIGH: return QrLevel::High;
  }
  return QrLevel::Medium;
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
  // The encoder throws when the data can't fit, and the web build aborts on a throw
  // (exceptions are off): refuse here, before it is asked.
  if (text.size() > qr_capacity(minimum)) {
    out.problem = QrProblem::TooLong;
    return out;
  }
  const std::vector<std::uint8_t> bytes(text.begin(), text.end());
  const std::vector<qrcodegen::QrSegment> segments{qrcodegen::QrSegment::makeBytes(bytes)};
  const qrcodegen::QrCode qr = qrcodegen::QrCode::encodeSegments(segments, to_ecc(minimum), qrcodegen::QrCode::MIN_VERSION,
                                                                 qrcodegen::QrCode::MAX_VERSION, -1, true);
  QrMatrix matrix;
  matrix.version = qr.getVersion();
  matrix.size = qr.getSize();
  matrix.level = from_ecc(qr.getErrorCorrectionLevel());
  matrix.modules.resize(static_cast<std::size_t>(matrix.size) * static_cast<std::size_t>(matrix.size));
  for (int y = 0; y < matrix.size; ++y) {
    for (int x = 0; x < matrix.size; ++x) {
      matrix.modules[static_cast<std::size_t>(y * matrix.size + x)] = qr.getModule(x, y) ? 1 : 0;
    }
  }
  out.code = std::move(matrix);
  return out;
}

}  // namespace cofx
