#include "web/touch_input.h"

#include <cfloat>

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#define GLFW_INCLUDE_ES3
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>

#include "web/js_api.h"

namespace cofx::web {
namespace {

// GLFW reports a touch as a mouse press or move at a stale position: ImGui gets touches
// from cofx_input_touch instead.
void mouse_button(GLFWwindow* window, int button, int action, int mods) {
  if (cofx_js_touch_in_dispatch() == 0) ImGui_ImplGlfw_MouseButtonCallback(window, button, action, mods);
}

void cursor_pos(GLFWwindow* window, double x, double y) {
  if (cofx_js_touch_in_dispatch() == 0) ImGui_ImplGlfw_CursorPosCallback(window, x, y);
}

// The mouse wheel, as imgui_impl_glfw 1.90 read it (1.92's backend ignores GLFW's scroll
// events on Emscripten and reads the wheel only if ImGui_ImplGlfw_InstallEmscriptenCallbacks
// runs, which also resizes the GLFW window, something the app does itself: see main.cpp).
// 100 pixels, 3 lines or 1/80 page make a step (as SDL does).
EM_BOOL wheel(int, const EmscriptenWheelEvent* event, void*) {
  float per_step = 0.0f;
  if (event->deltaMode == DOM_DELTA_PIXEL) per_step = 1.0f / 100.0f;
  else if (event->deltaMode == DOM_DELTA_LINE) per_step = 1.0f / 3.0f;
  else if (event->deltaMode == DOM_DELTA_PAGE) per_step = 80.0f;
  ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(event->deltaX) * -per_step,
                                    static_cast<float>(event->deltaY) * -per_step);
  return EM_TRUE;
}

}  // namespace

void install_touch_input(GLFWwindow* window) {
  glfwSetMouseButtonCallback(window, mouse_button);
  glfwSetCursorPosCallback(window, cursor_pos);
  emscripten_set_wheel_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, false, wheel);
}

}  // namespace cofx::web

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
