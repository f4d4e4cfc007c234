// The sentences about a meeting: the name and password checks, the room security line and
// its statuses, why a meeting ended, camera and microphone trouble, recent meetings.
// Core returns the typed outcome (core/meeting/...); these say it in words.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/meeting/display_name.h"
#include "core/meeting/jitsi_event.h"
#include "core/meeting/media_devices.h"
#include "core/meeting/meeting_flow.h"
#include "core/meeting/meeting_security.h"
#include "core/meeting/meeting_session.h"
#include "core/meeting/recent_meetings.h"

namespace cofx {

std::string describe(NameProblem problem);
// check_display_name() in words: a message when the cleaned name can't be used, else nullopt.
std::optional<std::string> display_name_problem(std::string_view cleaned);

std::string describe(PasswordProblem problem);
// check_room_password() in words, else nullopt.
std::optional<std::string> room_password_problem(std::string_view password);

// "Password · Lobby on · End-to-end encrypted", naming only what is on; empty when nothing is.
std::string security_summary(const MeetingSecurity& security);
// "Password: sent", "Lobby: on", ... one line per item for the meeting panel.
std::string describe(const SecurityStatus& status, std::string_view place);

// Why Jitsi ended the meeting, for the lobby.
std::string describe(const JitsiEnd& end);
// Why the meeting ended: "You left COF-…", or what went wrong.
std::string describe(const EndReason& reason);
// A hint for camera and microphone errors during the meeting.
std::string describe(const DeviceHint& hint);
// "Recording", "Live streaming", or empty when off.
std::string describe(RecordingKind kind);

// The sentence for a device status that needs one (every failure, with what to do); nullopt
// for Off, Starting and Live. None of them blocks joining.
std::optional<std::string> describe(DeviceStatus status, DeviceKind kind);

std::string describe(RecentProblem problem);

}  // namespace cofx
