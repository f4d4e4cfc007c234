// The app is a router. It owns the one MeetingFlow (core/meeting/meeting_flow.h) that
// decides the way into and out of every meeting, feeds it what the person and the host
// do, carries out what it says, and routes the page's address. Each screen owns its state
// (lobby.h, invitation_page.h, prejoin_room.h, meeting_panel.h); what the person chose is in preferences.h.
// It talks back only through Platform, so it runs the same in the browser and in tests.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "app/fonts.h"
#include "app/frame_keeper.h"
#include "app/interface_language.h"
#include "app/invitation_page.h"
#include "app/lobby.h"
#include "app/meeting_panel.h"
#include "app/preferences.h"
#include "app/prejoin_room.h"
#include "core/host/platform_event.h"
#include "core/links/route.h"
#include "core/site/site_config.h"

namespace cofx {

struct Site {
  SiteConfig config;
  SitePolicy policy;
};

class App {
 public:
  using Clock = std::function<std::int64_t()>;  // milliseconds since the Unix epoch
  static std::int64_t system_clock_ms();

  App(Platform& platform, SiteConfig config, RandomBytes random = system_random_bytes,
      Clock clock = system_clock_ms, SitePolicy policy = {});

  // Loads what was saved and follows the route the page was opened with.
  void start(std::string_view initial_hash, const std::vector<std::string>& config_warnings = {});
  // Handles one event from the host. Needs no frame: a hidden tab (no animation frames)
  // still applies room security and ends meetings.
  void handle(const PlatformEvent& event);
  // Builds one ImGui frame (between ImGui::NewFrame and ImGui::Render): the lobby, the
  // pre-join room, or during a meeting the slim panel beside it.
  void draw(const UiFonts& fonts);

  // The flow's screen, or the guest's invitation page while the flow is in the lobby.
  Screen screen() const;
  // False while the meeting fills the page beside the slim panel.
  bool lobby_visible() const { return screen() != Screen::Meeting; }
  // How often the canvas must redraw with no input: 1000 while a clock is visible, else 0.
  int tick_interval_ms() const;
  const WidgetRects& widgets() const { return frames_.rects(); }
  bool wants_another_frame() const { return frames_.wants_another_frame(); }

  // Read-only views for the test snapshot (test_snapshot.h) and tests.
  Scene scene() const;
  const Site& site() const { return site_; }
  const MeetingFlow& flow() const { return flow_; }
  const Lobby& lobby() const { return lobby_; }
  const PreJoinRoom& prejoin() const { return prejoin_; }
  const InvitationPage& invitation() const { return invitation_; }
  const MeetingPanel& panel() const { return panel_; }
  const InterfaceLanguage& language() const { return language_; }
  const LobbyForm& form() const { return lobby_.meet().form(); }

 private:
  void step(const FlowEvent& event);
  void carry_out(const FlowEffect& effect);
  void apply(Requests&& requests);
  void join(JoinRequest request);
  void run_action(const std::string& name);
  void on_accessible(const host::Accessible& event);
  void on_token(const host::Fetched& event);
  void follow_route(const Route& route);
  void follow_meeting_link(const RoomCode& code, const Route& route);
  void keep_name(const std::string& name);
  void after_change();
  void on_language(const host::LanguageLoaded& event);

  Platform& platform_;
  InterfaceLanguage language_;  // first: every word after it is in the page's language
  const Site site_;
  Clock clock_;
  MeetingFlow flow_;
  Preferences prefs_;
  Lobby lobby_;
  InvitationPage invitation_;
  PreJoinRoom prejoin_;
  MeetingPanel panel_;
  FrameKeeper frames_;
  struct HostStatus {
    bool online = true;
    bool update_ready = false;
  } host_;
  std::string announced_;   // the sentence last said to screen readers
  int token_requests_ = 0;  // a token answer counts only for the latest request
};

}  // namespace cofx
