// The one file of the app that reaches into Dear ImGui's internals (imgui_internal.h):
// what its public API has no door for. Kept small so an ImGui update is checked here.
#include "app/imgui_reach.h"
#include "app/keyboard_focus.h"

#include <imgui_internal.h>

namespace cofx {

namespace keyboard_focus {

void focus(const WidgetRect& rect, bool press) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (press || rect.text_field) {
    ImGui::ActivateItemByID(rect.id);
  } else if (ImGuiWindow* window = ImGui::FindWindowByID(rect.window)) {
    ImGui::FocusWindow(window);
    ImGui::SetFocusID(rect.id, window);
  }
  g.NavDisableHighlight = false;
  g.NavDisableMouseHover = true;
}

void forget_place() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  for (ImGuiWindow* window : g.Windows) window->NavLastIds[0] = 0;
  g.NavId = 0;
  g.NavDisableHighlight = true;
}

bool input_pending() { return ImGui::GetCurrentContext()->InputEventsQueue.Size > 0; }

}  // namespace keyboard_focus

}  // namespace cofx
