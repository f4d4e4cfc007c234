// The JS side of the platform layer: functions implemented in src/web/js/*.js (passed to the
// linker with --js-library), grouped by the file that implements each one (the heading above
// a group names it; tests/tools/check_js_api.py keeps this true). Strings returned as char*
// are malloc'd by JS and owned by the caller. Events come back the other way through one door,
// bridge.js (cofxPostEvent -> cofx_post_event in main.cpp).
#pragma once

#include <cstdint>

extern "C" {
// bridge.js: the event door
void cofx_js_schedule_drain();  // cofx_drain_events() soon, with or without frames

// frames.js: render on demand
void cofx_js_install_wakeups();
void cofx_js_request_frame();       // after input or an event: a few frames, so hover and release settle
void cofx_js_request_next_frame();  // exactly one more
void cofx_js_wake_after(int delay_ms);
void cofx_js_set_lobby_visible(int visible);
void cofx_js_set_panel_tall(int tall);  // the meeting panel takes the page's height (a phone's QR code)
void cofx_js_set_tick(int interval_ms);  // redraw every interval_ms with no input; 0 stops
void cofx_js_frame_rendered(int frame_count, double app_ms);  // app_ms: layout passes and publishing, no GL

// published.js: window.cofx, for tests and the benchmark
void cofx_js_startup_mark(const char* phase);  // the first time a start-up phase is reached
void cofx_js_set_drawing(const char* path);     // "webgl2", "webgl1" or "cpu"

// canvas_box.js: where the canvas is on the page
void cofx_js_canvas_css_size(double* width, double* height);  // CSS pixels, kept between layout changes
void cofx_js_canvas_pixel_size(int* width, int* height);       // its drawing buffer's
void cofx_js_set_canvas_pixel_size(int width, int height);

// webgl.js: the GPU drawing path (web/gl_renderer.h)
int cofx_js_gl_create_context();  // 2 (WebGL 2), 1 (WebGL 1) or 0 (neither: the CPU draws)
int cofx_js_gl_texture_create(const std::uint8_t* rgba, int width, int height);  // its id
void cofx_js_gl_texture_update(int id, int x, int y, int width, int height, const std::uint8_t* rgba);
void cofx_js_gl_texture_destroy(int id);
void cofx_js_gl_begin(int pixel_w, int pixel_h, float red, float green, float blue, float x, float y, float width,
                      float height);
void cofx_js_gl_list(const void* vertices, int vertex_bytes, const void* indices, int index_bytes);
void cofx_js_gl_draw(int texture, int clip_x, int clip_y, int clip_w, int clip_h, int count, int index_offset,
                     int vertex_offset);

// canvas2d.js: the CPU drawing path's frame onto the canvas
int cofx_js_can_draw_2d();
void cofx_js_blit(const std::uint32_t* rgba, int width, int height);

// mirror_record.js: the widget record (app/widget_rects.h), for the mirror and window.cofx
void cofx_js_publish_widgets(const char* json, int length, float pixels_per_css_px);  // widget_record(), version 1

// mirror.js: the accessible mirror
void cofx_js_focus_widget(const char* name);  // ImGui's focus moved to this named widget ("" none)
void cofx_js_announce(const char* text);      // the live region screen readers read

// site_shell.js: the page around the app (shell/boot.js fetched font and config before main ran)
std::uint8_t* cofx_js_take_font(int* length);
char* cofx_js_take_config();
char* cofx_js_language();
std::uint8_t* cofx_js_take_catalogue(int* length);
void cofx_js_load_language(const char* tag);
void cofx_js_fatal(const char* message);
void cofx_js_watch_site();  // connectivity and update-ready events
int cofx_js_is_online();
int cofx_js_page_visible();
void cofx_js_apply_update();

// glyphs.js: characters the UI font lacks (web/script_fonts.h)
std::uint8_t* cofx_js_draw_glyph(const char* utf8, int right_to_left, float px, float* out_metrics);  // RGBA, malloc'd, or null
void cofx_js_fetch_script_font(int script);  // answers with cofx_script_font_arrived()

// input.js: installs keyboard.js, pointer.js, touch.js, text_input.js and clipboard.js
void cofx_js_install_input();

// keyboard.js: which keys ImGui gets (web/keyboard_input.h)
int cofx_js_is_apple();
void cofx_js_set_popup_open(int open);
int cofx_js_has_keyboard();  // 0 on touch-only devices

// pointer.js: the mouse and wheel (web/pointer_input.h)
void cofx_js_set_cursor(const char* css);  // the canvas's CSS cursor

// text_input.js: the hidden DOM input all text arrives through
void cofx_js_text_field(int active, int read_only, int secret, float caret_x, float caret_y, float caret_height,
                        const char* selection);

// theme.js
void cofx_js_follow_color_scheme();

// actions.js: the shell's hidden action buttons
void cofx_js_install_actions();

// storage.js
// tab: 0 localStorage (this browser), 1 sessionStorage (this tab). "" as value removes the key.
char* cofx_js_storage_get(const char* key, int tab);
int cofx_js_storage_set(const char* key, const char* value, int tab);  // 0 ok, 1 quota, 2 unavailable
int cofx_js_lock_acquire(const char* name);  // 1: go ahead now; 0: a "lock" event follows
void cofx_js_lock_release(const char* name);
void cofx_js_watch_storage();  // another tab's changes arrive as "storage" events

// notify.js
int cofx_js_notification_permission();  // 0 unsupported, 1 ask, 2 granted, 3 denied
void cofx_js_request_notifications();
int cofx_js_notify(const char* title, const char* body, const char* tag, const char* click_action);  // 1 shown

// clipboard.js
void cofx_js_copy_text(const char* text);
bool cofx_js_can_share();
void cofx_js_share(const char* title, const char* url);  // falls back to cofx_js_copy_text
void cofx_js_set_clipboard_text(const char* text);  // ImGui's clipboard, kept in JS
char* cofx_js_clipboard_text();

// history.js
char* cofx_js_location_hash();
char* cofx_js_site_url();
void cofx_js_set_hash(const char* hash, int push);
void cofx_js_watch_route();          // Back/Forward and typed URLs arrive as "route" events
char* cofx_js_bundled_iframe_api();  // <meta name="cofinix:iframe-api"> in index.html

// later.js: the later part (later/*.js below), loaded after the first frame or when first called
void cofx_js_load_later_when_idle();  // after the first frame
void cofx_js_prefetch_when_idle(const char* url);  // the site's iframe API, into the cache

// later/jitsi.js
void cofx_js_jitsi_open(const char* script_url, const char* domain, const char* options_json);
void cofx_js_jitsi_close();
void cofx_js_warm_meeting(const char* script_url, const char* origin);  // from the pre-join room
// args: text_arg when has_text, else flag_arg as a boolean (none for "hangup").
void cofx_js_jitsi_command(const char* name, const char* arguments_json);  // a JSON array

// later/preview.js: the pre-join room's camera and microphone preview
void cofx_js_media_start(const char* camera_id, const char* mic_id, int camera_on, int mic_on);
void cofx_js_media_stop();
void cofx_js_media_place(float x, float y, float w, float h, int visible);  // canvas pixels

// media_support.js
bool cofx_js_can_pick_speaker();  // HTMLMediaElement.setSinkId exists

// later/sound.js: the pre-join room's speaker test
void cofx_js_speaker_test(const char* output_id);

// zone.js
int cofx_js_zone_offset_minutes(double utc_seconds);
char* cofx_js_zone_name();
void cofx_js_zone_read_when_idle();  // after the first frame: Intl's first answer is slow

// locale.js
int cofx_js_first_weekday();  // 1 Monday .. 7 Sunday, as Intl's weekInfo

// later/files.js
void cofx_js_download(const char* file_name, const char* mime_type, const char* text);
void cofx_js_open_url(const char* url);
void cofx_js_pick_file(const char* purpose, const char* accept);
void cofx_js_fetch_text(const char* purpose, const char* url, int max_bytes);
}
