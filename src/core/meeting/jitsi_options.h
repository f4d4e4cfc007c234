// The options object for `new JitsiMeetExternalAPI(domain, options)`.
// Jitsi silently drops configOverwrite keys that are not on its whitelist
// (react/features/base/config/configWhitelist.ts), so only whitelisted keys are sent;
// the browser tests check every sent key against the whitelist of the real package.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/meeting/media_devices.h"
#include "core/links/room_code.h"

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

// Jitsi's page opens in `jitsi_language` ("en", "zhCN": core/site/language.h), the API's
// `lang` option; empty leaves it to Jitsi (the browser's language).
void apply_jitsi_language(nlohmann::json& options, std::string_view jitsi_language);

// The iframe's `sandbox` (the API's `sandbox` option) for a deployment the site's owner did
// not configure, one a link or the person chose: everything a Jitsi meeting uses (its own
// scripts, storage and cookies, forms, popups such as sign-in or help that open as normal
// pages, alerts, downloads) and nothing that reaches past the frame: no navigation of the
// site's own tab, with or without a click. Camera, microphone and screen sharing come from
// the iframe's `allow` list, which the API sets and a sandbox does not change.
inline constexpr const char* kChosenDeploymentSandbox =
    "allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox "
    "allow-modals allow-downloads";

}  // namespace cofx
