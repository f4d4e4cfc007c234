// The way into a meeting and out of it, as one state machine: every state the lobby can
// be in with respect to a meeting, and every event that moves it. `on(event)` changes the
// state and returns the effects for the host to carry out (open the preview, open Jitsi,
// send a command, set the route...), the way MeetingSession::on returns a Reaction.
//
//   Idle ──Join──▶ ConfirmDeployment ──Confirm──▶ PreJoin ──JoinNow──▶ FetchingToken ──Token──▶ Joining
//     ▲              │ Decline                 │ Cancel / route      (no token URL) ───────▶ │ Opened
//     │◀─────────────┘◀────────────────────────┘                                            ▼
//   Ended(reason) ◀── Leave / Jitsi ended it / script or token failed ──────────────── InMeeting
//
// Every join passes through PreJoin: nothing opens a meeting without the person's click or
// Enter. The only shortcut is the person's own "skip the device check" setting, and only
// for meetings they start or codes they type, never for links. A link followed during a
// meeting asks before leaving it (InMeeting.leave_question).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/deployment/deployment.h"
#include "core/meeting/jitsi_event.h"
#include "core/meeting/media_devices.h"
#include "core/meeting/meeting_security.h"
#include "core/meeting/meeting_session.h"
#include "core/links/room_code.h"
#include "core/site/site_policy.h"

namespace cofx {

// A meeting we are about to open: where, and with which security.
struct MeetingTarget {
  RoomCode code;
  Deployment deployment;
  MeetingSecurity security;  // applied only when this browser created the meeting
  std::string title;         // a scheduled meeting's or an invitation's title, may be empty
  std::string agenda;        // theirs too, shown in the meeting's panel
  std::int64_t start_utc = 0;  // when it was planned to start, seconds; 0 = not planned
  int duration_minutes = 0;    // its planned length; 0 = none
  bool operator==(const MeetingTarget&) const = default;
};

enum class JoinOrigin { Instant, TypedCode, Link, Schedule, Invite, Recent };  // Recent: Rejoin in the lobby

// What the person brings to the meeting: a checked name and the pre-join room's choices.
struct JoinChoices {
  std::string display_name;
  DeviceChoices devices;
};

// Why a meeting ended, with what the sentence needs (app/words/meeting_words.h says it).
struct EndReason {
  enum class Kind {
    Left,                // the person left (or hung up in Jitsi)
    PasswordCancelled,   // they didn't enter the room password
    TokenFailed,         // the token URL gave no token
    ScriptFailed,        // Jitsi's script didn't load
    Jitsi,               // Jitsi ended it: see `jitsi`
  };
  Kind kind = Kind::Left;
  std::string code{};   // the meeting's room code, COF-…
  Deployment place{};   // ScriptFailed: where the script came from
  std::string url{};    // TokenFailed: the token URL
  std::string detail{}; // TokenFailed, ScriptFailed: what the host reported
  JitsiEnd jitsi{};     // Jitsi
  bool operator==(const EndReason&) const = default;
};

namespace flow {

// States.
struct Idle {};
struct ConfirmDeployment { MeetingTarget target; };  // a link to another deployment: ask first
struct PreJoin { MeetingTarget target; JoinOrigin origin; };
struct FetchingToken { MeetingTarget target; JoinChoices choices; };
struct Joining { MeetingTarget target; JoinChoices choices; };
struct InMeeting {
  MeetingTarget target;
  JoinChoices choices;
  MeetingSession session;
  bool asking_password = false;
  // A link followed during the meeting: leave for this (nullopt: for the lobby)?
  std::optional<std::optional<MeetingTarget>> leave_question;
  // That link goes to a place not yet trusted: a yes leads to ConfirmDeployment, not PreJoin.
  bool leave_asks_deployment = false;
};
struct Ended {
  std::optional<MeetingTarget> target;  // the meeting that ended, for Retry and the link
  JoinChoices choices;
  EndReason reason;                     // the person left, or what went wrong
  bool failed = false;                  // the script or the token failed: Retry is offered
};

// Events.
struct Join { MeetingTarget target; JoinOrigin origin; bool ask_deployment = false; JoinChoices choices; };
struct ConfirmedDeployment {};
struct DeclinedDeployment {};
struct JoinNow { JoinChoices choices; };
struct Cancel {};
struct TokenAnswer { std::optional<std::string> jwt; std::string problem; };
struct Opened {};
struct ScriptFailed { std::string reason; };
struct FromJitsi { JitsiEvent event; };
struct Timer {};
struct Leave {};
struct Password { std::string text; };
struct PasswordCancelled {};
struct RouteToLobby {};
struct KeepMeeting {};
struct LeaveForLink {};
struct Retry {};

// Effects, in the order the host must carry them out.
struct StartPreview {};
struct StopPreview {};
struct WarmUp { std::string script_url, origin; };
struct FetchToken { std::string url; };
struct OpenMeeting { std::string script_url, domain; nlohmann::json options; };
struct CloseMeeting {};
struct SetRoute { std::string hash; bool push; };
struct Command { JitsiCommand command; };
struct WakeIn { std::int64_t ms; };
// Camera/microphone trouble during the meeting (app/words says it).
struct Hint { DeviceHint hint; };
struct TrustDeployment { Deployment deployment; };

}  // namespace flow

using FlowState = std::variant<flow::Idle, flow::ConfirmDeployment, flow::PreJoin, flow::FetchingToken,
                               flow::Joining, flow::InMeeting, flow::Ended>;
using FlowEvent = std::variant<flow::Join, flow::ConfirmedDeployment, flow::DeclinedDeployment, flow::JoinNow,
                               flow::Cancel, flow::TokenAnswer, flow::Opened, flow::ScriptFailed,
                               flow::FromJitsi, flow::Timer, flow::Leave, flow::Password,
                               flow::PasswordCancelled, flow::RouteToLobby, flow::KeepMeeting,
                               flow::LeaveForLink, flow::Retry>;
using FlowEffect = std::variant<flow::StartPreview, flow::StopPreview, flow::WarmUp, flow::FetchToken,
                                flow::OpenMeeting, flow::CloseMeeting, flow::SetRoute, flow::Command,
                                flow::WakeIn, flow::Hint, flow::TrustDeployment>;

class MeetingFlow {
 public:
  // The site's policy decides which links carry the deployment, the deployer's extra
  // configOverwrite, and where external_api.js comes from: `bundled_api_url` is the site's
  // own copy (core/site_policy.h, iframe_api_url).
  explicit MeetingFlow(SitePolicy policy = {}, std::string bundled_api_url = "external_api.js");

  std::vector<FlowEffect> on(const FlowEvent& event, std::int64_t now_ms);

  const FlowState& state() const { return state_; }
  template <typename S> const S* as() const { return std::get_if<S>(&state_); }
  // The meeting being joined, met in, asked about or last ended; nullptr when none.
  const MeetingTarget* target() const;
  const MeetingSession* session() const;

 private:
  void go_to_prejoin(MeetingTarget target, JoinOrigin origin, std::vector<FlowEffect>& out);
  void join(MeetingTarget target, JoinChoices choices, std::vector<FlowEffect>& out);
  void open(MeetingTarget target, JoinChoices choices, std::vector<FlowEffect>& out);
  void end(EndReason reason, bool failed, bool push_lobby, std::vector<FlowEffect>& out);
  void react(flow::InMeeting& meeting, const MeetingSession::Reaction& reaction, std::vector<FlowEffect>& out);
  std::string hash_for(const MeetingTarget& target) const;

  std::string api_url(const MeetingTarget& target) const;

  FlowState state_;
  SitePolicy policy_;
  std::string bundled_api_url_;
};

// The shortcut rule: the person's own setting, for meetings they start or codes they type.
bool may_skip_prejoin(JoinOrigin origin, const DeviceChoices& devices);

// "idle", "confirm-deployment", "prejoin", "fetching-token", "joining", "meeting", "ended".
const char* state_name(const FlowState& state);

}  // namespace cofx
