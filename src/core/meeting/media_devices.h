// The camera, microphone and speaker as the pre-join room sees them: what the browser
// reported (a status per device, the lists from enumerateDevices) and what the person
// chose (kept per browser). Problems are values; app/words turns them into sentences.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cofx {

inline constexpr const char* kDeviceChoicesStorageKey = "cofinix.devices";
inline constexpr int kDeviceChoicesVersion = 1;
inline constexpr std::size_t kMaxDevicesPerKind = 32;
inline constexpr std::size_t kMaxDeviceLabelBytes = 200;
inline constexpr std::size_t kMaxDeviceIdBytes = 256;

// One device's state in the preview, as getUserMedia reported it.
enum class DeviceStatus {
  Off,          // the person turned it off
  Starting,     // asked for, no answer yet
  Live,
  Denied,       // NotAllowedError: the person or a policy said no
  Missing,      // NotFoundError / OverconstrainedError: no such device
  Busy,         // NotReadableError: another app holds it
  Insecure,     // not a secure context (http:// other than localhost)
  Unsupported,  // no navigator.mediaDevices.getUserMedia
  Failed,       // anything else
};

enum class DeviceKind { Camera, Microphone };

std::optional<DeviceStatus> device_status_from_name(std::string_view name);
std::string_view device_status_name(DeviceStatus status);
// app/words/meeting_words.h: describe(status, kind), the sentence for every failure.

struct MediaDevice {
  std::string id;
  std::string label;  // empty until the person allowed the device
  bool operator==(const MediaDevice&) const = default;
};

struct MediaDeviceList {
  std::vector<MediaDevice> cameras, microphones, speakers;
  bool can_pick_speaker = false;  // HTMLMediaElement.setSinkId exists
  bool operator==(const MediaDeviceList&) const = default;
};

// What the person chose in the pre-join room; remembered in this browser.
struct DeviceChoices {
  std::string camera_id, microphone_id, speaker_id;           // "" = the browser's default
  std::string camera_label, microphone_label, speaker_label;  // what Jitsi matches devices by
  bool camera_on = true;
  bool microphone_on = true;
  // "Skip the device check when I start or join myself": instant meetings and typed codes
  // go straight in; links and invitations always stop at the pre-join room.
  bool skip_check = false;
  // Asked of Jitsi once joined (it applies them to its own tracks).
  bool blur_background = false;
  bool noise_suppression = false;
  bool operator==(const DeviceChoices&) const = default;
};

std::string encode_device_choices(const DeviceChoices& choices);
// Never fails: anything unreadable gives the defaults (a device choice is not worth a warning).
DeviceChoices decode_device_choices(std::string_view text);
// False when stored text is no device-choices document at all (damaged or foreign): worth a
// backup and a sentence. A newer version's document is readable, only not understood.
bool device_choices_readable(std::string_view text);

// The label of the device with this id in the list, or "" (default device, or gone).
std::string label_of(const std::vector<MediaDevice>& devices, std::string_view id);

}  // namespace cofx
