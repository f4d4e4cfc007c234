// MeetingFlow (core/meeting_flow.h): every state × every event against a table written
// from the header's rules, then the rules that need a closer look (the shortcut, tokens,
// the order of effects, the devices, a link during a meeting, Retry).
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/words/meeting_words.h"
#include "core/meeting/meeting_flow.h"

using namespace cofx;
using nlohmann::json;

namespace {

template <typename... F> struct Overloaded : F... { using F::operator()...; };
template <typename... F> Overloaded(F...) -> Overloaded<F...>;

constexpr std::int64_t kT0 = 1'800'000'000'000;

// Also used for the file's constants, before any test runs: no REQUIRE here.
RoomCode code(const char* text) { return RoomCode::from_canonical(text).value(); }

MeetingTarget target(const char* text, Deployment deployment = public_jitsi(), MeetingSecurity security = {}) {
  return {code(text), std::move(deployment), std::move(security), ""};
}

JoinChoices choices(std::string name = "Ada", bool skip_check = false) {
  JoinChoices out;
  out.display_name = std::move(name);
  out.devices.skip_check = skip_check;
  return out;
}

Deployment token_place() {
  Deployment place = self_hosted("jitsi.example.org");
  place.token_url = "https://auth.example.org/token";
  return place;
}

// One word per effect, in order: what a row of the table expects.
std::string effect_name(const FlowEffect& effect) {
  return std::visit(Overloaded{
      [](const flow::StartPreview&) -> std::string { return "start-preview"; },
      [](const flow::StopPreview&) -> std::string { return "stop-preview"; },
      [](const flow::WarmUp&) -> std::string { return "warm-up"; },
      [](const flow::FetchToken&) -> std::string { return "fetch-token"; },
      [](const flow::OpenMeeting&) -> std::string { return "open-meeting"; },
      [](const flow::CloseMeeting&) -> std::string { return "close-meeting"; },
      [](const flow::SetRoute& e) -> std::string { return e.push ? "route-push" : "route-replace"; },
      [](const flow::Command& e) -> std::string { return "command:" + std::string(command_name(e.command.name)); },
      [](const flow::WakeIn& e) -> std::string { return "wake:" + std::to_string(e.ms); },
      [](const flow::Hint&) -> std::string { return "hint"; },
      [](const flow::TrustDeployment&) -> std::string { return "trust-place"; },
  }, effect);
}

std::string effect_names(const std::vector<FlowEffect>& effects) {
  std::string out;
  for (const FlowEffect& effect : effects) out += (out.empty() ? "" : " ") + effect_name(effect);
  return out;
}

template <typename E>
const E* find_effect(const std::vector<FlowEffect>& effects) {
  for (const FlowEffect& effect : effects) {
    if (const auto* found = std::get_if<E>(&effect)) return found;
  }
  return nullptr;
}

std::size_t index_of(const std::vector<FlowEffect>& effects, std::size_t variant_index) {
  for (std::size_t i = 0; i < effects.size(); ++i) {
    if (effects[i].index() == variant_index) return i;
  }
  return effects.size();
}

// --- driving the flow into each state ------------------------------------------------------

const MeetingTarget kMeeting = target("COF-AB12CD34");
const MeetingTarget kOther = target("COF-ZZ99ZZ99");

MeetingFlow in_idle() { return MeetingFlow(); }

MeetingFlow in_confirm_place() {
  MeetingFlow flow;
  flow.on(flow::Join{target("COF-AB12CD34", self_hosted("jitsi.example.org")), JoinOrigin::Link, true, choices()}, kT0);
  REQUIRE(std::string(state_name(flow.state())) == "confirm-deployment");
  return flow;
}

MeetingFlow in_prejoin() {
  MeetingFlow flow;
  flow.on(flow::Join{kMeeting, JoinOrigin::Instant, false, choices()}, kT0);
  REQUIRE(std::string(state_name(flow.state())) == "prejoin");
  return flow;
}

MeetingFlow in_fetching_token() {
  MeetingFlow flow;
  flow.on(flow::Join{target("COF-AB12CD34", token_place()), JoinOrigin::TypedCode, false, choices()}, kT0);
  flow.on(flow::JoinNow{choices()}, kT0);
  REQUIRE(std::string(state_name(flow.state())) == "fetching-token");
  return flow;
}

MeetingFlow in_joining() {
  MeetingFlow flow = in_prejoin();
  flow.on(flow::JoinNow{choices()}, kT0);
  REQUIRE(std::string(state_name(flow.state())) == "joining");
  return flow;
}

MeetingFlow in_meeting() {
  MeetingFlow flow = in_joining();
  flow.on(flow::Opened{}, kT0);
  REQUIRE(std::string(state_name(flow.state())) == "meeting");
  return flow;
}

MeetingFlow in_ended() {
  MeetingFlow flow = in_meeting();
  flow.on(flow::Leave{}, kT0);
  REQUIRE(std::string(state_name(flow.state())) == "ended");
  return flow;
}

const std::vector<std::pair<std::string, std::function<MeetingFlow()>>> kStates = {
    {"idle", in_idle},       {"confirm-deployment", in_confirm_place}, {"prejoin", in_prejoin},
    {"fetching-token", in_fetching_token}, {"joining", in_joining}, {"meeting", in_meeting},
    {"ended", in_ended},
};

// One of each event; a Join names another room than the one the flow is in.
const std::vector<std::pair<std::string, FlowEvent>> kEvents = {
    {"Join", flow::Join{kOther, JoinOrigin::TypedCode, false, choices()}},
    {"ConfirmedDeployment", flow::ConfirmedDeployment{}},
    {"DeclinedDeployment", flow::DeclinedDeployment{}},
    {"JoinNow", flow::JoinNow{choices()}},
    {"Cancel", flow::Cancel{}},
    {"TokenAnswer", flow::TokenAnswer{std::string("aaa.bbb.ccc"), ""}},
    {"Opened", flow::Opened{}},
    {"ScriptFailed", flow::ScriptFailed{"blocked"}},
    {"FromJitsi", flow::FromJitsi{jitsi::ConferenceJoined{"cof-ab12cd34", "me", "Ada"}}},
    {"Timer", flow::Timer{}},
    {"Leave", flow::Leave{}},
    {"Password", flow::Password{"s3cret"}},
    {"PasswordCancelled", flow::PasswordCancelled{}},
    {"RouteToLobby", flow::RouteToLobby{}},
    {"KeepMeeting", flow::KeepMeeting{}},
    {"LeaveForLink", flow::LeaveForLink{}},
    {"Retry", flow::Retry{}},
};

struct Outcome {
  std::string state;
  std::string effects;
};

// What the header's rules say. Every pair not listed leaves the state as it was and asks
// for nothing.
const std::map<std::pair<std::string, std::string>, Outcome> kTable = {
    // Idle: only a join does anything, and it stops at the pre-join room.
    {{"idle", "Join"}, {"prejoin", "route-push start-preview warm-up"}},

    // ConfirmDeployment: yes or no. A typed code (the table's Join) waits for the answer; only
    // another link replaces the question (a test of its own below).
    {{"confirm-deployment", "ConfirmedDeployment"}, {"prejoin", "trust-place start-preview warm-up"}},
    {{"confirm-deployment", "DeclinedDeployment"}, {"idle", "route-replace"}},
    {{"confirm-deployment", "RouteToLobby"}, {"idle", ""}},

    // PreJoin: the preview keeps running for another room; Join now stops it first.
    {{"prejoin", "Join"}, {"prejoin", "route-push warm-up"}},
    {{"prejoin", "JoinNow"}, {"joining", "stop-preview open-meeting"}},
    {{"prejoin", "Cancel"}, {"idle", "stop-preview route-replace"}},
    {{"prejoin", "RouteToLobby"}, {"idle", "stop-preview"}},

    // FetchingToken: the token opens the meeting; leaving closes whatever was started.
    {{"fetching-token", "Join"}, {"prejoin", "close-meeting route-push start-preview warm-up"}},
    {{"fetching-token", "Cancel"}, {"idle", "close-meeting route-replace"}},
    {{"fetching-token", "TokenAnswer"}, {"joining", "open-meeting"}},
    {{"fetching-token", "RouteToLobby"}, {"idle", "close-meeting"}},

    // Joining: open, failed, or Jitsi already speaking.
    {{"joining", "Join"}, {"prejoin", "close-meeting route-push start-preview warm-up"}},
    {{"joining", "Cancel"}, {"idle", "close-meeting route-replace"}},
    {{"joining", "Opened"}, {"meeting", ""}},
    {{"joining", "ScriptFailed"}, {"ended", "close-meeting"}},
    {{"joining", "FromJitsi"}, {"meeting", ""}},
    {{"joining", "RouteToLobby"}, {"idle", "close-meeting"}},

    // InMeeting: another room or the lobby asks first and puts the address back.
    {{"meeting", "Join"}, {"meeting", "route-replace"}},
    {{"meeting", "ScriptFailed"}, {"ended", "close-meeting"}},
    {{"meeting", "Leave"}, {"ended", "close-meeting route-push"}},
    {{"meeting", "Password"}, {"meeting", "command:password"}},
    {{"meeting", "PasswordCancelled"}, {"ended", "close-meeting route-push"}},
    {{"meeting", "RouteToLobby"}, {"meeting", "route-replace"}},

    // Ended: a new join; Retry only after a failure (this one was a plain leave).
    {{"ended", "Join"}, {"prejoin", "route-push start-preview warm-up"}},
};

std::string target_code(const MeetingFlow& flow) {
  const MeetingTarget* current = flow.target();
  return current ? current->code.str() : "";
}

}  // namespace

TEST_CASE("MeetingFlow: every state x every event, against the table") {
  for (const auto& [state, enter] : kStates) {
    for (const auto& [event_name, event] : kEvents) {
      CAPTURE(state);
      CAPTURE(event_name);
      MeetingFlow flow = enter();
      REQUIRE(std::string(state_name(flow.state())) == state);
      const std::string code_before = target_code(flow);
      const auto effects = flow.on(event, kT0 + 1000);
      const auto row = kTable.find({state, event_name});
      if (row == kTable.end()) {
        CHECK(std::string(state_name(flow.state())) == state);
        CHECK(effect_names(effects) == "");
        CHECK(target_code(flow) == code_before);
      } else {
        CHECK(std::string(state_name(flow.state())) == row->second.state);
        CHECK(effect_names(effects) == row->second.effects);
      }
    }
  }
}

TEST_CASE("MeetingFlow: the table's rows reach the right rooms") {
  // A join elsewhere goes to that room's pre-join room; in a meeting it only asks.
  // (While a place is asked about, a typed code waits: see the question's own test.)
  for (auto enter : {in_idle, in_prejoin, in_fetching_token, in_joining, in_ended}) {
    MeetingFlow flow = enter();
    flow.on(flow::Join{kOther, JoinOrigin::TypedCode, false, choices()}, kT0);
    REQUIRE(flow.as<flow::PreJoin>() != nullptr);
    CHECK(flow.as<flow::PreJoin>()->target == kOther);
    CHECK(flow.as<flow::PreJoin>()->origin == JoinOrigin::TypedCode);
  }
  // The same room again is already where we are.
  for (auto enter : {in_joining, in_meeting}) {
    MeetingFlow flow = enter();
    const std::string before = state_name(flow.state());
    CHECK(flow.on(flow::Join{kMeeting, JoinOrigin::Link, false, choices()}, kT0).empty());
    CHECK(state_name(flow.state()) == before);
  }
  // Leaving says so; Ended keeps the meeting for its link.
  MeetingFlow ended = in_ended();
  REQUIRE(ended.as<flow::Ended>() != nullptr);
  CHECK(ended.as<flow::Ended>()->reason.kind == EndReason::Kind::Left);
  CHECK(ended.as<flow::Ended>()->reason.code == "COF-AB12CD34");
  CHECK(describe(ended.as<flow::Ended>()->reason) == "You left COF-AB12CD34.");
  CHECK_FALSE(ended.as<flow::Ended>()->failed);
  REQUIRE(ended.target() != nullptr);
  CHECK(ended.target()->code == kMeeting.code);
  CHECK(ended.session() == nullptr);
  // A route to the lobby after leaving (the hashchange of our own push) keeps the reason.
  CHECK(ended.on(flow::RouteToLobby{}, kT0).empty());
  CHECK(describe(ended.as<flow::Ended>()->reason) == "You left COF-AB12CD34.");
}

TEST_CASE("MeetingFlow: links, schedules and invitations never skip the pre-join room") {
  for (const JoinOrigin origin : {JoinOrigin::Link, JoinOrigin::Schedule, JoinOrigin::Invite}) {
    CAPTURE(static_cast<int>(origin));
    MeetingFlow flow;
    const auto effects = flow.on(flow::Join{kMeeting, origin, false, choices("Ada", true)}, kT0);
    CHECK(flow.as<flow::PreJoin>() != nullptr);
    CHECK(find_effect<flow::OpenMeeting>(effects) == nullptr);
    CHECK(find_effect<flow::StartPreview>(effects) != nullptr);
    CHECK_FALSE(may_skip_prejoin(origin, choices("Ada", true).devices));
  }
  // A link's route is already in the address bar; a schedule's is pushed; an invitation's
  // parameters are replaced by the plain room.
  MeetingFlow link;
  CHECK(effect_names(link.on(flow::Join{kMeeting, JoinOrigin::Link, false, choices()}, kT0)) ==
        "start-preview warm-up");
  MeetingFlow schedule;
  CHECK(effect_names(schedule.on(flow::Join{kMeeting, JoinOrigin::Schedule, false, choices()}, kT0)) ==
        "route-push start-preview warm-up");
  MeetingFlow invite;
  const auto invited = invite.on(flow::Join{kMeeting, JoinOrigin::Invite, false, choices()}, kT0);
  CHECK(effect_names(invited) == "route-replace start-preview warm-up");
  CHECK(find_effect<flow::SetRoute>(invited)->hash == "#/COF-AB12CD34");
}

TEST_CASE("MeetingFlow: Instant and TypedCode skip the pre-join room only with skip_check") {
  for (const JoinOrigin origin : {JoinOrigin::Instant, JoinOrigin::TypedCode}) {
    CAPTURE(static_cast<int>(origin));
    MeetingFlow checked;
    checked.on(flow::Join{kMeeting, origin, false, choices("Ada", false)}, kT0);
    CHECK(checked.as<flow::PreJoin>() != nullptr);
    CHECK_FALSE(may_skip_prejoin(origin, choices("Ada", false).devices));

    MeetingFlow skipped;
    const auto effects = skipped.on(flow::Join{kMeeting, origin, false, choices("Ada", true)}, kT0);
    CHECK(may_skip_prejoin(origin, choices("Ada", true).devices));
    REQUIRE(skipped.as<flow::Joining>() != nullptr);
    CHECK(skipped.as<flow::Joining>()->choices.display_name == "Ada");
    CHECK(find_effect<flow::StartPreview>(effects) == nullptr);  // no camera light for a skipped check
    CHECK(find_effect<flow::WarmUp>(effects) == nullptr);
    const auto* route = find_effect<flow::SetRoute>(effects);
    REQUIRE(route != nullptr);
    CHECK(route->hash == "#/COF-AB12CD34");
    CHECK(route->push);
    const auto* open = find_effect<flow::OpenMeeting>(effects);
    REQUIRE(open != nullptr);
    CHECK(open->options["roomName"] == "COF-AB12CD34");
    CHECK(index_of(effects, FlowEffect(flow::SetRoute{}).index()) < index_of(effects, FlowEffect(flow::OpenMeeting{}).index()));
  }
}

TEST_CASE("MeetingFlow: while a link's place is asked about, only an answer or another link moves on") {
  const MeetingTarget elsewhere = target("COF-AB12CD34", self_hosted("evil.example"));
  for (JoinOrigin origin : {JoinOrigin::Instant, JoinOrigin::TypedCode, JoinOrigin::Schedule, JoinOrigin::Recent}) {
    MeetingFlow flow = in_confirm_place();
    CHECK(flow.on(flow::Join{kOther, origin, false, choices("Ada", true)}, kT0).empty());
    CHECK(flow.as<flow::ConfirmDeployment>() != nullptr);  // nothing opened, nothing warmed, still asking
  }
  MeetingFlow flow = in_confirm_place();
  CHECK(effect_names(flow.on(flow::Join{elsewhere, JoinOrigin::Link, true, choices()}, kT0)).empty());
  REQUIRE(flow.as<flow::ConfirmDeployment>() != nullptr);
  CHECK(flow.as<flow::ConfirmDeployment>()->target == elsewhere);  // Back/Forward: the question follows the link
  flow.on(flow::Join{kOther, JoinOrigin::Link, false, choices()}, kT0);
  CHECK(flow.as<flow::PreJoin>() != nullptr);  // a link to the site's own place needs no question
}

TEST_CASE("MeetingFlow: a deployment the site did not configure gets a sandboxed frame") {
  SitePolicy policy;
  policy.deployment = self_hosted("jitsi.example.org");
  for (const Deployment& chosen : {self_hosted("evil.example"), public_jitsi(),
                                   jaas("vpaas-magic-cookie-0123456789abcdef0123456789abcdef")}) {
    MeetingFlow flow(policy);
    flow.on(flow::Join{target("COF-AB12CD34", chosen), JoinOrigin::TypedCode, false, choices("Ada")}, kT0);
    const auto effects = flow.on(flow::JoinNow{choices("Ada")}, kT0);
    const auto* open = find_effect<flow::OpenMeeting>(effects);
    REQUIRE(open != nullptr);
    REQUIRE(open->options.contains("sandbox"));
    const std::string sandbox = open->options["sandbox"];
    CHECK(sandbox.find("allow-scripts") != std::string::npos);
    CHECK(sandbox.find("allow-same-origin") != std::string::npos);
    CHECK(sandbox.find("allow-top-navigation") == std::string::npos);
  }
  MeetingFlow own(policy);
  own.on(flow::Join{target("COF-AB12CD34", self_hosted("jitsi.example.org")), JoinOrigin::TypedCode, false,
                    choices("Ada")}, kT0);
  const auto* open = find_effect<flow::OpenMeeting>(own.on(flow::JoinNow{choices("Ada")}, kT0));
  REQUIRE(open != nullptr);
  CHECK_FALSE(open->options.contains("sandbox"));  // the site's own deployment is framed as configured
}

TEST_CASE("MeetingFlow: a link to another place is asked about first; yes is trusted") {
  MeetingFlow flow;
  const MeetingTarget elsewhere = target("COF-AB12CD34", self_hosted("jitsi.example.org"));
  CHECK(flow.on(flow::Join{elsewhere, JoinOrigin::Link, true, choices()}, kT0).empty());
  REQUIRE(flow.as<flow::ConfirmDeployment>() != nullptr);
  CHECK(flow.as<flow::ConfirmDeployment>()->target == elsewhere);
  const auto effects = flow.on(flow::ConfirmedDeployment{}, kT0);
  REQUIRE(find_effect<flow::TrustDeployment>(effects) != nullptr);
  CHECK(find_effect<flow::TrustDeployment>(effects)->deployment == elsewhere.deployment);
  const auto* warm = find_effect<flow::WarmUp>(effects);
  REQUIRE(warm != nullptr);
  CHECK(warm->script_url == "external_api.js");  // the site's own copy: never a chosen server's script
  CHECK(warm->origin == "https://jitsi.example.org");
  REQUIRE(flow.as<flow::PreJoin>() != nullptr);
  CHECK(flow.as<flow::PreJoin>()->origin == JoinOrigin::Link);

  // Asked about while the preview runs for another room: the preview stops.
  MeetingFlow previewing = in_prejoin();
  CHECK(effect_names(previewing.on(flow::Join{elsewhere, JoinOrigin::Link, true, choices()}, kT0)) ==
        "stop-preview");
  CHECK(previewing.as<flow::ConfirmDeployment>() != nullptr);
  // No: back to the lobby, the address bar too.
  const auto declined = previewing.on(flow::DeclinedDeployment{}, kT0);
  REQUIRE(find_effect<flow::SetRoute>(declined) != nullptr);
  CHECK(find_effect<flow::SetRoute>(declined)->hash == "#/");
}

TEST_CASE("MeetingFlow: a token URL deployment goes PreJoin -> FetchingToken -> Joining with the jwt") {
  MeetingFlow flow;
  const MeetingTarget tokened = target("COF-AB12CD34", token_place());
  flow.on(flow::Join{tokened, JoinOrigin::TypedCode, false, choices()}, kT0);
  REQUIRE(flow.as<flow::PreJoin>() != nullptr);

  const auto asked = flow.on(flow::JoinNow{choices("Grace")}, kT0);
  CHECK(effect_names(asked) == "stop-preview fetch-token");
  CHECK(find_effect<flow::FetchToken>(asked)->url == "https://auth.example.org/token");
  REQUIRE(flow.as<flow::FetchingToken>() != nullptr);
  CHECK(flow.as<flow::FetchingToken>()->choices.display_name == "Grace");

  const std::string jwt = "eyJhbGciOiJIUzI1NiJ9.eyJyb29tIjoiKiJ9.c2lnbmF0dXJl";
  const auto opened = flow.on(flow::TokenAnswer{jwt, ""}, kT0);
  REQUIRE(flow.as<flow::Joining>() != nullptr);
  CHECK(flow.as<flow::Joining>()->target.deployment.jwt == jwt);
  const auto* open = find_effect<flow::OpenMeeting>(opened);
  REQUIRE(open != nullptr);
  CHECK(open->options[kJwtOption] == jwt);
  CHECK(open->domain == "jitsi.example.org");
  CHECK(open->script_url == "external_api.js");
  CHECK(open->options["userInfo"]["displayName"] == "Grace");

  // A deployment that already holds a JWT needs no fetch.
  Deployment signed_in = token_place();
  signed_in.jwt = jwt;
  MeetingFlow direct;
  direct.on(flow::Join{target("COF-AB12CD34", signed_in), JoinOrigin::TypedCode, false, choices()}, kT0);
  CHECK(effect_names(direct.on(flow::JoinNow{choices()}, kT0)) == "stop-preview open-meeting");
}

TEST_CASE("MeetingFlow: a refused token ends with Retry, which fetches a fresh one") {
  MeetingFlow flow = in_fetching_token();
  CHECK(effect_names(flow.on(flow::TokenAnswer{std::nullopt, "HTTP 401"}, kT0)) == "");
  const auto* ended = flow.as<flow::Ended>();
  REQUIRE(ended != nullptr);
  CHECK(ended->failed);
  CHECK(ended->reason.kind == EndReason::Kind::TokenFailed);
  CHECK(ended->reason.url == "https://auth.example.org/token");
  CHECK(ended->reason.detail == "HTTP 401");
  CHECK(describe(ended->reason).find("https://auth.example.org/token") != std::string::npos);
  CHECK(describe(ended->reason).find("HTTP 401") != std::string::npos);
  CHECK(effect_names(flow.on(flow::Retry{}, kT0)) == "stop-preview fetch-token");
  CHECK(flow.as<flow::FetchingToken>() != nullptr);
}

TEST_CASE("MeetingFlow: StopPreview comes before OpenMeeting, and the devices reach the options") {
  SitePolicy policy;
  policy.extra_config = json{{"disableReactions", true}};
  MeetingFlow flow(policy, "jitsi/external_api.abc.js");
  flow.on(flow::Join{kMeeting, JoinOrigin::TypedCode, false, choices()}, kT0);
  JoinChoices chosen = choices("Ada Lovelace");
  chosen.devices.camera_id = "cam-1";
  chosen.devices.camera_label = "Front camera";
  chosen.devices.microphone_id = "mic-1";
  chosen.devices.microphone_label = "USB mic";
  chosen.devices.speaker_label = "Headphones";
  chosen.devices.camera_on = false;
  chosen.devices.microphone_on = true;
  const auto effects = flow.on(flow::JoinNow{chosen}, kT0);
  const std::size_t stop = index_of(effects, FlowEffect(flow::StopPreview{}).index());
  const std::size_t open_at = index_of(effects, FlowEffect(flow::OpenMeeting{}).index());
  REQUIRE(open_at < effects.size());
  CHECK(stop < open_at);

  const json& options = std::get<flow::OpenMeeting>(effects[open_at]).options;
  CHECK(options["roomName"] == "COF-AB12CD34");
  CHECK(options["userInfo"]["displayName"] == "Ada Lovelace");
  CHECK(options["devices"] == json{{"audioInput", "USB mic"}, {"videoInput", "Front camera"}, {"audioOutput", "Headphones"}});
  CHECK(options["configOverwrite"]["startWithVideoMuted"] == true);
  CHECK(options["configOverwrite"]["startWithAudioMuted"] == false);
  CHECK(options["configOverwrite"]["disableReactions"] == true);  // the deployer's extra config
  CHECK_FALSE(options.contains(kJwtOption));  // never for meet.jit.si
  REQUIRE(flow.as<flow::Joining>() != nullptr);
  CHECK(flow.as<flow::Joining>()->choices.devices == chosen.devices);

  // Both off: Jitsi starts muted and without video.
  MeetingFlow silent = in_prejoin();
  JoinChoices off = choices();
  off.devices.camera_on = off.devices.microphone_on = false;
  const auto silent_effects = silent.on(flow::JoinNow{off}, kT0);
  const auto* silent_open = find_effect<flow::OpenMeeting>(silent_effects);
  REQUIRE(silent_open != nullptr);
  CHECK(silent_open->options["configOverwrite"]["startWithAudioMuted"] == true);
  CHECK(silent_open->options["configOverwrite"]["startWithVideoMuted"] == true);
  CHECK_FALSE(silent_open->options.contains("devices"));
}

TEST_CASE("MeetingFlow: a meeting on another deployment gets its deployment in the route") {
  MeetingFlow flow;  // site default: meet.jit.si
  const MeetingTarget own = target("COF-AB12CD34", self_hosted("jitsi.example.org"));
  const auto effects = flow.on(flow::Join{own, JoinOrigin::Instant, false, choices()}, kT0);
  const auto* route = find_effect<flow::SetRoute>(effects);
  REQUIRE(route != nullptr);
  CHECK(route->hash == meeting_hash_for(own.code, own.deployment, public_jitsi()));
  CHECK(route->hash.find("host=jitsi.example.org") != std::string::npos);
}

TEST_CASE("MeetingFlow: Join during a meeting asks, and LeaveForLink goes to the new room") {
  MeetingFlow flow = in_meeting();
  const auto asked = flow.on(flow::Join{kOther, JoinOrigin::Link, false, choices()}, kT0);
  REQUIRE(asked.size() == 1);
  const auto& route = std::get<flow::SetRoute>(asked[0]);
  CHECK(route.hash == "#/COF-AB12CD34");  // the address bar shows where we are
  CHECK_FALSE(route.push);
  const auto* meeting = flow.as<flow::InMeeting>();
  REQUIRE(meeting != nullptr);
  REQUIRE(meeting->leave_question.has_value());
  REQUIRE(meeting->leave_question->has_value());
  CHECK(**meeting->leave_question == kOther);

  // Stay: nothing closes, the question goes.
  CHECK(flow.on(flow::KeepMeeting{}, kT0).empty());
  CHECK_FALSE(flow.as<flow::InMeeting>()->leave_question.has_value());
  CHECK(flow.on(flow::LeaveForLink{}, kT0).empty());  // nothing to say yes to
  CHECK(flow.as<flow::InMeeting>() != nullptr);

  // Go: the meeting closes, the address bar names the new room, its pre-join room opens.
  flow.on(flow::Join{kOther, JoinOrigin::Link, false, choices()}, kT0);
  const auto left = flow.on(flow::LeaveForLink{}, kT0);
  CHECK(effect_names(left) == "close-meeting route-replace start-preview warm-up");
  CHECK(std::get<flow::SetRoute>(left[1]).hash == "#/COF-ZZ99ZZ99");
  REQUIRE(flow.as<flow::PreJoin>() != nullptr);
  CHECK(flow.as<flow::PreJoin>()->target == kOther);
  CHECK(flow.as<flow::PreJoin>()->origin == JoinOrigin::Link);
}

TEST_CASE("MeetingFlow: the lobby route during a meeting asks too; yes leaves for the lobby") {
  MeetingFlow flow = in_meeting();
  CHECK(effect_names(flow.on(flow::RouteToLobby{}, kT0)) == "route-replace");
  const auto* meeting = flow.as<flow::InMeeting>();
  REQUIRE(meeting != nullptr);
  REQUIRE(meeting->leave_question.has_value());
  CHECK_FALSE(meeting->leave_question->has_value());  // for the lobby
  const auto left = flow.on(flow::LeaveForLink{}, kT0);
  CHECK(effect_names(left) == "close-meeting route-push");
  CHECK(std::get<flow::SetRoute>(left[1]).hash == "#/");
  REQUIRE(flow.as<flow::Ended>() != nullptr);
  CHECK(describe(flow.as<flow::Ended>()->reason) == "You left COF-AB12CD34.");
}

TEST_CASE("MeetingFlow: Retry after ScriptFailed opens the same meeting again") {
  MeetingFlow flow = in_joining();
  flow.on(flow::ScriptFailed{"blocked by an extension"}, kT0);
  const auto* ended = flow.as<flow::Ended>();
  REQUIRE(ended != nullptr);
  CHECK(ended->failed);
  CHECK(ended->reason.kind == EndReason::Kind::ScriptFailed);
  CHECK(describe(ended->reason).find("meet.jit.si") != std::string::npos);
  CHECK(describe(ended->reason).find("blocked by an extension") != std::string::npos);
  CHECK(ended->choices.display_name == "Ada");

  const auto effects = flow.on(flow::Retry{}, kT0);
  CHECK(effect_names(effects) == "stop-preview open-meeting");
  CHECK(find_effect<flow::OpenMeeting>(effects)->options["roomName"] == "COF-AB12CD34");
  CHECK(find_effect<flow::OpenMeeting>(effects)->options["userInfo"]["displayName"] == "Ada");
  REQUIRE(flow.as<flow::Joining>() != nullptr);
  CHECK(flow.on(flow::Retry{}, kT0).empty());  // only from a failure

  // A token deployment's Retry does not reuse the token that came with the failed try.
  MeetingFlow tokened = in_fetching_token();
  tokened.on(flow::TokenAnswer{std::string("aaa.bbb.ccc"), ""}, kT0);
  tokened.on(flow::ScriptFailed{"offline"}, kT0);
  CHECK(effect_names(tokened.on(flow::Retry{}, kT0)) == "stop-preview fetch-token");
}

TEST_CASE("MeetingFlow: Jitsi's events drive the session; its endings end the flow") {
  MeetingFlow flow;
  flow.on(flow::Join{target("COF-AB12CD34", public_jitsi(), MeetingSecurity{"s3cret", true, false}),
                     JoinOrigin::Instant, false, choices()},
          kT0);
  flow.on(flow::JoinNow{choices()}, kT0);
  flow.on(flow::Opened{}, kT0);
  CHECK(effect_names(flow.on(flow::FromJitsi{jitsi::ConferenceJoined{"", "me", ""}}, kT0)) == "wake:5000");
  CHECK(effect_names(flow.on(flow::FromJitsi{jitsi::RoleChanged{"me", "moderator"}}, kT0)) ==
        "command:password command:toggleLobby");
  REQUIRE(flow.session() != nullptr);
  CHECK(flow.session()->is_moderator());
  CHECK(effect_names(flow.on(flow::FromJitsi{jitsi::CameraError{"gum.not_found", ""}}, kT0)) == "hint");

  // The leave grace: a Timer before it does nothing, at it the meeting ends.
  CHECK(effect_names(flow.on(flow::FromJitsi{jitsi::ConferenceLeft{""}}, kT0 + 10'000)) == "wake:3000");
  CHECK(effect_names(flow.on(flow::Timer{}, kT0 + 12'999)) == "wake:1");  // woken early: asks again
  CHECK(flow.as<flow::InMeeting>() != nullptr);
  CHECK(effect_names(flow.on(flow::Timer{}, kT0 + 13'000)) == "close-meeting route-push");
  REQUIRE(flow.as<flow::Ended>() != nullptr);
  CHECK(describe(flow.as<flow::Ended>()->reason) == "You left COF-AB12CD34.");

  // Removed by a moderator: the reason is Jitsi's ending, shown in the lobby.
  MeetingFlow kicked = in_meeting();
  kicked.on(flow::FromJitsi{jitsi::ConferenceJoined{"", "me", ""}}, kT0);
  CHECK(effect_names(kicked.on(flow::FromJitsi{jitsi::KickedOut{"me", false, "mod"}}, kT0)) ==
        "close-meeting route-push");
  REQUIRE(kicked.as<flow::Ended>() != nullptr);
  CHECK(describe(kicked.as<flow::Ended>()->reason).find("removed") != std::string::npos);
  CHECK_FALSE(kicked.as<flow::Ended>()->failed);
}

TEST_CASE("MeetingFlow: the password prompt opens on Jitsi's request and closes on an answer") {
  MeetingFlow flow = in_meeting();
  flow.on(flow::FromJitsi{jitsi::PasswordRequired{}}, kT0);
  REQUIRE(flow.as<flow::InMeeting>() != nullptr);
  CHECK(flow.as<flow::InMeeting>()->asking_password);
  CHECK(flow.on(flow::Password{""}, kT0).empty());  // nothing typed: still asking
  CHECK(flow.as<flow::InMeeting>()->asking_password);
  const auto sent = flow.on(flow::Password{"letmein"}, kT0);
  REQUIRE(sent.size() == 1);
  CHECK(std::get<flow::Command>(sent[0]).command == JitsiCommand{JitsiCommand::Name::Password, "letmein", false});
  CHECK_FALSE(flow.as<flow::InMeeting>()->asking_password);

  flow.on(flow::FromJitsi{jitsi::PasswordRequired{}}, kT0);
  flow.on(flow::PasswordCancelled{}, kT0);
  REQUIRE(flow.as<flow::Ended>() != nullptr);
  CHECK(flow.as<flow::Ended>()->reason.kind == EndReason::Kind::PasswordCancelled);
  CHECK(describe(flow.as<flow::Ended>()->reason) == "You didn't enter the password for COF-AB12CD34, so you left it.");
}

TEST_CASE("MeetingFlow: a link to an untrusted place during a meeting still asks about the place") {
  MeetingFlow flow = in_meeting();
  const MeetingTarget elsewhere = target("COF-ZZ99ZZ99", self_hosted("evil.example"));
  flow.on(flow::Join{elsewhere, JoinOrigin::Link, true, choices()}, kT0);
  // Yes to leaving is not yes to the place: nothing of evil.example is loaded yet.
  const auto left = flow.on(flow::LeaveForLink{}, kT0);
  CHECK(effect_names(left) == "close-meeting route-replace");
  CHECK(std::get<flow::SetRoute>(left[1]).hash == meeting_hash_for(elsewhere.code, elsewhere.deployment, public_jitsi()));
  REQUIRE(flow.as<flow::ConfirmDeployment>() != nullptr);
  CHECK(flow.as<flow::ConfirmDeployment>()->target == elsewhere);
  CHECK(effect_names(flow.on(flow::ConfirmedDeployment{}, kT0)) == "trust-place start-preview warm-up");

  // A question that was answered "stay" forgets the place question too.
  MeetingFlow kept = in_meeting();
  kept.on(flow::Join{elsewhere, JoinOrigin::Link, true, choices()}, kT0);
  kept.on(flow::KeepMeeting{}, kT0);
  kept.on(flow::Join{kOther, JoinOrigin::Link, false, choices()}, kT0);
  CHECK(effect_names(kept.on(flow::LeaveForLink{}, kT0)) == "close-meeting route-replace start-preview warm-up");
  CHECK(kept.as<flow::PreJoin>() != nullptr);
}

TEST_CASE("MeetingFlow: the iframe API is the site's copy unless the deployer opts in, and only for its own place") {
  SitePolicy policy;
  policy.deployment = self_hosted("meet.example.org");
  policy.deployment_script = true;
  MeetingFlow flow(policy, "jitsi/external_api.abc.js");
  const auto own = flow.on(flow::Join{target("COF-AB12CD34", policy.deployment), JoinOrigin::TypedCode, false,
                                      choices()}, kT0);
  REQUIRE(find_effect<flow::WarmUp>(own) != nullptr);
  CHECK(find_effect<flow::WarmUp>(own)->script_url == "https://meet.example.org/external_api.js");

  MeetingFlow guest(policy, "jitsi/external_api.abc.js");
  const auto chosen = guest.on(flow::Join{target("COF-AB12CD34", self_hosted("evil.example")), JoinOrigin::Link,
                                          false, choices()}, kT0);
  REQUIRE(find_effect<flow::WarmUp>(chosen) != nullptr);
  CHECK(find_effect<flow::WarmUp>(chosen)->script_url == "jitsi/external_api.abc.js");

  policy.deployment_script = false;
  MeetingFlow site_copy(policy, "jitsi/external_api.abc.js");
  const auto opened = site_copy.on(flow::Join{target("COF-AB12CD34", policy.deployment), JoinOrigin::TypedCode,
                                              false, choices()}, kT0);
  CHECK(find_effect<flow::WarmUp>(opened)->script_url == "jitsi/external_api.abc.js");
}
