#include "core/text/utf8.h"

namespace cofx::utf8 {

namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0u) == 0x80u; }

}  // namespace

Step decode(std::string_view text, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80u) return {lead, 1, true};

  std::size_t length = 0;
  char32_t code_point = 0;
  char32_t minimum = 0;
  if (lead >= 0xC2u && lead <= 0xDFu) {
    length = 2, code_point = lead & 0x1Fu, minimum = 0x80;
  } else if (lead >= 0xE0u && lead <= 0xEFu) {
    length = 3, code_point = lead & 0x0Fu, minimum = 0x800;
  } else if (lead >= 0xF0u && lead <= 0xF4u) {
    length = 4, code_point = lead & 0x07u, minimum = 0x10000;
  } else {
    return {};  // continuation byte, C0/C1 (always overlong) or F5-FF
  }
  if (text.size() - pos < length) return {};
  for (std::size_t i = 1; i < length; ++i) {
    const auto byte = static_cast<unsigned char>(text[pos + i]);
    if (!is_continuation(byte)) return {};
    code_point = (code_point << 6) | (byte & 0x3Fu);
  }
  if (code_point < minimum || code_point > 0x10FFFF ||
      (code_point >= 0xD800 && code_point <= 0xDFFF)) {
    return {};
  }
  return {code_point, length, true};
}

void append(std::string& out, char32_t cp) {
  auto put = [&out](char32_t bits) { out.push_back(static_cast<char>(bits)); };
  if (cp < 0x80) {
    put(cp);
  } else if (cp < 0x800) {
    put(0xC0 | (cp >> 6));
    put(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    put(0xE0 | (cp >> 12));
    put(0x80 | ((cp >> 6) & 0x3F));
    put(0x80 | (cp & 0x3F));
  } else {
    put(0xF0 | (cp >> 18));
    put(0x80 | ((cp >> 12) & 0x3F));
    put(0x80 | ((cp >> 6) & 0x3F));
    put(0x80 | (cp & 0x3F));
  }
}

bool is_space(char32_t cp) {
  switch (cp) {
    case U' ': case U'\t': case U'\n': case U'\v': case U'\f': case U'\r':
    case 0x0085: case 0x00A0: case 0x1680:
    case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200B;
  }
}

std::string_view trim(std::string_view text) {
  std::size_t begin = text.size();
  std::size_t end = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const Step step = decode(text, pos);
    if (!step.valid || !is_space(step.code_point)) {
      if (begin == text.size()) begin = pos;
      end = pos + step.length;
    }
    pos += step.length;
  }
  if (begin >= end) return {};
  return text.substr(begin, end - begin);
}

std::string_view prefix_bytes(std::string_view text, std::size_t max_bytes) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const Step step = decode(text, pos);
    if (pos + step.length > max_bytes) break;
    pos += step.length;
  }
  return text.substr(0, pos);
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < text.size(); pos += decode(text, pos).length) ++count;
  return count;
}

}  // namespace cofx::utf8
