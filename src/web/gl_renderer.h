// The GPU drawing path: ImGui's draw data handed to src/web/js/webgl.js, which draws it with
// WebGL 2 or WebGL 1. ImGui's textures (the font atlas, grown and updated as glyphs are first
// drawn) are created, updated and destroyed there as ImGui asks (ImGuiBackendFlags_RendererHasTextures).
#pragma once

#include <imgui.h>

namespace cofx::web {

// The context and the program are made by cofx_js_gl_create_context() (js_api.h).
// Tells ImGui what this renderer does; after ImGui::CreateContext().
void install_gl_renderer(ImGuiIO& io);
// Draws one frame into a drawing buffer of pixel_w × pixel_h, cleared to `background`.
void render_gl(ImDrawData& draw_data, const ImVec4& background, int pixel_w, int pixel_h);

}  // namespace cofx::web
