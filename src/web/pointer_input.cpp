#include "web/pointer_input.h"

#include <cfloat>

#include <emscripten/emscripten.h>
#include <imgui.h>

#include "web/input_modifiers.h"
#include "web/js_api.h"

namespace cofx::web {
namespace {

bool ready() { return ImGui::GetCurrentContext() != nullptr; }

// DOM buttons to ImGui's: the DOM has middle before right.
int imgui_button(int dom_button) {
  switch (dom_button) {
    case 1: return ImGuiMouseButton_Middle;
    case 2: return ImGuiMouseButton_Right;
    default: return dom_button;
  }
}

const char* css_cursor(ImGuiMouseCursor cursor) {
  switch (cursor) {
    case ImGuiMouseCursor_None: return "none";
    case ImGuiMouseCursor_TextInput: return "text";
    case ImGuiMouseCursor_ResizeAll: return "move";
    case ImGuiMouseCursor_ResizeNS: return "ns-resize";
    case ImGuiMouseCursor_ResizeEW: return "ew-resize";
    case ImGuiMouseCursor_ResizeNESW: return "nesw-resize";
    case ImGuiMouseCursor_ResizeNWSE: return "nwse-resize";
    case ImGuiMouseCursor_Hand: return "pointer";
    case ImGuiMouseCursor_Wait: return "wait";
    case ImGuiMouseCursor_Progress: return "progress";
    case ImGuiMouseCursor_NotAllowed: return "not-allowed";
    default: return "default";
  }
}

ImGuiMouseCursor g_cursor = ImGuiMouseCursor_Arrow;

}  // namespace

void show_mouse_cursor() {
  const ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
  if (cursor == g_cursor) return;
  g_cursor = cursor;
  cofx_js_set_cursor(css_cursor(cursor));
}

}  // namespace cofx::web

extern "C" {

EMSCRIPTEN_KEEPALIVE void cofx_input_mouse_move(float x, float y, int modifiers) {
  if (!cofx::web::ready()) return;
  cofx::web::set_modifiers(modifiers);
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  io.AddMousePosEvent(x, y);
}

EMSCRIPTEN_KEEPALIVE void cofx_input_mouse_button(int button, int down, int modifiers) {
  if (!cofx::web::ready()) return;
  const int imgui_button = cofx::web::imgui_button(button);
  if (imgui_button < 0 || imgui_button >= ImGuiMouseButton_COUNT) return;
  cofx::web::set_modifiers(modifiers);
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  io.AddMouseButtonEvent(imgui_button, down != 0);
}

EMSCRIPTEN_KEEPALIVE void cofx_input_mouse_leave() {
  if (!cofx::web::ready()) return;
  ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
}

// 100 pixels, 3 lines or 1/80 page make one step (as SDL does); ImGui scrolls up for positive steps.
EMSCRIPTEN_KEEPALIVE void cofx_input_wheel(float delta_x, float delta_y, int delta_mode) {
  if (!cofx::web::ready()) return;
  const float per_step = delta_mode == 0 ? 1.0f / 100.0f : delta_mode == 1 ? 1.0f / 3.0f : 80.0f;
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  io.AddMouseWheelEvent(delta_x * -per_step, delta_y * -per_step);
}

EMSCRIPTEN_KEEPALIVE void cofx_input_touch(float x, float y, int phase) {
  if (!cofx::web::ready()) return;
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  // A cancelled touch is released away from everything, so it clicks nothing.
  if (phase == 3) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX); else io.AddMousePosEvent(x, y);
  if (phase == 0) io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
  if (phase >= 2) {
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    // A finger that lifts hovers nothing: no hover highlight is left behind.
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  }
}

}  // extern "C"
