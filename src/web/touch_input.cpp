#include "web/touch_input.h"

#include <cfloat>

#include <emscripten/emscripten.h>
#include <imgui.h>

extern "C" EMSCRIPTEN_KEEPALIVE void cofx_input_touch(float x, float y, int phase) {
  if (ImGui::GetCurrentContext() == nullptr) return;
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
