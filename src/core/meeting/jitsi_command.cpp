#include "core/meeting/jitsi_command.h"

#include <nlohmann/json.hpp>

namespace cofx {

std::string_view command_name(JitsiCommand::Name name) {
  using N = JitsiCommand::Name;
  switch (name) {
    case N::Password: return "password";
    case N::ToggleLobby: return "toggleLobby";
    case N::ToggleE2EE: return "toggleE2EE";
    case N::Hangup: return "hangup";
    case N::AnswerKnocking: return "answerKnockingParticipant";
    case N::MuteEveryone: return "muteEveryone";
    case N::MuteParticipant: return "muteRemoteParticipant";
    case N::AskToUnmute: return "askToUnmute";
    case N::KickParticipant: return "kickParticipant";
    case N::GrantModerator: return "grantModerator";
    case N::EndConference: return "endConference";
    case N::Subject: return "subject";
    case N::LocalSubject: return "localSubject";
    case N::SetMeetingTimer: return "setMeetingTimer";
    case N::SetBlurredBackground: return "setBlurredBackground";
    case N::SetNoiseSuppression: return "setNoiseSuppressionEnabled";
  }
  return "hangup";
}

std::string command_arguments(const JitsiCommand& command) {
  using N = JitsiCommand::Name;
  nlohmann::json arguments = nlohmann::json::array();
  switch (command.name) {
    case N::Password:
    case N::KickParticipant:
    case N::AskToUnmute:
    case N::GrantModerator:
    case N::Subject:
    case N::LocalSubject:
    case N::SetBlurredBackground: arguments.push_back(command.text); break;
    case N::SetMeetingTimer:
      arguments.push_back({{"duration", command.duration_s}, {"elapsed", command.elapsed_s}});
      break;
    case N::SetNoiseSuppression: arguments.push_back({{"enabled", command.flag}}); break;
    case N::ToggleLobby:
    case N::ToggleE2EE: arguments.push_back(command.flag); break;
    case N::AnswerKnocking: arguments = {command.text, command.flag}; break;
    case N::MuteEveryone: arguments.push_back("audio"); break;
    case N::MuteParticipant: arguments = {command.text, "audio"}; break;
    case N::Hangup:
    case N::EndConference: break;
  }
  // Text is valid UTF-8 by the time it gets here (password_command, Jitsi's cleaned ids and
  // names); a replacement character is still better than an abort.
  return arguments.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace cofx
