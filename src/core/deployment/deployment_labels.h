// What the lobby says about a deployment.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/deployment/deployment.h"

namespace cofx {

// One line under each choice on the Settings screen.
std::string deployment_note(Deployment::Kind kind);
// "meet.jit.si", "jitsi.example.org", "8x8.vc (Jitsi as a Service)".
std::string place_label(const Deployment& deployment);
// "vpaas-magic-cookie-1a2b3c4d…": enough of a JaaS AppID to tell one tenant from another.
std::string short_app_id(std::string_view app_id);
// "You are joining COF-AB12CD34 on jitsi.example.org." A JaaS tenant other than the site's
// own is named by its (shortened) AppID, since every tenant shares 8x8.vc.
std::string joining_notice(const RoomCode& code, const Deployment& deployment, const Deployment& site_default);

}  // namespace cofx
