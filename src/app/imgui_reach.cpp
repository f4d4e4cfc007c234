// The one file of the app that reaches into Dear ImGui's internals (imgui_internal.h):
// the keyboard-focus moves (keyboard_focus.h), what imgui_reach.h names, and the test
// engine's item hooks that item_info.h listens through.
#include "app/imgui_reach.h"

#include <string>
#include <unordered_map>
#include <utility>

#include <imgui_internal.h>

#include "app/item_info.h"
#include "app/keyboard_focus.h"

namespace cofx {

namespace imgui_reach {

void type_into_next(const char* id) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  g.NavNextActivateId = ImGui::GetID(id);
  g.NavNextActivateFlags = ImGuiActivateFlags_PreferInput;
}

bool focus_ring_shown() { return ImGui::GetCurrentContext()->NavCursorVisible; }

void push_no_nav() { ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true); }
void pop_no_nav() { ImGui::PopItemFlag(); }

void log_to_nowhere() { ImGui::LogToBuffer(0); }
bool pause_logging() { return std::exchange(ImGui::GetCurrentContext()->LogEnabled, false); }
void resume_logging(bool was_on) { ImGui::GetCurrentContext()->LogEnabled = was_on; }

void add_plain_item(ImVec2 min, ImVec2 max) { ImGui::ItemAdd(ImRect(min, max), 0); }
bool window_scrolls() { return ImGui::GetCurrentWindow()->ScrollbarY; }

void visible_area(ImVec2& min, ImVec2& max) {
  const ImRect& shown = ImGui::GetCurrentWindow()->InnerClipRect;
  min = shown.Min;
  max = shown.Max;
}

void visible_x(float& min, float& max) {
  const ImRect& shown = ImGui::GetCurrentWindow()->ClipRect;
  min = shown.Min.x;
  max = shown.Max.x;
}

std::vector<std::string> windows_overflowing_x() {
  constexpr float kSlack = 1.0f;  // rounding (ImGui starts content on a whole pixel), not overflow
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  const ImGuiViewport* screen = ImGui::GetMainViewport();
  std::vector<std::string> found;
  for (const ImGuiWindow* window : g.Windows) {
    // Not ImGui's implicit "Debug##Default" window (nothing is drawn in it), nor a multi-line
    // text field's inner window (its text scrolls).
    if (!window->Active || window->Hidden || window->SkipItems || window->IsFallbackWindow) continue;
    const ItemInfo* field = item_info(window->ChildId);
    if (field != nullptr && field->inputable) continue;
    const float content = window->DC.CursorMaxPos.x - window->DC.CursorStartPos.x;
    const float room = window->ContentRegionRect.GetWidth();
    const bool past_screen = window->Pos.x < screen->Pos.x - kSlack ||
                             window->Pos.x + window->Size.x > screen->Pos.x + screen->Size.x + kSlack;
    if (content > room + kSlack || past_screen) found.emplace_back(window->Name);
  }
  return found;
}

LastItem last_item() {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  return {g.LastItemData.ID, g.CurrentWindow != nullptr ? g.CurrentWindow->ID : 0,
          (g.LastItemData.ItemFlags & ImGuiItemFlags_Disabled) != 0};
}

std::uint32_t active_id() { return ImGui::GetCurrentContext()->ActiveId; }
std::uint32_t nav_id() { return ImGui::GetCurrentContext()->NavId; }

}  // namespace imgui_reach

namespace keyboard_focus {

void focus(const WidgetRect& rect, bool press) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (press || rect.text_field) {
    ImGui::ActivateItemByID(rect.id);
  } else if (ImGuiWindow* window = ImGui::FindWindowByID(rect.window)) {
    ImGui::FocusWindow(window);
    ImGui::SetFocusID(rect.id, window);
  }
  g.NavCursorVisible = true;
  g.NavHighlightItemUnderNav = true;
}

void forget_place() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  for (ImGuiWindow* window : g.Windows) window->NavLastIds[0] = 0;
  g.NavId = 0;
  g.NavCursorVisible = false;
}

bool input_pending() { return ImGui::GetCurrentContext()->InputEventsQueue.Size > 0; }

}  // namespace keyboard_focus

namespace {

std::unordered_map<ImGuiID, ItemInfo>& infos() {
  static std::unordered_map<ImGuiID, ItemInfo> map;
  return map;
}

}  // namespace

void listen_to_item_info(ImGuiContext* context) { context->TestEngineHookItems = true; }

const ItemInfo* item_info(std::uint32_t id) {
  const auto found = infos().find(id);
  return found == infos().end() ? nullptr : &found->second;
}

void forget_item_info() { infos().clear(); }

}  // namespace cofx

// Dear ImGui's test-engine hooks (IMGUI_ENABLE_TEST_ENGINE). Only the label and flags are kept.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID, const ImRect&, const ImGuiLastItemData*) {}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
  std::string text = label != nullptr ? label : "";
  const std::size_t hidden = text.find("##");
  if (hidden != std::string::npos) text.resize(hidden);
  cofx::ItemInfo& info = cofx::infos()[id];
  info.label = std::move(text);
  info.checkable = (flags & ImGuiItemStatusFlags_Checkable) != 0;
  info.checked = (flags & ImGuiItemStatusFlags_Checked) != 0;
  info.openable = (flags & ImGuiItemStatusFlags_Openable) != 0;
  info.opened = (flags & ImGuiItemStatusFlags_Opened) != 0;
  info.inputable = (flags & ImGuiItemStatusFlags_Inputable) != 0;
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
