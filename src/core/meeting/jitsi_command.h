// One `api.executeCommand` call of Jitsi's iframe API, typed until the platform's last call:
// command_name() is the name in external_api.js's commands table and command_arguments()
// the arguments after it, as a JSON array (the JS bridge spreads them).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace cofx {

struct JitsiCommand {
  enum class Name {
    Password,          // (password)
    ToggleLobby,       // (on)
    ToggleE2EE,        // (on)
    Hangup,            // ()
    AnswerKnocking,    // (guest id, admit): a guest waiting in Jitsi's lobby, let in or not
    MuteEveryone,      // ("audio")
    MuteParticipant,   // (id, "audio")
    AskToUnmute,       // (id): Jitsi asks them to turn their microphone on
    KickParticipant,   // (id)
    GrantModerator,    // (id)
    EndConference,     // (): for everyone; Jitsi honours it only with a moderator's rights
    Subject,           // (subject): everyone's title (moderators)
    LocalSubject,      // (subject): ours only
    SetMeetingTimer,   // ({duration, elapsed}): seconds; Jitsi's countdown of the planned length
    SetBlurredBackground,  // (text: "blur" | "none")
    SetNoiseSuppression,   // ({enabled: flag})
  };
  Name name = Name::Hangup;
  std::string text;   // Password, Subject, LocalSubject: the text; the others: a participant's id
  bool flag = false;  // ToggleLobby, ToggleE2EE: on; AnswerKnocking: admit; SetNoiseSuppression: on
  std::int64_t duration_s = 0;  // SetMeetingTimer
  std::int64_t elapsed_s = 0;   // SetMeetingTimer: since the planned start, negative before it
  bool operator==(const JitsiCommand&) const = default;
};

std::string_view command_name(JitsiCommand::Name name);  // "password", "toggleLobby", ...
std::string command_arguments(const JitsiCommand& command);  // e.g. ["abc123",true]

}  // namespace cofx
