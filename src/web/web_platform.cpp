#include "web/web_platform.h"

#include <cstdlib>

#include "core/text/shaped_text.h"
#include "web/js_api.h"
#include "web/script_fonts.h"

namespace cofx {

std::optional<std::string> take_js_string(char* text) {
  if (text == nullptr) return std::nullopt;
  std::string result(text);
  std::free(text);
  return result;
}

std::vector<std::uint8_t> take_js_bytes(std::uint8_t* (*take)(int* length)) {
  int length = 0;
  std::uint8_t* bytes = take(&length);
  if (bytes == nullptr) return {};
  std::vector<std::uint8_t> taken(bytes, bytes + length);
  std::free(bytes);
  return taken;
}

namespace {

StorageStatus storage_status(int code) {
  switch (code) {
    case 0: return StorageStatus::Ok;
    case 1: return StorageStatus::QuotaExceeded;
    default: return StorageStatus::Unavailable;
  }
}

// Text as the browser and the page read it: shaped runs (core/text/shaped_text.h) are only
// for ImGui to draw.
std::string plain(const std::string& text) { return shaped::logical(text); }

}  // namespace

std::optional<std::string> WebPlatform::load(const std::string& key) {
  return take_js_string(cofx_js_storage_get(key.c_str(), 0));
}

StorageStatus WebPlatform::save(const std::string& key, const std::string& value) {
  return storage_status(cofx_js_storage_set(key.c_str(), plain(value).c_str(), 0));
}

std::optional<std::string> WebPlatform::load_for_tab(const std::string& key) {
  return take_js_string(cofx_js_storage_get(key.c_str(), 1));
}

StorageStatus WebPlatform::save_for_tab(const std::string& key, const std::string& value) {
  return storage_status(cofx_js_storage_set(key.c_str(), plain(value).c_str(), 1));
}

Platform::NotificationPermission WebPlatform::notification_permission() {
  switch (cofx_js_notification_permission()) {
    case 1: return NotificationPermission::Ask;
    case 2: return NotificationPermission::Granted;
    case 3: return NotificationPermission::Denied;
    default: return NotificationPermission::Unsupported;
  }
}

void WebPlatform::request_notification_permission() { cofx_js_request_notifications(); }

bool WebPlatform::notify(const std::string& title, const std::string& body, const std::string& tag,
                         const std::string& click_action) {
  return cofx_js_notify(plain(title).c_str(), plain(body).c_str(), tag.c_str(), click_action.c_str()) == 1;
}

bool WebPlatform::has_keyboard() { return cofx_js_has_keyboard() != 0; }
bool WebPlatform::online() { return cofx_js_is_online() != 0; }
bool WebPlatform::page_visible() { return cofx_js_page_visible() != 0; }
void WebPlatform::apply_update() { cofx_js_apply_update(); }
std::string WebPlatform::language() { return take_js_string(cofx_js_language()).value_or("en"); }
void WebPlatform::load_language(const std::string& tag) { cofx_js_load_language(tag.c_str()); }
std::vector<std::uint8_t> WebPlatform::take_catalogue() { return take_js_bytes(cofx_js_take_catalogue); }

bool WebPlatform::acquire_lock(const std::string& name) { return cofx_js_lock_acquire(name.c_str()) == 1; }

void WebPlatform::release_lock(const std::string& name) { cofx_js_lock_release(name.c_str()); }

void WebPlatform::copy_to_clipboard(const std::string& text) { cofx_js_copy_text(plain(text).c_str()); }
bool WebPlatform::can_share() { return cofx_js_can_share(); }
void WebPlatform::share(const std::string& title, const std::string& url) { cofx_js_share(plain(title).c_str(), plain(url).c_str()); }

void WebPlatform::open_meeting(const std::string& script_url, const std::string& domain,
                               const std::string& options_json) {
  cofx_js_jitsi_open(script_url.c_str(), domain.c_str(), plain(options_json).c_str());
  opened_meeting_ = true;
}

void WebPlatform::fetch_text(const std::string& purpose, const std::string& url, std::size_t max_bytes) {
  cofx_js_fetch_text(purpose.c_str(), url.c_str(), static_cast<int>(max_bytes));
}

void WebPlatform::close_meeting() { cofx_js_jitsi_close(); }

void WebPlatform::set_route(const std::string& hash, bool push) { cofx_js_set_hash(plain(hash).c_str(), push ? 1 : 0); }

std::string WebPlatform::site_url() {
  if (site_url_.empty()) site_url_ = take_js_string(cofx_js_site_url()).value_or("");
  return site_url_;
}

void WebPlatform::want_script(Script script) { web::want_script(script); }

std::string WebPlatform::bundled_iframe_api() {
  return take_js_string(cofx_js_bundled_iframe_api()).value_or("external_api.js");
}


void WebPlatform::download(const std::string& file_name, const std::string& mime_type, const std::string& text) {
  cofx_js_download(plain(file_name).c_str(), mime_type.c_str(), plain(text).c_str());
}

void WebPlatform::open_url(const std::string& url) { cofx_js_open_url(plain(url).c_str()); }

void WebPlatform::pick_file(const std::string& purpose, const std::string& accept) {
  cofx_js_pick_file(purpose.c_str(), accept.c_str());
}

void WebPlatform::jitsi_command(const JitsiCommand& command) {
  const std::string name(command_name(command.name));
  cofx_js_jitsi_command(name.c_str(), plain(command_arguments(command)).c_str());
}

void WebPlatform::announce(const std::string& text) { cofx_js_announce(plain(text).c_str()); }

// Asked once: the form asks every frame, and a new browser language takes a reload anyway.
Weekday WebPlatform::first_weekday() {
  static const Weekday first = [] {
    const int day = cofx_js_first_weekday();
    return day >= 1 && day <= 7 ? static_cast<Weekday>(day - 1) : Weekday::Monday;
  }();
  return first;
}

void WebPlatform::start_preview(const DeviceChoices& choices) {
  cofx_js_media_start(choices.camera_id.c_str(), choices.microphone_id.c_str(), choices.camera_on ? 1 : 0,
                      choices.microphone_on ? 1 : 0);
}

void WebPlatform::stop_preview() { cofx_js_media_stop(); }

bool WebPlatform::can_pick_speaker() { return cofx_js_can_pick_speaker(); }

void WebPlatform::test_speaker(const std::string& speaker_id) { cofx_js_speaker_test(speaker_id.c_str()); }

void WebPlatform::warm_meeting(const std::string& script_url, const std::string& origin) {
  cofx_js_warm_meeting(script_url.c_str(), origin.c_str());
}

void WebPlatform::wake_after(int delay_ms) { cofx_js_wake_after(delay_ms); }

}  // namespace cofx
