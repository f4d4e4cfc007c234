// What a screen hands back to the router (App) after a frame or an action: the things
// only the router may do (drive the meeting flow, keep a preference every screen shares)
// and what the next frames need.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/meeting/media_devices.h"
#include "core/meeting/meeting_flow.h"

namespace cofx {

// Open a meeting's door: the router adds the person's name and devices.
struct JoinRequest {
  MeetingTarget target;
  JoinOrigin origin = JoinOrigin::TypedCode;
  bool ask_deployment = false;  // a server the site doesn't use: ask before going there
};

struct Requests {
  std::optional<JoinRequest> join;
  std::vector<FlowEvent> steps;             // straight to the flow: cancel, retry, leave…
  std::optional<std::string> keep_name;     // a checked display name, for every screen and storage
  std::optional<DeviceChoices> keep_devices;
  std::optional<std::string> choose_language;  // a tag (core/site/language.h); "" = the browser's
  bool changed = false;    // the next frame shows something new
  bool settle = false;     // a focus request: ImGui resolves it over the next frames
  bool rows_gone = false;  // rows the keyboard may have been on are gone: Tab starts afresh

  void add(Requests&& more);
};

}  // namespace cofx
