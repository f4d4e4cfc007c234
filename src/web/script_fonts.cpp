#include "web/script_fonts.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

#include <emscripten/emscripten.h>
#include <imgui_internal.h>

#include "core/text/shaped_text.h"
#include "web/js_api.h"

namespace cofx::web {
namespace {

enum class Fetch { Absent, Fetching, Merged, Failed };

constexpr const char* kHanSourceName = "han";

ImFont* g_font = nullptr;  // the body font the sources are merged into
Fetch g_han = Fetch::Absent;
bool g_browser_only = false;  // no UI font: the browser draws ASCII too

bool is_han(unsigned c) {
  return (c >= 0x2E80 && c <= 0x2FDF) ||  // radicals
         (c >= 0x3000 && c <= 0x303F) ||  // CJK symbols and punctuation
         (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||  // ideographs
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF) ||  // compatibility, fullwidth forms
         (c >= 0x20000 && c <= 0x3FFFF);
}

// Characters the browser is asked to draw: none the UI font would answer for ImGui anyway
// (controls, the replacement character ImGui draws for what no source has).
bool browser_draws(unsigned c) {
  return c >= (g_browser_only ? 0x20u : 0x80u) && c != 0xFFFD && !(c >= 0xD800 && c <= 0xDFFF);
}

// The Han font has the character (merged into `font`, after the browser's source).
bool han_font_has(ImFontAtlas* atlas, ImFont* font, unsigned c) {
  if (g_han != Fetch::Merged) return false;
  for (ImFontConfig* src : font->Sources) {
    if (std::strcmp(src->Name, kHanSourceName) != 0) continue;
    const ImFontLoader* loader = src->FontLoader != nullptr ? src->FontLoader : atlas->FontLoader;
    return loader->FontSrcContainsGlyph != nullptr && loader->FontSrcContainsGlyph(atlas, src, static_cast<ImWchar>(c));
  }
  return false;
}

bool browser_contains(ImFontAtlas*, ImFontConfig*, ImWchar c) { return browser_draws(c); }

// As the only source: the line's ascent and descent, Noto Sans's (1.069 and 0.293 of the size).
bool browser_baked_init(ImFontAtlas*, ImFontConfig* src, ImFontBaked* baked, void*) {
  if (!src->MergeMode) {
    baked->Ascent = ImCeil(baked->Size * 1.069f);
    baked->Descent = ImFloor(baked->Size * -0.293f);
  }
  return true;
}

// Canvas 2D draws `c` at the baked size (glyphs.js): its box in pixels, where the box sits from
// the pen and the baseline, its advance, and whether it has colours of its own (emoji).
bool browser_load_glyph(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked, void*, ImWchar codepoint,
                        ImFontGlyph* out_glyph, float* out_advance_x) {
  const unsigned c = codepoint;
  if (!browser_draws(c)) return false;
  if (is_han(c)) {
    want_script(Script::Han);
    if (han_font_has(atlas, baked->ContainerFont, c)) return false;  // the next source draws it
  }
  // A shaped run (core/text/shaped_text.h) is drawn whole; any other code point alone.
  const shaped::Run* run = shaped::run(c);
  char one[5] = {};
  if (run == nullptr) ImTextCharToUtf8(one, c);
  const std::string text = run != nullptr ? run->text : std::string(one);
  const float density = src->RasterizerDensity * baked->RasterizerDensity;
  float metrics[6] = {};  // width, height, advance, left, top (from the baseline, up is negative), colored
  std::uint8_t* pixels =
      cofx_js_draw_glyph(text.c_str(), run != nullptr && run->right_to_left ? 1 : 0, baked->Size * density, metrics);
  const float advance = metrics[2] / density;
  if (out_advance_x != nullptr) {
    std::free(pixels);
    *out_advance_x = advance;
    return true;
  }
  out_glyph->Codepoint = codepoint;
  out_glyph->AdvanceX = advance;
  const int w = static_cast<int>(metrics[0]), h = static_cast<int>(metrics[1]);
  if (pixels != nullptr && w > 0 && h > 0) {
    const ImFontAtlasRectId pack_id = ImFontAtlasPackAddRect(atlas, w, h);
    if (pack_id == ImFontAtlasRectId_Invalid) {
      std::free(pixels);
      return false;
    }
    ImTextureRect* rect = ImFontAtlasPackGetRect(atlas, pack_id);
    const bool colored = metrics[5] != 0;
    out_glyph->X0 = metrics[3] / density;
    out_glyph->Y0 = metrics[4] / density + IM_ROUND(baked->Ascent);
    out_glyph->X1 = out_glyph->X0 + static_cast<float>(w) / density;
    out_glyph->Y1 = out_glyph->Y0 + static_cast<float>(h) / density;
    out_glyph->Visible = true;
    out_glyph->Colored = colored;
    out_glyph->PackId = pack_id;
    if (colored) {
      ImFontAtlasBakedSetFontGlyphBitmap(atlas, baked, src, out_glyph, rect, pixels, ImTextureFormat_RGBA32, w * 4);
    } else {  // drawn white: its alpha is the coverage, tinted like any text
      for (int i = 0; i < w * h; ++i) pixels[i] = pixels[i * 4 + 3];
      ImFontAtlasBakedSetFontGlyphBitmap(atlas, baked, src, out_glyph, rect, pixels, ImTextureFormat_Alpha8, w);
    }
  }
  std::free(pixels);
  return true;
}

const ImFontLoader* browser_loader() {
  static ImFontLoader loader = [] {
    ImFontLoader l;
    l.Name = "browser";
    l.FontSrcContainsGlyph = browser_contains;
    l.FontBakedInit = browser_baked_init;
    l.FontBakedLoadGlyph = browser_load_glyph;
    return l;
  }();
  return &loader;
}

// Between frames (a fetch's promise): the Han font joins the body font, and every glyph
// baked so far goes, so the next frame bakes them again with it.
bool merge_han(std::uint8_t* bytes, int length) {
  if (g_font == nullptr || bytes == nullptr || length <= 0) {
    std::free(bytes);
    g_han = Fetch::Failed;
    return false;
  }
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  ImFontConfig config;
  config.MergeMode = true;
  config.DstFont = g_font;
  config.FontDataOwnedByAtlas = false;  // AddFont copies it
  config.OversampleH = 1;
  config.OversampleV = 1;
  config.PixelSnapH = true;
  ImFormatString(config.Name, IM_ARRAYSIZE(config.Name), "%s", kHanSourceName);
  const bool added = atlas->AddFontFromMemoryTTF(bytes, length, g_font->LegacySize, &config) != nullptr;
  std::free(bytes);
  g_han = added ? Fetch::Merged : Fetch::Failed;
  if (!added) return false;
  ImFontAtlasFontDiscardBakes(atlas, g_font, 0);
  cofx_js_request_frame();
  return true;
}

}  // namespace

void install_script_fonts(UiFonts& fonts) {
  shaped::enable(true);  // runs are drawn whole by the browser (browser_load_glyph)
  g_browser_only = fonts.body == nullptr;
  ImFontConfig config;
  config.MergeMode = !g_browser_only;
  config.DstFont = fonts.body;
  config.FontLoader = browser_loader();
  config.SizePixels = g_browser_only ? kBodyFontPx : fonts.body->LegacySize;
  ImFormatString(config.Name, IM_ARRAYSIZE(config.Name), "%s", "browser");
  ImFont* font = ImGui::GetIO().Fonts->AddFont(&config);
  if (g_browser_only && font != nullptr) {
    fonts.body = fonts.title = font;
    ImGui::GetIO().FontDefault = font;
  }
  g_font = fonts.body;
}

void want_script(Script script) {
  if (script != Script::Han || g_han != Fetch::Absent) return;
  g_han = Fetch::Fetching;
  cofx_js_fetch_script_font(static_cast<int>(script));
}

}  // namespace cofx::web

extern "C" {

// glyphs.js: the script's font arrived (malloc'd bytes, owned here now), or not (null).
// 1 when it was merged into the body font.
EMSCRIPTEN_KEEPALIVE int cofx_script_font_arrived(int script, std::uint8_t* bytes, int length) {
  if (script != static_cast<int>(cofx::Script::Han)) {
    std::free(bytes);
    return 0;
  }
  return cofx::web::merge_han(bytes, length) ? 1 : 0;
}

}  // extern "C"
