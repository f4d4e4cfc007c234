#include "core/links/code_input.h"

#include "core/text/utf8.h"

namespace cofx {

CodeCheck check_meeting_code(std::string_view input) {
  CodeCheck check;
  for (char c : utf8::trim(input)) {
    check.normalized.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
  }
  const std::string_view text = check.normalized;

  auto fail = [&check](CodeProblem problem) {
    check.problem = problem;
    return check;
  };
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80u) return fail(CodeProblem::LookAlike);
  }
  if (text.empty()) return fail(CodeProblem::Empty);
  if (!text.starts_with(kRoomCodePrefix)) return fail(CodeProblem::WrongPrefix);
  if (text.size() - kRoomCodePrefix.size() != kRoomCodeSuffixLength) {
    return fail(CodeProblem::WrongLength);
  }
  check.code = RoomCode::from_canonical(text);
  if (!check.code) return fail(CodeProblem::BadCharacter);
  return check;
}


}  // namespace cofx
