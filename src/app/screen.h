// Which screen the app shows, read from the meeting flow's state, and what every screen
// may read while it draws (all const: a screen changes the world only through its own
// state, the Platform, and the Requests it hands back to the router, app/requests.h).
#pragma once

#include <cstdint>

#include "app/trusted_deployment_book.h"
#include "core/deployment/deployment.h"
#include "core/meeting/meeting_flow.h"
#include "core/site/site_policy.h"

namespace cofx {

class InterfaceLanguage;

// Invitation: the guest's page of an invitation link (app/invitation_page.h), shown
// while the flow is in the lobby.
enum class Screen { Lobby, Invitation, PreJoin, Joining, Meeting };

Screen screen_of(const MeetingFlow& flow);
const char* screen_name(Screen screen);  // "lobby", "invitation", "prejoin", "joining", "meeting"

struct Scene {
  const MeetingFlow& flow;
  Screen shown = Screen::Lobby;  // the screen on show: screen_of(flow), or the invitation
  const SitePolicy& policy;
  Deployment deployment;  // where new meetings run (the person's choice or the site's)
  const TrustedDeploymentBook& trusted;
  std::int64_t now_ms = 0;
  bool online = true;            // meetings need a connection; everything saved works without
  bool update_ready = false;     // a new version of the site waits: offered outside meetings
  const InterfaceLanguage* language = nullptr;  // the interface's language and a switch under way
  Screen screen() const { return shown; }
};

}  // namespace cofx
