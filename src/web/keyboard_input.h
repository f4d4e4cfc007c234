// Keys for ImGui, through Emscripten's GLFW, but only the keys meant for it
// (src/web/js/keyboard.js decides). GLFW listens on window for every key on the page; the
// key callback below, installed with GLFW's public glfwSetKeyCallback, passes a press on to
// ImGui only when keyboard.js says this key is aimed at the canvas or the hidden text input
// (releases always go through: a key pressed before focus moved must still be released).
// GLFW's char callback is removed: text reaches ImGui only from the hidden text input
// (web/text_input.h), never from keypress events.
#pragma once

struct GLFWwindow;

namespace cofx::web {

// After ImGui_ImplGlfw_InitForOpenGL.
void install_keyboard_input(GLFWwindow* window);

}  // namespace cofx::web
