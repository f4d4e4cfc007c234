#include "web/keyboard_input.h"

#include <emscripten/emscripten.h>

#include "web/input_modifiers.h"

namespace cofx::web {
namespace {

constexpr int kRight = 2;
constexpr int kNumpad = 3;

ImGuiKey left_or_right(int location, ImGuiKey left, ImGuiKey right) { return location == kRight ? right : left; }

}  // namespace

ImGuiKey imgui_key(int key_code, int location) {
  if (key_code >= '0' && key_code <= '9') return static_cast<ImGuiKey>(ImGuiKey_0 + (key_code - '0'));
  if (key_code >= 'A' && key_code <= 'Z') return static_cast<ImGuiKey>(ImGuiKey_A + (key_code - 'A'));
  if (key_code >= 112 && key_code <= 123) return static_cast<ImGuiKey>(ImGuiKey_F1 + (key_code - 112));
  if (key_code >= 96 && key_code <= 105) return static_cast<ImGuiKey>(ImGuiKey_Keypad0 + (key_code - 96));
  switch (key_code) {
    case 8: return ImGuiKey_Backspace;
    case 9: return ImGuiKey_Tab;
    case 13: return location == kNumpad ? ImGuiKey_KeypadEnter : ImGuiKey_Enter;
    case 16: return left_or_right(location, ImGuiKey_LeftShift, ImGuiKey_RightShift);
    case 17: return left_or_right(location, ImGuiKey_LeftCtrl, ImGuiKey_RightCtrl);
    case 18: return left_or_right(location, ImGuiKey_LeftAlt, ImGuiKey_RightAlt);
    case 19: return ImGuiKey_Pause;
    case 20: return ImGuiKey_CapsLock;
    case 27: return ImGuiKey_Escape;
    case 32: return ImGuiKey_Space;
    case 33: return ImGuiKey_PageUp;
    case 34: return ImGuiKey_PageDown;
    case 35: return ImGuiKey_End;
    case 36: return ImGuiKey_Home;
    case 37: return ImGuiKey_LeftArrow;
    case 38: return ImGuiKey_UpArrow;
    case 39: return ImGuiKey_RightArrow;
    case 40: return ImGuiKey_DownArrow;
    case 44: return ImGuiKey_PrintScreen;
    case 45: return ImGuiKey_Insert;
    case 46: return ImGuiKey_Delete;
    // Cmd: 91 left and 93 right in Chromium and Safari, 224 in Firefox; 93 elsewhere is the Menu key.
    case 91: return ImGuiKey_LeftSuper;
    case 92: return ImGuiKey_RightSuper;
    case 93: return location == kRight ? ImGuiKey_RightSuper : ImGuiKey_Menu;
    case 224: return left_or_right(location, ImGuiKey_LeftSuper, ImGuiKey_RightSuper);
    case 106: return ImGuiKey_KeypadMultiply;
    case 107: return ImGuiKey_KeypadAdd;
    case 109: return ImGuiKey_KeypadSubtract;
    case 110: return ImGuiKey_KeypadDecimal;
    case 111: return ImGuiKey_KeypadDivide;
    case 144: return ImGuiKey_NumLock;
    case 145: return ImGuiKey_ScrollLock;
    case 59: case 186: return ImGuiKey_Semicolon;  // Firefox: 59, 61, 173
    case 61: case 187: return ImGuiKey_Equal;
    case 188: return ImGuiKey_Comma;
    case 173: case 189: return ImGuiKey_Minus;
    case 190: return ImGuiKey_Period;
    case 191: return ImGuiKey_Slash;
    case 192: return ImGuiKey_GraveAccent;
    case 219: return ImGuiKey_LeftBracket;
    case 220: return ImGuiKey_Backslash;
    case 221: return ImGuiKey_RightBracket;
    case 222: return ImGuiKey_Apostrophe;
    default: return ImGuiKey_None;
  }
}

}  // namespace cofx::web

extern "C" {

EMSCRIPTEN_KEEPALIVE void cofx_input_key(int key_code, int location, int down, int modifiers) {
  if (ImGui::GetCurrentContext() == nullptr) return;
  cofx::web::set_modifiers(modifiers);
  const ImGuiKey key = cofx::web::imgui_key(key_code, location);
  if (key != ImGuiKey_None) ImGui::GetIO().AddKeyEvent(key, down != 0);
}

EMSCRIPTEN_KEEPALIVE void cofx_input_focus(int focused) {
  if (ImGui::GetCurrentContext() == nullptr) return;
  ImGui::GetIO().AddFocusEvent(focused != 0);
}

}  // extern "C"
