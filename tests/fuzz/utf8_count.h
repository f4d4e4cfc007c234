// Counting code points for the fuzz targets' invariants (core's utf8.h is private).
#pragma once

#include <cstddef>
#include <string_view>

namespace cofx::fuzz {

// Code points in well-formed UTF-8: every byte that is not a continuation byte.
inline std::size_t code_points(std::string_view text) {
  std::size_t count = 0;
  for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
  return count;
}

}  // namespace cofx::fuzz
