#include "app/app.h"

#include <algorithm>
#include <chrono>
#include <utility>

#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include "app/invite_links.h"
#include "core/code_input.h"
#include "core/display_name.h"
#include "core/jitsi_options.h"
#include "core/schedule_store.h"
#include "core/settings.h"

namespace cofx {
namespace {

constexpr const char* kTrustedPlacesKey = "cofinix.trusted-places";

const char* screen_name(Screen screen) {
  switch (screen) {
    case Screen::Lobby: return "lobby";
    case Screen::Joining: return "joining";
    case Screen::Meeting: return "meeting";
  }
  return "lobby";
}

std::string storage_failure_notice(StorageStatus status, const char* what) {
  if (status == StorageStatus::QuotaExceeded) {
    return std::string("This browser's storage is full, so ") + what + " is kept for this visit only.";
  }
  return std::string("This browser blocks storage (private mode?), so ") + what + " is kept for this visit only.";
}

std::string dump(const nlohmann::json& value) {
  // Typed or linked text may hold invalid UTF-8: replace it rather than fail.
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::int64_t App::system_clock_ms() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

App::App(Platform& platform, SiteConfig config, RandomBytes random, Clock clock, SitePolicy policy)
    : platform_(platform),
      config_(std::move(config)),
      policy_(std::move(policy)),
      random_(std::move(random)),
      clock_(std::move(clock)),
      schedule_book_(platform),
      schedule_tab_(platform, schedule_book_, random_) {
  view_.domain = place_label(effective());
}

void App::start(std::string_view initial_hash, const std::vector<std::string>& config_warnings) {
  load_settings();
  load_deployment();
  if (!config_warnings.empty()) {
    view_.notice = "The site's config.json has problems, so defaults are used: " + config_warnings.front();
  }
  schedule_book_.load(clock_());
  follow_route(parse_route(initial_hash));
  if (view_.notice.empty() && !schedule_book_.problems().empty()) {
    view_.notice = "Some saved meetings couldn't be read: see the Schedule tab.";
  }
  publish();
}

// --- events from the host -------------------------------------------------------------

void App::handle(const PlatformEvent& event) {
  switch (event.type) {
    case PlatformEvent::Type::RouteChanged:
      follow_route(parse_route(event.text));
      break;
    case PlatformEvent::Type::MeetingOpened:
      if (screen_ == Screen::Joining) screen_ = Screen::Meeting;
      break;
    case PlatformEvent::Type::MeetingJoined:
      break;  // the forwarded videoConferenceJoined (handle_jitsi) carries the details
    case PlatformEvent::Type::MeetingLeft:
    case PlatformEvent::Type::ReadyToClose:
      if (screen_ != Screen::Lobby) leave_to_lobby("You left " + target_->code.str() + ".");
      break;
    case PlatformEvent::Type::ScriptLoadFailed:
      if (screen_ != Screen::Lobby) {
        end_meeting("");
        view_.script_error = "Couldn't load Jitsi Meet from " + place_label(target_->deployment) + " (" +
                             event.text + "). Check your connection, then press Retry.";
      }
      break;
    case PlatformEvent::Type::ClipboardResult:
      if (schedule_tab_.on_clipboard(event.ok)) break;
      view_.notice = event.ok ? "Link copied to the clipboard."
                              : "Couldn't copy automatically: select the link and press Ctrl+C (⌘C on a Mac).";
      break;
    case PlatformEvent::Type::Action:
      run_action(event.text);
      break;
    case PlatformEvent::Type::Jitsi:
      handle_jitsi(event.text);
      break;
    case PlatformEvent::Type::Fetched:
      handle_fetched(event);
      break;
    case PlatformEvent::Type::StorageChanged:
      if (event.text.empty() || event.text == kSchedulesStorageKey) schedule_book_.reload(clock_());
      break;
    case PlatformEvent::Type::FileOpened:
      schedule_tab_.on_file(event, clock_());
      break;
    case PlatformEvent::Type::ThemeChanged:  // the host re-applies the theme; nothing to decide here
      break;
  }
  publish();
}

void App::handle_jitsi(const std::string& json) {
  if (!session_ || screen_ == Screen::Lobby) return;
  const std::optional<JitsiEvent> event = parse_jitsi_event(json);
  if (!event) return;
  const MeetingSession::Reaction reaction = session_->on(*event, clock_());
  for (const nlohmann::json& command : reaction.commands) {
    platform_.jitsi_command(command.value("command", ""), dump(command.value("args", nlohmann::json::array())));
  }
  if (reaction.hint) view_.notice = *reaction.hint;
  if (reaction.ask_password) {
    if (password_prompt_.open) password_prompt_.error = "That password didn't work. Try again.";
    password_prompt_.open = true;
  }
  if (reaction.end_reason) leave_to_lobby(*reaction.end_reason);
}

// The deployer's token URL answered: join with the JWT it gave, or say why not.
void App::handle_fetched(const PlatformEvent& event) {
  if (event.detail != "token" || !waiting_for_token_ || screen_ != Screen::Joining) return;
  waiting_for_token_ = false;
  const std::optional<std::string> jwt = event.ok ? jwt_from_token_response(event.text) : std::nullopt;
  if (!jwt) {
    end_meeting("");
    view_.script_error = "Couldn't get a meeting token from " + target_->deployment.token_url + " (" +
                         (event.ok ? std::string("the answer held no token") : event.text) +
                         "). Sign in there if needed, then press Retry.";
    return;
  }
  target_->deployment.jwt = *jwt;
  open_meeting();
}

// --- drawing ------------------------------------------------------------------------------

void App::draw(const UiFonts& fonts) {
  rects_.begin_frame();
  if (screen_ == Screen::Meeting) draw_panel(fonts); else draw_lobby(fonts);
}

void App::draw_panel(const UiFonts& fonts) {
  apply(draw_meeting_panel(meeting_panel_view(), password_prompt_, fonts, rects_));
  relayout_ = publish();
}

void App::draw_lobby(const UiFonts& fonts) {
  view_.joining = screen_ == Screen::Joining;
  view_.room = target_ ? target_->code.str() : "";
  view_.link = target_ ? link_for(*target_) : "";
  view_.domain = place_label(target_ && screen_ != Screen::Lobby ? target_->deployment : effective());
  view_.security_summary = security_summary({form_.room_password, form_.lobby, form_.end_to_end_encryption});
  view_.confirm = to_confirm_ ? joining_notice(to_confirm_->code, to_confirm_->deployment) : "";
  if (form_.focus_code) settle_frames_ = 3;  // ImGui resolves a focus request over the next frames

  LobbyIntents intents;
  shown_tab_ = card_.begin(config_.title, fonts, std::exchange(select_tab_, std::nullopt), rects_);
  switch (shown_tab_) {
    case LobbyTab::Meet:
      if (auto card = invite_card()) {
        if (draw_invite_card(*card, rects_).join) join_invite();
      }
      intents = draw_meet_tab(form_, view_, rects_);
      break;
    case LobbyTab::Schedule:
      if (auto code = schedule_tab_.draw(clock_(), {effective(), policy_.deployment}, rects_)) {
        join_scheduled(*code);
      }
      break;
    case LobbyTab::Settings:
      apply(draw_settings_tab(deployment_form_, settings_view(), rects_));
      break;
  }
  const bool moved = card_.end("Meetings run on " + place_label(effective()) + " with Jitsi Meet.");
  read_shortcuts(intents);
  apply(intents);
  // What the person did may have changed what the lobby shows: draw once more.
  if (settle_frames_ > 0) --settle_frames_;
  relayout_ = publish() || moved || settle_frames_ > 0 || select_tab_.has_value();
}

bool App::wants_another_frame() const {
  return relayout_ || ImGui::GetCurrentContext()->InputEventsQueue.Size > 0;
}

int App::tick_interval_ms() const {
  if (screen_ == Screen::Meeting) return session_ && session_->joined_at_ms() ? 1000 : 0;
  const bool invite_countdown = shown_tab_ == LobbyTab::Meet && invite_ && invite_->start_utc;
  const bool schedule_countdown = shown_tab_ == LobbyTab::Schedule && schedule_tab_.shows_countdown();
  return invite_countdown || schedule_countdown ? 1000 : 0;
}

MeetingPanelView App::meeting_panel_view() {
  MeetingPanelView panel;
  panel.room = target_->code.str();
  panel.domain = place_label(target_->deployment);
  if (session_) {
    if (auto joined = session_->joined_at_ms()) panel.elapsed = format_elapsed((clock_() - *joined) / 1000);
    panel.participants = session_->participants();
    panel.recording = !session_->recording().empty();
    panel.security = security_summary(session_->security());
  }
  panel.notice = view_.notice;
  return panel;
}

SettingsView App::settings_view() const {
  SettingsView view = settings_;
  view.allowed = policy_.allow_user_deployment;
  view.site_default = place_label(policy_.deployment);
  view.in_use = place_label(effective());
  return view;
}

// --- what the person asked for -----------------------------------------------------------

void App::apply(const LobbyIntents& intents) {
  if (intents.name_edited) view_.name_error.clear();
  if (intents.code_edited) view_.code_error.clear();
  if (intents.security_edited) view_.security_error.clear();
  if (intents.name_committed && !display_name_problem(clean_display_name(form_.name))) save_settings();
  if (intents.copy_link && target_) platform_.copy_to_clipboard(link_for(*target_));
  if (intents.cancel && screen_ != Screen::Lobby) {
    end_meeting("");
    platform_.set_route(lobby_hash(), false);
  }
  if (intents.retry && target_) {
    view_.notice.clear();
    enter_meeting(*target_, false);
  }
  if (intents.decline_join && to_confirm_) {
    to_confirm_.reset();
    platform_.set_route(lobby_hash(), false);
  }
  if (intents.confirm_join && to_confirm_ && take_display_name()) {
    remember_trusted_place(to_confirm_->deployment);
    MeetingTarget target = *std::exchange(to_confirm_, std::nullopt);
    enter_meeting(std::move(target), false);
  }
  if (intents.start_instant) start_instant_meeting();
  if (intents.join_code) join_typed_code();
}

void App::apply(const MeetingPanelIntents& intents) {
  if (intents.copy_invite) platform_.copy_to_clipboard(link_for(*target_));
  if (intents.submit_password && !password_prompt_.text.empty()) {
    const nlohmann::json command = password_command(password_prompt_.text);
    platform_.jitsi_command(command.value("command", ""), dump(command.value("args", nlohmann::json::array())));
    password_prompt_ = {};
  }
  if (intents.cancel_password) {
    leave_to_lobby("You didn't enter the password for " + target_->code.str() + ", so you left it.");
  } else if (intents.leave && screen_ != Screen::Lobby) {
    leave_to_lobby("You left " + target_->code.str() + ".");
  }
}

void App::apply(const SettingsIntents& intents) {
  if (intents.edited) settings_.problems.clear(), settings_.notice.clear();
  if (intents.reset) {
    saved_deployment_.reset();
    deployment_form_ = form_for(policy_.deployment);
    platform_.save(kDeploymentStorageKey, "");
    settings_.notice = "Meetings run on the site's default, " + place_label(policy_.deployment) + ".";
  }
  if (intents.save) {
    const Deployment chosen = deployment_from(deployment_form_);
    settings_.problems = deployment_problems(chosen);
    if (!settings_.problems.empty()) return;
    saved_deployment_ = chosen;
    const StorageStatus status = platform_.save(kDeploymentStorageKey, encode_deployment(chosen));
    settings_.notice = status == StorageStatus::Ok ? "Saved. New meetings run on " + place_label(chosen) + "."
                                                   : storage_failure_notice(status, "this choice");
  }
}

// Single-key shortcuts, only while no text field has the keyboard.
void App::read_shortcuts(LobbyIntents& intents) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || io.KeyCtrl || io.KeyAlt || io.KeySuper) return;
  if (ImGui::IsKeyPressed(ImGuiKey_N, false)) intents.start_instant = true;
  if (ImGui::IsKeyPressed(ImGuiKey_J, false)) {
    select_tab_ = LobbyTab::Meet;
    form_.focus_code = true;
  }
  if (ImGui::IsKeyPressed(ImGuiKey_S, false)) select_tab_ = LobbyTab::Schedule;
}

// Commands from outside the canvas (the hidden DOM buttons for assistive technology).
void App::run_action(const std::string& name) {
  LobbyIntents intents;
  if (name == "start") intents.start_instant = true;
  else if (name == "join") intents.join_code = true;
  else if (name == "copy-link") intents.copy_link = true;
  else if (name == "retry") intents.retry = true;
  else if (name == "cancel") intents.cancel = true;
  apply(intents);
}

// --- meetings -------------------------------------------------------------------------------

void App::start_instant_meeting() {
  view_.notice.clear();
  if (!take_display_name()) return;
  const std::optional<MeetingSecurity> security = take_security();
  if (!security) return;
  enter_meeting({generate_room_code(random_), effective(), *security}, true);
}

void App::join_typed_code() {
  view_.notice.clear();
  const CodeCheck check = check_meeting_code(form_.code);
  if (!check.code) {
    view_.code_error = describe(*check.problem);
    return;
  }
  form_.code = check.code->str();
  view_.code_error.clear();
  if (!take_display_name()) return;
  // A room someone else made: its security is theirs to set.
  const Deployment deployment =
      target_ && target_->code == *check.code ? target_->deployment : effective();
  enter_meeting({*check.code, deployment, {}}, true);
}

std::optional<MeetingSecurity> App::take_security() {
  MeetingSecurity security{form_.room_password, form_.lobby, form_.end_to_end_encryption};
  if (!security.password.empty()) {
    if (auto problem = room_password_problem(security.password)) {
      view_.security_error = *problem;
      return std::nullopt;
    }
  }
  view_.security_error.clear();
  return security;
}

// Checks the typed name; on success stores the cleaned name and saves it.
bool App::take_display_name() {
  const std::string cleaned = clean_display_name(form_.name);
  if (auto problem = display_name_problem(cleaned)) {
    view_.name_error = *problem;
    return false;
  }
  form_.name = cleaned;
  view_.name_error.clear();
  save_settings();
  return true;
}

void App::enter_meeting(MeetingTarget target, bool push_route) {
  if (screen_ != Screen::Lobby) platform_.close_meeting();
  invite_.reset();
  target_ = std::move(target);
  session_.emplace(target_->security);
  password_prompt_ = {};
  screen_ = Screen::Joining;
  view_.script_error.clear();
  view_.code_error.clear();
  if (push_route) platform_.set_route(meeting_hash_for(target_->code, target_->deployment, policy_.deployment), true);
  const Deployment& deployment = target_->deployment;
  if (deployment.jwt.empty() && !deployment.token_url.empty()) {
    waiting_for_token_ = true;
    platform_.fetch_text("token", deployment.token_url);
    return;
  }
  open_meeting();
}

void App::open_meeting() {
  const Deployment& deployment = target_->deployment;
  nlohmann::json options = build_jitsi_options({target_->code, clean_display_name(form_.name)});
  apply_deployment(options, deployment, target_->code);
  apply_extra_config(options, policy_.extra_config);
  platform_.open_meeting(script_url(deployment), api_domain(deployment), dump(options));
}

void App::end_meeting(std::string notice) {
  platform_.close_meeting();
  session_.reset();
  waiting_for_token_ = false;
  password_prompt_ = {};
  screen_ = Screen::Lobby;
  view_.notice = std::move(notice);
}

// Ends the meeting and puts the lobby in the address bar (a new history entry, so
// Back returns to the meeting).
void App::leave_to_lobby(std::string notice) {
  end_meeting(std::move(notice));
  platform_.set_route(lobby_hash(), true);
}

std::string App::link_for(const MeetingTarget& target) {
  std::string site = platform_.site_url();
  return site + meeting_hash_for(target.code, target.deployment, policy_.deployment);
}

void App::follow_route(const Route& route) {
  invite_.reset();
  switch (route.kind) {
    case Route::Kind::Lobby:
      to_confirm_.reset();
      if (screen_ != Screen::Lobby) end_meeting("You left " + target_->code.str() + ".");
      break;
    case Route::Kind::Meeting:
      follow_meeting_link(*route.code, route);
      break;
    case Route::Kind::InvalidMeeting:
      to_confirm_.reset();
      if (screen_ != Screen::Lobby) end_meeting("");
      form_.code = route.raw_code;
      view_.code_error = "The link's meeting code isn't valid. " + describe(*route.problem);
      break;
  }
}

void App::follow_meeting_link(const RoomCode& code, const Route& route) {
  const LinkDeployment link = deployment_from_params(route.params);
  const LinkPlace place = place_for_link(policy_, effective(), link);
  if (screen_ != Screen::Lobby && target_->code == code && same_place(target_->deployment, place.deployment)) {
    return;  // already there (hashchange and popstate both report one change)
  }
  to_confirm_.reset();
  if (screen_ != Screen::Lobby) end_meeting("");
  form_.code = code.str();
  view_.code_error.clear();
  view_.notice = link.ignored.empty() ? "" : "Ignored in the link: " + link.ignored.front();
  const InviteDetails invite = invite_from_params(route.params);
  if (!invite.has_details()) {
    // Only bad parameters: the link still opens the room, like a bookmark, and says what it ignored.
    const std::string ignored = ignored_notice(invite.ignored);
    if (!ignored.empty()) view_.notice += (view_.notice.empty() ? "" : " ") + ignored;
  }
  if (place.refused) {
    view_.code_error = *place.refused;
    return;
  }
  MeetingTarget target{code, place.deployment, {}};
  if (place.ask_first && !is_trusted_place(place.deployment)) {
    to_confirm_ = std::move(target);
    return;
  }
  if (invite.has_details()) {
    // An invitation says when: show it and let the person choose to join.
    target_ = std::move(target);
    invite_ = invite;
    return;
  }
  if (display_name_problem(clean_display_name(form_.name))) {
    target_ = std::move(target);
    view_.name_error = "Enter your name to join " + code.str() + ", then press Join.";
    return;
  }
  enter_meeting(std::move(target), false);
}

// --- storage ----------------------------------------------------------------------------------

void App::load_settings() {
  const std::optional<std::string> stored = platform_.load(kSettingsStorageKey);
  if (!stored) return;
  const SettingsLoad loaded = decode_settings(*stored);
  form_.name = loaded.settings.display_name;
  saved_name_ = form_.name;
  if (loaded.problem) {
    // Keep the original bytes before anything can overwrite them.
    const std::string backup_key = std::string(kSettingsStorageKey) + ".backup";
    if (!platform_.load(backup_key)) platform_.save(backup_key, *stored);
    view_.notice = "Your saved settings couldn't be read (" + *loaded.problem + "). The original is kept in " +
                   backup_key + ".";
  }
}

void App::save_settings() {
  const std::string name = clean_display_name(form_.name);
  if (name == saved_name_) return;
  const StorageStatus status = platform_.save(kSettingsStorageKey, encode_settings(Settings{name}));
  if (status == StorageStatus::Ok) {
    saved_name_ = name;
  } else {
    view_.notice = storage_failure_notice(status, "your name");
  }
}

void App::load_deployment() {
  if (auto stored = platform_.load(kDeploymentStorageKey)) {
    DeploymentLoad loaded = decode_deployment(*stored);
    if (policy_.allow_user_deployment) saved_deployment_ = std::move(loaded.deployment);
    if (loaded.problem) settings_.notice = "Your saved deployment couldn't be used: " + *loaded.problem;
  }
  deployment_form_ = form_for(effective());
  if (auto stored = platform_.load(kTrustedPlacesKey)) {
    const nlohmann::json places = nlohmann::json::parse(*stored, nullptr, false);
    if (places.is_array()) {
      for (const auto& place : places) {
        if (place.is_string()) trusted_places_.push_back(place.get<std::string>());
      }
    }
  }
}

bool App::is_trusted_place(const Deployment& deployment) const {
  return std::find(trusted_places_.begin(), trusted_places_.end(), place_key(deployment)) != trusted_places_.end();
}

// "Asks once per domain": a yes is remembered in this browser.
void App::remember_trusted_place(const Deployment& deployment) {
  if (is_trusted_place(deployment)) return;
  trusted_places_.push_back(place_key(deployment));
  platform_.save(kTrustedPlacesKey, dump(trusted_places_));
}

// --- scheduling and invitations ---------------------------------------------------------------

void App::join_scheduled(const RoomCode& code) {
  form_.code = code.str();
  view_.notice.clear();
  if (!take_display_name()) {
    select_tab_ = LobbyTab::Meet;
    view_.name_error = "Enter your name to join " + code.str() + ", then press Join.";
    return;
  }
  enter_meeting({code, effective(), {}}, true);
}

void App::join_invite() {
  if (!target_ || !take_display_name()) return;
  // The plain meeting link from now on: a reload rejoins, and Jitsi's script (which reads the
  // page's hash as its own parameters) never sees the invitation's.
  platform_.set_route(meeting_hash_for(target_->code, target_->deployment, policy_.deployment), false);
  enter_meeting(*target_, false);
}

std::optional<InviteCardView> App::invite_card() {
  if (!invite_ || !target_) return std::nullopt;
  return invite_card_view(target_->code, *invite_, clock_() / 1000, platform_.local_zone(), screen_ != Screen::Lobby);
}

nlohmann::json App::schedule_state() {
  nlohmann::json state = schedule_tab_.state(clock_());
  const std::optional<InviteCardView> card = invite_card();
  state["invite"] = card ? invite_card_state(*card) : nlohmann::json(nullptr);
  return state;
}

bool App::publish() {
  const std::string& error = !view_.script_error.empty() ? view_.script_error
                             : !view_.code_error.empty() ? view_.code_error
                             : !view_.security_error.empty() ? view_.security_error
                                                             : view_.name_error;
  const Deployment& where = target_ ? target_->deployment : effective();
  const nlohmann::json state = {
      {"screen", screen_name(screen_)},
      {"room", target_ ? target_->code.str() : ""},
      {"link", target_ ? link_for(*target_) : ""},
      {"displayName", form_.name},
      {"code", form_.code},
      {"error", error},
      {"nameError", view_.name_error},
      {"codeError", view_.code_error},
      {"scriptError", view_.script_error},
      {"securityError", view_.security_error},
      {"message", view_.notice},
      {"domain", api_domain(where)},
      {"confirm", to_confirm_ ? joining_notice(to_confirm_->code, to_confirm_->deployment) : ""},
      {"participants", session_ ? session_->participants() : 0},
      {"recording", session_ ? session_->recording() : ""},
      {"passwordPrompt", password_prompt_.open},
      {"deployment", std::string(kind_name(effective().kind))},
      {"schedule", schedule_state()},
  };
  std::string text = dump(state);
  if (text == last_published_) return false;
  last_published_ = std::move(text);
  platform_.publish_state(last_published_);
  return true;
}

}  // namespace cofx
