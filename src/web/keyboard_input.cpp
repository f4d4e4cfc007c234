#include "web/keyboard_input.h"

#define GLFW_INCLUDE_ES3
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>

#include "web/js_api.h"

namespace cofx::web {
namespace {

void key(GLFWwindow* window, int keycode, int scancode, int action, int mods) {
  if (action != GLFW_RELEASE && cofx_js_key_for_imgui() == 0) return;
  ImGui_ImplGlfw_KeyCallback(window, keycode, scancode, action, mods);
}

}  // namespace

void install_keyboard_input(GLFWwindow* window) {
  glfwSetKeyCallback(window, key);
  glfwSetCharCallback(window, nullptr);
}

}  // namespace cofx::web
