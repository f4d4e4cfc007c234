// The app: which screen is up, what the lobby says, and how meetings start and end.
// It reacts to the person (through the lobby view) and to the host (PlatformEvents),
// and talks back only through Platform, so it runs the same in the browser and in tests.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/fonts.h"
#include "app/lobby_card.h"
#include "app/lobby_view.h"
#include "app/meeting_panel.h"
#include "app/platform.h"
#include "app/widget_rects.h"
#include "core/platform_event.h"
#include "core/room_code.h"
#include "core/route.h"
#include "core/site_config.h"

namespace cofx {

enum class Screen { Lobby, Joining, Meeting };

class App {
 public:
  using Clock = std::function<std::int64_t()>;  // milliseconds since the Unix epoch
  static std::int64_t system_clock_ms();

  App(Platform& platform, SiteConfig config, RandomBytes random = system_random_bytes,
      Clock clock = system_clock_ms);

  // Loads the saved settings and follows the route the page was opened with.
  void start(std::string_view initial_hash, const std::vector<std::string>& config_warnings = {});
  void handle(const PlatformEvent& event);
  // Builds one ImGui frame of the lobby (between ImGui::NewFrame and ImGui::Render).
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
  void apply(const LobbyIntents& intents);
  void apply(const MeetingPanelIntents& intents);
  MeetingPanelView meeting_panel_view() const;
  void run_action(const std::string& name);
  void read_shortcuts(LobbyIntents& intents);
  void start_instant_meeting();
  void join_typed_code();
  void enter_meeting(const RoomCode& code, bool push_route);
  void end_meeting(std::string notice);
  void follow_route(const Route& route);
  bool take_display_name();
  void load_settings();
  void save_settings();
  bool publish();  // true when the state changed since the last call

  Platform& platform_;
  SiteConfig config_;
  RandomBytes random_;
  Clock clock_;
  Screen screen_ = Screen::Lobby;
  std::optional<std::int64_t> joined_at_ms_;  // when Jitsi reported the local user joined
  LobbyForm form_;
  LobbyView view_;
  LobbyCard card_;
  std::optional<LobbyTab> select_tab_;
  std::optional<RoomCode> room_;
  std::string saved_name_;
  WidgetRects rects_;
  std::string last_published_;
  bool relayout_ = false;
  int settle_frames_ = 0;  // frames still owed to a focus change
};

}  // namespace cofx
