// The Cof-iniX palette, light and dark themes built from it, and the ImGui style.
// Views ask for colours by role (theme_colors().error_text), never by hex value,
// so both themes keep text contrast at 4.5:1 or more (checked in tests).
#pragma once

#include <imgui.h>

namespace cofx::palette {

inline constexpr ImVec4 rgb(unsigned hex, float alpha = 1.0f) {
  return ImVec4(float((hex >> 16) & 0xFF) / 255.0f, float((hex >> 8) & 0xFF) / 255.0f,
                float(hex & 0xFF) / 255.0f, alpha);
}

// The product's palette.
inline constexpr ImVec4 kDeepPurple = rgb(0x4B0082);
inline constexpr ImVec4 kHotPurple = rgb(0x8A2BE2);
inline constexpr ImVec4 kElectricPurple = rgb(0x9400D3);
inline constexpr ImVec4 kNeonPink = rgb(0xFF6EC7);
inline constexpr ImVec4 kBackground = rgb(0x1A002B);
inline constexpr ImVec4 kMeetingBackground = rgb(0x2A0845);

}  // namespace cofx::palette

namespace cofx {

enum class ThemeMode { Dark, Light };

struct ThemeColors {
  ImVec4 background;       // behind everything (the canvas clear colour)
  ImVec4 surface;          // cards and panels
  ImVec4 field;            // text fields
  ImVec4 text;
  ImVec4 muted_text;
  ImVec4 accent_text;      // the title
  ImVec4 error_text;
  ImVec4 primary_button;   // the main action; text on it is primary_text
  ImVec4 primary_hovered;
  ImVec4 primary_active;
  ImVec4 primary_text;
  ImVec4 button;           // other buttons, labelled in `text`
  ImVec4 button_hovered;
  ImVec4 button_active;
  ImVec4 border;
};

const ThemeColors& theme_colors(ThemeMode mode);
// The colours of the theme applied last.
const ThemeColors& theme_colors();

// Applies a theme and sizes, scaled for the device pixel ratio.
void apply_theme(float scale, ThemeMode mode = ThemeMode::Dark);

// WCAG 2 contrast ratio of two opaque colours (1 to 21).
float contrast_ratio(const ImVec4& a, const ImVec4& b);

}  // namespace cofx
