#include "core/meeting/media_devices.h"
#include "core/text/json_util.h"

#include <array>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/meeting/display_name.h"
#include "core/text/utf8.h"

namespace cofx {

namespace {

constexpr std::array<std::pair<DeviceStatus, std::string_view>, 9> kStatusNames = {{
    {DeviceStatus::Off, "off"},
    {DeviceStatus::Starting, "starting"},
    {DeviceStatus::Live, "live"},
    {DeviceStatus::Denied, "denied"},
    {DeviceStatus::Missing, "missing"},
    {DeviceStatus::Busy, "busy"},
    {DeviceStatus::Insecure, "insecure"},
    {DeviceStatus::Unsupported, "unsupported"},
    {DeviceStatus::Failed, "error"},
}};

std::string clean_text(const nlohmann::json& object, const char* name, std::size_t max_bytes) {
  const auto found = object.find(name);
  if (found == object.end() || !found->is_string()) return {};
  const std::string_view raw = found->get_ref<const std::string&>();
  return clean_display_name(utf8::prefix_bytes(raw, max_bytes));
}

bool flag(const nlohmann::json& object, const char* name, bool fallback) {
  const auto found = object.find(name);
  return found != object.end() && found->is_boolean() ? found->get<bool>() : fallback;
}

}  // namespace

std::optional<DeviceStatus> device_status_from_name(std::string_view name) {
  for (const auto& [status, text] : kStatusNames) {
    if (text == name) return status;
  }
  return std::nullopt;
}

std::string_view device_status_name(DeviceStatus status) {
  for (const auto& [known, text] : kStatusNames) {
    if (known == status) return text;
  }
  return "error";
}


std::string encode_device_choices(const DeviceChoices& choices) {
  const nlohmann::json document = {
      {"version", kDeviceChoicesVersion},
      {"camera", {{"id", choices.camera_id}, {"label", choices.camera_label}, {"on", choices.camera_on}}},
      {"microphone",
       {{"id", choices.microphone_id}, {"label", choices.microphone_label}, {"on", choices.microphone_on}}},
      {"speaker", {{"id", choices.speaker_id}, {"label", choices.speaker_label}}},
      {"skipCheck", choices.skip_check},
      {"blurBackground", choices.blur_background},
      {"noiseSuppression", choices.noise_suppression},
  };
  return json_util::dump_text(document);
}

bool device_choices_readable(std::string_view text) {
  return json_util::check_version(json_util::parse(text), kDeviceChoicesVersion) != json_util::VersionCheck::Unreadable;
}

DeviceChoices decode_device_choices(std::string_view text) {
  DeviceChoices choices;
  const auto document = json_util::parse(text);
  if (json_util::check_version(document, kDeviceChoicesVersion) != json_util::VersionCheck::Current) return choices;
  auto read = [&](const char* name, std::string& id, std::string& label, bool* on) {
    const auto found = document.find(name);
    if (found == document.end() || !found->is_object()) return;
    id = clean_text(*found, "id", kMaxDeviceIdBytes);
    label = clean_text(*found, "label", kMaxDeviceLabelBytes);
    if (on != nullptr) *on = flag(*found, "on", true);
  };
  read("camera", choices.camera_id, choices.camera_label, &choices.camera_on);
  read("microphone", choices.microphone_id, choices.microphone_label, &choices.microphone_on);
  read("speaker", choices.speaker_id, choices.speaker_label, nullptr);
  choices.skip_check = flag(document, "skipCheck", false);
  choices.blur_background = flag(document, "blurBackground", false);
  choices.noise_suppression = flag(document, "noiseSuppression", false);
  return choices;
}

std::string label_of(const std::vector<MediaDevice>& devices, std::string_view id) {
  if (id.empty()) return {};
  for (const MediaDevice& device : devices) {
    if (device.id == id) return device.label;
  }
  return {};
}

}  // namespace cofx
