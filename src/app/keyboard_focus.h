// Where ImGui's keyboard navigation is, moved on purpose: to a widget the accessible
// mirror focused or pressed, or back to nothing after a change of screen. Implemented in
// imgui_reach.cpp, the one file that reaches into ImGui's internals.
#pragma once

#include "app/widget_rects.h"

namespace cofx::keyboard_focus {

// The mirror focused (or pressed) a widget of the last frame: a press, or focusing a text
// field (which starts typing in it), activates it like Enter; a focus puts the keyboard
// on it with its focus ring showing.
void focus(const WidgetRect& rect, bool press);

// Keyboard navigation remembers the last item per window; after a change of screen that
// item is gone and Tab would look for it forever. With no item and the highlight hidden,
// ImGui's next Tab starts from the first item.
void forget_place();

// ImGui still holds queued input events for later frames.
bool input_pending();

}  // namespace cofx::keyboard_focus
