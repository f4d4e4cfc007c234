// Platform implemented with the browser, through the JS library (js_api.h).
#pragma once

#include "app/platform.h"

namespace cofx {

class WebPlatform final : public Platform {
 public:
  std::optional<std::string> load(const std::string& key) override;
  StorageStatus save(const std::string& key, const std::string& value) override;
  void copy_to_clipboard(const std::string& text) override;
  void open_meeting(const std::string& domain, const std::string& options_json) override;
  void close_meeting() override;
  void set_route(const std::string& hash, bool push) override;
  std::string site_url() override;
  void publish_state(const std::string& json) override;

 private:
  std::string site_url_;  // the page URL without its fragment never changes without a reload
};

// Takes ownership of a malloc'd C string from JS; nullptr gives nullopt.
std::optional<std::string> take_js_string(char* text);

}  // namespace cofx
