#include "app/language_picker.h"

#include <imgui.h>

#include "app/words/tr.h"

namespace cofx {

std::optional<std::string> draw_language_picker(const InterfaceLanguage& language, const std::string& chosen,
                                                WidgetRects& rects) {
  std::optional<std::string> picked;
  const std::string heading(tr("Language"));
  // Translators: the language choice that follows the browser's own setting; {language} is the
  // language that gives, named in itself ("Bahasa Melayu").
  const std::string browser = tr("Same as this browser ({language})", {{"language", language.current().own_name}});
  std::string preview = browser;
  if (auto named = find_language(chosen)) preview = std::string(named->own_name);

  // One row, the heading beside the choice: the tab's other settings keep their place.
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(heading.c_str());
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::BeginCombo("##language", preview.c_str())) {
    WidgetGroup options = rects.group("language-options", GroupRole::Listbox, heading);
    if (ImGui::Selectable(label(browser, "language-browser").c_str(), chosen.empty())) {
      if (!chosen.empty()) picked = "";
    }
    rects.track_last_item("language-browser");
    rects.last().role = WidgetRole::Option;
    rects.last().selected = chosen.empty();
    for (const Language& offered : interface_languages()) {
      const std::string tag(offered.tag);
      if (ImGui::Selectable(label(offered.own_name, "language-" + tag).c_str(), chosen == tag) && chosen != tag) {
        picked = tag;
      }
      rects.track_last_item("language-" + tag);
      rects.last().role = WidgetRole::Option;
      rects.last().selected = chosen == tag;
      rects.last().lang = tag;  // a screen reader reads each name in its own language
    }
    ImGui::EndCombo();
  }
  rects.track_last_item("language");
  rects.last().role = WidgetRole::Combobox;
  rects.last().label = tr("{heading}: {choice}", {{"heading", heading}, {"choice", preview}});
  if (language.pending()) {
    ImGui::TextDisabled("%s", std::string(tr("Loading the language…")).c_str());
  } else if (!language.problem().empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(language.problem().c_str());
    ImGui::PopTextWrapPos();
  }
  return picked;
}

}  // namespace cofx
