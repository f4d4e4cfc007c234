// A Platform that records what the app asked for, for native tests.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "app/platform.h"

namespace cofx::test {

// Where FakePlatform says the site's own copy of Jitsi's iframe API is.
inline constexpr const char* kBundledApi = "jitsi/external_api.0123456789.js";

struct FakePlatform final : Platform {
  std::map<std::string, std::string> storage;
  std::map<std::string, std::string> tab_storage;
  StorageStatus next_save_status = StorageStatus::Ok;
  std::vector<std::string> copied;
  struct Opened { std::string script_url, domain, options_json; };
  std::vector<Opened> opened;
  int closed = 0;
  struct RouteSet { std::string hash; bool push; };
  std::vector<RouteSet> routes;
  std::string last_state;
  FixedZone zone{60, "Europe/Test", "CET"};
  const ZoneRules* zone_override = nullptr;  // point at a PosixTzZone for DST cases
  struct Download { std::string file_name, mime_type, text; };
  std::vector<Download> downloads;
  std::vector<std::string> opened_urls;
  std::vector<std::string> file_requests;
  struct Fetch { std::string purpose, url; };
  std::vector<Fetch> fetches;
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
    if (next_save_status == StorageStatus::Ok) {
      if (value.empty()) storage.erase(key); else storage[key] = value;  // "" removes, as the browser's
    }
    return next_save_status;
  }
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
  void publish_state(const std::string& json) override { last_state = json; }
  const ZoneRules& local_zone() override { return zone_override ? *zone_override : zone; }
  void download(const std::string& file_name, const std::string& mime_type, const std::string& text) override {
    downloads.push_back({file_name, mime_type, text});
  }
  void open_url(const std::string& url) override { opened_urls.push_back(url); }
  void pick_file(const std::string& purpose, const std::string&) override { file_requests.push_back(purpose); }
  void fetch_text(const std::string& purpose, const std::string& url) override {
    fetches.push_back({purpose, url});
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

}  // namespace cofx::test
