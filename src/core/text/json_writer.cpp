#include "core/text/json_writer.h"

#include <cmath>
#include <cstdint>

#include "core/text/utf8.h"

namespace cofx {
namespace {

// How many bytes one U+FFFD stands for at an invalid sequence: a lead byte with the
// continuation bytes that still fit it (a truncated character is one replacement), else one
// byte (Unicode's "maximal subpart", which nlohmann/json follows too).
std::size_t invalid_length(std::string_view text, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  int needed = 0;
  unsigned char low = 0x80, high = 0xBF;  // the range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) needed = 1;
  else if (lead >= 0xE0 && lead <= 0xEF) needed = 2;
  else if (lead >= 0xF0 && lead <= 0xF4) needed = 3;
  if (lead == 0xE0) low = 0xA0;
  if (lead == 0xED) high = 0x9F;
  if (lead == 0xF0) low = 0x90;
  if (lead == 0xF4) high = 0x8F;
  std::size_t length = 1;
  for (int i = 0; i < needed && pos + length < text.size(); ++i) {
    const auto next = static_cast<unsigned char>(text[pos + length]);
    if (next < (i == 0 ? low : 0x80) || next > (i == 0 ? high : 0xBF)) break;
    ++length;
  }
  return length;
}

void append_escaped(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte >= 0x80) {
      const utf8::Step step = utf8::decode(text, pos);
      if (step.valid) {
        out.append(text.substr(pos, step.length));
        pos += step.length;
      } else {
        out.append("\xEF\xBF\xBD");  // U+FFFD
        pos += invalid_length(text, pos);
      }
      continue;
    }
    switch (byte) {
      case '"': out.append("\\\""); break;
      case '\\': out.append("\\\\"); break;
      case '\b': out.append("\\b"); break;
      case '\f': out.append("\\f"); break;
      case '\n': out.append("\\n"); break;
      case '\r': out.append("\\r"); break;
      case '\t': out.append("\\t"); break;
      default:
        if (byte < 0x20) {
          out.append("\\u00");
          out.push_back(kHex[byte >> 4]);
          out.push_back(kHex[byte & 0xF]);
        } else {
          out.push_back(static_cast<char>(byte));
        }
    }
    ++pos;
  }
}

void append_unsigned(std::string& out, std::uint64_t value) {
  char digits[20];
  int count = 0;
  do {
    digits[count++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  while (count > 0) out.push_back(digits[--count]);
}

}  // namespace

void JsonWriter::before_value() {
  if (!first_) out_.push_back(',');
  first_ = false;
}

void JsonWriter::open(char bracket) {
  before_value();
  out_.push_back(bracket);
  first_ = true;
}

void JsonWriter::close(char bracket) {
  out_.push_back(bracket);
  first_ = false;
}

void JsonWriter::key(std::string_view name) {
  before_value();
  out_.push_back('"');
  append_escaped(out_, name);
  out_.append("\":");
  first_ = true;  // the value that follows takes no comma
}

void JsonWriter::member(std::string_view name, std::string_view text) {
  key(name);
  string(text);
}

void JsonWriter::string(std::string_view text) {
  before_value();
  out_.push_back('"');
  append_escaped(out_, text);
  out_.push_back('"');
}

void JsonWriter::number(double value) {
  before_value();
  if (!std::isfinite(value)) {
    out_.push_back('0');
    return;
  }
  // Past 2^53 thousandths a double has no third decimal left; such values (never a
  // rectangle) are written as that bound.
  constexpr double kLimit = 9007199254740992.0 / 1000.0;
  const double magnitude = std::fmin(std::fabs(value), kLimit);
  const auto thousandths = static_cast<std::uint64_t>(std::llround(magnitude * 1000.0));
  if (value < 0 && thousandths != 0) out_.push_back('-');  // never "-0"
  append_unsigned(out_, thousandths / 1000);
  std::uint64_t fraction = thousandths % 1000;
  if (fraction == 0) return;
  out_.push_back('.');
  for (std::uint64_t unit = 100; fraction != 0; unit /= 10) {
    out_.push_back(static_cast<char>('0' + fraction / unit));
    fraction %= unit;
  }
}

void JsonWriter::boolean(bool value) {
  before_value();
  out_.append(value ? "true" : "false");
}

}  // namespace cofx
