#include "web/gl_renderer.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

#include "web/js_api.h"

namespace cofx::web {
namespace {

static_assert(sizeof(ImDrawVert) == 20, "webgl.js reads ImDrawVert as pos, uv, col: 20 bytes");
static_assert(sizeof(ImDrawIdx) == 2, "webgl.js draws 16-bit indices");

// The rectangle's rows packed one after another (the texture's rows are wider).
void update_texture(ImTextureData& texture) {
  const ImTextureRect& r = texture.UpdateRect;
  if (r.w == 0 || r.h == 0) return;
  static std::vector<std::uint8_t> rows;
  const std::size_t row_bytes = static_cast<std::size_t>(r.w) * 4;
  rows.resize(row_bytes * r.h);
  for (int y = 0; y < r.h; ++y) {
    std::memcpy(rows.data() + row_bytes * y, texture.GetPixelsAt(r.x, r.y + y), row_bytes);
  }
  cofx_js_gl_texture_update(static_cast<int>(texture.GetTexID()), r.x, r.y, r.w, r.h, rows.data());
}

void follow_texture_requests(ImDrawData& draw_data) {
  if (draw_data.Textures == nullptr) return;
  for (ImTextureData* texture : *draw_data.Textures) {
    switch (texture->Status) {
      case ImTextureStatus_WantCreate:
        IM_ASSERT(texture->Format == ImTextureFormat_RGBA32);
        texture->SetTexID(static_cast<ImTextureID>(
            cofx_js_gl_texture_create(static_cast<const std::uint8_t*>(texture->GetPixels()), texture->Width, texture->Height)));
        texture->SetStatus(ImTextureStatus_OK);
        break;
      case ImTextureStatus_WantUpdates:
        update_texture(*texture);
        texture->SetStatus(ImTextureStatus_OK);
        break;
      case ImTextureStatus_WantDestroy:
        if (texture->UnusedFrames > 0) {  // a texture still drawn this frame goes once it isn't
          cofx_js_gl_texture_destroy(static_cast<int>(texture->GetTexID()));
          texture->SetTexID(ImTextureID_Invalid);
          texture->SetStatus(ImTextureStatus_Destroyed);
        }
        break;
      default: break;
    }
  }
}

}  // namespace

void install_gl_renderer(ImGuiIO& io) {
  io.BackendRendererName = "cofinix_webgl";
  io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset | ImGuiBackendFlags_RendererHasTextures;
}

void render_gl(ImDrawData& draw_data, const ImVec4& background, int pixel_w, int pixel_h) {
  follow_texture_requests(draw_data);
  const ImVec2 origin = draw_data.DisplayPos;
  const ImVec2 scale = draw_data.FramebufferScale;
  cofx_js_gl_begin(pixel_w, pixel_h, background.x, background.y, background.z, origin.x, origin.y,
                   draw_data.DisplaySize.x, draw_data.DisplaySize.y);
  for (const ImDrawList* list : draw_data.CmdLists) {
    cofx_js_gl_list(list->VtxBuffer.Data, list->VtxBuffer.Size * static_cast<int>(sizeof(ImDrawVert)),
                    list->IdxBuffer.Data, list->IdxBuffer.Size * static_cast<int>(sizeof(ImDrawIdx)));
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback != nullptr || cmd.ElemCount == 0) continue;  // no callbacks in this app
      const int x0 = std::max(0, static_cast<int>((cmd.ClipRect.x - origin.x) * scale.x));
      const int y0 = std::max(0, static_cast<int>((cmd.ClipRect.y - origin.y) * scale.y));
      const int x1 = std::min(pixel_w, static_cast<int>(std::ceil((cmd.ClipRect.z - origin.x) * scale.x)));
      const int y1 = std::min(pixel_h, static_cast<int>(std::ceil((cmd.ClipRect.w - origin.y) * scale.y)));
      if (x1 <= x0 || y1 <= y0) continue;
      cofx_js_gl_draw(static_cast<int>(cmd.GetTexID()), x0, y0, x1 - x0, y1 - y0, static_cast<int>(cmd.ElemCount),
                      static_cast<int>(cmd.IdxOffset), static_cast<int>(cmd.VtxOffset));
    }
  }
}

}  // namespace cofx::web
