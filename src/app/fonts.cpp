#include "app/fonts.h"

#include <algorithm>
#include <iterator>

namespace cofx {
namespace {

bool looks_like_truetype(const std::vector<std::uint8_t>& ttf) {
  static constexpr std::uint8_t kTrueType[] = {0x00, 0x01, 0x00, 0x00};
  return ttf.size() > 12 && std::equal(std::begin(kTrueType), std::end(kTrueType), ttf.begin());
}

ImFont* add_font(const std::vector<std::uint8_t>& ttf) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  ImFontConfig config;
  config.SizePixels = kBodyFontPx;
  if (!looks_like_truetype(ttf)) {
#ifdef IMGUI_DISABLE_DEFAULT_FONT
    return nullptr;  // the web page has no built-in font: the browser's fonts stand in (web/script_fonts.h)
#else
    return atlas->AddFontDefault(&config);
#endif
  }
  config.FontDataOwnedByAtlas = false;  // the bytes belong to the caller
  config.OversampleH = 1;  // glyphs are pixel-snapped and rasterised at the device ratio
  config.OversampleV = 1;
  config.PixelSnapH = true;
  return atlas->AddFontFromMemoryTTF(const_cast<std::uint8_t*>(ttf.data()), static_cast<int>(ttf.size()),
                                     kBodyFontPx, &config);
}

}  // namespace

UiFonts build_fonts(const std::vector<std::uint8_t>& ttf) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  UiFonts fonts;
  fonts.body = add_font(ttf);
  if (fonts.body == nullptr) {
    if (!looks_like_truetype(ttf)) return fonts;
    return build_fonts({});  // unreadable TTF: the built-in font
  }
  fonts.title = fonts.body;
  io.FontDefault = fonts.body;
  return fonts;
}

}  // namespace cofx
