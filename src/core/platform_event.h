// Events that the browser sends to the app as UTF-8 JSON through one entry point,
// e.g. {"type":"route","hash":"#/COF-AB12CD34"} or {"type":"meeting-left"}.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cofx {

struct PlatformEvent {
  enum class Type {
    RouteChanged,       // hash: the new location.hash (back/forward, edited URL)
    MeetingOpened,      // the bridge constructed JitsiMeetExternalAPI ("meeting-opened")
    MeetingJoined,      // Jitsi videoConferenceJoined
    MeetingLeft,        // Jitsi videoConferenceLeft
    ReadyToClose,       // Jitsi readyToClose (hang up)
    ScriptLoadFailed,   // detail: why external_api.js could not be used
    ClipboardResult,    // ok + detail
    Action,             // text: a command from outside the canvas (hidden DOM buttons), e.g. "start"
    ThemeChanged,       // ok: true for dark (prefers-color-scheme)
    Jitsi,              // text: the raw JSON of a forwarded Jitsi event {"type":"jitsi","name",...}
    StorageChanged,     // text: the localStorage key another tab changed ("" when it cleared all)
    FileOpened,         // detail: the purpose given to pick_file; text: the file's text; ok: read fine
    Fetched,            // detail: the purpose given to fetch_text; text: the body or the reason; ok
  };
  Type type;
  std::string text;   // hash for RouteChanged, reason for ScriptLoadFailed/ClipboardResult
  bool ok = true;     // ClipboardResult, ThemeChanged, FileOpened
  std::string detail; // FileOpened: the purpose; the file name follows after a newline
};

// Never throws; returns nullopt for malformed JSON, unknown types or wrong field types.
std::optional<PlatformEvent> parse_platform_event(std::string_view json_text);

}  // namespace cofx
