// Text for the eye where Dear ImGui draws one character at a time. A Tamil word (vowel signs
// drawn before their consonant, ligatures), an Arabic or Jawi word (letters joined, right to
// left), a decomposed accent or an emoji sequence (a flag, a family) only looks right when
// it is shaped whole. Each such run is given a code point of the Supplementary Private Use
// Area (U+F0000 up, allocated on first use and kept), which the web app's font source draws
// whole with the browser's shaper (web/script_fonts.h). The app keeps logical text; only
// what ImGui draws is shaped, and everything leaving for the browser is made logical again.
//
// Off until the platform can draw runs (the web app turns it on): then for_display() and
// for_editing() return their input unchanged.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace cofx::shaped {

struct Run {
  std::string text;  // logical order, UTF-8
  bool right_to_left = false;
};

void enable(bool on);
bool enabled();

// Runs become their code points, for text only shown. Tamil and the other Brahmic scripts,
// Thai and Javanese go by word; right-to-left words with spaces between them make one run,
// which the browser lays out right to left (each run up to kMaxRunCodePoints).
std::string for_display(std::string_view logical);

// For a text field: a caret moves through it and Backspace takes one code point back off it,
// so Brahmic and Thai runs go by cluster (a letter and its marks), and right-to-left runs by
// word, in logical order.
std::string for_editing(std::string_view logical);

// Every run's code point replaced by its text again (anything else stays as it is).
std::string logical(std::string_view shown);

// The byte offset in `shown` where the logical text's first `logical_bytes` bytes end
// (rounded up to the end of the run that holds that offset).
std::size_t shown_offset(std::string_view shown, std::size_t logical_bytes);

// The run behind a code point, or null (not a run's code point).
const Run* run(char32_t code_point);

inline constexpr std::size_t kMaxRunCodePoints = 40;

}  // namespace cofx::shaped
