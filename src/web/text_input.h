// Text entry for ImGui fields through a hidden DOM <input> (src/web/js/text_input.js),
// so IMEs, dead keys, emoji, on-screen keyboards and the clipboard work as in any page.
//
// Keys (arrows, Backspace, Enter, shortcuts) reach ImGui as keys (keyboard.js decides which,
// web/keyboard_input.h); text never does: it comes only from the DOM input's beforeinput/composition events, and from
// paste events, via the exported cofx_input_* functions below. After each frame,
// sync_text_field() tells JS whether an ImGui text field is active, where its caret is
// (from io.SetPlatformImeDataFn, so IME candidate windows open there) and what is
// selected (mirrored into the DOM input, so the browser's Copy/Cut are enabled).
#pragma once

#include <imgui.h>

namespace cofx::web {

// Sets the IME and clipboard hooks of the current ImGui context.
void install_text_input(ImGuiIO& io);

// Call after ImGui::Render(); tells JS only what changed since the last call.
void sync_text_field();

}  // namespace cofx::web

extern "C" {
// Text typed, composed or pasted, as UTF-8.
void cofx_input_text(const char* utf8);
// An erase from an on-screen keyboard that sent no key event: 0 backward, 1 forward.
void cofx_input_erase(int forward);
// The active field's selected text as malloc'd UTF-8 (caller frees), or nullptr when
// nothing is selected; with cut != 0 an editable field also deletes it.
char* cofx_input_take_selection(int cut);
}
