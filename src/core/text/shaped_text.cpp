#include "core/text/shaped_text.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "core/text/utf8.h"

namespace cofx::shaped {
namespace {

constexpr char32_t kPlane15 = 0xF0000, kPlane16 = 0x100000;
constexpr std::size_t kPerPlane = 0xFFFE;  // U+xFFFE and U+xFFFF are noncharacters
constexpr char32_t kZwnj = 0x200C, kZwj = 0x200D;

bool in(char32_t c, char32_t first, char32_t last) { return c >= first && c <= last; }

bool is_right_to_left(char32_t c) {
  return in(c, 0x0590, 0x08FF) ||  // Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, Arabic Extended
         in(c, 0xFB1D, 0xFDFF) || in(c, 0xFE70, 0xFEFF) || in(c, 0x10800, 0x10FFF) || in(c, 0x1E800, 0x1EFFF);
}

// Scripts whose letters change shape or order with their neighbours: Brahmic (Devanagari to
// Sinhala; Tibetan, Myanmar, Khmer; Balinese, Sundanese, Javanese…), Thai and Lao.
bool is_complex_left_to_right(char32_t c) {
  return in(c, 0x0900, 0x0DFF) || in(c, 0x0E00, 0x0EFF) || in(c, 0x0F00, 0x0FFF) || in(c, 0x1000, 0x109F) ||
         in(c, 0x1780, 0x17FF) || in(c, 0x1A00, 0x1AAF) || in(c, 0x1B00, 0x1BBF) || in(c, 0xA980, 0xA9DF) ||
         in(c, 0xAA00, 0xAA5F) || in(c, 0x11000, 0x111FF);
}

// A mark that belongs to the letter before it, for a field's clusters: Brahmic signs (the
// same places in each 128-character block from Devanagari to Malayalam), Thai and Lao vowels
// and tones, and the combining marks of any script.
bool is_mark(char32_t c) {
  if (in(c, 0x0900, 0x0D7F)) {
    const char32_t at = c & 0x7F;
    return at <= 0x03 || (in(at, 0x3A, 0x4F) && at != 0x3D) || in(at, 0x51, 0x57) || in(at, 0x62, 0x63);
  }
  return in(c, 0x0D81, 0x0D83) || in(c, 0x0DCA, 0x0DDF) || c == 0x0E31 || in(c, 0x0E34, 0x0E3A) ||
         in(c, 0x0E47, 0x0E4E) || c == 0x0EB1 || in(c, 0x0EB4, 0x0EBC) || in(c, 0x0EC8, 0x0ECD) ||
         in(c, 0x0300, 0x036F) || in(c, 0x1AB0, 0x1AFF) || in(c, 0x1DC0, 0x1DFF) || in(c, 0x20D0, 0x20FF) ||
         in(c, 0xFE20, 0xFE2F) || c == 0xFE0E || c == 0xFE0F || c == kZwnj || c == kZwj;
}

bool is_regional_indicator(char32_t c) { return in(c, 0x1F1E6, 0x1F1FF); }
bool is_emoji(char32_t c) { return in(c, 0x1F000, 0x1FAFF) || in(c, 0x2600, 0x27BF) || in(c, 0x2B00, 0x2BFF); }
bool is_emoji_extender(char32_t c) { return c == 0xFE0F || in(c, 0x1F3FB, 0x1F3FF) || in(c, 0xE0020, 0xE007F) || c == 0x20E3; }

struct Table {
  std::unordered_map<std::string, char32_t> code_of[2];  // by direction
  std::vector<Run> runs;
  bool on = false;
};

Table& table() {
  static Table instance;
  return instance;
}

char32_t code_for(std::size_t index) {
  return index < kPerPlane ? kPlane15 + static_cast<char32_t>(index)
                           : kPlane16 + static_cast<char32_t>(index - kPerPlane);
}

// The run's code point, or 0 when every code point is taken (the run is then left as it is).
char32_t allocate(std::string_view text, bool right_to_left) {
  Table& t = table();
  auto& codes = t.code_of[right_to_left ? 1 : 0];
  if (const auto found = codes.find(std::string(text)); found != codes.end()) return found->second;
  if (t.runs.size() >= 2 * kPerPlane) return 0;
  const char32_t code = code_for(t.runs.size());
  t.runs.push_back(Run{std::string(text), right_to_left});
  codes.emplace(std::string(text), code);
  return code;
}

struct CodePoint {
  char32_t value;
  std::size_t at;  // byte offset
  std::size_t length;
};

std::vector<CodePoint> decode_all(std::string_view text) {
  std::vector<CodePoint> out;
  for (std::size_t at = 0; at < text.size();) {
    const utf8::Step step = utf8::decode(text, at);
    out.push_back({step.valid ? step.code_point : 0xFFFD, at, step.length});
    at += step.length;
  }
  return out;
}

enum class Mode { Display, Editing };

// Where the run starting at points[i] ends (one past), or i + 1 when it is a lone character.
std::size_t run_end(const std::vector<CodePoint>& points, std::size_t i, Mode mode, bool& right_to_left) {
  const std::size_t n = points.size();
  const char32_t c = points[i].value;
  right_to_left = false;
  std::size_t j = i + 1;
  const auto limit = [&](std::size_t k) { return k < n && k - i < kMaxRunCodePoints; };
  if (is_right_to_left(c) && !is_mark(c)) {  // a word; for display, words with spaces between them
    right_to_left = true;
    while (limit(j)) {
      const char32_t next = points[j].value;
      if (is_right_to_left(next) || is_mark(next)) {
        ++j;
      } else if (mode == Mode::Display && next == ' ' && limit(j + 1) && is_right_to_left(points[j + 1].value)) {
        j += 2;
      } else {
        break;
      }
    }
  } else if (is_complex_left_to_right(c) && !is_mark(c)) {
    if (mode == Mode::Display) {  // a word
      while (limit(j) && (is_complex_left_to_right(points[j].value) || points[j].value == kZwj ||
                          points[j].value == kZwnj)) {
        ++j;
      }
    } else {  // a cluster
      while (limit(j) && is_mark(points[j].value)) ++j;
    }
  } else if (is_emoji(c) || is_regional_indicator(c)) {
    if (is_regional_indicator(c) && j < n && is_regional_indicator(points[j].value)) ++j;  // a flag
    while (limit(j)) {
      if (is_emoji_extender(points[j].value)) {
        ++j;
      } else if (points[j].value == kZwj && j + 1 < n && is_emoji(points[j + 1].value)) {
        j += 2;
      } else {
        break;
      }
    }
  } else if (c >= 0x20 && !is_mark(c)) {  // a letter with combining marks
    while (limit(j) && is_mark(points[j].value)) ++j;
  }
  return j;
}

struct Piece {
  std::size_t first, last;  // code point indices, one past the last
  bool right_to_left;
};

std::string shape(std::string_view logical, Mode mode) {
  if (!table().on) return std::string(logical);
  if (std::all_of(logical.begin(), logical.end(), [](char c) { return static_cast<unsigned char>(c) < 0xCC; })) {
    return std::string(logical);  // below U+0300: nothing to shape
  }
  const std::vector<CodePoint> points = decode_all(logical);
  std::vector<Piece> pieces;
  for (std::size_t i = 0; i < points.size();) {
    bool right_to_left = false;
    const std::size_t end = run_end(points, i, mode, right_to_left);
    pieces.push_back({i, end, right_to_left});
    i = end;
  }
  std::string out;
  out.reserve(logical.size());
  for (const Piece& piece : pieces) {
    const std::size_t from = points[piece.first].at;
    const std::size_t to = points[piece.last - 1].at + points[piece.last - 1].length;
    const std::string_view text = logical.substr(from, to - from);
    const bool whole = piece.last - piece.first > 1 || piece.right_to_left;
    const char32_t code = whole ? allocate(text, piece.right_to_left) : 0;
    if (code != 0) {
      utf8::append(out, code);
    } else {
      out.append(text);
    }
  }
  return out;
}

}  // namespace

void enable(bool on) { table().on = on; }
bool enabled() { return table().on; }

std::string for_display(std::string_view logical) { return shape(logical, Mode::Display); }
std::string for_editing(std::string_view logical) { return shape(logical, Mode::Editing); }

const Run* run(char32_t code_point) {
  const Table& t = table();
  std::size_t index = 0;
  if (in(code_point, kPlane15, kPlane15 + kPerPlane - 1)) {
    index = code_point - kPlane15;
  } else if (in(code_point, kPlane16, kPlane16 + kPerPlane - 1)) {
    index = kPerPlane + (code_point - kPlane16);
  } else {
    return nullptr;
  }
  return index < t.runs.size() ? &t.runs[index] : nullptr;
}

std::string logical(std::string_view shown) {
  if (shown.find('\xF3') == std::string_view::npos && shown.find('\xF4') == std::string_view::npos) {
    return std::string(shown);  // no code point of planes 15 and 16
  }
  std::string out;
  out.reserve(shown.size());
  for (std::size_t at = 0; at < shown.size();) {
    const utf8::Step step = utf8::decode(shown, at);
    const Run* found = step.valid ? run(step.code_point) : nullptr;
    if (found != nullptr) {
      out += found->text;
    } else {
      out.append(shown.substr(at, step.length));
    }
    at += step.length;
  }
  return out;
}

std::size_t shown_offset(std::string_view shown, std::size_t logical_bytes) {
  std::size_t logical_at = 0;
  std::size_t at = 0;
  while (at < shown.size() && logical_at < logical_bytes) {
    const utf8::Step step = utf8::decode(shown, at);
    const Run* found = step.valid ? run(step.code_point) : nullptr;
    logical_at += found != nullptr ? found->text.size() : step.length;
    at += step.length;
  }
  return at;
}

}  // namespace cofx::shaped
