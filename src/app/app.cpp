#include "app/app.h"
#include "core/text/json_util.h"

#include <algorithm>
#include <chrono>
#include <type_traits>
#include <utility>

#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include "app/invite_links.h"
#include "app/stored_document.h"
#include "app/site_notices.h"
#include "app/ui_parts.h"
#include "core/links/code_input.h"
#include "core/meeting/display_name.h"
#include "core/schedule/schedule_store.h"
#include "core/site/settings.h"
#include "core/deployment/deployment_storage.h"
#include "core/deployment/deployment_labels.h"

namespace cofx {
namespace {

const std::string kTokenPurpose = "token-";  // + the request's number
constexpr float kPreJoinCardWidthEm = 52.0f;

template <typename... F> struct Overloaded : F... { using F::operator()...; };
template <typename... F> Overloaded(F...) -> Overloaded<F...>;

const char* screen_name(Screen screen) {
  switch (screen) {
    case Screen::Lobby: return "lobby";
    case Screen::PreJoin: return "prejoin";
    case Screen::Joining: return "joining";
    case Screen::Meeting: return "meeting";
  }
  return "lobby";
}

// "Your saved settings couldn't be read (…). A copy of the original is kept …"
std::string damaged_notice(const char* what, const std::string& problem, bool backed_up) {
  return std::string("Your saved ") + what + " couldn't be read (" + problem + "). " +
         (backed_up ? "A copy of the original is kept in this browser's storage."
                    : "There was no room to keep a copy of the original.");
}

// Typed or linked text may hold invalid UTF-8: replaced, never an abort.
using json_util::dump_text;

const char* security_item_name(SecurityItem item) {
  switch (item) {
    case SecurityItem::Password: return "password";
    case SecurityItem::Lobby: return "lobby";
    case SecurityItem::EndToEndEncryption: return "e2ee";
  }
  return "";
}

const char* security_state_name(SecurityState state) {
  switch (state) {
    case SecurityState::Waiting: return "waiting";
    case SecurityState::Sent: return "sent";
    case SecurityState::Applied: return "applied";
    case SecurityState::Failed: return "failed";
    case SecurityState::NotPossible: return "not-possible";
  }
  return "";
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
      flow_(policy_, platform.bundled_iframe_api()),
      schedule_book_(platform),
      schedule_tab_(platform, schedule_book_, random_),
      recent_(platform),
      trusted_(platform),
      reminders_(platform) {
  view_.domain = place_label(effective());
}

void App::start(std::string_view initial_hash, const std::vector<std::string>& config_warnings) {
  online_ = platform_.online();
  load_settings();
  load_deployment();
  trusted_.load(clock_());
  load_device_choices();
  if (!config_warnings.empty()) {
    view_.notice = "The site's config.json has problems, so defaults are used: " + config_warnings.front();
  }
  schedule_book_.load(clock_());
  check_reminders();
  recent_.load(clock_());
  follow_route(parse_route(initial_hash));
  if (view_.notice.empty() && !schedule_book_.problems().empty()) {
    view_.notice = "Some saved meetings couldn't be read: see the Schedule tab.";
  }
  if (view_.notice.empty()) view_.notice = trusted_.problem();
  announce_news();
  publish();
}

Screen App::screen() const {
  return std::visit(Overloaded{
      [](const flow::PreJoin&) { return Screen::PreJoin; },
      [](const flow::FetchingToken&) { return Screen::Joining; },
      [](const flow::Joining&) { return Screen::Joining; },
      [](const flow::InMeeting&) { return Screen::Meeting; },
      [](const auto&) { return Screen::Lobby; },
  }, flow_.state());
}

// --- the meeting flow -------------------------------------------------------------------

void App::step(const FlowEvent& event) {
  const std::size_t before = flow_.state().index();
  const bool password_was_open = password_prompt_.open;
  for (const FlowEffect& effect : flow_.on(event, clock_())) carry_out(effect);
  if (const auto* ended = flow_.as<flow::Ended>(); ended && before != flow_.state().index()) {
    (ended->failed ? view_.script_error : view_.notice) = ended->reason;
    password_prompt_ = {};
    meeting_hint_.clear();
  }
  if (const auto* meeting = flow_.as<flow::InMeeting>()) {
    if (meeting->asking_password && !password_prompt_.open) {
      password_prompt_.open = true;
      if (password_was_open || password_prompt_.tried) password_prompt_.error = "That password didn't work. Try again.";
    }
  }
  changed_ = true;
}

void App::carry_out(const FlowEffect& effect) {
  std::visit(Overloaded{
      [&](const flow::StartPreview&) {
        media_.camera = prejoin_form_.devices.camera_on ? DeviceStatus::Starting : DeviceStatus::Off;
        media_.microphone = prejoin_form_.devices.microphone_on ? DeviceStatus::Starting : DeviceStatus::Off;
        media_.level = 0;
        media_.name_error.clear();
        media_.speaker_note.clear();
        prejoin_form_.name = form_.name;
        focus_prejoin_name_ = display_name_problem(clean_display_name(form_.name)).has_value();
        platform_.start_preview(prejoin_form_.devices);
      },
      [&](const flow::StopPreview&) {
        platform_.stop_preview();
        media_.level = 0;
      },
      [&](const flow::WarmUp& e) { platform_.warm_meeting(e.script_url, e.origin); },
      [&](const flow::FetchToken& e) {
        platform_.fetch_text(kTokenPurpose + std::to_string(++token_requests_), e.url, kMaxTokenResponseBytes);
      },
      [&](const flow::OpenMeeting& e) {
        invite_.reset();
        invited_.reset();
        view_.script_error.clear();
        view_.code_error.clear();
        view_.notice.clear();
        password_prompt_ = {};
        meeting_hint_.clear();
        if (const MeetingTarget* target = flow_.target()) recent_.record(*target, clock_());
        platform_.open_meeting(e.script_url, e.domain, dump_text(e.options));
      },
      [&](const flow::CloseMeeting&) { platform_.close_meeting(); },
      [&](const flow::SetRoute& e) { platform_.set_route(e.hash, e.push); },
      [&](const flow::Command& e) { platform_.jitsi_command(e.command); },
      [&](const flow::WakeIn& e) { platform_.wake_after(static_cast<int>(e.ms)); },
      [&](const flow::Hint& e) { meeting_hint_ = e.text; },
      [&](const flow::TrustPlace& e) {
        trusted_.trust(e.deployment, clock_());
        if (!trusted_.problem().empty()) view_.notice = trusted_.problem();
      },
  }, effect);
}

JoinChoices App::choices() const { return {clean_display_name(form_.name), prejoin_form_.devices}; }

void App::request_join(MeetingTarget target, JoinOrigin origin, bool ask_place) {
  // A link still opens its door offline (the camera check works); what you start waits.
  const bool door_only = origin == JoinOrigin::Link || origin == JoinOrigin::Invite;
  if (!door_only && refuse_offline()) return;
  view_.code_error.clear();
  view_.script_error.clear();
  step(flow::Join{std::move(target), origin, ask_place, choices()});
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
        if (schedule_tab_.on_clipboard(e.ok)) return;
        view_.notice = e.ok ? "Link copied to the clipboard."
                            : "Couldn't copy automatically: select the link and press Ctrl+C (⌘C on a Mac).";
      },
      [&](const host::Action& e) { run_action(e.name); },
      [&](const host::Theme&) {},  // the host re-applies the theme; nothing to decide here
      [&](const host::StorageChanged& e) {
        if (e.key.empty() || e.key == kSchedulesStorageKey) schedule_book_.reload(clock_());
        if (e.key.empty() || e.key == kRecentMeetingsStorageKey) recent_.reload(clock_());
      },
      [&](const host::FileOpened& e) { schedule_tab_.on_file(e, clock_()); },
      [&](const host::Accessible& e) { on_accessible(e); },
      [&](const host::Connectivity& e) { online_ = e.online; },
      [&](const host::UpdateReady&) { update_ready_ = true; },
      [&](const host::LockGranted& e) {
        if (e.name == kSchedulesStorageKey) {
          schedule_book_.on_lock(clock_());
        } else if (e.name == kRemindersStorageKey) {
          reminders_.on_lock(clock_());
          take_reminder_notice();
        } else {
          platform_.release_lock(e.name);
        }
      },
      [&](const host::Fetched& e) {
        if (e.purpose != kTokenPurpose + std::to_string(token_requests_)) return;  // a cancelled join's
        const std::optional<std::string> jwt = e.ok ? jwt_from_token_response(e.text) : std::nullopt;
        step(flow::TokenAnswer{jwt, e.ok ? std::string("the answer held no token") : e.text});
      },
      [&](const auto&) { on_media(event); },
  }, event);
  check_reminders();
  changed_ = true;
  announce_news();
  publish();
}

// The accessible mirror focused or pressed a widget of the last frame: a press (or
// focusing a text field, which starts typing in it) activates it like Enter; a focus
// puts ImGui's keyboard navigation on it, with its focus ring showing.
void App::on_accessible(const host::Accessible& event) {
  const WidgetRect* rect = rects_.find(event.name);
  if (rect == nullptr || rect->id == 0 || rect->disabled) return;
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (event.press || rect->text_field) {
    ImGui::ActivateItemByID(rect->id);
  } else if (ImGuiWindow* window = ImGui::FindWindowByID(rect->window)) {
    ImGui::FocusWindow(window);
    ImGui::SetFocusID(rect->id, window);
  }
  g.NavDisableHighlight = false;
  g.NavDisableMouseHover = true;
}

// What the browser reports about the preview's devices.
void App::on_media(const PlatformEvent& event) {
  if (screen() != Screen::PreJoin) return;  // a late answer after the join: the preview is stopped
  std::visit(Overloaded{
      [&](const host::MediaState& e) {
        media_.camera = e.camera;
        media_.microphone = e.microphone;
      },
      [&](const host::MediaDevices& e) {
        media_.devices = e.devices;
        // A remembered device that is gone falls back to the browser's default.
        DeviceChoices& chosen = prejoin_form_.devices;
        auto known = [](const std::vector<MediaDevice>& list, const std::string& id) {
          return id.empty() || list.empty() || std::any_of(list.begin(), list.end(), [&](const MediaDevice& d) {
                   return d.id == id || d.id.empty();
                 });
        };
        if (!known(e.devices.cameras, chosen.camera_id)) chosen.camera_id.clear(), chosen.camera_label.clear();
        if (!known(e.devices.microphones, chosen.microphone_id)) {
          chosen.microphone_id.clear(), chosen.microphone_label.clear();
        }
        // Labels arrive once the person allowed the device: Jitsi matches devices by label.
        if (!chosen.camera_id.empty()) chosen.camera_label = label_of(e.devices.cameras, chosen.camera_id);
        if (!chosen.microphone_id.empty()) {
          chosen.microphone_label = label_of(e.devices.microphones, chosen.microphone_id);
        }
        if (!chosen.speaker_id.empty()) chosen.speaker_label = label_of(e.devices.speakers, chosen.speaker_id);
      },
      [&](const host::MediaLevel& e) { media_.level = e.level; },
      [&](const host::SpeakerTest& e) {
        media_.speaker_note = e.ok ? "Playing a chime: did you hear it?"
                                   : "The speaker test couldn't play" + (e.detail.empty() ? "" : " (" + e.detail + ")") + ".";
      },
      [](const auto&) {},
  }, event);
}

// --- drawing ------------------------------------------------------------------------------

// Keyboard navigation remembers the last item per window; after a change of screen that item
// is gone and Tab would look for it forever. Forget it for the two frames ImGui needs to
// notice the old window is gone. With no item and the highlight hidden, ImGui's next Tab
// starts from the first item (with the highlight shown it would look for item 0 after "none").
void App::forget_keyboard_place() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  for (ImGuiWindow* window : g.Windows) window->NavLastIds[0] = 0;
  g.NavId = 0;
  g.NavDisableHighlight = true;
}

void App::draw(const UiFonts& fonts) {
  rects_.begin_frame();
  changed_ = false;
  if (screen() != drawn_screen_) {
    drawn_screen_ = screen();
    nav_reset_frames_ = 2;
  }
  if (nav_reset_frames_ > 0) {
    --nav_reset_frames_;
    forget_keyboard_place();
    changed_ = true;
  }
  switch (screen()) {
    case Screen::Meeting: draw_panel(fonts); break;
    case Screen::PreJoin: draw_prejoin_room(fonts); break;
    default: draw_lobby(fonts); break;
  }
  check_reminders();
  announce_news();
  publish();
}

void App::draw_panel(const UiFonts& fonts) {
  apply(draw_meeting_panel(meeting_panel_view(), password_prompt_, fonts, rects_));
  relayout_ = changed_;
}

void App::draw_prejoin_room(const UiFonts& fonts) {
  const MeetingTarget* target = flow_.target();
  const std::string heading = target && !target->title.empty() ? target->title : "Ready to join?";
  card_.begin_without_tabs(heading, "Check your camera and microphone, then join.", fonts, kPreJoinCardWidthEm);
  const PreJoinView view = prejoin_view();
  focus_prejoin_name_ = false;
  draw_site_notices();
  const PreJoinIntents intents = draw_prejoin(prejoin_form_, view, rects_);
  const bool moved = card_.end("", false);
  apply(intents);
  if (view.focus_name) settle_frames_ = 3;
  if (settle_frames_ > 0) --settle_frames_;
  relayout_ = changed_ || moved || settle_frames_ > 0;
}

void App::draw_lobby(const UiFonts& fonts) {
  const MeetingTarget* target = flow_.target();
  const auto* confirm = flow_.as<flow::ConfirmPlace>();
  view_.joining = screen() == Screen::Joining;
  view_.room = target ? target->code.str() : invited_ ? invited_->code.str() : "";
  view_.link = target ? link_for(*target) : invited_ ? link_for(*invited_) : "";
  view_.domain = place_label(target && view_.joining ? target->deployment : effective());
  view_.security_summary = security_summary({form_.room_password, form_.lobby, form_.end_to_end_encryption});
  view_.confirm = confirm ? joining_notice(confirm->target.code, confirm->target.deployment, policy_.deployment) : "";
  if (form_.focus_code) settle_frames_ = 3;  // ImGui resolves a focus request over the next frames

  LobbyIntents intents;
  RecentIntents recent;
  shown_tab_ = card_.begin(config_.title, fonts, std::exchange(select_tab_, std::nullopt), rects_);
  draw_site_notices();
  switch (shown_tab_) {
    case LobbyTab::Meet:
      if (auto card = invite_card()) {
        if (draw_invite_card(*card, rects_).join) join_invite();
      }
      intents = draw_meet_tab(form_, view_, rects_);
      recent = draw_recent_meetings(recent_view(), rects_);
      break;
    case LobbyTab::Schedule:
      if (auto code = schedule_tab_.draw(clock_(), {effective(), policy_.deployment}, rects_)) {
        join_scheduled(*code);
      }
      if (schedule_tab_.take_changed()) changed_ = true;
      break;
    case LobbyTab::Settings:
      apply(draw_settings_tab(deployment_form_, settings_view(), rects_));
      ImGui::Spacing();
      ImGui::Separator();
      ImGui::TextUnformatted("Joining");
      if (draw_skip_setting(prejoin_form_.devices, "settings-skip-check", rects_)) {
        save_device_choices();
        changed_ = true;
      }
      ui::muted_wrapped("Links and invitations always open at the meeting's door, where you check your camera first.");
      break;
  }
  const bool moved = card_.end("Meetings run on " + place_label(effective()) + " with Jitsi Meet.",
                               platform_.has_keyboard());
  read_shortcuts(intents);
  apply(intents);
  apply(recent);
  // What the person did may have changed what the lobby shows: draw once more.
  if (settle_frames_ > 0) --settle_frames_;
  relayout_ = changed_ || moved || settle_frames_ > 0 || select_tab_.has_value();
}

bool App::wants_another_frame() const {
  return relayout_ || changed_ || ImGui::GetCurrentContext()->InputEventsQueue.Size > 0;
}

int App::tick_interval_ms() const {
  if (const MeetingSession* session = flow_.session()) return session->joined_at_ms() ? 1000 : 0;
  if (screen() != Screen::Lobby) return 0;
  const bool invite_countdown = shown_tab_ == LobbyTab::Meet && invite_ && invite_->start_utc;
  const bool schedule_countdown = shown_tab_ == LobbyTab::Schedule && schedule_tab_.shows_countdown();
  return invite_countdown || schedule_countdown ? 1000 : 0;
}

MeetingPanelView App::meeting_panel_view() {
  MeetingPanelView panel;
  const auto* meeting = flow_.as<flow::InMeeting>();
  if (meeting == nullptr) return panel;
  panel.room = meeting->target.code.str();
  panel.domain = place_label(meeting->target.deployment);
  const MeetingSession& session = meeting->session;
  if (auto joined = session.joined_at_ms()) panel.elapsed = format_elapsed((clock_() - *joined) / 1000);
  panel.participants = session.participants();
  panel.recording = !session.recording().empty();
  for (const SecurityStatus& status : session.security_status()) panel.security.push_back(describe(status, panel.domain));
  if (meeting->leave_question) {
    panel.leave_question = *meeting->leave_question
                               ? "Leave " + panel.room + " to join " + (*meeting->leave_question)->code.str() + "?"
                               : "Leave " + panel.room + " and go back to the lobby?";
  }
  panel.notice = !meeting_hint_.empty() ? meeting_hint_ : view_.notice;
  return panel;
}

PreJoinView App::prejoin_view() const {
  PreJoinView view = media_;
  if (const MeetingTarget* target = flow_.target()) {
    view.code = target->code.str();
    view.title = target->title;
    view.place = place_label(target->deployment);
  }
  if (!prejoin_form_.devices.camera_on) view.camera = DeviceStatus::Off;
  if (!prejoin_form_.devices.microphone_on) view.microphone = DeviceStatus::Off;
  view.focus_name = focus_prejoin_name_;
  view.notice = view_.notice;
  return view;
}

SettingsView App::settings_view() const {
  SettingsView view = settings_;
  view.allowed = policy_.allow_user_deployment;
  view.site_default = place_label(policy_.deployment);
  view.in_use = place_label(effective());
  for (const std::string& key : trusted_.places()) view.trusted.push_back(trusted_place_label(key));
  view.trusted_problem = trusted_.problem();
  return view;
}

// --- what the person asked for -----------------------------------------------------------

void App::apply(const LobbyIntents& intents) {
  if (intents.name_edited) view_.name_error.clear();
  if (intents.code_edited) view_.code_error.clear();
  if (intents.security_edited) view_.security_error.clear();
  if (intents.name_committed && !display_name_problem(clean_display_name(form_.name))) save_settings();
  if (intents.copy_link) {
    if (const MeetingTarget* target = flow_.target()) platform_.copy_to_clipboard(link_for(*target));
    else if (invited_) platform_.copy_to_clipboard(link_for(*invited_));
  }
  if (intents.cancel) step(flow::Cancel{});
  if (intents.retry && !refuse_offline()) {
    view_.notice.clear();
    view_.script_error.clear();
    step(flow::Retry{});
  }
  if (intents.decline_join) step(flow::DeclinedPlace{});
  if (intents.confirm_join) step(flow::ConfirmedPlace{});
  if (intents.start_instant) start_instant_meeting();
  if (intents.join_code) join_typed_code();
  const bool acted = intents.start_instant || intents.join_code || intents.retry || intents.cancel ||
                     intents.copy_link || intents.confirm_join || intents.decline_join || intents.name_edited ||
                     intents.code_edited || intents.security_edited || intents.name_committed;
  if (acted) changed_ = true;
}

void App::apply(const PreJoinIntents& intents) {
  if (intents.name_edited) media_.name_error.clear(), changed_ = true;
  if (intents.devices_changed || intents.retry_devices) {
    media_.camera = prejoin_form_.devices.camera_on ? DeviceStatus::Starting : DeviceStatus::Off;
    media_.microphone = prejoin_form_.devices.microphone_on ? DeviceStatus::Starting : DeviceStatus::Off;
    platform_.start_preview(prejoin_form_.devices);
    save_device_choices();
    changed_ = true;
  }
  if (intents.setting_changed) save_device_choices(), changed_ = true;
  if (intents.test_speaker) {
    media_.speaker_note = "Playing…";
    platform_.test_speaker(prejoin_form_.devices.speaker_id);
    changed_ = true;
  }
  if (intents.cancel) step(flow::Cancel{});
  else if (intents.join_without_devices) join_now(true);
  else if (intents.join_now) join_now(false);
}

void App::join_now(bool without_devices) {
  if (refuse_offline()) return;
  std::string name = prejoin_form_.name;
  if (!take_display_name(name, media_.name_error)) {
    focus_prejoin_name_ = true;
    changed_ = true;
    return;
  }
  prejoin_form_.name = name;
  form_.name = name;
  save_settings();
  save_device_choices();
  JoinChoices chosen = choices();
  if (without_devices) chosen.devices.camera_on = chosen.devices.microphone_on = false;
  step(flow::JoinNow{std::move(chosen)});
}

void App::apply(const MeetingPanelIntents& intents) {
  if (intents.copy_invite) {
    if (const MeetingTarget* target = flow_.target()) platform_.copy_to_clipboard(link_for(*target));
  }
  if (intents.submit_password && !password_prompt_.text.empty()) {
    const std::string typed = std::exchange(password_prompt_.text, "");
    password_prompt_ = {};
    password_prompt_.tried = true;
    step(flow::Password{typed});
  }
  if (intents.cancel_password) step(flow::PasswordCancelled{});
  else if (intents.leave) step(flow::Leave{});
  if (intents.leave_for_link) step(flow::LeaveForLink{});
  if (intents.keep_meeting) step(flow::KeepMeeting{});
}

void App::apply(const SettingsIntents& intents) {
  if (intents.edited) settings_.problems.clear(), settings_.notice.clear(), changed_ = true;
  if (intents.forget_trusted) {
    trusted_.remove(*intents.forget_trusted, clock_());
    nav_reset_frames_ = 2;  // the keyboard may have been on the row that is gone
    changed_ = true;
  }
  if (intents.reset) {
    saved_deployment_.reset();
    deployment_form_ = form_for(policy_.deployment);
    platform_.save(kDeploymentStorageKey, "");
    platform_.save_for_tab(kDeploymentJwtTabKey, "");
    settings_.notice = "Meetings run on the site's default, " + place_label(policy_.deployment) + ".";
    changed_ = true;
  }
  if (intents.save) {
    changed_ = true;
    const Deployment chosen = deployment_from(deployment_form_);
    settings_.problems = deployment_problems(chosen);
    if (!settings_.problems.empty()) return;
    saved_deployment_ = chosen;
    const JwtKeeping keeping = deployment_form_.remember_jwt ? JwtKeeping::Device : JwtKeeping::Tab;
    platform_.save_for_tab(kDeploymentJwtTabKey, keeping == JwtKeeping::Tab ? chosen.jwt : "");
    const StorageStatus status = platform_.save(kDeploymentStorageKey, encode_deployment(chosen, keeping));
    settings_.notice = status == StorageStatus::Ok ? "Saved. New meetings run on " + place_label(chosen) + "."
                                                   : StoredDocument::kept_for_this_visit(status, "this choice");
  }
}

void App::apply(const RecentIntents& intents) {
  // The canvas is opaque to screen readers: say which row button the keyboard is on.
  if (!intents.focused.empty() && intents.focused != recent_focus_said_) platform_.announce(intents.focused);
  recent_focus_said_ = intents.focused;
  if (intents.remove) {
    recent_.remove(*intents.remove, clock_());
    nav_reset_frames_ = 2;  // the keyboard may have been on the row that is gone: Tab starts afresh
    changed_ = true;
  }
  if (intents.rejoin) rejoin_recent(*intents.rejoin);
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
  if (name == "notifications-changed") return;  // the Schedule tab reads the permission when drawn
  if (name.rfind(kReminderActionPrefix, 0) == 0) {  // a reminder was clicked
    if (const ScheduledMeeting* meeting = schedule_book_.find(name.substr(std::string_view(kReminderActionPrefix).size()))) {
      if (screen() == Screen::Lobby) join_scheduled(meeting->code);
    }
    return;
  }
  if (screen() == Screen::PreJoin) {
    PreJoinIntents intents;
    if (name == "join" || name == "start") intents.join_now = true;
    else if (name == "cancel") intents.cancel = true;
    apply(intents);
    return;
  }
  LobbyIntents intents;
  if (name == "start") intents.start_instant = true;
  else if (name == "join") intents.join_code = true;
  else if (name == "copy-link") intents.copy_link = true;
  else if (name == "retry") intents.retry = true;
  else if (name == "cancel") intents.cancel = true;
  apply(intents);
}

// --- meetings -------------------------------------------------------------------------------

// Offline, nothing can open a meeting: the sentence (already on screen) is said aloud.
bool App::refuse_offline() {
  if (online_) return false;
  platform_.announce(kOfflineSentence);
  changed_ = true;
  return true;
}

// Above each screen but the meeting: no network, or a new version to reload into (never
// offered during a meeting, whose reload would end it).
void App::draw_site_notices() {
  draw_offline_line(online_, rects_);
  const bool meeting_under_way = screen() == Screen::Joining || screen() == Screen::Meeting;
  if (update_ready_ && !meeting_under_way && draw_update_offer(rects_)) platform_.apply_update();
}

void App::start_instant_meeting() {
  view_.notice.clear();
  if (!take_display_name(form_.name, view_.name_error)) return;
  save_settings();
  const std::optional<MeetingSecurity> security = take_security();
  if (!security) return;
  request_join({generate_room_code(random_), effective(), *security, ""}, JoinOrigin::Instant);
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
  if (!take_display_name(form_.name, view_.name_error)) return;
  save_settings();
  // A room someone else made: its security is theirs to set. A typed code always means the
  // site's own deployment: a link's server is reached only through its question (or trust).
  request_join({*check.code, effective(), {}, ""}, JoinOrigin::TypedCode);
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

// Checks a typed name; on success `name` is the cleaned name and `error` is cleared.
bool App::take_display_name(std::string& name, std::string& error) {
  const std::string cleaned = clean_display_name(name);
  if (auto problem = display_name_problem(cleaned)) {
    error = *problem;
    return false;
  }
  name = cleaned;
  error.clear();
  return true;
}

std::string App::link_for(const MeetingTarget& target) {
  std::string site = platform_.site_url();
  return site + meeting_hash_for(target.code, target.deployment, policy_.deployment);
}

void App::follow_route(const Route& route) {
  invite_.reset();
  invited_.reset();
  switch (route.kind) {
    case Route::Kind::Lobby:
      step(flow::RouteToLobby{});
      break;
    case Route::Kind::Meeting:
      follow_meeting_link(*route.code, route);
      break;
    case Route::Kind::InvalidMeeting:
      step(flow::RouteToLobby{});
      form_.code = route.raw_code;
      view_.code_error = "The link's meeting code isn't valid. " + describe(*route.problem);
      break;
  }
}

void App::follow_meeting_link(const RoomCode& code, const Route& route) {
  const LinkDeployment link = deployment_from_params(route.params);
  const LinkPlace place = place_for_link(policy_, effective(), link);
  if (const MeetingTarget* current = flow_.target();
      current && screen() != Screen::Lobby && current->code == code && same_place(current->deployment, place.deployment)) {
    return;  // already there (hashchange and popstate both report one change)
  }
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
    step(flow::RouteToLobby{});
    view_.code_error = *place.refused;
    return;
  }
  MeetingTarget target{code, place.deployment, {}, invite.title.value_or("")};
  const bool ask_place = place.ask_first && !trusted_.trusts(place.deployment);
  if (invite.has_details() && !ask_place && screen() != Screen::Meeting) {
    // An invitation says when: show it and let the person choose to join.
    step(flow::RouteToLobby{});
    invited_ = std::move(target);
    invite_ = invite;
    return;
  }
  request_join(std::move(target), JoinOrigin::Link, ask_place);
}

// --- storage ----------------------------------------------------------------------------------

void App::load_settings() {
  StoredDocument document(platform_, kSettingsStorageKey);
  const std::string stored = document.read();
  if (stored.empty()) return;
  const SettingsLoad loaded = decode_settings(stored);
  form_.name = loaded.settings.display_name;
  saved_name_ = form_.name;
  if (loaded.problem) view_.notice = damaged_notice("settings", *loaded.problem, document.back_up(stored, clock_()));
}

void App::save_settings() {
  const std::string name = clean_display_name(form_.name);
  if (name == saved_name_) return;
  const StorageStatus status = platform_.save(kSettingsStorageKey, encode_settings(Settings{name}));
  if (status == StorageStatus::Ok) {
    saved_name_ = name;
  } else {
    view_.notice = StoredDocument::kept_for_this_visit(status, "your name");
  }
}

void App::load_device_choices() {
  StoredDocument document(platform_, kDeviceChoicesStorageKey);
  const std::string stored = document.read();
  if (stored.empty()) return;
  saved_devices_ = decode_device_choices(stored);  // what can't be read falls back to the defaults
  prejoin_form_.devices = saved_devices_;
  if (!device_choices_readable(stored)) {
    view_.notice = damaged_notice("camera and microphone choices", "they are not in a known format",
                                  document.back_up(stored, clock_()));
  }
}

void App::save_device_choices() {
  if (prejoin_form_.devices == saved_devices_) return;
  if (StoredDocument(platform_, kDeviceChoicesStorageKey).write(encode_device_choices(prejoin_form_.devices)) ==
      StorageStatus::Ok) {
    saved_devices_ = prejoin_form_.devices;
  }
}

void App::load_deployment() {
  bool remember_jwt = false;
  StoredDocument document(platform_, kDeploymentStorageKey);
  if (const std::string stored = document.read(); !stored.empty()) {
    DeploymentLoad loaded = decode_deployment(stored);
    remember_jwt = loaded.jwt_keeping == JwtKeeping::Device;
    if (loaded.deployment && loaded.jwt_to_move) {
      // Written when JWTs were kept in localStorage: keep it for this tab only from now on.
      platform_.save_for_tab(kDeploymentJwtTabKey, loaded.deployment->jwt);
      platform_.save(kDeploymentStorageKey, encode_deployment(*loaded.deployment, JwtKeeping::Tab));
    }
    if (loaded.deployment && loaded.deployment->jwt.empty() && !remember_jwt) {
      if (auto jwt = platform_.load_for_tab(kDeploymentJwtTabKey); jwt && !jwt_problem(*jwt)) loaded.deployment->jwt = *jwt;
    }
    if (policy_.allow_user_deployment) saved_deployment_ = std::move(loaded.deployment);
    if (loaded.problem) {
      settings_.notice = "Your saved deployment couldn't be used: " + *loaded.problem;
      if (!loaded.deployment) {
        view_.notice = damaged_notice("Jitsi deployment", "the site's default is used",
                                      document.back_up(stored, clock_()));
      }
    }
  }
  deployment_form_ = form_for(effective());
  deployment_form_.remember_jwt = remember_jwt;
}

// --- scheduling and invitations ---------------------------------------------------------------

// Reminders that fell due (reminder_desk.h); one that could not be a notification is the
// lobby's notice.
void App::check_reminders() {
  reminders_.check(schedule_book_.meetings(), schedule_book_.revision(), clock_());
  take_reminder_notice();
}

void App::take_reminder_notice() {
  if (auto notice = reminders_.take_notice()) {
    view_.notice = std::move(*notice);
    changed_ = true;
  }
}

void App::join_scheduled(const RoomCode& code) {
  form_.code = code.str();
  view_.notice.clear();
  std::string title;
  for (const ScheduledMeeting& meeting : schedule_book_.meetings()) {
    if (!meeting.deleted && meeting.code == code) title = meeting.title;
  }
  request_join({code, effective(), {}, title}, JoinOrigin::Schedule);
}

void App::join_invite() {
  if (!invited_) return;
  MeetingTarget target = *invited_;
  request_join(std::move(target), JoinOrigin::Invite);
}

std::optional<InviteCardView> App::invite_card() {
  if (!invite_ || !invited_) return std::nullopt;
  return invite_card_view(invited_->code, *invite_, clock_() / 1000, platform_.local_zone(), screen() != Screen::Lobby);
}

// Rejoin: the recorded place, decided the way a link's is (the site may no longer allow it).
void App::rejoin_recent(std::size_t index) {
  if (index >= recent_.meetings().size()) return;
  const RecentMeeting meeting = recent_.meetings()[index];
  view_.notice.clear();
  form_.code = meeting.code.str();
  const LinkPlace place = place_for_link(policy_, effective(), LinkDeployment{meeting.deployment, {}});
  if (place.refused) {
    view_.code_error = meeting.code.str() + " was on " + place_label(meeting.deployment) +
                       ", but this site now only joins meetings on " + place_label(policy_.deployment) + ".";
    changed_ = true;
    return;
  }
  const bool ask_place = place.ask_first && !trusted_.trusts(place.deployment);
  request_join({meeting.code, place.deployment, {}, meeting.title}, JoinOrigin::Recent, ask_place);
}

RecentView App::recent_view() {
  RecentView view = cofx::recent_view(recent_.meetings(), recent_.problem(), policy_.deployment, clock_(),
                                      platform_.local_zone());
  view.joining = screen() == Screen::Joining;
  return view;
}

nlohmann::json App::schedule_state() {
  nlohmann::json state = schedule_tab_.state(clock_());
  const std::optional<InviteCardView> card = invite_card();
  state["invite"] = card ? invite_card_state(*card) : nlohmann::json(nullptr);
  return state;
}

// --- what screen readers hear, and what tests read ---------------------------------------------

namespace {

// The lobby's most pressing error, or "".
const std::string& lobby_error(const LobbyView& view) {
  return !view.script_error.empty() ? view.script_error
         : !view.code_error.empty() ? view.code_error
         : !view.security_error.empty() ? view.security_error
                                         : view.name_error;
}

const std::string& current_message(const LobbyView& view, const PreJoinView& media, Screen screen) {
  if (screen == Screen::PreJoin && !media.name_error.empty()) return media.name_error;
  const std::string& error = lobby_error(view);
  return !error.empty() ? error : view.notice;
}

}  // namespace

void App::announce_news() {
  const std::string& said = current_message(view_, media_, screen());
  if (said.empty() || said == announced_) {
    if (said.empty()) announced_.clear();
    return;
  }
  announced_ = said;
  platform_.announce(said);
}

// Only when something changed (or a clock is shown): the snapshot is for tests, and no
// longer decides anything.
void App::publish() {
  if (!changed_ && tick_interval_ms() == 0 && screen() != Screen::PreJoin) return;
  const MeetingTarget* target = flow_.target();
  const std::string& error = lobby_error(view_);
  const Deployment& where = target ? target->deployment : effective();
  const auto* confirm = flow_.as<flow::ConfirmPlace>();
  const MeetingSession* session = flow_.session();
  nlohmann::json security = nlohmann::json::array();
  if (session) {
    for (const SecurityStatus& status : session->security_status()) {
      security.push_back({{"item", security_item_name(status.item)},
                          {"state", security_state_name(status.state)},
                          {"text", describe(status, place_label(where))}});
    }
  }
  const PreJoinView media = prejoin_view();
  const auto camera_problem = describe(media.camera, DeviceKind::Camera);
  const auto microphone_problem = describe(media.microphone, DeviceKind::Microphone);
  const nlohmann::json state = {
      {"screen", screen_name(screen())},
      {"cardScrolls", card_.scrolls()},
      {"online", online_},
      {"updateReady", update_ready_},
      {"title", config_.title},
      {"flow", state_name(flow_.state())},
      {"room", target ? target->code.str() : invited_ ? invited_->code.str() : ""},
      {"link", target ? link_for(*target) : invited_ ? link_for(*invited_) : ""},
      {"displayName", form_.name},
      {"code", form_.code},
      {"error", error},
      {"nameError", view_.name_error},
      {"codeError", view_.code_error},
      {"scriptError", view_.script_error},
      {"securityError", view_.security_error},
      {"message", view_.notice},
      {"domain", api_domain(where)},
      {"confirm", confirm ? joining_notice(confirm->target.code, confirm->target.deployment, policy_.deployment) : ""},
      {"participants", session ? session->participants() : 0},
      {"recording", session ? session->recording() : ""},
      {"passwordPrompt", password_prompt_.open},
      {"security", security},
      {"hint", meeting_hint_},
      {"leaveQuestion", flow_.as<flow::InMeeting>() && flow_.as<flow::InMeeting>()->leave_question.has_value()},
      {"prejoin",
       {{"name", prejoin_form_.name},
        {"nameError", media_.name_error},
        {"camera", std::string(device_status_name(media.camera))},
        {"microphone", std::string(device_status_name(media.microphone))},
        {"cameraProblem", camera_problem.value_or("")},
        {"microphoneProblem", microphone_problem.value_or("")},
        {"cameraOn", prejoin_form_.devices.camera_on},
        {"microphoneOn", prejoin_form_.devices.microphone_on},
        {"cameras", media.devices.cameras.size()},
        {"microphones", media.devices.microphones.size()},
        {"level", media.level},
        {"speakerNote", media.speaker_note},
        {"skipCheck", prejoin_form_.devices.skip_check}}},
      {"deployment", std::string(kind_name(effective().kind))},
      {"schedule", schedule_state()},
      {"lastReminder", reminders_.last().text.empty() ? nlohmann::json(nullptr)
                                                      : nlohmann::json{{"text", reminders_.last().text},
                                                                       {"notified", reminders_.last().notified}}},
      {"recent", recent_state(recent_view())},
  };
  std::string text = dump_text(state);
  if (text == last_published_) return;
  last_published_ = std::move(text);
  platform_.publish_state(last_published_);
}

}  // namespace cofx
