// What the lobby says about a deployment.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/deployment.h"

namespace cofx {

// One line under each choice on the Settings screen.
std::string deployment_note(Deployment::Kind kind);
// "meet.jit.si", "jitsi.example.org", "8x8.vc (Jitsi as a Service)".
std::string place_label(const Deployment& deployment);
// "You are joining COF-AB12CD34 on jitsi.example.org."
std::string joining_notice(const RoomCode& code, const Deployment& deployment);

}  // namespace cofx
