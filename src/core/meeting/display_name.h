// The name shown to others in a meeting.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cofx {

inline constexpr std::size_t kDisplayNameMaxChars = 64;  // Unicode code points

// Trims whitespace and removes control characters (C0, C1, bidi overrides
// U+202A-U+202E, U+2066-U+2069) and invalid UTF-8.
std::string clean_display_name(std::string_view input);

enum class NameProblem { Empty, TooLong };  // TooLong: over kDisplayNameMaxChars
// Why the cleaned name can't be used, else nullopt (app/words/meeting_words.h says it).
std::optional<NameProblem> check_display_name(std::string_view cleaned);

}  // namespace cofx
