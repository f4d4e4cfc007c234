// The pre-join room: what is being joined, the name, a live camera preview (a <video> the
// host places over the "preview" rectangle), camera and microphone pickers and toggles, a
// microphone level meter, a speaker test, and a big "Join now". Every device problem has
// its own sentence and none blocks joining. Like the other views it changes only the
// form's values and reports what the person asked for.
#pragma once

#include <string>

#include "app/widget_rects.h"
#include "core/meeting/media_devices.h"
#include "app/words/meeting_words.h"

namespace cofx {

struct PreJoinForm {
  std::string name;
  DeviceChoices devices;
};

struct PreJoinView {
  std::string code;         // COF-AB12CD34
  std::string title;        // a scheduled meeting's or invitation's title, may be empty
  std::string place;        // "meet.jit.si"
  std::string name_error;
  std::string notice;       // news from the way here: parameters a link had that were ignored
  DeviceStatus camera = DeviceStatus::Starting;
  DeviceStatus microphone = DeviceStatus::Starting;
  MediaDeviceList devices;
  int level = 0;            // microphone level 0..100
  std::string speaker_note; // the speaker test's outcome
  bool focus_name = false;  // put the keyboard in the name field on this frame
};

struct PreJoinIntents {
  bool join_now = false;
  bool join_without_devices = false;
  bool cancel = false;
  bool devices_changed = false;  // a picker or a toggle: restart the preview
  bool retry_devices = false;
  bool test_speaker = false;
  bool name_edited = false;
  bool setting_changed = false;  // the skip-the-check setting
};

PreJoinIntents draw_prejoin(PreJoinForm& form, const PreJoinView& view, WidgetRects& rects);

// The "skip the device check" setting, in the pre-join room and on the Settings tab;
// true when it changed.
bool draw_skip_setting(DeviceChoices& devices, const char* widget, WidgetRects& rects);

// "Camera is off", "Allow the camera…": the sentence under the preview, or "".
std::string preview_caption(DeviceStatus camera);

}  // namespace cofx
