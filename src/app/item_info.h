// What Dear ImGui says about each item it submits (its label and status flags:
// checkable, checked, openable, opened, inputable), heard through the hooks it
// offers its test engine (IMGUI_ENABLE_TEST_ENGINE). WidgetRects reads it to give
// every named widget a role and an accessible name without repeating its label.
#pragma once

#include <cstdint>
#include <string>

struct ImGuiContext;

namespace cofx {

struct ItemInfo {
  std::string label;  // as given to ImGui, without its "##id" part
  bool checkable = false;
  bool checked = false;
  bool openable = false;  // a tree node or collapsing header
  bool opened = false;
  bool inputable = false;  // takes typed text
};

// Starts listening on this context (once, after CreateContext).
void listen_to_item_info(ImGuiContext* context);
// Implemented in imgui_reach.cpp (the hooks are declared in ImGui's internal header).
// This frame's info about the item `id`, or nullptr.
const ItemInfo* item_info(std::uint32_t id);
// Called at the start of a frame.
void forget_item_info();

}  // namespace cofx
