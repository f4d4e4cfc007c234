// Events of Jitsi's iframe API, forwarded by the JS bridge through the one entry
// point as {"type":"jitsi","name":"<event name>","data":{...}}, where name is the
// JitsiMeetExternalAPI event name (modules/API/external/external_api.js) and data is
// what the listener received (modules/API/API.js builds it):
//
//   videoConferenceJoined   {roomName, id, displayName, ...}
//   videoConferenceLeft     {roomName}
//   readyToClose            {}
//   participantJoined       {id, displayName, ...}
//   participantLeft         {id}
//   participantRoleChanged  {id, role}                  role "moderator" | "participant" | ...
//   participantKickedOut    {kicked: {id, local, name}, kicker: {id, name}}
//   passwordRequired        {}
//   errorOccurred           {error: {name, message, details, type, isFatal}}
//   browserSupport          {supported}
//   cameraError, micError   {type, message}              type e.g. "gum.permission_denied"
//   recordingStatusChanged  {on, mode, error}
//   notificationTriggered   {title, description}        Jitsi's i18n keys, e.g. "lobby.notificationTitle"
//   knockingParticipant     {participant: {id, name}}   a guest asks to join (moderators only)
//   displayNameChange       {id, displayname}
//   raiseHandUpdated        {id, handRaised}            a boolean, or the raise's timestamp (0: lowered)
//   participantMuted        {id, isMuted, mediaType}    mediaType "audio" | "video"
//
// Everything in data is outside input: ids must be short printable ASCII, text is
// cleaned (control and bidi characters, invalid UTF-8) and cut to a bounded length,
// wrong types fall back to empty values, and an event that cannot be trusted at all
// (no id where one is needed, no boolean where the event is one) is nullopt.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace cofx {

namespace jitsi {

inline constexpr std::size_t kMaxIdBytes = 128;
inline constexpr std::size_t kMaxShortTextBytes = 100;  // error names, types, modes, roles
inline constexpr std::size_t kMaxMessageBytes = 300;    // error messages and details

struct ConferenceJoined {
  std::string room_name;
  std::string id;  // the local participant; empty if Jitsi sent none usable
  std::string display_name;
  bool operator==(const ConferenceJoined&) const = default;
};
struct ConferenceLeft {
  std::string room_name;
  bool operator==(const ConferenceLeft&) const = default;
};
struct ReadyToClose {
  bool operator==(const ReadyToClose&) const = default;
};
struct ParticipantJoined {
  std::string id;
  std::string display_name;  // may be empty
  bool operator==(const ParticipantJoined&) const = default;
};
struct ParticipantLeft {
  std::string id;
  bool operator==(const ParticipantLeft&) const = default;
};
struct RoleChanged {
  std::string id;
  std::string role;
  bool operator==(const RoleChanged&) const = default;
};
struct KickedOut {
  std::string kicked_id;        // may be empty
  bool kicked_local = false;    // the local user was removed
  std::string kicker_id;        // may be empty
  bool operator==(const KickedOut&) const = default;
};
struct PasswordRequired {
  bool operator==(const PasswordRequired&) const = default;
};
struct ConferenceError {
  std::string name;     // e.g. "conference.iceFailed", "connection.droppedError"
  std::string message;
  std::string details;  // only when Jitsi sent text
  std::string type;     // "CONFERENCE", "CONNECTION" or "CONFIG"
  bool fatal = false;   // Jitsi's isFatal: it will not recover on its own
  bool operator==(const ConferenceError&) const = default;
};
struct BrowserSupport {
  bool supported = true;
  bool operator==(const BrowserSupport&) const = default;
};
struct CameraError {
  std::string type;  // "gum.permission_denied", "gum.not_found", ...
  std::string message;
  bool operator==(const CameraError&) const = default;
};
struct MicError {
  std::string type;
  std::string message;
  bool operator==(const MicError&) const = default;
};
struct RecordingStatus {
  bool on = false;
  std::string mode;   // "file", "stream", ...
  std::string error;  // set when recording failed or stopped on an error
  bool operator==(const RecordingStatus&) const = default;
};

// Jitsi showed a notification. The only report of some outcomes: the lobby switched on
// ("lobby.notificationLobbyEnabled"), a room lock that failed ("dialog.lockTitle").
struct Notification {
  std::string title;        // an i18n key
  std::string description;  // an i18n key, may be empty
  bool operator==(const Notification&) const = default;
};

// A guest in Jitsi's lobby asks to join. The same id is theirs once let in (the lobby room
// and the meeting see the same occupant), which is how a waiting guest leaves the list when
// another moderator admits them.
struct Knocking {
  std::string id;
  std::string display_name;  // may be empty
  bool operator==(const Knocking&) const = default;
};
struct NameChanged {
  std::string id;
  std::string display_name;
  bool operator==(const NameChanged&) const = default;
};
struct HandRaised {
  std::string id;
  bool raised = false;
  double raised_at = 0;  // Jitsi's timestamp when it sends one: earlier hands first
  bool operator==(const HandRaised&) const = default;
};
struct Muted {
  std::string id;
  bool muted = false;
  bool video = false;  // else audio
  bool operator==(const Muted&) const = default;
};

}  // namespace jitsi

using JitsiEvent =
    std::variant<jitsi::ConferenceJoined, jitsi::ConferenceLeft, jitsi::ReadyToClose,
                 jitsi::ParticipantJoined, jitsi::ParticipantLeft, jitsi::RoleChanged,
                 jitsi::KickedOut, jitsi::PasswordRequired, jitsi::ConferenceError,
                 jitsi::BrowserSupport, jitsi::CameraError, jitsi::MicError,
                 jitsi::RecordingStatus, jitsi::Notification, jitsi::Knocking, jitsi::NameChanged,
                 jitsi::HandRaised, jitsi::Muted>;

// Never fails hard; nullopt for malformed JSON, another "type", an unknown event name,
// or a payload that cannot be trusted.
std::optional<JitsiEvent> parse_jitsi_event(std::string_view json_text);

// Why Jitsi ended the meeting for us; app/words/meeting_words.h says it in words.
struct JitsiEnd {
  enum class Kind {
    Kicked,              // a moderator removed the local participant
    UnsupportedBrowser,  // browserSupport: not supported
    EndedForAll,         // conference.destroyed
    Full,                // conference.max_users
    NotLetIn,            // conference.connectionError.accessDenied (lobby entry declined)
    ConnectionLost,      // a fatal CONNECTION error
    ConfigFailed,        // a fatal CONFIG error
    Failed,              // any other fatal error
  };
  Kind kind = Kind::Failed;
  std::string error_name;  // ConnectionLost, ConfigFailed, Failed: Jitsi's error name, may be empty
  bool operator==(const JitsiEnd&) const = default;
};

// When this event ends the meeting, why, else nullopt: the local user kicked out
// (kicked.local, or kicked.id == local_id when known), a fatal error or one that Jitsi will
// not retry (meeting ended for all, meeting full, lobby entry declined), an unsupported
// browser. Jitsi's own reconnecting is left alone.
std::optional<JitsiEnd> meeting_end(const JitsiEvent& event, std::string_view local_id = {});

// Camera or microphone trouble Jitsi reported, keyed by JitsiTrackErrors names (lib-jitsi-meet).
struct DeviceHint {
  enum class Problem { Blocked, NotFound, Unsupported, Timeout, Failed };
  Problem problem = Problem::Failed;
  bool camera = true;  // else the microphone
  bool operator==(const DeviceHint&) const = default;
};
// The hint for camera and microphone errors, else nullopt.
std::optional<DeviceHint> hint_for(const JitsiEvent& event);

enum class RecordingKind { Off, Recording, Streaming };
RecordingKind recording_kind(const jitsi::RecordingStatus& status);

}  // namespace cofx
