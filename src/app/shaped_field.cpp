#include "app/shaped_field.h"

#include <string_view>
#include <utility>

#include "core/text/shaped_text.h"

namespace cofx {
namespace {

std::size_t code_point_length(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

// The run a Backspace just took away whole at `at` (one code point gone, nothing else
// changed), or null.
const shaped::Run* run_taken(std::string_view before, std::string_view now, std::size_t at) {
  if (before.size() <= now.size() || at > now.size()) return nullptr;
  const std::size_t gone = before.size() - now.size();
  if (gone != 4 || before.substr(0, at) != now.substr(0, at) || before.substr(at + gone) != now.substr(at)) {
    return nullptr;  // runs are planes 15 and 16: four bytes
  }
  const auto* b = reinterpret_cast<const unsigned char*>(before.data() + at);
  const char32_t code = (char32_t{b[0] & 0x07u} << 18) | (char32_t{b[1] & 0x3Fu} << 12) |
                        (char32_t{b[2] & 0x3Fu} << 6) | char32_t{b[3] & 0x3Fu};
  return shaped::run(code);
}

// The run's text without its last code point.
std::string_view all_but_last(std::string_view text) {
  std::size_t last = 0;
  for (std::size_t at = 0; at < text.size(); at += code_point_length(static_cast<unsigned char>(text[at]))) last = at;
  return text.substr(0, last);
}

}  // namespace

ShapedField::ShapedField(std::string& text)
    : text_(text), shown_(shaped::for_editing(text)), before_(shown_) {}

int ShapedField::callback(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag != ImGuiInputTextFlags_CallbackAlways || !shaped::enabled()) return 0;
  auto* field = static_cast<ShapedField*>(data->UserData);
  const std::string_view now(data->Buf, static_cast<std::size_t>(data->BufTextLen));
  const auto cursor = static_cast<std::size_t>(data->CursorPos);
  std::string text = shaped::logical(now);
  std::size_t caret = shaped::logical(now.substr(0, cursor)).size();
  if (ImGui::IsKeyPressed(ImGuiKey_Backspace)) {
    if (const shaped::Run* taken = run_taken(field->before_, now, cursor)) {
      const std::string_view kept = all_but_last(taken->text);
      text.insert(caret, kept);
      caret += kept.size();
    }
  }
  const std::string shown = shaped::for_editing(text);
  field->before_ = shown;
  if (shown == now) return 0;
  data->DeleteChars(0, data->BufTextLen);
  data->InsertChars(0, shown.data(), shown.data() + shown.size());
  const int at = static_cast<int>(shaped::shown_offset(shown, caret));
  data->CursorPos = data->SelectionStart = data->SelectionEnd = at;
  return 0;
}

bool ShapedField::done(bool result) {
  std::string text = shaped::logical(shown_);
  if (text != text_) text_ = std::move(text);
  return result;
}

}  // namespace cofx
