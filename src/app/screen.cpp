#include "app/screen.h"

#include <variant>

#include "core/text/overloaded.h"

namespace cofx {

Screen screen_of(const MeetingFlow& flow) {
  return std::visit(Overloaded{
      [](const flow::PreJoin&) { return Screen::PreJoin; },
      [](const flow::FetchingToken&) { return Screen::Joining; },
      [](const flow::Joining&) { return Screen::Joining; },
      [](const flow::InMeeting&) { return Screen::Meeting; },
      [](const auto&) { return Screen::Lobby; },
  }, flow.state());
}

const char* screen_name(Screen screen) {
  switch (screen) {
    case Screen::Lobby: return "lobby";
    case Screen::Invitation: return "invitation";
    case Screen::PreJoin: return "prejoin";
    case Screen::Joining: return "joining";
    case Screen::Meeting: return "meeting";
  }
  return "lobby";
}

}  // namespace cofx
