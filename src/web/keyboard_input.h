// Keys for ImGui, from the page's own listeners (src/web/js/keyboard.js), which pass on only
// the key presses aimed at the canvas or the hidden text input (releases always: a key pressed
// before focus moved must still be released). Text never comes as keys: it reaches ImGui only
// from the hidden text input (web/text_input.h).
#pragma once

#include <imgui.h>

namespace cofx::web {

// The ImGui key for a DOM KeyboardEvent's keyCode and location (1 left, 2 right, 3 numpad);
// ImGuiKey_None for keys ImGui has no name for.
ImGuiKey imgui_key(int key_code, int location);

}  // namespace cofx::web

extern "C" {
// Modifier bits: 1 Ctrl, 2 Shift, 4 Alt, 8 Meta (Cmd); ImGui itself swaps Cmd and Ctrl on Apple
// systems (io.ConfigMacOSXBehaviors).
void cofx_input_key(int key_code, int location, int down, int modifiers);
// The window lost (0) or regained (1) the focus: ImGui releases every key it held.
void cofx_input_focus(int focused);
}
