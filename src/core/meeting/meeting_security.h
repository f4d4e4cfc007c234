// Room security chosen when creating a meeting: a password, the lobby (knocking)
// and end-to-end encryption. Jitsi applies them through iframe API commands that
// only a moderator may run, so MeetingSession sends security_commands() once the
// local participant is known to be moderator (core/meeting_session.h). A command stays
// a typed JitsiCommand (core/meeting/jitsi_command.h) until the platform's last call.
// Guests who meet passwordRequired send password_command() with what they typed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <vector>

#include "core/meeting/jitsi_command.h"

namespace cofx {

inline constexpr std::size_t kRoomPasswordMaxChars = 64;  // Unicode code points

struct MeetingSecurity {
  std::string password;  // empty: no password
  bool lobby = false;    // participants knock and a moderator lets them in
  bool end_to_end_encryption = false;  // only where the deployment and browsers support it
  bool operator==(const MeetingSecurity&) const = default;
};

// 1 to 64 printable characters: no control, bidi or invisible formatting characters,
// no invalid UTF-8, and no space at either end (guests must type it exactly).
enum class PasswordProblem { Empty, TooLong, Unprintable, SpaceAtEnd };
std::optional<PasswordProblem> check_room_password(std::string_view password);

// The commands, in order: password (when set), toggleLobby, toggleE2EE (when on).
// A password with a problem is left out.
std::vector<JitsiCommand> security_commands(const MeetingSecurity& security);
JitsiCommand password_command(std::string_view password);

}  // namespace cofx
