// The mouse, the wheel and touches on the canvas, for ImGui, from the page's own listeners
// (src/web/js/pointer.js, src/web/js/touch.js). Positions are in canvas pixels, as ImGui draws.
// A touch is fed as a touch-screen mouse: ImGui then hovers nothing once the finger lifts.
#pragma once

namespace cofx::web {

// After each shown frame: the mouse cursor ImGui wants (a text caret over a field), told to JS
// only when it changes.
void show_mouse_cursor();

}  // namespace cofx::web

extern "C" {
void cofx_input_mouse_move(float x, float y, int modifiers);
// button: the DOM's (0 left, 1 middle, 2 right, 3 back, 4 forward).
void cofx_input_mouse_button(int button, int down, int modifiers);
// The mouse left the canvas: it hovers nothing.
void cofx_input_mouse_leave();
// A wheel event's deltas and deltaMode (0 pixels, 1 lines, 2 pages).
void cofx_input_wheel(float delta_x, float delta_y, int delta_mode);
// phase: 0 down, 1 move, 2 up, 3 cancel.
void cofx_input_touch(float x, float y, int phase);
}
