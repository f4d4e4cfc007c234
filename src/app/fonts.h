// The UI fonts, rasterised from one TTF at the device pixel ratio.
#pragma once

#include <cstdint>
#include <vector>

#include <imgui.h>

namespace cofx {

struct UiFonts {
  ImFont* body = nullptr;
  ImFont* title = nullptr;
};

inline constexpr float kBodyFontPx = 18.0f;   // CSS pixels
inline constexpr float kTitleFontPx = 32.0f;

// Rebuilds the atlas of the current ImGui context. `ttf` must outlive the atlas;
// an empty `ttf` falls back to ImGui's built-in font (used if the font failed to load).
UiFonts build_fonts(const std::vector<std::uint8_t>& ttf, float scale);

}  // namespace cofx
