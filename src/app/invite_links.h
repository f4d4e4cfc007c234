// Invitations meet deployments: the link a scheduled meeting's "Copy invite"
// gives (deployment parameters when the meeting runs somewhere other than the
// site default, then t/d/title), and the invite read back from a route whose
// parameters may also name a deployment.
//
//   invite_link_on(site_url, code, invite_for(m, next), effective, site_default)
//   //  https://cofinix.example/#/COF-AB12CD34?dep=self&host=jitsi.example.org&t=…&d=60&title=…
//   invite_from_params(route.params)   // dep/host/app/jwt/… are not reported as ignored
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "app/words/link_words.h"
#include "core/deployment/deployment.h"
#include "core/links/invite.h"

#include "core/meeting/meeting_flow.h"

namespace cofx {

std::string invite_link_on(std::string_view site_url, const RoomCode& code, const InviteDetails& details,
                           const Deployment& deployment, const Deployment& site_default);

InviteDetails invite_from_params(const std::map<std::string, std::string>& params);

// The shareable link of a meeting: the site's address and the room's hash (with the
// deployment's parameters when it isn't the site's default).
std::string meeting_link(std::string_view site_url, const MeetingTarget& target, const Deployment& site_default);

// ignored_notice(): app/words/link_words.h.

}  // namespace cofx
