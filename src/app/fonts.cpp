#include "app/fonts.h"

#include <algorithm>
#include <iterator>

namespace cofx {
namespace {

// Latin, Latin-1, Latin Extended-A/B, Greek, Cyrillic, general punctuation.
constexpr ImWchar kGlyphRanges[] = {
    0x0020, 0x024F, 0x0370, 0x03FF, 0x0400, 0x04FF, 0x2010, 0x205E,
    0x20AC, 0x20AC, 0x2122, 0x2122, 0x2190, 0x2193, 0xFFFD, 0xFFFD, 0,
};

bool looks_like_truetype(const std::vector<std::uint8_t>& ttf) {
  static constexpr std::uint8_t kTrueType[] = {0x00, 0x01, 0x00, 0x00};
  return ttf.size() > 12 && std::equal(std::begin(kTrueType), std::end(kTrueType), ttf.begin());
}

ImFont* add_font(const std::vector<std::uint8_t>& ttf, float px) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  if (!looks_like_truetype(ttf)) {
    ImFontConfig config;
    config.SizePixels = px;
    return atlas->AddFontDefault(&config);
  }
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes belong to the caller
  config.OversampleH = 1;  // glyphs are pixel-snapped and rasterised at the device ratio
  config.OversampleV = 1;
  config.PixelSnapH = true;
  return atlas->AddFontFromMemoryTTF(const_cast<std::uint8_t*>(ttf.data()), static_cast<int>(ttf.size()),
                                     px, &config, kGlyphRanges);
}

}  // namespace

UiFonts build_fonts(const std::vector<std::uint8_t>& ttf, float scale) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  UiFonts fonts;
  fonts.body = add_font(ttf, kBodyFontPx * scale);
  fonts.title = add_font(ttf, kTitleFontPx * scale);
  if (fonts.body == nullptr || fonts.title == nullptr || !io.Fonts->Build()) {
    if (!looks_like_truetype(ttf)) return fonts;
    return build_fonts({}, scale);  // unreadable TTF: fall back to the built-in font
  }
  io.FontDefault = fonts.body;
  return fonts;
}

}  // namespace cofx
