// Characters beyond the UI font (fonts/ui.ttf: Latin and punctuation), in any script.
//
// Two more sources follow the UI font in the body font (app/fonts.h), asked in this order
// when ImGui 1.92 first draws a character the UI font lacks:
//   1. the browser: a font loader that draws the character with Canvas 2D (fillText) in the
//      fonts the browser has, and hands ImGui the pixels (RGBA for colour emoji);
//   2. the Han font (fonts/han.otf: the 3,755 common simplified characters, CJK punctuation,
//      fullwidth forms), fetched only once a Han character is first drawn or the app asks for
//      it (Platform::want_script). Once merged the browser leaves it the characters it has,
//      and every glyph baked so far is dropped, so text redraws in it.
#pragma once

#include <imgui.h>

#include "app/fonts.h"
#include "core/host/platform.h"

namespace cofx::web {

// After build_fonts(): adds the browser's glyphs as the last source of the body font. When
// there is no body font (fonts/ui.ttf failed to load) the browser draws every character.
void install_script_fonts(UiFonts& fonts);

// Fetches the script's font if it isn't here or on its way.
void want_script(Script script);

}  // namespace cofx::web
