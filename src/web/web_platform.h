// Platform implemented with the browser, through the JS library (js_api.h).
#pragma once

#include <utility>

#include "core/host/platform.h"
#include "web/browser_zone.h"

namespace cofx {

class WebPlatform final : public Platform {
 public:
  std::optional<std::string> load(const std::string& key) override;
  StorageStatus save(const std::string& key, const std::string& value) override;
  std::optional<std::string> load_for_tab(const std::string& key) override;
  StorageStatus save_for_tab(const std::string& key, const std::string& value) override;
  bool acquire_lock(const std::string& name) override;
  bool has_keyboard() override;
  bool online() override;
  bool page_visible() override;
  void apply_update() override;
  std::string language() override;
  void load_language(const std::string& tag) override;
  std::vector<std::uint8_t> take_catalogue() override;
  NotificationPermission notification_permission() override;
  void request_notification_permission() override;
  bool notify(const std::string& title, const std::string& body, const std::string& tag,
              const std::string& click_action) override;
  void release_lock(const std::string& name) override;
  void copy_to_clipboard(const std::string& text) override;
  bool can_share() override;
  void share(const std::string& title, const std::string& url) override;
  void open_meeting(const std::string& script_url, const std::string& domain,
                    const std::string& options_json) override;
  void fetch_text(const std::string& purpose, const std::string& url, std::size_t max_bytes) override;
  void close_meeting() override;
  void set_route(const std::string& hash, bool push) override;
  std::string site_url() override;
  std::string bundled_iframe_api() override;
  void want_script(Script script) override;
  const ZoneRules& local_zone() override { return zone_; }
  Weekday first_weekday() override;
  void download(const std::string& file_name, const std::string& mime_type, const std::string& text) override;
  void open_url(const std::string& url) override;
  void pick_file(const std::string& purpose, const std::string& accept) override;
  void jitsi_command(const JitsiCommand& command) override;
  void announce(const std::string& text) override;
  void start_preview(const DeviceChoices& choices) override;
  void stop_preview() override;
  bool can_pick_speaker() override;
  void test_speaker(const std::string& speaker_id) override;
  void warm_meeting(const std::string& script_url, const std::string& origin) override;
  void wake_after(int delay_ms) override;

  // Whether open_meeting() ran since the last call (main.cpp then ends the frame's layout
  // passes: the meeting's iframe starts only once the task that made it ends).
  bool take_opened_meeting() { return std::exchange(opened_meeting_, false); }

 private:
  std::string site_url_;
  bool opened_meeting_ = false;
  BrowserZone zone_;  // the page URL without its fragment never changes without a reload
};

// Takes ownership of a malloc'd C string from JS; nullptr gives nullopt.
std::optional<std::string> take_js_string(char* text);
// The malloc'd bytes a JS "take" call hands over (the font, a catalogue); empty for none.
std::vector<std::uint8_t> take_js_bytes(std::uint8_t* (*take)(int* length));

}  // namespace cofx
