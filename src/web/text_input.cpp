#include "web/text_input.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include <emscripten/emscripten.h>
#include <imgui_internal.h>

#include "core/text/shaped_text.h"
#include "web/js_api.h"
#include "web/web_platform.h"

namespace cofx::web {
namespace {

// Where ImGui last drew an editable field's caret (io.SetPlatformImeDataFn), canvas pixels.
struct Caret {
  bool visible = false;
  float x = 0, y = 0, height = 0;
};

// What JS was last told about the active text field.
struct TextField {
  bool active = false;
  bool read_only = false;
  bool secret = false;  // a password or a JWT: the DOM input becomes type=password
  float x = 0, y = 0, height = 0;
  std::string selection;
  bool operator==(const TextField&) const = default;
};

Caret g_caret;
TextField g_published;
std::string g_clipboard;  // GetClipboardTextFn's answer, valid until its next call

void set_ime_data(ImGuiContext*, ImGuiViewport*, ImGuiPlatformImeData* data) {
  g_caret.visible = data->WantVisible;
  if (!data->WantVisible) return;
  g_caret.x = data->InputPos.x;
  g_caret.y = data->InputPos.y;
  g_caret.height = data->InputLineHeight;
}

const char* get_clipboard_text(ImGuiContext*) {
  g_clipboard = take_js_string(cofx_js_clipboard_text()).value_or("");
  return g_clipboard.c_str();
}

void set_clipboard_text(ImGuiContext*, const char* text) {
  cofx_js_set_clipboard_text(shaped::logical(text != nullptr ? text : "").c_str());
}

ImGuiInputTextState* active_text_state() {
  ImGuiContext* context = ImGui::GetCurrentContext();
  return context == nullptr ? nullptr : ImGui::GetInputTextState(context->ActiveId);
}

// Password fields never give their text away, as in ImGui itself.
std::string selected_text(const ImGuiInputTextState& state) {
  if (state.Flags & ImGuiInputTextFlags_Password) return {};
  const int from = ImClamp(ImMin(state.GetSelectionStart(), state.GetSelectionEnd()), 0, state.TextLen);
  const int to = ImClamp(ImMax(state.GetSelectionStart(), state.GetSelectionEnd()), 0, state.TextLen);
  if (from >= to) return {};
  // Byte offsets into UTF-8 (ImGui 1.92); shaped runs (core/text/shaped_text.h) made text again.
  return shaped::logical(std::string_view(state.TextA.Data + from, static_cast<std::size_t>(to - from)));
}

void press(ImGuiKey key) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(key, true);
  io.AddKeyEvent(key, false);
}

}  // namespace

void install_text_input(ImGuiIO&) {
  ImGuiPlatformIO& platform_io = ImGui::GetPlatformIO();
  platform_io.Platform_SetImeDataFn = set_ime_data;
  platform_io.Platform_SetClipboardTextFn = set_clipboard_text;
  platform_io.Platform_GetClipboardTextFn = get_clipboard_text;
  platform_io.Platform_ClipboardUserData = nullptr;
}

void sync_text_field() {
  TextField now;
  if (const ImGuiInputTextState* state = active_text_state()) {
    now.active = true;
    now.read_only = (state->Flags & ImGuiInputTextFlags_ReadOnly) != 0;
    now.secret = (state->Flags & ImGuiInputTextFlags_Password) != 0;
    now.selection = selected_text(*state);
    // A read-only field reports no caret: the DOM input stays where it was.
    const bool caret = g_caret.visible && !now.read_only;
    now.x = caret ? g_caret.x : g_published.x;
    now.y = caret ? g_caret.y : g_published.y;
    now.height = caret ? g_caret.height : g_published.height;
  }
  if (now == g_published) return;
  g_published = std::move(now);
  cofx_js_text_field(g_published.active ? 1 : 0, g_published.read_only ? 1 : 0, g_published.secret ? 1 : 0,
                     g_published.x, g_published.y, g_published.height, g_published.selection.c_str());
}

}  // namespace cofx::web

extern "C" {

EMSCRIPTEN_KEEPALIVE void cofx_input_text(const char* utf8) {
  if (ImGui::GetCurrentContext() == nullptr || utf8 == nullptr) return;
  ImGui::GetIO().AddInputCharactersUTF8(utf8);
}

EMSCRIPTEN_KEEPALIVE void cofx_input_erase(int forward) {
  if (ImGui::GetCurrentContext() == nullptr) return;
  cofx::web::press(forward ? ImGuiKey_Delete : ImGuiKey_Backspace);
}

EMSCRIPTEN_KEEPALIVE char* cofx_input_take_selection(int cut) {
  ImGuiInputTextState* state = cofx::web::active_text_state();
  if (state == nullptr) return nullptr;
  const std::string text = cofx::web::selected_text(*state);
  if (text.empty()) return nullptr;
  if (cut && !(state->Flags & ImGuiInputTextFlags_ReadOnly)) cofx::web::press(ImGuiKey_Delete);
  char* copy = static_cast<char*>(std::malloc(text.size() + 1));
  if (copy != nullptr) std::memcpy(copy, text.c_str(), text.size() + 1);
  return copy;
}

}  // extern "C"
