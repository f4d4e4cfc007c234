// Events that the browser sends to the app as UTF-8 JSON through one entry point,
// e.g. {"type":"route","hash":"#/COF-AB12CD34"}. Each is decoded once, here, into its
// own type: no field means different things for different events.
//
//   route            {hash}                       back/forward, an edited URL
//   meeting-opened   {}                           the bridge constructed JitsiMeetExternalAPI
//   script-load-failed {reason?}                  external_api.js could not be used
//   jitsi            {name, data}                 a Jitsi event (core/jitsi_event.h)
//   clipboard        {ok, detail?}
//   action           {name}                       a command from outside the canvas
//   theme            {dark}                       prefers-color-scheme
//   storage          {key?}                       another tab changed localStorage ("" = cleared)
//   file             {purpose, name?, text?, error?}
//   fetched          {purpose, ok, text?}
//   media-state      {camera, microphone, detail?} preview device statuses (core/media_devices.h)
//   media-devices    {cameras, microphones, speakers: [{id, label}], canPickSpeaker}
//   media-level      {level}                      microphone level 0..100
//   speaker-test     {ok, detail?}
//   wake             {}                           a timer the app asked for (Platform::wake_after)
//   lock             {name}                       a lock the app asked for is held (Platform::acquire_lock)
//   a11y             {action, name}               the accessible mirror: "focus" or "press" a named widget
//   connectivity     {online}                     the browser went online or offline
//   update-ready     {}                           a new version of the site is installed (shell/boot.js)
//   language         {tag, ok}                    a catalogue Platform::load_language asked for arrived (or not)
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/meeting/jitsi_event.h"
#include "core/meeting/media_devices.h"

namespace cofx {

namespace host {

struct RouteChanged { std::string hash; bool operator==(const RouteChanged&) const = default; };
struct MeetingOpened { bool operator==(const MeetingOpened&) const = default; };
struct ScriptLoadFailed { std::string reason; bool operator==(const ScriptLoadFailed&) const = default; };
struct Jitsi { JitsiEvent event; bool operator==(const Jitsi&) const = default; };
struct Clipboard {
  bool ok = true;
  std::string detail;
  bool operator==(const Clipboard&) const = default;
};
struct Action { std::string name; bool operator==(const Action&) const = default; };
struct Theme { bool dark = false; bool operator==(const Theme&) const = default; };
struct StorageChanged { std::string key; bool operator==(const StorageChanged&) const = default; };
struct FileOpened {
  std::string purpose;  // what pick_file() was asked for
  std::string name;
  std::string text;
  std::string error;    // why the file couldn't be read; empty when it was
  bool ok() const { return error.empty(); }
  bool operator==(const FileOpened&) const = default;
};
struct Fetched {
  std::string purpose;  // what fetch_text() was asked for
  bool ok = false;
  std::string text;     // the body, or why there is none
  bool operator==(const Fetched&) const = default;
};
struct MediaState {
  DeviceStatus camera = DeviceStatus::Off;
  DeviceStatus microphone = DeviceStatus::Off;
  std::string detail;
  bool operator==(const MediaState&) const = default;
};
struct MediaDevices { MediaDeviceList devices; bool operator==(const MediaDevices&) const = default; };
struct MediaLevel { int level = 0; bool operator==(const MediaLevel&) const = default; };
struct SpeakerTest {
  bool ok = false;
  std::string detail;
  bool operator==(const SpeakerTest&) const = default;
};
struct Wake { bool operator==(const Wake&) const = default; };
struct LockGranted { std::string name; bool operator==(const LockGranted&) const = default; };
struct Accessible {
  bool press = false;  // else focus
  std::string name;
  bool operator==(const Accessible&) const = default;
};
struct Connectivity { bool online = true; bool operator==(const Connectivity&) const = default; };
struct UpdateReady { bool operator==(const UpdateReady&) const = default; };
struct LanguageLoaded {
  std::string tag;  // the language that was asked for ("" resolved to the browser's)
  bool ok = false;  // false: it could not be fetched or read, nothing changed
  bool operator==(const LanguageLoaded&) const = default;
};

}  // namespace host

using PlatformEvent =
    std::variant<host::RouteChanged, host::MeetingOpened, host::ScriptLoadFailed, host::Jitsi,
                 host::Clipboard, host::Action, host::Theme, host::StorageChanged, host::FileOpened,
                 host::Fetched, host::MediaState, host::MediaDevices, host::MediaLevel,
                 host::SpeakerTest, host::Wake, host::LockGranted, host::Accessible, host::Connectivity,
                 host::UpdateReady, host::LanguageLoaded>;

// Never throws; nullopt for malformed JSON, unknown types, wrong field types, or a Jitsi
// event that core/jitsi_event.h does not accept.
std::optional<PlatformEvent> parse_platform_event(std::string_view json_text);

}  // namespace cofx
