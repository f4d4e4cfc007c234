// Touches on the canvas, fed to ImGui as a touch-screen mouse (src/web/js/touch.js).
// Emscripten's GLFW turns a touch into a press at the *previous* mouse position (it reads no
// coordinates from touch events). Its listeners still hear touches (touch events go on through
// the page as usual), but the mouse callbacks below, installed with GLFW's public
// glfwSetMouseButtonCallback/glfwSetCursorPosCallback, pass to ImGui only what is not part of a
// touch (touch.js says which), and touches come through cofx_input_touch instead.
#pragma once

struct GLFWwindow;

namespace cofx::web {

// After ImGui_ImplGlfw_InitForOpenGL: GLFW's mouse button and cursor callbacks, minus touches,
// and the mouse wheel (over the document, as imgui_impl_glfw 1.90 had it).
void install_touch_input(GLFWwindow* window);

}  // namespace cofx::web

extern "C" {
// phase: 0 down, 1 move, 2 up, 3 cancel; x, y in canvas pixels.
void cofx_input_touch(float x, float y, int phase);
}
