// Dear ImGui's draw lists drawn on the CPU, for a browser with no WebGL at all: textured,
// vertex-coloured triangles, clipped to each command's rectangle and blended over an opaque
// RGBA8 image that the platform then shows (a 2D canvas's putImageData). The lobby draws only
// on change, so a plain per-pixel rasterizer is enough; scripts/bench measures it.
//
//   CpuImage image;
//   cpu_raster::update_textures(*ImGui::GetDrawData());   // ImGui 1.92's texture requests
//   cpu_raster::draw(*ImGui::GetDrawData(), background, image);
#pragma once

#include <cstdint>
#include <vector>

#include <imgui.h>

namespace cofx {

struct CpuImage {
  int width = 0, height = 0;
  std::vector<std::uint32_t> pixels;  // RGBA8 in memory order (R first), rows top to bottom
};

namespace cpu_raster {

// Answers ImGui's texture requests (create, update, destroy): the CPU reads each texture's
// own pixels, so creating one is naming it and an update needs no copy.
void update_textures(ImDrawData& draw_data);

// Fills `image` (resized to the display size in framebuffer pixels) with `background`, then
// draws every list in order.
void draw(const ImDrawData& draw_data, const ImVec4& background, CpuImage& image);

}  // namespace cpu_raster
}  // namespace cofx
