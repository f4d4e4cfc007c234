#include "app/app.h"

#include <chrono>
#include <utility>

#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include "core/code_input.h"
#include "core/display_name.h"
#include "core/jitsi_options.h"
#include "core/settings.h"

namespace cofx {
namespace {

const char* screen_name(Screen screen) {
  switch (screen) {
    case Screen::Lobby: return "lobby";
    case Screen::Joining: return "joining";
    case Screen::Meeting: return "meeting";
  }
  return "lobby";
}

std::string storage_failure_notice(StorageStatus status) {
  if (status == StorageStatus::QuotaExceeded) {
    return "This browser's storage is full, so your name is kept for this visit only.";
  }
  return "This browser blocks storage (private mode?), so your name is kept for this visit only.";
}

}  // namespace

std::int64_t App::system_clock_ms() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

App::App(Platform& platform, SiteConfig config, RandomBytes random, Clock clock)
    : platform_(platform), config_(std::move(config)), random_(std::move(random)), clock_(std::move(clock)) {
  view_.domain = config_.jitsi_domain;
}

void App::start(std::string_view initial_hash, const std::vector<std::string>& config_warnings) {
  load_settings();
  if (!config_warnings.empty()) {
    view_.notice = "The site's config.json has problems, so defaults are used: " + config_warnings.front();
  }
  follow_route(parse_route(initial_hash));
  publish();
}

void App::handle(const PlatformEvent& event) {
  switch (event.type) {
    case PlatformEvent::Type::RouteChanged:
      follow_route(parse_route(event.text));
      break;
    case PlatformEvent::Type::MeetingOpened:
      if (screen_ == Screen::Joining) screen_ = Screen::Meeting;
      break;
    case PlatformEvent::Type::MeetingJoined:
      if (screen_ != Screen::Lobby && !joined_at_ms_) joined_at_ms_ = clock_();
      break;
    case PlatformEvent::Type::MeetingLeft:
    case PlatformEvent::Type::ReadyToClose:
      if (screen_ != Screen::Lobby) {
        end_meeting("You left " + (room_ ? room_->str() : std::string("the meeting")) + ".");
        platform_.set_route(lobby_hash(), true);
      }
      break;
    case PlatformEvent::Type::ScriptLoadFailed:
      if (screen_ != Screen::Lobby) {
        end_meeting("");
        view_.script_error = "Couldn't load Jitsi Meet from " + config_.jitsi_domain + " (" + event.text +
                             "). Check your connection, then press Retry.";
      }
      break;
    case PlatformEvent::Type::ClipboardResult:
      view_.notice = event.ok ? "Link copied to the clipboard."
                              : "Couldn't copy automatically: select the link and press Ctrl+C (⌘C on a Mac).";
      break;
    case PlatformEvent::Type::Action:
      run_action(event.text);
      break;
    case PlatformEvent::Type::ThemeChanged:  // the host re-applies the theme; nothing to decide here
    case PlatformEvent::Type::Jitsi:
      break;
  }
  publish();
}

int App::tick_interval_ms() const { return screen_ == Screen::Meeting && joined_at_ms_ ? 1000 : 0; }

MeetingPanelView App::meeting_panel_view() const {
  MeetingPanelView panel;
  panel.room = room_ ? room_->str() : "";
  panel.domain = config_.jitsi_domain;
  if (joined_at_ms_) panel.elapsed = format_elapsed((clock_() - *joined_at_ms_) / 1000);
  panel.notice = view_.notice;
  return panel;
}

void App::apply(const MeetingPanelIntents& intents) {
  if (intents.copy_invite && room_) platform_.copy_to_clipboard(meeting_link(platform_.site_url(), *room_));
  if (intents.leave && screen_ != Screen::Lobby) {
    end_meeting("You left " + room_->str() + ".");
    platform_.set_route(lobby_hash(), true);
  }
}

void App::draw(const UiFonts& fonts) {
  rects_.begin_frame();
  if (screen_ == Screen::Meeting) {
    apply(draw_meeting_panel(meeting_panel_view(), fonts, rects_));
    relayout_ = publish();
    return;
  }
  view_.joining = screen_ == Screen::Joining;
  view_.room = room_ ? room_->str() : "";
  view_.link = room_ ? meeting_link(platform_.site_url(), *room_) : "";
  if (form_.focus_code) settle_frames_ = 3;  // ImGui resolves a focus request over the next frames
  LobbyIntents intents;
  switch (card_.begin(config_.title, fonts, std::exchange(select_tab_, std::nullopt), rects_)) {
    case LobbyTab::Meet:
      intents = draw_meet_tab(form_, view_, rects_);
      break;
    case LobbyTab::Schedule:
    case LobbyTab::Settings:
      break;
  }
  const bool moved = card_.end("Meetings run on " + config_.jitsi_domain + " with Jitsi Meet.");
  read_shortcuts(intents);
  apply(intents);
  // What the person did may have changed what the lobby shows: draw once more.
  if (settle_frames_ > 0) --settle_frames_;
  relayout_ = publish() || moved || settle_frames_ > 0 || select_tab_.has_value();
}

bool App::wants_another_frame() const {
  return relayout_ || ImGui::GetCurrentContext()->InputEventsQueue.Size > 0;
}

void App::apply(const LobbyIntents& intents) {
  if (intents.name_edited) view_.name_error.clear();
  if (intents.code_edited) view_.code_error.clear();
  if (intents.name_committed && !display_name_problem(clean_display_name(form_.name))) save_settings();
  if (intents.copy_link && room_) platform_.copy_to_clipboard(meeting_link(platform_.site_url(), *room_));
  if (intents.cancel && screen_ != Screen::Lobby) {
    end_meeting("");
    platform_.set_route(lobby_hash(), false);
  }
  if (intents.retry && room_) {
    view_.notice.clear();
    enter_meeting(*room_, false);
  }
  if (intents.start_instant) start_instant_meeting();
  if (intents.join_code) join_typed_code();
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

void App::start_instant_meeting() {
  view_.notice.clear();
  if (!take_display_name()) return;
  enter_meeting(generate_room_code(random_), true);
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
  enter_meeting(*check.code, true);
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

void App::enter_meeting(const RoomCode& code, bool push_route) {
  if (screen_ != Screen::Lobby) platform_.close_meeting();
  joined_at_ms_.reset();
  room_ = code;
  screen_ = Screen::Joining;
  view_.script_error.clear();
  view_.code_error.clear();
  if (push_route) platform_.set_route(meeting_hash(code), true);
  const MeetingRequest request{code, clean_display_name(form_.name)};
  platform_.open_meeting(config_.jitsi_domain, build_jitsi_options(request).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void App::end_meeting(std::string notice) {
  platform_.close_meeting();
  joined_at_ms_.reset();
  screen_ = Screen::Lobby;
  view_.notice = std::move(notice);
}

void App::follow_route(const Route& route) {
  switch (route.kind) {
    case Route::Kind::Lobby:
      if (screen_ != Screen::Lobby) end_meeting("You left " + room_->str() + ".");
      break;
    case Route::Kind::Meeting:
      if (screen_ != Screen::Lobby && room_ == route.code) break;  // already there
      form_.code = route.code->str();
      view_.code_error.clear();
      if (display_name_problem(clean_display_name(form_.name))) {
        if (screen_ != Screen::Lobby) end_meeting("");
        room_ = route.code;
        view_.name_error = "Enter your name to join " + route.code->str() + ", then press Join.";
        break;
      }
      view_.notice.clear();
      enter_meeting(*route.code, false);
      break;
    case Route::Kind::InvalidMeeting:
      if (screen_ != Screen::Lobby) end_meeting("");
      form_.code = route.raw_code;
      view_.code_error = "The link's meeting code isn't valid. " + describe(*route.problem);
      break;
  }
}

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
    view_.notice = storage_failure_notice(status);
  }
}

bool App::publish() {
  const std::string& error = !view_.script_error.empty() ? view_.script_error
                             : !view_.code_error.empty() ? view_.code_error
                                                         : view_.name_error;
  const nlohmann::json state = {
      {"screen", screen_name(screen_)},
      {"room", room_ ? room_->str() : ""},
      {"link", room_ ? meeting_link(platform_.site_url(), *room_) : ""},
      {"displayName", form_.name},
      {"code", form_.code},
      {"error", error},
      {"nameError", view_.name_error},
      {"codeError", view_.code_error},
      {"scriptError", view_.script_error},
      {"message", view_.notice},
      {"domain", config_.jitsi_domain},
  };
  // Typed or linked text may hold invalid UTF-8: replace it rather than fail.
  std::string text = state.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  if (text == last_published_) return false;
  last_published_ = std::move(text);
  platform_.publish_state(last_published_);
  return true;
}

}  // namespace cofx
