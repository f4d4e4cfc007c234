// Room security chosen when creating a meeting: a password, the lobby (knocking)
// and end-to-end encryption. Jitsi applies them through iframe API commands that
// only a moderator may run, so the JS bridge runs security_commands() once the
// local participant is moderator (videoConferenceJoined, then participantRoleChanged
// to "moderator" for the local id). Each command is
//   {"command": "<name in external_api.js's commands table>", "args": [...]}
// for `api.executeCommand(command, ...args)`. Guests who meet passwordRequired send
// password_command() with what they typed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

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
std::optional<std::string> room_password_problem(std::string_view password);

// The commands, in order: password (when set), toggleLobby, toggleE2EE (when on).
// A password with a problem is left out.
nlohmann::json security_commands(const MeetingSecurity& security);
nlohmann::json password_command(std::string_view password);

// "Password · Lobby on · End-to-end encrypted", naming only what is on; empty when nothing is.
std::string security_summary(const MeetingSecurity& security);

}  // namespace cofx
