#include "core/meeting/meeting_security.h"

#include "core/text/utf8.h"

namespace cofx {

namespace {

bool is_unprintable(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) ||  // C0, DEL, C1
         (cp >= 0x200B && cp <= 0x200F) ||           // zero-width characters, LRM/RLM
         (cp >= 0x2028 && cp <= 0x202E) ||           // line/paragraph separators, bidi
         (cp >= 0x2060 && cp <= 0x206F) ||           // word joiner, bidi isolates, invisibles
         cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB);
}

}  // namespace

std::optional<PasswordProblem> check_room_password(std::string_view password) {
  if (password.empty()) return PasswordProblem::Empty;
  if (utf8::count_code_points(password) > kRoomPasswordMaxChars) return PasswordProblem::TooLong;
  for (std::size_t pos = 0; pos < password.size();) {
    const utf8::Step step = utf8::decode(password, pos);
    if (!step.valid || is_unprintable(step.code_point)) return PasswordProblem::Unprintable;
    pos += step.length;
  }
  if (utf8::trim(password).size() != password.size()) return PasswordProblem::SpaceAtEnd;
  return std::nullopt;
}

JitsiCommand password_command(std::string_view password) {
  // Invalid UTF-8 would make a later dump() fail; it can only be a typo, so mark it.
  std::string text;
  for (std::size_t pos = 0; pos < password.size();) {
    const utf8::Step step = utf8::decode(password, pos);
    if (step.valid) {
      text.append(password.substr(pos, step.length));
    } else {
      utf8::append(text, 0xFFFD);
    }
    pos += step.length;
  }
  return {JitsiCommand::Name::Password, std::move(text), false};
}

std::vector<JitsiCommand> security_commands(const MeetingSecurity& security) {
  std::vector<JitsiCommand> commands;
  if (!security.password.empty() && !check_room_password(security.password)) {
    commands.push_back(password_command(security.password));
  }
  if (security.lobby) commands.push_back({JitsiCommand::Name::ToggleLobby, {}, true});
  if (security.end_to_end_encryption) commands.push_back({JitsiCommand::Name::ToggleE2EE, {}, true});
  return commands;
}


}  // namespace cofx
