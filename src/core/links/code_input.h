// Checking what a person typed or pasted as a meeting code.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/links/room_code.h"

namespace cofx {

enum class CodeProblem {
  Empty,          // nothing but whitespace
  LookAlike,      // non-ASCII characters, e.g. Cyrillic "С" or full-width letters
  WrongPrefix,    // does not start with COF-
  WrongLength,    // COF- followed by fewer or more than 8 characters
  BadCharacter,   // ASCII punctuation or spaces after COF-
};

struct CodeCheck {
  std::string normalized;            // trimmed and ASCII upper-cased input
  std::optional<RoomCode> code;      // set when valid
  std::optional<CodeProblem> problem;  // set when invalid
};

// Trims ASCII and Unicode whitespace, upper-cases ASCII letters only (never
// locale-dependent), then checks ^COF-[A-Z0-9]{8}$.
CodeCheck check_meeting_code(std::string_view input);

// app/words/link_words.h: describe(problem), the sentence under the code field.

}  // namespace cofx
