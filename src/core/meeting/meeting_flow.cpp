#include "core/meeting/meeting_flow.h"

#include <type_traits>
#include <utility>

#include "core/meeting/jitsi_options.h"
#include "core/links/route.h"
#include "core/site/site_policy.h"
#include "core/text/overloaded.h"

namespace cofx {

using namespace flow;

namespace {

bool needs_token(const Deployment& deployment) {
  return deployment.jwt.empty() && !deployment.token_url.empty();
}

EndReason left_reason(const MeetingTarget& target, EndReason::Kind kind) {
  EndReason reason{.kind = kind};
  reason.code = target.code.str();
  return reason;
}

MeetingSession session_for(const MeetingTarget& target, const JoinChoices& choices) {
  MeetingBrief brief;
  brief.subject = target.title;
  brief.start_utc = target.start_utc;
  brief.duration_minutes = target.duration_minutes;
  brief.blur = choices.devices.blur_background && choices.devices.camera_on;
  brief.noise_suppression = choices.devices.noise_suppression && choices.devices.microphone_on;
  return MeetingSession(target.security, std::move(brief));
}

}  // namespace

bool may_skip_prejoin(JoinOrigin origin, const DeviceChoices& devices) {
  return devices.skip_check && (origin == JoinOrigin::Instant || origin == JoinOrigin::TypedCode);
}

const char* state_name(const FlowState& state) {
  return std::visit(Overloaded{
      [](const Idle&) { return "idle"; },
      [](const ConfirmDeployment&) { return "confirm-deployment"; },
      [](const PreJoin&) { return "prejoin"; },
      [](const FetchingToken&) { return "fetching-token"; },
      [](const Joining&) { return "joining"; },
      [](const InMeeting&) { return "meeting"; },
      [](const Ended&) { return "ended"; },
  }, state);
}

MeetingFlow::MeetingFlow(SitePolicy policy, std::string bundled_api_url)
    : policy_(std::move(policy)), bundled_api_url_(std::move(bundled_api_url)) {}

std::string MeetingFlow::api_url(const MeetingTarget& target) const {
  return iframe_api_url(policy_, target.deployment, bundled_api_url_);
}

const MeetingTarget* MeetingFlow::target() const {
  return std::visit(Overloaded{
      [](const Idle&) -> const MeetingTarget* { return nullptr; },
      [](const Ended& s) -> const MeetingTarget* { return s.target ? &*s.target : nullptr; },
      [](const auto& s) -> const MeetingTarget* { return &s.target; },
  }, state_);
}

const MeetingSession* MeetingFlow::session() const {
  const auto* meeting = std::get_if<InMeeting>(&state_);
  return meeting ? &meeting->session : nullptr;
}

std::string MeetingFlow::hash_for(const MeetingTarget& target) const {
  return meeting_hash_for(target.code, target.deployment, policy_.deployment);
}

void MeetingFlow::go_to_prejoin(MeetingTarget target, JoinOrigin origin, std::vector<FlowEffect>& out) {
  if (!std::holds_alternative<PreJoin>(state_)) out.push_back(StartPreview{});
  // Warm the way while the person checks their camera: the script and a connection.
  out.push_back(WarmUp{api_url(target), ::cofx::origin(target.deployment)});
  state_ = PreJoin{std::move(target), origin};
}

void MeetingFlow::join(MeetingTarget target, JoinChoices choices, std::vector<FlowEffect>& out) {
  out.push_back(StopPreview{});  // camera light off and the devices free before Jitsi asks
  if (needs_token(target.deployment)) {
    out.push_back(FetchToken{target.deployment.token_url});
    state_ = FetchingToken{std::move(target), std::move(choices)};
    return;
  }
  open(std::move(target), std::move(choices), out);
}

void MeetingFlow::open(MeetingTarget target, JoinChoices choices, std::vector<FlowEffect>& out) {
  nlohmann::json options = build_jitsi_options({target.code, choices.display_name, choices.devices});
  apply_deployment(options, target.deployment, target.code);
  apply_extra_config(options, policy_.extra_config);
  if (!same_deployment(target.deployment, policy_.deployment)) options["sandbox"] = kChosenDeploymentSandbox;
  out.push_back(OpenMeeting{api_url(target), api_domain(target.deployment), std::move(options)});
  state_ = Joining{std::move(target), std::move(choices)};
}

void MeetingFlow::end(EndReason reason, bool failed, bool push_lobby, std::vector<FlowEffect>& out) {
  Ended ended;
  if (const MeetingTarget* current = target()) ended.target = *current;
  std::visit(Overloaded{
      [&](const FetchingToken& s) { ended.choices = s.choices; },
      [&](const Joining& s) { ended.choices = s.choices; },
      [&](const InMeeting& s) { ended.choices = s.choices; },
      [](const auto&) {},
  }, state_);
  const bool had_preview = std::holds_alternative<PreJoin>(state_);
  const bool had_meeting = std::holds_alternative<Joining>(state_) || std::holds_alternative<InMeeting>(state_);
  if (had_preview) out.push_back(StopPreview{});
  if (had_meeting) out.push_back(CloseMeeting{});
  if (push_lobby) out.push_back(SetRoute{lobby_hash(), true});
  ended.reason = std::move(reason);
  ended.failed = failed;
  state_ = std::move(ended);
}

void MeetingFlow::react(InMeeting& meeting, const MeetingSession::Reaction& reaction, std::vector<FlowEffect>& out) {
  for (const JitsiCommand& command : reaction.commands) out.push_back(Command{command});
  if (reaction.hint) out.push_back(Hint{*reaction.hint});
  if (reaction.wake_in_ms) out.push_back(WakeIn{*reaction.wake_in_ms});
  if (reaction.ask_password) meeting.asking_password = true;
  if (reaction.end_reason) {
    EndReason reason{.kind = EndReason::Kind::Jitsi};
    reason.code = meeting.target.code.str();
    reason.jitsi = *reaction.end_reason;
    end(std::move(reason), false, true, out);
  } else if (reaction.left) {
    end(left_reason(meeting.target, EndReason::Kind::Left), false, true, out);
  }
}

std::vector<FlowEffect> MeetingFlow::on(const FlowEvent& event, std::int64_t now_ms) {
  std::vector<FlowEffect> out;
  std::visit(Overloaded{
      [&](const Join& e) {
        if (auto* meeting = std::get_if<InMeeting>(&state_)) {
          // Another meeting while in one (a link, a scheduled Join): ask first.
          if (meeting->target.code == e.target.code && same_deployment(meeting->target.deployment, e.target.deployment)) {
            return;  // already there
          }
          meeting->leave_question = std::optional<MeetingTarget>(e.target);
          meeting->leave_asks_deployment = e.ask_deployment;
          out.push_back(SetRoute{hash_for(meeting->target), false});  // the address bar shows where we are
          return;
        }
        if (std::holds_alternative<Joining>(state_) || std::holds_alternative<FetchingToken>(state_)) {
          const MeetingTarget* current = target();
          if (current->code == e.target.code && same_deployment(current->deployment, e.target.deployment)) return;
          out.push_back(CloseMeeting{});
          state_ = Idle{};
        }
        // While a link's server is asked about, only another link (Back, Forward, a new link)
        // replaces the question: Start and typed codes wait for the answer.
        const bool from_link = e.origin == JoinOrigin::Link || e.origin == JoinOrigin::Invite;
        if (std::holds_alternative<ConfirmDeployment>(state_) && !from_link) return;
        if (e.ask_deployment) {
          if (std::holds_alternative<PreJoin>(state_)) out.push_back(StopPreview{});
          state_ = ConfirmDeployment{e.target};
          return;
        }
        const bool pushes = e.origin == JoinOrigin::Instant || e.origin == JoinOrigin::TypedCode ||
                            e.origin == JoinOrigin::Schedule || e.origin == JoinOrigin::Recent;
        if (pushes) out.push_back(SetRoute{hash_for(e.target), true});
        // An invitation's parameters leave the address bar: a reload rejoins the plain room.
        if (e.origin == JoinOrigin::Invite) out.push_back(SetRoute{hash_for(e.target), false});
        if (may_skip_prejoin(e.origin, e.choices.devices)) {
          join(e.target, e.choices, out);
          return;
        }
        go_to_prejoin(e.target, e.origin, out);
      },
      [&](const ConfirmedDeployment&) {
        auto* confirm = std::get_if<ConfirmDeployment>(&state_);
        if (!confirm) return;
        MeetingTarget target = confirm->target;
        out.push_back(TrustDeployment{target.deployment});
        go_to_prejoin(std::move(target), JoinOrigin::Link, out);
      },
      [&](const DeclinedDeployment&) {
        if (!std::holds_alternative<ConfirmDeployment>(state_)) return;
        state_ = Idle{};
        out.push_back(SetRoute{lobby_hash(), false});
      },
      [&](const JoinNow& e) {
        auto* prejoin = std::get_if<PreJoin>(&state_);
        if (!prejoin) return;
        MeetingTarget target = prejoin->target;
        join(std::move(target), e.choices, out);
      },
      [&](const Cancel&) {
        if (std::holds_alternative<PreJoin>(state_)) {
          out.push_back(StopPreview{});
        } else if (std::holds_alternative<Joining>(state_) || std::holds_alternative<FetchingToken>(state_)) {
          out.push_back(CloseMeeting{});
        } else {
          return;
        }
        state_ = Idle{};
        out.push_back(SetRoute{lobby_hash(), false});
      },
      [&](const TokenAnswer& e) {
        auto* fetching = std::get_if<FetchingToken>(&state_);
        if (!fetching) return;
        if (!e.jwt) {
          EndReason reason{.kind = EndReason::Kind::TokenFailed};
          reason.code = fetching->target.code.str();
          reason.url = fetching->target.deployment.token_url;
          reason.detail = e.problem;
          end(std::move(reason), true, false, out);
          return;
        }
        MeetingTarget target = fetching->target;
        target.deployment.jwt = *e.jwt;
        JoinChoices choices = fetching->choices;
        open(std::move(target), std::move(choices), out);
      },
      [&](const Opened&) {
        auto* joining = std::get_if<Joining>(&state_);
        if (!joining) return;
        state_ = InMeeting{joining->target, joining->choices, session_for(joining->target, joining->choices), false, {}};
      },
      [&](const ScriptFailed& e) {
        const MeetingTarget* current = target();
        if (!current || !(std::holds_alternative<Joining>(state_) || std::holds_alternative<InMeeting>(state_))) return;
        EndReason reason{.kind = EndReason::Kind::ScriptFailed};
        reason.code = current->code.str();
        reason.place = current->deployment;
        reason.detail = e.reason;
        end(std::move(reason), true, false, out);
      },
      [&](const FromJitsi& e) {
        if (auto* joining = std::get_if<Joining>(&state_)) {
          // Jitsi speaks before the bridge said it opened: it is open.
          state_ = InMeeting{joining->target, joining->choices, session_for(joining->target, joining->choices), false, {}};
        }
        auto* meeting = std::get_if<InMeeting>(&state_);
        if (!meeting) return;
        react(*meeting, meeting->session.on(e.event, now_ms), out);
      },
      [&](const Timer&) {
        auto* meeting = std::get_if<InMeeting>(&state_);
        if (!meeting) return;
        react(*meeting, meeting->session.on_timer(now_ms), out);
      },
      [&](const Leave&) {
        const auto* meeting = std::get_if<InMeeting>(&state_);
        if (!meeting) return;
        end(left_reason(meeting->target, EndReason::Kind::Left), false, true, out);
      },
      [&](const Password& e) {
        auto* meeting = std::get_if<InMeeting>(&state_);
        if (!meeting || e.text.empty()) return;
        meeting->asking_password = false;
        out.push_back(Command{password_command(e.text)});
      },
      [&](const PasswordCancelled&) {
        const auto* meeting = std::get_if<InMeeting>(&state_);
        if (!meeting) return;
        end(left_reason(meeting->target, EndReason::Kind::PasswordCancelled), false, true, out);
      },
      [&](const RouteToLobby&) {
        if (auto* meeting = std::get_if<InMeeting>(&state_)) {
          meeting->leave_question = std::optional<MeetingTarget>();
          meeting->leave_asks_deployment = false;
          out.push_back(SetRoute{hash_for(meeting->target), false});
          return;
        }
        if (std::holds_alternative<PreJoin>(state_)) out.push_back(StopPreview{});
        if (std::holds_alternative<Joining>(state_) || std::holds_alternative<FetchingToken>(state_)) {
          out.push_back(CloseMeeting{});
        }
        if (!std::holds_alternative<Ended>(state_)) state_ = Idle{};
      },
      [&](const KeepMeeting&) {
        if (auto* meeting = std::get_if<InMeeting>(&state_)) {
          meeting->leave_question.reset();
          meeting->leave_asks_deployment = false;
        }
      },
      [&](const LeaveForLink&) {
        auto* meeting = std::get_if<InMeeting>(&state_);
        if (!meeting || !meeting->leave_question) return;
        const std::optional<MeetingTarget> next = *meeting->leave_question;
        if (!next) {
          end(left_reason(meeting->target, EndReason::Kind::Left), false, true, out);
          return;
        }
        const bool ask_deployment = meeting->leave_asks_deployment;
        out.push_back(CloseMeeting{});
        out.push_back(SetRoute{hash_for(*next), false});
        if (ask_deployment) {
          // Another deployment's script is loaded only after the person said yes to it.
          state_ = ConfirmDeployment{*next};
          return;
        }
        state_ = Idle{};
        go_to_prejoin(*next, JoinOrigin::Link, out);
      },
      [&](const Retry&) {
        auto* ended = std::get_if<Ended>(&state_);
        if (!ended || !ended->failed || !ended->target) return;
        MeetingTarget target = *ended->target;
        JoinChoices choices = ended->choices;
        if (!target.deployment.token_url.empty()) target.deployment.jwt.clear();  // fetch a fresh one
        join(std::move(target), std::move(choices), out);
      },
  }, event);
  return out;
}

}  // namespace cofx
