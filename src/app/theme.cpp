#include "app/theme.h"

#include <algorithm>
#include <cmath>

namespace cofx {
namespace {

using palette::rgb;

constexpr ThemeColors kDark{
    .background = palette::kBackground,
    .surface = palette::kMeetingBackground,
    .field = rgb(0x12001F),
    .text = rgb(0xF5EEFF),
    .muted_text = rgb(0xC9B6E4),
    .accent_text = palette::kNeonPink,
    .error_text = palette::kNeonPink,
    .primary_button = palette::kHotPurple,
    .primary_hovered = palette::kElectricPurple,
    .primary_active = rgb(0x7A1FC4),
    .primary_text = rgb(0xFFFFFF),
    .button = palette::kDeepPurple,
    .button_hovered = rgb(0x6A12B0),
    .button_active = rgb(0x7A1FC4),
    .border = rgb(0x8A2BE2, 0.45f),
};

// Light: the same purples on lavender; pink darkened so text stays readable.
constexpr ThemeColors kLight{
    .background = rgb(0xF3EAFB),
    .surface = rgb(0xFFFFFF),
    .field = rgb(0xF7F1FC),
    .text = palette::kBackground,
    .muted_text = rgb(0x5B4A70),
    .accent_text = rgb(0x8A1A6B),
    .error_text = rgb(0xB0005A),
    .primary_button = palette::kHotPurple,
    .primary_hovered = palette::kElectricPurple,
    .primary_active = palette::kDeepPurple,
    .primary_text = rgb(0xFFFFFF),
    .button = rgb(0xE4D2F7),
    .button_hovered = rgb(0xD6BCF2),
    .button_active = rgb(0xC9A6EE),
    .border = rgb(0x8A2BE2, 0.35f),
};

ThemeMode g_mode = ThemeMode::Dark;

float channel_luminance(float c) {
  return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
}

float luminance(const ImVec4& c) {
  return 0.2126f * channel_luminance(c.x) + 0.7152f * channel_luminance(c.y) + 0.0722f * channel_luminance(c.z);
}

}  // namespace

const ThemeColors& theme_colors(ThemeMode mode) { return mode == ThemeMode::Dark ? kDark : kLight; }
const ThemeColors& theme_colors() { return theme_colors(g_mode); }

float contrast_ratio(const ImVec4& a, const ImVec4& b) {
  const float la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
}

void apply_theme(float scale, ThemeMode mode) {
  g_mode = mode;
  const ThemeColors& t = theme_colors(mode);
  ImGuiStyle style;
  if (mode == ThemeMode::Dark) ImGui::StyleColorsDark(&style); else ImGui::StyleColorsLight(&style);
  style.WindowPadding = ImVec2(24, 24);
  style.FramePadding = ImVec2(12, 9);
  style.ItemSpacing = ImVec2(10, 10);
  style.WindowRounding = 0;
  style.ChildRounding = 14;
  style.FrameRounding = 8;
  style.PopupRounding = 8;
  style.GrabRounding = 8;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 1;
  style.FrameBorderSize = 1;

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = t.text;
  c[ImGuiCol_TextDisabled] = t.muted_text;
  c[ImGuiCol_WindowBg] = t.background;
  c[ImGuiCol_ChildBg] = t.surface;
  c[ImGuiCol_PopupBg] = t.surface;
  c[ImGuiCol_Border] = t.border;
  c[ImGuiCol_FrameBg] = t.field;
  c[ImGuiCol_FrameBgHovered] = t.field;
  c[ImGuiCol_FrameBgActive] = t.field;
  c[ImGuiCol_Button] = t.button;
  c[ImGuiCol_ButtonHovered] = t.button_hovered;
  c[ImGuiCol_ButtonActive] = t.button_active;
  c[ImGuiCol_Header] = t.field;  // collapsing sections stay quiet until hovered
  c[ImGuiCol_HeaderHovered] = t.button;
  c[ImGuiCol_HeaderActive] = t.button_hovered;
  c[ImGuiCol_Tab] = t.field;
  c[ImGuiCol_TabHovered] = t.button_hovered;
  c[ImGuiCol_TabSelected] = t.button;
  c[ImGuiCol_Separator] = t.border;
  c[ImGuiCol_TextSelectedBg] = rgb(0xFF6EC7, 0.35f);
  c[ImGuiCol_NavCursor] = palette::kNeonPink;
  c[ImGuiCol_CheckMark] = t.accent_text;
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);

  style.ScaleAllSizes(scale);
  style.FontScaleDpi = scale;  // fonts are drawn at CSS size x the ratio (glyphs baked per size on use)
  ImGui::GetStyle() = style;
}

}  // namespace cofx
