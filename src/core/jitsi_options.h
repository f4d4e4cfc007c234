// The options object for `new JitsiMeetExternalAPI(domain, options)`.
// Jitsi silently drops configOverwrite keys that are not on its whitelist
// (react/features/base/config/configWhitelist.ts), so only whitelisted keys are sent;
// the browser tests check every sent key against the whitelist of the real package.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "room_code.h"

namespace cofx {

inline constexpr const char* kMeetingContainerId = "meeting";

struct MeetingRequest {
  RoomCode room;
  std::string display_name;  // already cleaned
};

// Buttons in Jitsi's toolbar, in order.
const std::vector<std::string>& jitsi_toolbar_buttons();

// "parentNode" holds the id of the container element; the JS bridge swaps in the element.
nlohmann::json build_jitsi_options(const MeetingRequest& request);

}  // namespace cofx
