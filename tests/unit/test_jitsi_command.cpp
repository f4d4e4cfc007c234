#include <doctest/doctest.h>

#include <string>

#include "core/meeting/jitsi_command.h"

using namespace cofx;
using N = JitsiCommand::Name;

TEST_CASE("each command's name and arguments, as external_api.js takes them") {
  struct Case {
    JitsiCommand command;
    std::string name;
    std::string arguments;
  };
  for (const Case& c : {
           Case{{N::Password, "letmein", false}, "password", R"(["letmein"])"},
           Case{{N::ToggleLobby, {}, true}, "toggleLobby", "[true]"},
           Case{{N::ToggleE2EE, {}, false}, "toggleE2EE", "[false]"},
           Case{{N::Hangup, {}, false}, "hangup", "[]"},
           Case{{N::AnswerKnocking, "g1", true}, "answerKnockingParticipant", R"(["g1",true])"},
           Case{{N::AnswerKnocking, "g1", false}, "answerKnockingParticipant", R"(["g1",false])"},
           Case{{N::MuteEveryone, {}, false}, "muteEveryone", R"(["audio"])"},
           Case{{N::MuteParticipant, "p2", false}, "muteRemoteParticipant", R"(["p2","audio"])"},
           Case{{N::KickParticipant, "p2", false}, "kickParticipant", R"(["p2"])"},
           Case{{N::GrantModerator, "p2", false}, "grantModerator", R"(["p2"])"},
           Case{{N::EndConference, {}, false}, "endConference", "[]"},
           Case{{N::Subject, "Mesyuarat \"bajet\" 会议", false}, "subject", R"(["Mesyuarat \"bajet\" 会议"])"},
           Case{{N::LocalSubject, "Kelas 5A", false}, "localSubject", R"(["Kelas 5A"])"},
       }) {
    CAPTURE(c.name);
    CHECK(command_name(c.command.name) == c.name);
    CHECK(command_arguments(c.command) == c.arguments);
  }
}

TEST_CASE("invalid UTF-8 in a command's text never aborts the dump") {
  const std::string arguments = command_arguments({N::Subject, "bad \xFF byte", false});
  CHECK(arguments.find("bad") != std::string::npos);
  CHECK(arguments.find("\xFF") == std::string::npos);
}
