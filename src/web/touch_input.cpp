#include "web/touch_input.h"

#include <cfloat>

#include <emscripten/emscripten.h>
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

}  // namespace

void install_touch_input(GLFWwindow* window) {
  glfwSetMouseButtonCallback(window, mouse_button);
  glfwSetCursorPosCallback(window, cursor_pos);
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
