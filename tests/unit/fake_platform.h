// A Platform that records what the app asked for, for native tests.
#pragma once

#include <map>
#include <functional>
#include <utility>
#include <string>
#include <vector>

#include "core/host/platform.h"

#include <nlohmann/json.hpp>

namespace cofx::test {

// Where FakePlatform says the site's own copy of Jitsi's iframe API is.
inline constexpr const char* kBundledApi = "jitsi/external_api.0123456789.js";

struct FakePlatform final : Platform {
  std::map<std::string, std::string> storage;
  bool is_online = true;
  bool visible = true;
  bool keyboard = true;  // false: a touch-only device
  int updates_applied = 0;
  std::string loaded_language = "en";
  std::vector<std::string> languages_asked;      // load_language() calls
  std::vector<std::uint8_t> catalogue_bytes;     // what take_catalogue() hands over next
  std::map<std::string, std::string> tab_storage;
  StorageStatus next_save_status = StorageStatus::Ok;
  std::size_t quota_bytes = 0;  // like the browser's quota when set: keys and values, in bytes
  std::vector<std::string> copied;
  std::vector<std::pair<std::string, std::string>> shared;  // title, url
  bool share_sheet = false;  // can_share(): a phone with navigator.share
  bool speaker_choice = false;  // can_pick_speaker(): HTMLMediaElement.setSinkId exists
  struct Opened { std::string script_url, domain, options_json; };
  std::vector<Opened> opened;
  int closed = 0;
  struct RouteSet { std::string hash; bool push; };
  std::vector<RouteSet> routes;
  std::function<std::string()> snapshot;  // the app's test snapshot, built when read
  FixedZone zone{60, "Europe/Test", "CET"};
  const ZoneRules* zone_override = nullptr;  // point at a PosixTzZone for DST cases
  struct Download { std::string file_name, mime_type, text; };
  std::vector<Download> downloads;
  std::vector<std::string> opened_urls;
  std::vector<std::string> file_requests;
  struct Fetch { std::string purpose, url; };
  std::vector<Fetch> fetches;
  std::vector<std::size_t> fetch_limits;  // max_bytes of each fetch
  std::vector<JitsiCommand> commands;
  std::vector<std::string> announced;
  std::vector<DeviceChoices> previews_started;
  int previews_stopped = 0;
  std::vector<std::string> speaker_tests;
  struct Warm { std::string script_url, origin; };
  std::vector<Warm> warmed;
  std::vector<int> wakes;
  // The meeting-related calls in the order they came, for tests about order
  // ("stop_preview" before "open_meeting").
  std::vector<std::string> calls;

  std::optional<std::string> load(const std::string& key) override {
    auto it = storage.find(key);
    if (it == storage.end()) return std::nullopt;
    return it->second;
  }
  StorageStatus save(const std::string& key, const std::string& value) override {
    if (next_save_status == StorageStatus::Ok && quota_bytes > 0 && !value.empty()) {
      std::size_t used = key.size() + value.size();
      for (const auto& [k, v] : storage) used += k == key ? 0 : k.size() + v.size();
      if (used > quota_bytes) return StorageStatus::QuotaExceeded;  // as the browser: nothing changes
    }
    if (next_save_status == StorageStatus::Ok) {
      if (value.empty()) storage.erase(key); else storage[key] = value;  // "" removes, as the browser's
    }
    return next_save_status;
  }
  NotificationPermission permission = NotificationPermission::Ask;
  int permission_requests = 0;
  struct Notified { std::string title, body, tag, click_action; };
  std::vector<Notified> notifications;
  NotificationPermission notification_permission() override { return permission; }
  void request_notification_permission() override { ++permission_requests; }
  bool online() override { return is_online; }
  bool page_visible() override { return visible; }
  bool has_keyboard() override { return keyboard; }
  void apply_update() override { ++updates_applied; }
  std::string language() override { return loaded_language; }
  void load_language(const std::string& tag) override { languages_asked.push_back(tag); }
  std::vector<std::uint8_t> take_catalogue() override { return std::exchange(catalogue_bytes, {}); }
  bool notify(const std::string& title, const std::string& body, const std::string& tag,
              const std::string& click_action) override {
    if (permission != NotificationPermission::Granted) return false;
    notifications.push_back({title, body, tag, click_action});
    return true;
  }
  // Locks: granted at once unless hold_locks; then granted by the test (a LockGranted event).
  bool hold_locks = false;
  std::vector<std::string> lock_requests;
  int locks_released = 0;
  bool acquire_lock(const std::string& name) override {
    lock_requests.push_back(name);
    return !hold_locks;
  }
  void release_lock(const std::string&) override { ++locks_released; }
  std::optional<std::string> load_for_tab(const std::string& key) override {
    auto it = tab_storage.find(key);
    if (it == tab_storage.end()) return std::nullopt;
    return it->second;
  }
  StorageStatus save_for_tab(const std::string& key, const std::string& value) override {
    if (value.empty()) tab_storage.erase(key); else tab_storage[key] = value;  // as the browser's
    return StorageStatus::Ok;
  }
  void copy_to_clipboard(const std::string& text) override { copied.push_back(text); }
  bool can_share() override { return share_sheet; }
  bool can_pick_speaker() override { return speaker_choice; }
  void share(const std::string& title, const std::string& url) override { shared.push_back({title, url}); }
  void open_meeting(const std::string& script_url, const std::string& domain,
                    const std::string& options_json) override {
    opened.push_back({script_url, domain, options_json});
    calls.push_back("open_meeting");
  }
  void close_meeting() override {
    ++closed;
    calls.push_back("close_meeting");
  }
  void set_route(const std::string& hash, bool push) override { routes.push_back({hash, push}); }
  std::string site_url() override { return "https://cofinix.example/app/"; }
  std::string bundled_iframe_api() override { return kBundledApi; }
  const ZoneRules& local_zone() override { return zone_override ? *zone_override : zone; }
  Weekday week_start = Weekday::Monday;
  Weekday first_weekday() override { return week_start; }
  void download(const std::string& file_name, const std::string& mime_type, const std::string& text) override {
    downloads.push_back({file_name, mime_type, text});
  }
  void open_url(const std::string& url) override { opened_urls.push_back(url); }
  void pick_file(const std::string& purpose, const std::string&) override { file_requests.push_back(purpose); }
  void fetch_text(const std::string& purpose, const std::string& url, std::size_t max_bytes) override {
    fetches.push_back({purpose, url});
    fetch_limits.push_back(max_bytes);
    calls.push_back("fetch_text");
  }
  void jitsi_command(const JitsiCommand& command) override { commands.push_back(command); }
  void announce(const std::string& text) override { announced.push_back(text); }
  void start_preview(const DeviceChoices& choices) override {
    previews_started.push_back(choices);
    calls.push_back("start_preview");
  }
  void stop_preview() override {
    ++previews_stopped;
    calls.push_back("stop_preview");
  }
  void test_speaker(const std::string& speaker_id) override { speaker_tests.push_back(speaker_id); }
  void warm_meeting(const std::string& script_url, const std::string& origin) override {
    warmed.push_back({script_url, origin});
    calls.push_back("warm_meeting");
  }
  void wake_after(int delay_ms) override { wakes.push_back(delay_ms); }
};

// The app's state snapshot (app/test_snapshot.h; what the browser tests read as window.cofx.state).
inline nlohmann::json state(const FakePlatform& platform) { return nlohmann::json::parse(platform.snapshot()); }

// The original text kept in a StoredDocument backup slot ("" when the slot is empty).
inline std::string backup_text(const FakePlatform& platform, const std::string& key) {
  const auto found = platform.storage.find(key);
  if (found == platform.storage.end()) return "";
  const auto wrapper = nlohmann::json::parse(found->second, nullptr, false);
  return wrapper.is_object() && wrapper.contains("text") ? wrapper["text"].get<std::string>() : found->second;
}

}  // namespace cofx::test
