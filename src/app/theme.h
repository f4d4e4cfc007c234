// The Cof-iniX palette and the ImGui style built from it.
#pragma once

#include <imgui.h>

namespace cofx::palette {

inline constexpr ImVec4 rgb(unsigned hex, float alpha = 1.0f) {
  return ImVec4(float((hex >> 16) & 0xFF) / 255.0f, float((hex >> 8) & 0xFF) / 255.0f,
                float(hex & 0xFF) / 255.0f, alpha);
}

inline constexpr ImVec4 kDeepPurple = rgb(0x4B0082);
inline constexpr ImVec4 kHotPurple = rgb(0x8A2BE2);
inline constexpr ImVec4 kElectricPurple = rgb(0x9400D3);
inline constexpr ImVec4 kNeonPink = rgb(0xFF6EC7);
inline constexpr ImVec4 kBackground = rgb(0x1A002B);
inline constexpr ImVec4 kMeetingBackground = rgb(0x2A0845);
inline constexpr ImVec4 kText = rgb(0xF5EEFF);
inline constexpr ImVec4 kTextMuted = rgb(0xC9B6E4);

}  // namespace cofx::palette

namespace cofx {

// Applies the palette and sizes, scaled for the device pixel ratio.
void apply_theme(float scale);

}  // namespace cofx
