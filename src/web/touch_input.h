// Touches on the canvas, fed to ImGui as a touch-screen mouse (src/web/js/touch.js).
// Emscripten's GLFW turns a touch into a press at the *previous* mouse position (it
// reads no coordinates from touch events), so touch.js's own canvas listeners, which run
// before GLFW's, stop every touch event from reaching it, and touches come here instead.
#pragma once

extern "C" {
// phase: 0 down, 1 move, 2 up, 3 cancel; x, y in canvas pixels.
void cofx_input_touch(float x, float y, int phase);
}
