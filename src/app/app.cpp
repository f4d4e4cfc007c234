#include "app/app.h"

#include <chrono>
#include <utility>

#include "app/invite_links.h"
#include "app/site_notices.h"
#include "app/words/deployment_words.h"
#include "app/words/link_words.h"
#include "app/words/meeting_words.h"
#include "app/words/site_words.h"
#include "app/words/tr.h"
#include "app/keyboard_focus.h"
#include "core/deployment/deployment_check.h"
#include "core/deployment/deployment_links.h"
#include "core/links/code_input.h"
#include "core/meeting/display_name.h"
#include "core/meeting/jitsi_options.h"
#include "core/text/json_util.h"
#include "core/text/overloaded.h"

namespace cofx {
namespace {

const std::string kTokenPurpose = "token-";  // + the request's number

InterfaceLanguage started(Platform& platform) {
  InterfaceLanguage language(platform);
  language.start();
  return language;
}

}  // namespace

std::int64_t App::system_clock_ms() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

App::App(Platform& platform, SiteConfig config, RandomBytes random, Clock clock, SitePolicy policy)
    : platform_(platform),
      language_(started(platform)),
      site_{std::move(config), std::move(policy)},
      clock_(std::move(clock)),
      flow_(site_.policy, platform.bundled_iframe_api()),
      prefs_(platform, site_.policy),
      lobby_(platform, std::move(random)),
      invitation_(platform),
      prejoin_(platform),
      panel_(platform) {}

Screen App::screen() const {
  const Screen shown = screen_of(flow_);
  return shown == Screen::Lobby && invitation_.is_open() ? Screen::Invitation : shown;
}

Scene App::scene() const {
  return {flow_,         screen(),    site_.policy, prefs_.deployment(), prefs_.trusted(), clock_(),
          host_.online, host_.update_ready, &language_};
}

void App::start(std::string_view initial_hash, const std::vector<std::string>& config_warnings) {
  host_.online = platform_.online();
  prefs_.load(clock_());
  prejoin_.use_devices(prefs_.devices());
  MeetTab& meet = lobby_.meet();
  if (auto notice = prefs_.take_notice()) meet.tell(std::move(*notice));
  if (!config_warnings.empty()) {
    // Translators: {problem} is what was wrong with the site's config.json, in English.
    meet.tell(tr("The site's config.json has problems, so defaults are used: {problem}",
                 {{"problem", config_warnings.front()}}));
  }
  lobby_.load(prefs_, clock_());
  follow_route(parse_route(initial_hash));
  if (!meet.has_notice() && !lobby_.schedule_book().problems().empty()) {
    meet.tell(std::string(tr("Some saved meetings couldn't be read: see the Schedule tab.")));
  }
  if (!meet.has_notice()) meet.tell(prefs_.trusted().problem());
  after_change();
}

// --- the meeting flow -------------------------------------------------------------------

void App::step(const FlowEvent& event) {
  const std::size_t before = flow_.state().index();
  for (const FlowEffect& effect : flow_.on(event, clock_())) carry_out(effect);
  if (const auto* ended = flow_.as<flow::Ended>(); ended && before != flow_.state().index()) {
    lobby_.meet().tell(describe(ended->reason), ended->failed);
    panel_.reset();
  }
  panel_.after_step(flow_);
  frames_.touch();
}

void App::carry_out(const FlowEffect& effect) {
  std::visit(Overloaded{
      [&](const flow::StartPreview&) { prejoin_.open(lobby_.meet().form().name); },
      [&](const flow::StopPreview&) { prejoin_.close(); },
      [&](const flow::WarmUp& e) { platform_.warm_meeting(e.script_url, e.origin); },
      [&](const flow::FetchToken& e) {
        platform_.fetch_text(kTokenPurpose + std::to_string(++token_requests_), e.url, kMaxTokenResponseBytes);
      },
      [&](const flow::OpenMeeting& e) {
        MeetTab& meet = lobby_.meet();
        meet.forget_invite();
        invitation_.close();
        meet.clear_errors();
        meet.tell("");
        panel_.reset();
        if (const MeetingTarget* target = flow_.target()) meet.record(*target, clock_());
        nlohmann::json options = e.options;
        apply_jitsi_language(options, language_.current().jitsi);
        platform_.open_meeting(e.script_url, e.domain, json_util::dump_text(options));
      },
      [&](const flow::CloseMeeting&) { platform_.close_meeting(); },
      [&](const flow::SetRoute& e) {
        // A guest who steps back from the door returns to their invitation, not to a lobby.
        const bool to_invitation = invitation_.is_open() && e.hash == lobby_hash();
        platform_.set_route(to_invitation ? invitation_.hash(scene()) : e.hash, e.push);
      },
      [&](const flow::Command& e) { platform_.jitsi_command(e.command); },
      [&](const flow::WakeIn& e) { platform_.wake_after(static_cast<int>(e.ms)); },
      [&](const flow::Hint& e) { panel_.hint(describe(e.hint)); },
      [&](const flow::TrustDeployment& e) {
        prefs_.trusted().trust(e.deployment, clock_());
        if (!prefs_.trusted().problem().empty()) lobby_.meet().tell(prefs_.trusted().problem());
      },
  }, effect);
}

// A link still opens its door offline (the camera check works); what you start waits.
void App::join(JoinRequest request) {
  const bool door_only = request.origin == JoinOrigin::Link || request.origin == JoinOrigin::Invite;
  if (!door_only && refuse_offline(host_.online, platform_)) {
    frames_.touch();
    return;
  }
  lobby_.meet().clear_errors();
  const JoinChoices choices{clean_display_name(lobby_.meet().form().name), prejoin_.devices()};
  step(flow::Join{std::move(request.target), request.origin, request.ask_deployment, choices});
}

void App::keep_name(const std::string& name) {
  if (auto refused = prefs_.keep_name(name)) lobby_.meet().tell(std::move(*refused));
}

// What a screen asked for, in the order the person meant it: keep, then act.
void App::apply(Requests&& requests) {
  if (requests.keep_name) keep_name(*requests.keep_name);
  if (requests.choose_language) {
    prefs_.keep_language(*requests.choose_language);
    language_.choose(*requests.choose_language);
  }
  if (requests.keep_devices) {
    prejoin_.use_devices(*requests.keep_devices);
    prefs_.keep_devices(*requests.keep_devices);
  }
  for (const FlowEvent& event : requests.steps) step(event);
  if (requests.join) join(std::move(*requests.join));
  if (requests.changed) frames_.touch();
  if (requests.rows_gone) frames_.forget_keyboard_place();
}

// --- events from the host -------------------------------------------------------------

void App::handle(const PlatformEvent& event) {
  std::visit(Overloaded{
      [&](const host::RouteChanged& e) { follow_route(parse_route(e.hash)); },
      [&](const host::MeetingOpened&) { step(flow::Opened{}); },
      [&](const host::ScriptLoadFailed& e) { step(flow::ScriptFailed{e.reason}); },
      [&](const host::Jitsi& e) { step(flow::FromJitsi{e.event}); },
      [&](const host::Wake&) { step(flow::Timer{}); },
      [&](const host::Clipboard& e) {
        if (screen() == Screen::Invitation) return invitation_.on_clipboard(e.ok);
        if (lobby_.on_clipboard(e.ok)) return;
        lobby_.meet().tell(std::string(
            e.ok ? tr("Link copied to the clipboard.")
                 : tr("Couldn't copy automatically: select the link and press Ctrl+C (⌘C on a Mac).")));
      },
      [&](const host::Action& e) { run_action(e.name); },
      [&](const host::Theme&) {},  // the host re-applies the theme; nothing to decide here
      [&](const host::StorageChanged& e) { lobby_.on_storage_changed(e.key, clock_()); },
      [&](const host::FileOpened& e) { lobby_.on_file(e, clock_()); },
      [&](const host::Accessible& e) { on_accessible(e); },
      [&](const host::Connectivity& e) { host_.online = e.online; },
      [&](const host::UpdateReady&) { host_.update_ready = true; },
      [&](const host::LockGranted& e) {
        if (!lobby_.on_lock(e.name, clock_())) platform_.release_lock(e.name);
      },
      [&](const host::Fetched& e) { on_token(e); },
      [&](const host::LanguageLoaded& e) { on_language(e); },
      [&](const auto&) {
        if (screen() == Screen::PreJoin) prejoin_.on_media(event);  // a late answer after the join: ignored
      },
  }, event);
  frames_.touch();
  after_change();
}

void App::on_token(const host::Fetched& event) {
  if (event.purpose != kTokenPurpose + std::to_string(token_requests_)) return;  // a cancelled join's
  const std::optional<std::string> jwt = event.ok ? jwt_from_token_response(event.text) : std::nullopt;
  // Translators: shown in brackets after "Couldn't get a meeting token from <url>": the server
  // answered, but its answer held no token.
  step(flow::TokenAnswer{jwt, event.ok ? std::string(tr("the answer held no token")) : event.text});
}

// The catalogue a Settings choice asked for arrived: every word changes on the next frame.
void App::on_language(const host::LanguageLoaded& event) {
  if (!language_.on_loaded(event)) return;
  platform_.announce(std::string(tr("The interface is now in {language}.", {{"language", language_.current().own_name}})));
}

// The accessible mirror focused or pressed a widget of the last frame.
void App::on_accessible(const host::Accessible& event) {
  const WidgetRect* rect = frames_.rects().find(event.name);
  if (rect == nullptr || rect->id == 0 || rect->disabled) return;
  keyboard_focus::focus(*rect, event.press);
}

// Commands from outside the canvas (the hidden DOM buttons for assistive technology).
void App::run_action(const std::string& name) {
  if (name == "notifications-changed") return;  // the Schedule tab reads the permission when drawn
  if (name == kShowMeetingAction) return;        // the page came to the front: the panel is there
  const bool reminder = name.rfind(kReminderActionPrefix, 0) == 0;
  if (screen() == Screen::PreJoin && !reminder) return apply(prejoin_.run_action(name, scene()));
  if (screen() == Screen::Invitation && !reminder) return apply(invitation_.run_action(name, scene()));
  apply(lobby_.run_action(name, scene()));
}

// Reminders that fell due, and what screen readers hear: the most pressing message, once.
void App::after_change() {
  if (lobby_.check_reminders(clock_())) frames_.touch();
  const std::string& said = screen() == Screen::PreJoin && !prejoin_.name_error().empty()
                                ? prejoin_.name_error()
                                : lobby_.meet().message();
  if (said.empty() || said == announced_) {
    if (said.empty()) announced_.clear();
    return;
  }
  announced_ = said;
  platform_.announce(said);
}

// --- drawing ------------------------------------------------------------------------------

void App::draw(const UiFonts& fonts) {
  frames_.begin(screen());
  const Scene now = scene();
  WidgetRects& rects = frames_.rects();
  const std::string& notice = lobby_.meet().notice();
  Requests requests;
  bool moved = false;
  switch (screen()) {
    case Screen::Meeting:
      requests = panel_.draw(now, notice, fonts, rects);
      break;
    case Screen::Invitation:
      requests = invitation_.draw(now, notice, fonts, rects);
      moved = invitation_.moved();
      break;
    case Screen::PreJoin:
      requests = prejoin_.draw(now, notice, fonts, rects);
      if (requests.keep_name) lobby_.meet().set_name(*requests.keep_name);
      moved = prejoin_.moved();
      break;
    default:
      requests = lobby_.draw(now, site_.config.title, prefs_, fonts, rects);
      moved = lobby_.moved() || lobby_.switching_tab();
      break;
  }
  const bool settle = requests.settle;
  apply(std::move(requests));
  frames_.end(settle, moved);
  after_change();
}

int App::tick_interval_ms() const {
  if (const MeetingSession* session = flow_.session()) return session->joined_at_ms() ? 1000 : 0;
  if (screen() == Screen::Invitation) return 1000;  // its countdown
  if (screen() != Screen::Lobby) return 0;
  return lobby_.counting_down() ? 1000 : 0;
}

// --- routes ---------------------------------------------------------------------------------

void App::follow_route(const Route& route) {
  lobby_.meet().forget_invite();
  invitation_.close();
  switch (route.kind) {
    case Route::Kind::Lobby:
      step(flow::RouteToLobby{});
      break;
    case Route::Kind::Meeting:
      follow_meeting_link(*route.code, route);
      break;
    case Route::Kind::InvalidMeeting:
      step(flow::RouteToLobby{});
      lobby_.meet().refuse(
          route.raw_code,
          // Translators: {problem} is a sentence saying what is wrong with the code.
          tr("The link's meeting code isn't valid. {problem}", {{"problem", describe(*route.problem)}}));
      break;
  }
}

void App::follow_meeting_link(const RoomCode& code, const Route& route) {
  const LinkDeployment link = deployment_from_params(route.params);
  const LinkDecision place = deployment_for_link(site_.policy, prefs_.deployment(), link);
  if (const MeetingTarget* current = flow_.target();
      current && screen() != Screen::Lobby && current->code == code && same_deployment(current->deployment, place.deployment)) {
    return;  // already there (hashchange and popstate both report one change)
  }
  MeetTab& meet = lobby_.meet();
  std::string notice =
      link.ignored.empty() ? ""
                           // Translators: {problem} says which part of the link was ignored and why.
                           : tr("Ignored in the link: {problem}", {{"problem", describe(link.ignored.front())}});
  const InviteDetails invite = invite_from_params(route.params);
  if (!invite.has_details()) {
    // Only bad parameters: the link still opens the room, like a bookmark, and says what it ignored.
    const std::string ignored = ignored_notice(invite.ignored);
    if (!ignored.empty()) notice += (notice.empty() ? "" : " ") + ignored;
  }
  meet.show_code(code, std::move(notice));
  if (place.refused) {
    step(flow::RouteToLobby{});
    meet.refuse(code.str(), describe(*place.refused));
    return;
  }
  MeetingTarget target{code, place.deployment, {}, invite.title.value_or(""), invite.agenda.value_or("")};
  if (invite.start_utc && invite.duration_minutes) {
    target.start_utc = *invite.start_utc;
    target.duration_minutes = *invite.duration_minutes;
  }
  const bool ask_deployment = place.ask_first && !prefs_.trusted().trusts(place.deployment);
  if (invite.has_details() && !ask_deployment && screen() != Screen::Meeting) {
    // An invitation says when: the guest's page; without a time, a card above the lobby's
    // form. Either lets the person choose to join.
    step(flow::RouteToLobby{});
    if (invite.start_utc) invitation_.open(std::move(target), invite);
    else meet.invite(std::move(target), invite);
    return;
  }
  join({std::move(target), JoinOrigin::Link, ask_deployment});
}

}  // namespace cofx
