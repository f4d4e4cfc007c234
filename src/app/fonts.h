// The UI fonts: one TTF, rasterised by Dear ImGui 1.92 glyph by glyph when first drawn, at
// whatever size and device pixel ratio it is drawn (style.FontScaleDpi, app/theme.cpp).
#pragma once

#include <cstdint>
#include <vector>

#include <imgui.h>

namespace cofx {

struct UiFonts {
  ImFont* body = nullptr;   // every script the TTF has (Latin, punctuation), and its merged fallbacks
  ImFont* title = nullptr;  // headings: the same face, drawn at kTitleFontPx
};

inline constexpr float kBodyFontPx = 18.0f;   // CSS pixels
inline constexpr float kTitleFontPx = 32.0f;

// Adds the UI font to the current ImGui context's atlas (once: sizes and ratios need no
// rebuild). `ttf` must outlive the atlas; an empty or unreadable `ttf` falls back to ImGui's
// built-in font (used if the font failed to load), or to no font at all where the build has
// none (IMGUI_DISABLE_DEFAULT_FONT: the web page, whose browser fonts stand in). Characters
// missing from the font draw as its U+FFFD.
UiFonts build_fonts(const std::vector<std::uint8_t>& ttf);

// Headings: the title font at kTitleFontPx (a null font keeps the current one, bigger).
inline void push_title_font(const UiFonts& fonts) { ImGui::PushFont(fonts.title, kTitleFontPx); }

}  // namespace cofx
