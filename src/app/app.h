// The app: which screen is up, what the lobby says, and how meetings start and end.
// It reacts to the person (through the views) and to the host (PlatformEvents), and
// talks back only through Platform, so it runs the same in the browser and in tests.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/fonts.h"
#include "app/invite_card.h"
#include "app/lobby_card.h"
#include "app/lobby_view.h"
#include "app/meeting_panel.h"
#include "app/meeting_session.h"
#include "app/platform.h"
#include "app/schedule_book.h"
#include "app/schedule_tab.h"
#include "app/settings_view.h"
#include "app/widget_rects.h"
#include "core/deployment.h"
#include "core/invite.h"
#include "core/platform_event.h"
#include "core/room_code.h"
#include "core/route.h"
#include "core/site_config.h"
#include "core/site_policy.h"

namespace cofx {

enum class Screen { Lobby, Joining, Meeting };

class App {
 public:
  using Clock = std::function<std::int64_t()>;  // milliseconds since the Unix epoch
  static std::int64_t system_clock_ms();

  App(Platform& platform, SiteConfig config, RandomBytes random = system_random_bytes,
      Clock clock = system_clock_ms, SitePolicy policy = {});

  // Loads the saved settings and follows the route the page was opened with.
  void start(std::string_view initial_hash, const std::vector<std::string>& config_warnings = {});
  void handle(const PlatformEvent& event);
  // Builds one ImGui frame (between ImGui::NewFrame and ImGui::Render): the lobby, or
  // during a meeting the slim panel beside it.
  void draw(const UiFonts& fonts);

  Screen screen() const { return screen_; }
  // False while the meeting fills the page beside the slim panel.
  bool lobby_visible() const { return screen_ != Screen::Meeting; }
  // How often the canvas must redraw with no input: 1000 while a clock is visible, else 0.
  int tick_interval_ms() const;
  const WidgetRects& widgets() const { return rects_; }
  // The last frame changed the layout, or ImGui still holds queued input (it spreads
  // a key's down and up, or a click's press and release, over separate frames).
  bool wants_another_frame() const;
  const LobbyForm& form() const { return form_; }

 private:
  // A meeting we are about to open: where, and with which security.
  struct MeetingTarget {
    RoomCode code;
    Deployment deployment;
    MeetingSecurity security;
  };

  void draw_lobby(const UiFonts& fonts);
  void draw_panel(const UiFonts& fonts);
  void apply(const LobbyIntents& intents);
  void apply(const MeetingPanelIntents& intents);
  void apply(const SettingsIntents& intents);
  void run_action(const std::string& name);
  void read_shortcuts(LobbyIntents& intents);
  void handle_jitsi(const std::string& json);
  void handle_fetched(const PlatformEvent& event);

  void start_instant_meeting();
  void join_typed_code();
  std::optional<MeetingSecurity> take_security();
  void enter_meeting(MeetingTarget target, bool push_route);
  void open_meeting();
  void end_meeting(std::string notice);
  void leave_to_lobby(std::string notice);
  void follow_route(const Route& route);
  void follow_meeting_link(const RoomCode& code, const Route& route);
  bool take_display_name();
  void load_settings();
  void save_settings();
  void load_deployment();
  void remember_trusted_place(const Deployment& deployment);
  bool is_trusted_place(const Deployment& deployment) const;

  Deployment effective() const { return effective_deployment(policy_, saved_deployment_); }
  std::string link_for(const MeetingTarget& target);
  MeetingPanelView meeting_panel_view();
  SettingsView settings_view() const;
  bool publish();  // true when the state changed since the last call
  // Scheduling and invitations (schedule_tab.h, invite_card.h).
  void join_scheduled(const RoomCode& code);
  void join_invite();
  std::optional<InviteCardView> invite_card();  // when the page was opened from an invitation
  nlohmann::json schedule_state();

  Platform& platform_;
  SiteConfig config_;
  SitePolicy policy_;
  RandomBytes random_;
  Clock clock_;
  Screen screen_ = Screen::Lobby;
  LobbyForm form_;
  LobbyView view_;
  LobbyCard card_;
  std::optional<LobbyTab> select_tab_;
  DeploymentForm deployment_form_;
  SettingsView settings_;
  std::optional<Deployment> saved_deployment_;
  std::vector<std::string> trusted_places_;
  std::optional<MeetingTarget> target_;     // the current or last meeting
  std::optional<MeetingTarget> to_confirm_; // a link to another deployment, waiting for a yes
  std::optional<MeetingSession> session_;
  bool waiting_for_token_ = false;
  PasswordPrompt password_prompt_;
  std::string saved_name_;
  WidgetRects rects_;
  std::string last_published_;
  bool relayout_ = false;
  int settle_frames_ = 0;  // frames still owed to a focus change
  LobbyTab shown_tab_ = LobbyTab::Meet;
  ScheduleBook schedule_book_;
  ScheduleTab schedule_tab_;
  std::optional<InviteDetails> invite_;  // the link that opened target_ was an invitation: ask before joining
};

}  // namespace cofx
