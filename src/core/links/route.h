// Hash routes: the lobby is "#/" (or no hash), a meeting is "#/COF-AB12CD34".
// Hash routes work on any static host without rewrite rules.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/links/code_input.h"
#include "core/links/room_code.h"

namespace cofx {

struct Route {
  enum class Kind { Lobby, Meeting, InvalidMeeting };
  Kind kind = Kind::Lobby;
  std::optional<RoomCode> code;        // Kind::Meeting
  std::string raw_code;                // Kind::InvalidMeeting: the percent-decoded text as given
  std::optional<CodeProblem> problem;  // Kind::InvalidMeeting
  std::map<std::string, std::string> params;  // "?k=v&..." after the code, percent-decoded
};

// Accepts "", "#", "#/", "#/CODE", "#/CODE?k=v", with or without the leading '#'.
// Codes in routes go through check_meeting_code(), so "#/cof-ab12cd34" is a meeting.
Route parse_route(std::string_view hash);

std::string lobby_hash();                        // "#/"
std::string meeting_hash(const RoomCode& code);  // "#/COF-AB12CD34"

// The shareable link: the site URL with any existing fragment replaced by the meeting hash.
std::string meeting_link(std::string_view site_url, const RoomCode& code);

std::string percent_decode(std::string_view text);  // invalid escapes are kept as typed
std::string percent_encode(std::string_view text);  // RFC 3986 unreserved characters kept

}  // namespace cofx
