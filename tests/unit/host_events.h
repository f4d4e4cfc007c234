// Building the host's events the way the bridge sends them, for the UI tests.
#pragma once

#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/meeting/jitsi_event.h"
#include "core/meeting/media_devices.h"
#include "core/host/platform_event.h"

namespace cofx::test {

// {"type":"jitsi","name":<name>,"data":<data>} decoded by the real parser.
inline PlatformEvent jitsi_event(const std::string& name, const std::string& data = "{}") {
  const auto event = parse_jitsi_event(R"({"type":"jitsi","name":")" + name + R"(","data":)" + data + "}");
  REQUIRE_MESSAGE(event.has_value(), "not a Jitsi event: " << name << " " << data);
  return host::Jitsi{*event};
}

// The "cofinix.devices" document of someone who skips the device check.
inline std::string devices_skipping_check() {
  DeviceChoices choices;
  choices.skip_check = true;
  return encode_device_choices(choices);
}

inline nlohmann::json options_of(const std::string& options_json) { return nlohmann::json::parse(options_json); }

}  // namespace cofx::test
