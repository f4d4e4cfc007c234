// What of a deployment the lobby shows as data. The sentences about deployments (place
// labels, notes, the joining notice) are made in app/words/deployment_words.h.
#pragma once

#include <string>
#include <string_view>

#include "core/deployment/deployment.h"

namespace cofx {

// "vpaas-magic-cookie-1a2b3c4d…": enough of a JaaS AppID to tell one tenant from another.
std::string short_app_id(std::string_view app_id);

}  // namespace cofx
