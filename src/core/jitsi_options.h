// The options object for `new JitsiMeetExternalAPI(domain, options)`.
// Jitsi silently drops configOverwrite keys that are not on its whitelist
// (react/features/base/config/configWhitelist.ts), so only whitelisted keys are sent;
// the browser tests check every sent key against the whitelist of the real package.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "media_devices.h"
#include "room_code.h"

namespace cofx {

inline constexpr const char* kMeetingContainerId = "meeting";

struct MeetingRequest {
  RoomCode room;
  std::string display_name;  // already cleaned
  DeviceChoices devices;     // from the pre-join room: which devices, and on or off
};

// Buttons in Jitsi's toolbar, in order.
const std::vector<std::string>& jitsi_toolbar_buttons();

// "parentNode" holds the id of the container element; the JS bridge swaps in the element.
// The pre-join choices become `devices` (Jitsi matches devices by label: only known labels
// are sent) and configOverwrite.startWithAudioMuted / startWithVideoMuted.
nlohmann::json build_jitsi_options(const MeetingRequest& request);

}  // namespace cofx
