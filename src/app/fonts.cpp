#include "app/fonts.h"

#include <algorithm>
#include <iterator>
#include <string>

namespace cofx {
namespace {

// Latin, Latin-1, Latin Extended-A/B, Greek, Cyrillic, general punctuation, and U+FFFD,
// which ImGui then draws for every character the atlas lacks.
constexpr ImWchar kBodyRanges[] = {
    0x0020, 0x024F, 0x0370, 0x03FF, 0x0400, 0x04FF, 0x2010, 0x205E,
    0x20AC, 0x20AC, 0x2122, 0x2122, 0x2190, 0x2193, 0xFFFD, 0xFFFD, 0,
};
// The first frame's atlas (FontCoverage::Latin1): Latin-1, and of the punctuation block only
// dashes, quotes, the bullet and the ellipsis.
constexpr ImWchar kLatin1Ranges[] = {
    0x0020, 0x00FF, 0x2013, 0x2014, 0x2018, 0x201D, 0x2022, 0x2022, 0x2026, 0x2026,
    0x20AC, 0x20AC, 0x2122, 0x2122, 0x2190, 0x2193, 0xFFFD, 0xFFFD, 0,
};
constexpr ImWchar kTitleRanges[] = {0x0020, 0x00FF, 0x2010, 0x205E, 0xFFFD, 0xFFFD, 0};
// The title face's glyphs are the atlas's largest: the first frame has Basic Latin and the
// site title's characters only.
constexpr ImWchar kTitleFirstRanges[] = {0x0020, 0x007E, 0x2026, 0x2026, 0xFFFD, 0xFFFD, 0};

bool looks_like_truetype(const std::vector<std::uint8_t>& ttf) {
  static constexpr std::uint8_t kTrueType[] = {0x00, 0x01, 0x00, 0x00};
  return ttf.size() > 12 && std::equal(std::begin(kTrueType), std::end(kTrueType), ttf.begin());
}

ImFont* add_font(const std::vector<std::uint8_t>& ttf, float px, const ImWchar* ranges) {
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
                                     px, &config, ranges);
}

}  // namespace

UiFonts build_fonts(const std::vector<std::uint8_t>& ttf, float scale, std::string_view title_text,
                    FontCoverage coverage) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  // The atlas keeps a pointer to its ranges (a rebuild reads them again): they live here
  // until the next build_fonts(), which clears the atlas first.
  static ImVector<ImWchar> title_ranges;
  ImFontGlyphRangesBuilder title_glyphs;
  title_glyphs.AddRanges(coverage == FontCoverage::Full ? kTitleRanges : kTitleFirstRanges);
  title_glyphs.AddText(std::string(title_text).c_str());
  title_ranges.clear();
  title_glyphs.BuildRanges(&title_ranges);

  UiFonts fonts;
  fonts.body = add_font(ttf, kBodyFontPx * scale, coverage == FontCoverage::Full ? kBodyRanges : kLatin1Ranges);
  fonts.title = add_font(ttf, kTitleFontPx * scale, title_ranges.Data);
  if (fonts.body == nullptr || fonts.title == nullptr || !io.Fonts->Build()) {
    if (!looks_like_truetype(ttf)) return fonts;
    return build_fonts({}, scale, title_text, coverage);  // unreadable TTF: the built-in font
  }
  io.FontDefault = fonts.body;
  return fonts;
}

}  // namespace cofx
