// What the app needs from Dear ImGui beyond its public API, behind plain functions. They
// are implemented in imgui_reach.cpp, the only app file that includes ImGui's internal header
// (tests/tools/check_layers.py keeps it so), so an ImGui update is checked in one place.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <imgui.h>

namespace cofx::imgui_reach {

// The next item with this id (an InputText's "##id") takes the keyboard for typing, as
// if Enter had been pressed on it. SetKeyboardFocusHere finds no tab stop inside the
// card's child window.
void type_into_next(const char* id);
// Keyboard navigation's focus ring shows: the keyboard, not the mouse, moved last.
bool focus_ring_shown();

// Items between these two are skipped by keyboard navigation (Tab, arrows).
void push_no_nav();
void pop_no_nav();

// The card logs its text for the accessible mirror; a clipped list pauses that logging
// so its clipper submits only the rows in view.
void log_to_nowhere();           // ImGui then submits every item, seen or scrolled away (ended by LogFinish)
bool pause_logging();            // returns whether logging was on
void resume_logging(bool was_on);

// An item with no id covering this rectangle: clicks on it count as on the window.
void add_plain_item(ImVec2 min, ImVec2 max);
// The current window shows a vertical scrollbar (decided from the frame before's sizes).
bool window_scrolls();
// The part of the current window its content is drawn in.
void visible_area(ImVec2& min, ImVec2& max);

// The horizontal span the current window shows its items in (its clip rectangle; a table
// cell's inside a table), screen pixels.
void visible_x(float& min, float& max);
// The windows drawn this frame whose content is wider than the room they give it (a
// horizontal overflow: something reaches past the right edge), or that reach past the
// screen's sides themselves, by name. Call after the last End() of the frame.
std::vector<std::string> windows_overflowing_x();

// The item just submitted, as WidgetRects records it.
struct LastItem {
  std::uint32_t id = 0;
  std::uint32_t window = 0;  // the window it is in
  bool disabled = false;
};
LastItem last_item();
std::uint32_t active_id();  // the item being typed in or held, or 0
std::uint32_t nav_id();     // the item keyboard navigation is on, or 0

}  // namespace cofx::imgui_reach
