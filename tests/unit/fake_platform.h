// A Platform that records what the app asked for, for native tests.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "app/platform.h"

namespace cofx::test {

struct FakePlatform final : Platform {
  std::map<std::string, std::string> storage;
  StorageStatus next_save_status = StorageStatus::Ok;
  std::vector<std::string> copied;
  struct Opened { std::string domain, options_json; };
  std::vector<Opened> opened;
  int closed = 0;
  struct RouteSet { std::string hash; bool push; };
  std::vector<RouteSet> routes;
  std::string last_state;

  std::optional<std::string> load(const std::string& key) override {
    auto it = storage.find(key);
    if (it == storage.end()) return std::nullopt;
    return it->second;
  }
  StorageStatus save(const std::string& key, const std::string& value) override {
    if (next_save_status == StorageStatus::Ok) storage[key] = value;
    return next_save_status;
  }
  void copy_to_clipboard(const std::string& text) override { copied.push_back(text); }
  void open_meeting(const std::string& domain, const std::string& options_json) override {
    opened.push_back({domain, options_json});
  }
  void close_meeting() override { ++closed; }
  void set_route(const std::string& hash, bool push) override { routes.push_back({hash, push}); }
  std::string site_url() override { return "https://cofinix.example/app/"; }
  void publish_state(const std::string& json) override { last_state = json; }
};

}  // namespace cofx::test
