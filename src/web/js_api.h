// The JS side of the platform layer: functions implemented in src/web/js/*.js
// (passed to the linker with --js-library). Strings returned as char* are malloc'd
// by JS and owned by the caller.
#pragma once

#include <cstdint>

extern "C" {
// frames.js
void cofx_js_install_wakeups();
void cofx_js_request_frame();
void cofx_js_set_lobby_visible(int visible);
void cofx_js_frame_rendered(int frame_count);
void cofx_js_publish_widgets(const char* json, float pixels_per_css_px);
void cofx_js_publish_state(const char* json);
void cofx_js_fatal(const char* message);
// boot.js hand-over (shell/boot.js fetched these before main ran)
std::uint8_t* cofx_js_take_font(int* length);
char* cofx_js_take_config();
// storage.js
char* cofx_js_storage_get(const char* key);
int cofx_js_storage_set(const char* key, const char* value);  // 0 ok, 1 quota, 2 unavailable
// clipboard.js
void cofx_js_copy_text(const char* text);
// history.js
char* cofx_js_location_hash();
char* cofx_js_site_url();
void cofx_js_set_hash(const char* hash, int push);
// jitsi.js
void cofx_js_jitsi_open(const char* domain, const char* options_json);
void cofx_js_jitsi_close();
}
