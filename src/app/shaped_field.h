// A text field that shows a Tamil, Arabic or Jawi name (or an emoji sequence) shaped while it
// is typed, and gives the app back the text as typed. Dear ImGui draws and edits the field's
// buffer, which holds shaped runs (core/text/shaped_text.h: for_editing); after each edit the
// buffer is shaped again, the caret kept at the same place in the text. Backspace over a run
// takes back one code point, as a phone's keyboard does (கொ becomes க).
//
//   ShapedField field(form.name);
//   if (field.done(ImGui::InputTextWithHint("##name", hint, field.buffer(), field.flags(0),
//                                           ShapedField::callback, &field))) …
#pragma once

#include <string>

#include <imgui.h>

namespace cofx {

class ShapedField {
 public:
  explicit ShapedField(std::string& text);

  std::string* buffer() { return &shown_; }
  ImGuiInputTextFlags flags(ImGuiInputTextFlags flags) const { return flags | ImGuiInputTextFlags_CallbackAlways; }
  static int callback(ImGuiInputTextCallbackData* data);

  // After the field: the text taken back from the buffer; returns the field's own result.
  bool done(bool result);

 private:
  std::string& text_;
  std::string shown_;   // what the field draws and edits
  std::string before_;  // shown_ as the frame began
};

}  // namespace cofx
