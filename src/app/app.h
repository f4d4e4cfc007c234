// The app: composes the lobby's views, the pre-join room and the meeting panel around one
// MeetingFlow (core/meeting_flow.h), which owns the way into and out of every meeting.
// It reacts to the person (through the views) and to the host (PlatformEvents), and talks
// back only through Platform, so it runs the same in the browser and in tests.
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
#include "core/host/platform.h"
#include "app/prejoin_view.h"
#include "app/recent_book.h"
#include "app/recent_view.h"
#include "app/reminder_desk.h"
#include "app/schedule_book.h"
#include "app/schedule_tab.h"
#include "app/settings_view.h"
#include "app/trusted_place_book.h"
#include "app/widget_rects.h"
#include "core/deployment/deployment.h"
#include "core/links/invite.h"
#include "core/meeting/media_devices.h"
#include "core/meeting/meeting_flow.h"
#include "core/host/platform_event.h"
#include "core/links/room_code.h"
#include "core/links/route.h"
#include "core/site/site_config.h"
#include "core/site/site_policy.h"

namespace cofx {

enum class Screen { Lobby, PreJoin, Joining, Meeting };

class App {
 public:
  using Clock = std::function<std::int64_t()>;  // milliseconds since the Unix epoch
  static std::int64_t system_clock_ms();

  App(Platform& platform, SiteConfig config, RandomBytes random = system_random_bytes,
      Clock clock = system_clock_ms, SitePolicy policy = {});

  // Loads the saved settings and follows the route the page was opened with.
  void start(std::string_view initial_hash, const std::vector<std::string>& config_warnings = {});
  // Handles one event from the host. Needs no frame: a hidden tab (no animation frames)
  // still applies room security and ends meetings.
  void handle(const PlatformEvent& event);
  // Builds one ImGui frame (between ImGui::NewFrame and ImGui::Render): the lobby, the
  // pre-join room, or during a meeting the slim panel beside it.
  void draw(const UiFonts& fonts);

  Screen screen() const;
  // False while the meeting fills the page beside the slim panel.
  bool lobby_visible() const { return screen() != Screen::Meeting; }
  // How often the canvas must redraw with no input: 1000 while a clock is visible, else 0.
  int tick_interval_ms() const;
  const WidgetRects& widgets() const { return rects_; }
  // Something changed since the last frame that the next one must show, or ImGui still
  // holds queued input (it spreads a key's down and up over separate frames).
  bool wants_another_frame() const;
  const LobbyForm& form() const { return form_; }
  const MeetingFlow& flow() const { return flow_; }

 private:
  void draw_lobby(const UiFonts& fonts);
  void draw_prejoin_room(const UiFonts& fonts);
  void draw_panel(const UiFonts& fonts);
  void apply(const LobbyIntents& intents);
  void apply(const PreJoinIntents& intents);
  void apply(const MeetingPanelIntents& intents);
  void apply(const SettingsIntents& intents);
  void apply(const RecentIntents& intents);
  void run_action(const std::string& name);
  void read_shortcuts(LobbyIntents& intents);
  void on_media(const PlatformEvent& event);

  // The flow: feed it an event, carry out what it says.
  void step(const FlowEvent& event);
  void carry_out(const FlowEffect& effect);

  void start_instant_meeting();
  void join_typed_code();
  void request_join(MeetingTarget target, JoinOrigin origin, bool ask_place = false);
  void join_now(bool without_devices);
  std::optional<MeetingSecurity> take_security();
  JoinChoices choices() const;
  void follow_route(const Route& route);
  void follow_meeting_link(const RoomCode& code, const Route& route);
  bool take_display_name(std::string& name, std::string& error);
  void load_settings();
  void save_settings();
  void load_device_choices();
  void save_device_choices();
  void load_deployment();
  void announce_news();
  void forget_keyboard_place();
  bool refuse_offline();
  void draw_site_notices();

  Deployment effective() const { return effective_deployment(policy_, saved_deployment_); }
  std::string link_for(const MeetingTarget& target);
  MeetingPanelView meeting_panel_view();
  PreJoinView prejoin_view() const;
  SettingsView settings_view() const;
  void publish();
  // Scheduling and invitations (schedule_tab.h, invite_card.h).
  void join_scheduled(const RoomCode& code);
  void check_reminders();
  void take_reminder_notice();
  void on_accessible(const host::Accessible& event);
  void join_invite();
  std::optional<InviteCardView> invite_card();  // when the page was opened from an invitation
  nlohmann::json schedule_state();
  // Recent meetings (recent_book.h, recent_view.h).
  RecentView recent_view();
  void rejoin_recent(std::size_t index);

  Platform& platform_;
  SiteConfig config_;
  SitePolicy policy_;
  RandomBytes random_;
  Clock clock_;
  MeetingFlow flow_;
  LobbyForm form_;
  LobbyView view_;
  LobbyCard card_;
  bool online_ = true;         // meetings need a connection; everything saved works without
  bool update_ready_ = false;  // a new version of the site waits: offered outside meetings
  std::optional<LobbyTab> select_tab_;
  DeploymentForm deployment_form_;
  SettingsView settings_;
  std::optional<Deployment> saved_deployment_;
  std::optional<MeetingTarget> invited_;  // the room an invitation link names, until joined
  std::optional<InviteDetails> invite_;   // that invitation: ask before joining
  PasswordPrompt password_prompt_;
  std::string saved_name_;
  // The pre-join room: the form (shared name, device choices) and what the browser reported.
  PreJoinForm prejoin_form_;
  DeviceChoices saved_devices_;
  PreJoinView media_;
  bool focus_prejoin_name_ = false;
  std::string meeting_hint_;
  int token_requests_ = 0;  // a token answer counts only for the latest request
  WidgetRects rects_;
  bool changed_ = true;    // an event or an intent changed what the next frame shows
  bool relayout_ = false;  // the last frame moved the layout
  int settle_frames_ = 0;  // frames still owed to a focus change
  std::string announced_;
  std::string last_published_;
  LobbyTab shown_tab_ = LobbyTab::Meet;
  Screen drawn_screen_ = Screen::Lobby;
  int nav_reset_frames_ = 0;
  ScheduleBook schedule_book_;
  ScheduleTab schedule_tab_;
  RecentBook recent_;
  TrustedPlaceBook trusted_;
  ReminderDesk reminders_;
  std::string recent_focus_said_;  // the row button label last read out
};

}  // namespace cofx
