// The Settings tab's language choice: the browser's language, or one of the interface's
// languages, each named in itself ("Bahasa Melayu", "English", "中文（简体）").
#pragma once

#include <optional>
#include <string>

#include "app/interface_language.h"
#include "app/widget_rects.h"

namespace cofx {

// `chosen` is the stored choice ("" = the browser's). Returns a new choice when the person
// picked one. Widgets: "language" (the combobox), "language-browser", "language-<tag>".
std::optional<std::string> draw_language_picker(const InterfaceLanguage& language, const std::string& chosen,
                                                WidgetRects& rects);

}  // namespace cofx
