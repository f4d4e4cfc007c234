#include "core/meeting/display_name.h"

#include "core/text/utf8.h"

namespace cofx {

namespace {

bool is_removed(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) ||  // C0, DEL, C1
         (cp >= 0x202A && cp <= 0x202E) ||           // bidi embeddings and overrides
         (cp >= 0x2066 && cp <= 0x2069);             // bidi isolates
}

}  // namespace

std::string clean_display_name(std::string_view input) {
  std::string kept;
  kept.reserve(input.size());
  for (std::size_t pos = 0; pos < input.size();) {
    const utf8::Step step = utf8::decode(input, pos);
    if (step.valid && !is_removed(step.code_point)) kept.append(input.substr(pos, step.length));
    pos += step.length;
  }
  return std::string(utf8::trim(kept));
}


std::optional<NameProblem> check_display_name(std::string_view cleaned) {
  if (cleaned.empty()) return NameProblem::Empty;
  if (utf8::count_code_points(cleaned) > kDisplayNameMaxChars) return NameProblem::TooLong;
  return std::nullopt;
}

}  // namespace cofx
