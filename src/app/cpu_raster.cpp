#include "app/cpu_raster.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace cofx::cpu_raster {
namespace {

struct Rgba {
  float r, g, b, a;  // 0..1, straight alpha
};

Rgba unpack(ImU32 c) {
  constexpr float k = 1.0f / 255.0f;
  return {static_cast<float>((c >> IM_COL32_R_SHIFT) & 0xFF) * k, static_cast<float>((c >> IM_COL32_G_SHIFT) & 0xFF) * k,
          static_cast<float>((c >> IM_COL32_B_SHIFT) & 0xFF) * k, static_cast<float>((c >> IM_COL32_A_SHIFT) & 0xFF) * k};
}

std::uint32_t pack(float r, float g, float b) {
  auto byte = [](float v) { return static_cast<std::uint32_t>(std::clamp(v, 0.0f, 1.0f) * 255.0f + 0.5f); };
  return byte(r) | (byte(g) << 8) | (byte(b) << 16) | 0xFF000000u;  // RGBA in memory (little-endian)
}

// A texture as the rasterizer samples it: nearest texel, clamped to the edge.
struct Texture {
  const unsigned char* pixels = nullptr;
  int width = 0, height = 0, bytes_per_pixel = 4;

  // Texel colour times `tint`, straight alpha.
  Rgba sample(float u, float v, const Rgba& tint) const {
    if (pixels == nullptr) return tint;
    const int x = std::clamp(static_cast<int>(u * static_cast<float>(width)), 0, width - 1);
    const int y = std::clamp(static_cast<int>(v * static_cast<float>(height)), 0, height - 1);
    const unsigned char* texel = pixels + (static_cast<std::size_t>(y) * width + x) * bytes_per_pixel;
    constexpr float k = 1.0f / 255.0f;
    if (bytes_per_pixel == 1) return {tint.r, tint.g, tint.b, tint.a * texel[0] * k};
    return {tint.r * texel[0] * k, tint.g * texel[1] * k, tint.b * texel[2] * k, tint.a * texel[3] * k};
  }
};

Texture texture_of(const ImDrawCmd& cmd) {
  Texture texture;
  const auto* data = reinterpret_cast<const ImTextureData*>(static_cast<std::uintptr_t>(cmd.GetTexID()));
  if (data == nullptr || data->Pixels == nullptr) return texture;
  texture.pixels = data->Pixels;
  texture.width = data->Width;
  texture.height = data->Height;
  texture.bytes_per_pixel = data->BytesPerPixel;
  return texture;
}

struct Clip {
  int x0, y0, x1, y1;  // pixels [x0, x1) x [y0, y1)
};

// Edges whose pixels belong to this triangle when a pixel centre lies exactly on them (the
// top-left rule), so the two triangles of a quad never blend their shared diagonal twice.
bool top_left(const ImVec2& a, const ImVec2& b) {
  return (a.y == b.y && b.x < a.x) || b.y < a.y;  // for clockwise-in-screen (y down) winding
}

void blend(std::uint32_t& dst, const Rgba& src) {
  if (src.a <= 0.0f) return;
  constexpr float k = 1.0f / 255.0f;
  const float r = static_cast<float>(dst & 0xFF) * k, g = static_cast<float>((dst >> 8) & 0xFF) * k,
              b = static_cast<float>((dst >> 16) & 0xFF) * k;
  const float a = std::min(src.a, 1.0f);
  dst = pack(src.r * a + r * (1 - a), src.g * a + g * (1 - a), src.b * a + b * (1 - a));
}

void triangle(const ImDrawVert& v0, const ImDrawVert& v1_in, const ImDrawVert& v2_in, const ImVec2& offset,
              const Texture& texture, const Clip& clip, CpuImage& image) {
  const ImDrawVert* v1 = &v1_in;
  const ImDrawVert* v2 = &v2_in;
  ImVec2 p0(v0.pos.x - offset.x, v0.pos.y - offset.y), p1(v1->pos.x - offset.x, v1->pos.y - offset.y),
      p2(v2->pos.x - offset.x, v2->pos.y - offset.y);
  float area = (p1.x - p0.x) * (p2.y - p0.y) - (p1.y - p0.y) * (p2.x - p0.x);
  if (area == 0.0f) return;
  if (area < 0.0f) {  // one winding for the edge functions and the fill rule
    std::swap(v1, v2);
    std::swap(p1, p2);
    area = -area;
  }
  const int x0 = std::max(clip.x0, static_cast<int>(std::floor(std::min({p0.x, p1.x, p2.x}))));
  const int x1 = std::min(clip.x1, static_cast<int>(std::ceil(std::max({p0.x, p1.x, p2.x}))));
  const int y0 = std::max(clip.y0, static_cast<int>(std::floor(std::min({p0.y, p1.y, p2.y}))));
  const int y1 = std::min(clip.y1, static_cast<int>(std::ceil(std::max({p0.y, p1.y, p2.y}))));
  if (x0 >= x1 || y0 >= y1) return;

  // Edge function of (a, b) at p: positive inside.
  auto edge = [](const ImVec2& a, const ImVec2& b, float px, float py) {
    return (b.x - a.x) * (py - a.y) - (b.y - a.y) * (px - a.x);
  };
  const bool tl0 = top_left(p1, p2), tl1 = top_left(p2, p0), tl2 = top_left(p0, p1);
  const Rgba c0 = unpack(v0.col), c1 = unpack(v1->col), c2 = unpack(v2->col);
  const bool flat = v0.col == v1->col && v1->col == v2->col;
  const bool plain_uv = v0.uv.x == v1->uv.x && v1->uv.x == v2->uv.x && v0.uv.y == v1->uv.y && v1->uv.y == v2->uv.y;
  const Rgba flat_colour = plain_uv ? texture.sample(v0.uv.x, v0.uv.y, c0) : c0;
  const float inv_area = 1.0f / area;
  // A flat, untextured triangle (rectangles, the background, borders): one packed colour, and
  // no blending at all when it is opaque.
  const bool solid = flat && plain_uv;
  const std::uint32_t solid_packed = pack(flat_colour.r, flat_colour.g, flat_colour.b);
  const bool opaque = solid && flat_colour.a >= 1.0f;
  // Edge functions are linear in x: step them along the row instead of evaluating each pixel.
  const float step0 = -(p2.y - p1.y), step1 = -(p0.y - p2.y), step2 = -(p1.y - p0.y);
  for (int y = y0; y < y1; ++y) {
    const float py = static_cast<float>(y) + 0.5f;
    std::uint32_t* row = image.pixels.data() + static_cast<std::size_t>(y) * image.width;
    const float px0 = static_cast<float>(x0) + 0.5f;
    float w0 = edge(p1, p2, px0, py), w1 = edge(p2, p0, px0, py), w2 = edge(p0, p1, px0, py);
    for (int x = x0; x < x1; ++x, w0 += step0, w1 += step1, w2 += step2) {
      if (w0 < 0 || w1 < 0 || w2 < 0) continue;
      if ((w0 == 0 && !tl0) || (w1 == 0 && !tl1) || (w2 == 0 && !tl2)) continue;
      if (opaque) {
        row[x] = solid_packed;
        continue;
      }
      if (solid) {
        blend(row[x], flat_colour);
        continue;
      }
      const float b0 = w0 * inv_area, b1 = w1 * inv_area, b2 = w2 * inv_area;
      const Rgba tint = flat ? c0
                             : Rgba{c0.r * b0 + c1.r * b1 + c2.r * b2, c0.g * b0 + c1.g * b1 + c2.g * b2,
                                    c0.b * b0 + c1.b * b1 + c2.b * b2, c0.a * b0 + c1.a * b1 + c2.a * b2};
      const float u = v0.uv.x * b0 + v1->uv.x * b1 + v2->uv.x * b2;
      const float v = v0.uv.y * b0 + v1->uv.y * b1 + v2->uv.y * b2;
      blend(row[x], texture.sample(u, v, tint));
    }
  }
}

}  // namespace

void update_textures(ImDrawData& draw_data) {
  if (draw_data.Textures == nullptr) return;
  for (ImTextureData* texture : *draw_data.Textures) {
    switch (texture->Status) {
      case ImTextureStatus_WantCreate:
        texture->SetTexID(static_cast<ImTextureID>(reinterpret_cast<std::uintptr_t>(texture)));
        texture->SetStatus(ImTextureStatus_OK);
        break;
      case ImTextureStatus_WantUpdates: texture->SetStatus(ImTextureStatus_OK); break;
      case ImTextureStatus_WantDestroy:
        texture->SetTexID(ImTextureID_Invalid);
        texture->SetStatus(ImTextureStatus_Destroyed);
        break;
      default: break;
    }
  }
}

void draw(const ImDrawData& draw_data, const ImVec4& background, CpuImage& image) {
  const int width = static_cast<int>(draw_data.DisplaySize.x * draw_data.FramebufferScale.x);
  const int height = static_cast<int>(draw_data.DisplaySize.y * draw_data.FramebufferScale.y);
  image.width = std::max(0, width);
  image.height = std::max(0, height);
  image.pixels.assign(static_cast<std::size_t>(image.width) * image.height, pack(background.x, background.y, background.z));
  // ImGui here works in framebuffer pixels (FramebufferScale 1, main.cpp), so positions need
  // only the display origin taken off.
  const ImVec2 offset = draw_data.DisplayPos;
  for (const ImDrawList* list : draw_data.CmdLists) {
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback != nullptr || cmd.ElemCount == 0) continue;  // no callbacks in this app
      const Clip clip{std::max(0, static_cast<int>(cmd.ClipRect.x - offset.x)),
                      std::max(0, static_cast<int>(cmd.ClipRect.y - offset.y)),
                      std::min(image.width, static_cast<int>(std::ceil(cmd.ClipRect.z - offset.x))),
                      std::min(image.height, static_cast<int>(std::ceil(cmd.ClipRect.w - offset.y)))};
      if (clip.x0 >= clip.x1 || clip.y0 >= clip.y1) continue;
      const Texture texture = texture_of(cmd);
      const ImDrawIdx* indices = list->IdxBuffer.Data + cmd.IdxOffset;
      const ImDrawVert* vertices = list->VtxBuffer.Data + cmd.VtxOffset;
      for (unsigned int i = 0; i + 2 < cmd.ElemCount; i += 3) {
        triangle(vertices[indices[i]], vertices[indices[i + 1]], vertices[indices[i + 2]], offset, texture, clip, image);
      }
    }
  }
}

}  // namespace cofx::cpu_raster
