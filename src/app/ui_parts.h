// Small drawing helpers the views share: sizes in font units, text in a theme
// role's colour, and the primary (call-to-action) button.
#pragma once

#include <string>

#include <imgui.h>

#include "app/widget_rects.h"

namespace cofx::ui {

// One "em": the current font size, so layouts scale with the device pixel ratio.
inline float em() { return ImGui::GetFontSize(); }

// Wrapped text in a colour; draws nothing for empty text.
void wrapped(const std::string& text, const ImVec4& colour);
// The same, also tracked as `name` for the accessible mirror: role Alert (an error) or
// Status (a notice).
void message(const std::string& text, const ImVec4& colour, WidgetRole role, const std::string& name,
             WidgetRects& rects);
// Secondary text in the theme's muted colour, on one line or wrapped.
void muted(const std::string& text);
void muted_wrapped(const std::string& text);
// A button in the theme's primary colours.
bool primary_button(const char* label, const ImVec2& size = ImVec2(0, 0));
// How wide ImGui::Button(label) is drawn (the "##id" part not counted).
float button_width(const char* label);
// Call between two items of a row of actions: the next one, `width` wide, goes on the same line
// when it fits there, else it starts a new line (a row too wide for a phone wraps).
void same_line_if_fits(float width);
// A sentence in muted text and a button after it: side by side when both fit on one line,
// else the sentence wraps and the button goes under it. True when the button was pressed
// (it is the last item, to be tracked).
bool muted_with_button(const std::string& text, const char* label);
// A question's two answers side by side, each tracked by name: `yes` (primary when
// `yes_primary`) then `no`. Which was pressed, if either.
enum class Answer { None, Yes, No };
Answer answer_buttons(const std::string& yes, const std::string& yes_name, const std::string& no,
                      const std::string& no_name, bool yes_primary, WidgetRects& rects);
// A checkbox whose label wraps (a phone is narrower than the sentence); a click on the
// label toggles it too. Tracked as `name`.
bool checkbox(const std::string& label, bool* value, const std::string& name, WidgetRects& rects);
// A menu item that does something (it has no check mark), tracked as `name`. ImGui reports
// every menu item as checkable: left so, the mirror made it a checkbox, which a screen reader
// calls "not checked" and Enter does not press. `shown` is the label given to ImGui.
bool menu_action(const std::string& shown, const std::string& name, WidgetRects& rects);
// A collapsible section header as wide as the fields below it and lined up with them
// (ImGui's own reaches past them into the window padding). `label` may carry "###id".
bool section_header(const std::string& label, const std::string& name, WidgetRects& rects);

}  // namespace cofx::ui
