// The CPU drawing path (app/cpu_raster.h): rectangles, blending, clipping, textures, and a
// whole lobby frame drawn without a GPU.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <set>

#include <imgui_internal.h>

#include "app/cpu_raster.h"
#include "app/theme.h"
#include "headless_lobby.h"

using cofx::CpuImage;

namespace {

constexpr std::uint32_t kBlack = 0xFF000000u;

std::uint32_t at(const CpuImage& image, int x, int y) { return image.pixels[static_cast<std::size_t>(y) * image.width + x]; }
int red(std::uint32_t pixel) { return static_cast<int>(pixel & 0xFF); }
int green(std::uint32_t pixel) { return static_cast<int>((pixel >> 8) & 0xFF); }

// One draw list over a w x h display, drawn by `build`.
template <typename Build>
CpuImage render(int w, int h, Build build) {
  ImDrawListSharedData shared;
  shared.TexUvWhitePixel = ImVec2(0, 0);
  ImDrawList list(&shared);
  list._ResetForNewFrame();
  list.PushClipRect(ImVec2(0, 0), ImVec2(static_cast<float>(w), static_cast<float>(h)));
  build(list);
  ImDrawData data;
  data.Valid = true;
  data.CmdLists.push_back(&list);
  data.DisplayPos = ImVec2(0, 0);
  data.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
  data.FramebufferScale = ImVec2(1, 1);
  CpuImage image;
  cofx::cpu_raster::draw(data, ImVec4(0, 0, 0, 1), image);
  return image;
}

}  // namespace

TEST_CASE("a filled rectangle covers exactly its pixels over the background") {
  const CpuImage image = render(8, 8, [](ImDrawList& list) {
    list.Flags = ImDrawListFlags_None;  // no anti-aliased fringe
    list.AddRectFilled(ImVec2(2, 2), ImVec2(6, 5), IM_COL32(255, 0, 0, 255));
  });
  REQUIRE(image.width == 8);
  REQUIRE(image.height == 8);
  int covered = 0;
  for (int y = 0; y < 8; ++y) {
    for (int x = 0; x < 8; ++x) {
      const bool inside = x >= 2 && x < 6 && y >= 2 && y < 5;
      CAPTURE(x);
      CAPTURE(y);
      CHECK(at(image, x, y) == (inside ? 0xFF0000FFu : kBlack));
      covered += inside;
    }
  }
  CHECK(covered == 12);
}

TEST_CASE("a translucent rectangle blends once: the quad's shared diagonal is not drawn twice") {
  const CpuImage image = render(16, 16, [](ImDrawList& list) {
    list.Flags = ImDrawListFlags_None;
    list.AddRectFilled(ImVec2(0, 0), ImVec2(16, 16), IM_COL32(255, 255, 255, 255));
    list.AddRectFilled(ImVec2(1.5f, 2.25f), ImVec2(13.5f, 11.75f), IM_COL32(0, 0, 0, 128));
  });
  std::set<std::uint32_t> inside;
  for (int y = 3; y < 11; ++y) {
    for (int x = 2; x < 13; ++x) inside.insert(at(image, x, y));
  }
  CHECK(inside.size() == 1);
  CHECK(red(*inside.begin()) == 127);  // 255 * (1 - 128/255)
}

TEST_CASE("each command is clipped to its rectangle") {
  const CpuImage image = render(10, 10, [](ImDrawList& list) {
    list.Flags = ImDrawListFlags_None;
    list.PushClipRect(ImVec2(0, 0), ImVec2(5, 10));
    list.AddRectFilled(ImVec2(0, 0), ImVec2(10, 10), IM_COL32(0, 255, 0, 255));
    list.PopClipRect();
  });
  CHECK(green(at(image, 4, 5)) == 255);
  CHECK(at(image, 5, 5) == kBlack);
}

TEST_CASE("a textured rectangle samples the texture (an Alpha8 glyph-like texture) tinted by the vertex colour") {
  ImTextureData texture;
  texture.Create(ImTextureFormat_Alpha8, 2, 1);
  texture.Pixels[0] = 0;
  texture.Pixels[1] = 255;
  ImVector<ImTextureData*> textures;
  textures.push_back(&texture);
  ImDrawData requests;
  requests.Textures = &textures;
  texture.SetStatus(ImTextureStatus_WantCreate);
  cofx::cpu_raster::update_textures(requests);
  CHECK(texture.Status == ImTextureStatus_OK);
  CHECK(texture.TexID != ImTextureID_Invalid);

  const CpuImage image = render(4, 2, [&](ImDrawList& list) {
    list.Flags = ImDrawListFlags_None;
    list.PushTexture(texture.GetTexRef());
    list.AddImage(texture.GetTexRef(), ImVec2(0, 0), ImVec2(4, 2), ImVec2(0, 0), ImVec2(1, 1), IM_COL32(0, 255, 0, 255));
    list.PopTexture();
  });
  CHECK(at(image, 0, 0) == kBlack);  // the texture's left texel is transparent
  CHECK(at(image, 1, 1) == kBlack);
  CHECK(green(at(image, 2, 0)) == 255);  // its right texel is opaque: the tint shows
  CHECK(green(at(image, 3, 1)) == 255);

  texture.SetStatus(ImTextureStatus_WantDestroy);
  cofx::cpu_raster::update_textures(requests);
  CHECK(texture.Status == ImTextureStatus_Destroyed);
  texture.DestroyPixels();
}

TEST_CASE("a whole lobby frame drawn on the CPU: the Start button in its colour, text in the card") {
  cofx::test::FakePlatform platform;
  platform.storage["cofinix.settings"] = cofx::test::kSavedName;
  cofx::test::HeadlessLobby lobby(platform);
  ImDrawData* data = ImGui::GetDrawData();
  REQUIRE(data != nullptr);
  cofx::cpu_raster::update_textures(*data);
  CpuImage image;
  cofx::cpu_raster::draw(*data, ImVec4(0, 0, 0, 1), image);
  CHECK(image.width == 1024);
  CHECK(image.height == 768);
  const cofx::WidgetRect* start = lobby.app().widgets().find("start");
  REQUIRE(start != nullptr);
  // Count the pixels of the button's own colour, and the others (its label) inside it.
  const ImVec4 colour = cofx::theme_colors().primary_button;
  auto near = [](int a, float b) { return std::abs(a - static_cast<int>(b * 255.0f + 0.5f)) <= 2; };
  int fill = 0, other = 0;
  for (int y = static_cast<int>(start->y) + 2; y < static_cast<int>(start->y + start->h) - 2; ++y) {
    for (int x = static_cast<int>(start->x) + 6; x < static_cast<int>(start->x + start->w) - 6; ++x) {
      const std::uint32_t p = at(image, x, y);
      if (near(red(p), colour.x) && near(green(p), colour.y)) ++fill;
      else ++other;
    }
  }
  CHECK(fill > other);  // mostly the button's colour
  CHECK(other > 50);    // and its label's glyphs drawn from the font atlas
}
