// The UI fonts, rasterised from one TTF at the device pixel ratio.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include <imgui.h>

namespace cofx {

struct UiFonts {
  ImFont* body = nullptr;   // every supported script: Latin, Greek, Cyrillic, punctuation
  ImFont* title = nullptr;  // headings: Basic Latin, Latin-1 and the characters of the site title
};

// Latin1 first makes the first frame cheap (a quarter of the glyphs to rasterise: Latin-1 and
// common punctuation in the body face, Basic Latin and the site title in the title face); the
// host then rebuilds with Full at once, a frame later.
enum class FontCoverage { Latin1, Full };

inline constexpr float kBodyFontPx = 18.0f;   // CSS pixels
inline constexpr float kTitleFontPx = 32.0f;

// Rebuilds the atlas of the current ImGui context. `ttf` must outlive the atlas;
// an empty `ttf` falls back to ImGui's built-in font (used if the font failed to load).
// The title face holds fewer glyphs (at its size they would be most of the atlas): text in
// it beyond Latin-1 and `title_text` shows the font's replacement glyph, U+FFFD, as do
// characters missing from the font in either face.
UiFonts build_fonts(const std::vector<std::uint8_t>& ttf, float scale, std::string_view title_text = {},
                    FontCoverage coverage = FontCoverage::Full);

}  // namespace cofx
