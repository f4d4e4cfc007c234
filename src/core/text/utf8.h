// Private helpers for src/core: strict UTF-8 decoding, Unicode whitespace and
// trimming. Not part of the public API; only core .cpp files include this.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace cofx::utf8 {

// One step of decoding. `valid` is false for a byte that does not start a
// well-formed sequence (stray continuation byte, overlong form, surrogate,
// beyond U+10FFFF, truncated); such a step always has length 1.
struct Step {
  char32_t code_point = 0;
  std::size_t length = 1;
  bool valid = false;
};

// Decodes the sequence starting at text[pos]; pos must be < text.size().
Step decode(std::string_view text, std::size_t pos);

void append(std::string& out, char32_t code_point);

// ASCII whitespace plus U+0085, U+00A0, U+1680, U+2000-U+200B, U+2028,
// U+2029, U+202F, U+205F, U+3000 and U+FEFF (byte order mark / zero-width no-break space).
bool is_space(char32_t code_point);

// Removes is_space() characters from both ends. Invalid bytes count as content.
std::string_view trim(std::string_view text);

// The longest prefix of at most max_bytes that does not split a well-formed
// sequence (invalid bytes count as one-byte units).
std::string_view prefix_bytes(std::string_view text, std::size_t max_bytes);

// Number of code points, counting each invalid byte as one.
std::size_t count_code_points(std::string_view text);

}  // namespace cofx::utf8
