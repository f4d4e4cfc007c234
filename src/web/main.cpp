// Cof-iniX in the browser: Dear ImGui, rendered on demand with WebGL 2, else
// WebGL 1 (web/gl_renderer.h, one GLSL ES 1.00 program for both), else on the CPU into a 2D canvas
// (app/cpu_raster.h): no browser that runs WebAssembly is left without the lobby.
//
// Events from JS arrive as UTF-8 JSON through cofx_post_event() and wait in a queue that
// JS drains soon after through cofx_drain_events(), outside animation frames: a hidden tab
// (no frames) still applies room security and ends meetings. A drained event asks for a frame.
//
// The story of a frame: JS asks for one (input, resize, a pixel-ratio change, an event,
// the 1 Hz tick while a clock is shown) with requestAnimationFrame and calls cofx_frame().
// The lobby (or the pre-join room, or during a meeting the slim panel beside it) is drawn
// at the canvas's pixel size; then JS hears what it needs for the DOM: the active text
// field and its caret, the widget rectangles, where the camera preview goes, how often to
// tick, whether to draw again. Keyboard text, touches and clipboard requests go straight
// into ImGui's own input queue from the page's own listeners (web/keyboard_input.h,
// web/pointer_input.h, web/text_input.h): no windowing library in between.
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <malloc.h>

#include <cmath>
#include <cstdlib>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include <imgui.h>

#include "app/app.h"
#include "app/cpu_raster.h"
#include "app/test_snapshot.h"
#include "app/words/site_words.h"
#include "app/words/tr.h"
#include "core/text/json_util.h"
#include "app/item_info.h"
#include "app/fonts.h"
#include "app/theme.h"
#include "core/site/site_policy.h"
#include "web/js_api.h"
#include "core/text/shaped_text.h"
#include "web/gl_renderer.h"
#include "web/script_fonts.h"
#include "web/text_input.h"
#include "web/pointer_input.h"
#include "web/web_platform.h"

namespace {

// How the canvas is drawn, chosen once at start-up.
enum class Drawing { WebGL2, WebGL1, Cpu };

struct WebApp {
  Drawing drawing = Drawing::WebGL2;
  cofx::CpuImage cpu_image;  // Drawing::Cpu: the frame's pixels
  cofx::WebPlatform platform;
  std::unique_ptr<cofx::App> app;
  std::vector<std::uint8_t> font_bytes;
  cofx::UiFonts fonts;
  cofx::ThemeMode theme = cofx::ThemeMode::Dark;  // until JS reports prefers-color-scheme
  float scale = 0;  // device pixel ratio the style (and style.FontScaleDpi) was set for
  int pixel_w = 1, pixel_h = 1;  // canvas backing store size
  int frames = 0;
  double last_frame_s = 0;  // for ImGui's DeltaTime
  double revision = 0;  // events handled plus frames drawn (cofx_snapshot_revision)
  std::deque<std::string> events;
  std::string last_widgets;
  // What last_widgets was built from.
  std::map<std::string, cofx::WidgetRect> last_rects;
  std::map<std::string, cofx::WidgetGroupInfo> last_groups;
  std::vector<std::string> last_overflowing;
  std::string last_focused;
  bool popup_open = false;
  cofx::WidgetRect last_preview;
  bool preview_shown = false;
};

WebApp* g_web = nullptr;

// Start-up phases for the benchmark's breakdown (published.js keeps the first time of each):
// main, gl, app, fonts (the TTF handed to the atlas), main done, frame, style, laid out (the
// first frame's layout passes), drawn (its GL calls issued).
void startup_mark(const char* phase) { cofx_js_startup_mark(phase); }

// Canvas pixels = CSS size x devicePixelRatio; ImGui works in canvas pixels, so
// fonts and style are scaled by the ratio, and pointer.js hands over positions in canvas pixels.
// The device pixels the canvas should have; returns the device pixel ratio.
double measure_canvas(WebApp& web) {
  double css_w = 0, css_h = 0;
  cofx_js_canvas_css_size(&css_w, &css_h);
  const double ratio = emscripten_get_device_pixel_ratio();
  web.pixel_w = std::max(1, static_cast<int>(std::lround(css_w * ratio)));
  web.pixel_h = std::max(1, static_cast<int>(std::lround(css_h * ratio)));
  return ratio;
}

void sync_canvas_size(WebApp& web) {
  const double ratio = measure_canvas(web);
  int have_w = 0, have_h = 0;
  cofx_js_canvas_pixel_size(&have_w, &have_h);
  if (have_w != web.pixel_w || have_h != web.pixel_h) cofx_js_set_canvas_pixel_size(web.pixel_w, web.pixel_h);

  // A new ratio rescales the style and the fonts (style.FontScaleDpi): ImGui 1.92 bakes the
  // glyphs of the new size as they are drawn, and web/gl_renderer uploads only what changed
  // (ImGuiBackendFlags_RendererHasTextures).
  const float scale = static_cast<float>(ratio);
  if (scale != web.scale) {
    web.scale = scale;
    cofx::apply_theme(scale, web.theme);
    if (web.frames == 0) startup_mark("style");
  }
}

// Escape with a popup open (a picker, a menu) closes the popup: keyboard.js must not also
// move the keyboard out of the canvas then. Told only when it changes.
void publish_popup_open(WebApp& web) {
  const bool open = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
  if (open == web.popup_open) return;
  web.popup_open = open;
  cofx_js_set_popup_open(open ? 1 : 0);
}

// Each widget's rectangle, role, name and state (the versioned record of app/widget_rects.h), and which one
// has ImGui's focus: for tests and for the accessible mirror (mirror.js). Sent only
// when something changed, so the mirror's DOM changes only then.
void publish_widgets(WebApp& web) {
  const cofx::WidgetRects& rects = web.app->widgets();
  // Most frames change no widget: the record (0.3 ms with a long list) is built only when one did.
  if (rects.all() != web.last_rects || rects.groups() != web.last_groups ||
      rects.overflowing() != web.last_overflowing) {
    web.last_rects = rects.all();
    web.last_groups = rects.groups();
    web.last_overflowing = rects.overflowing();
    std::string text = cofx::shaped::logical(cofx::widget_record(rects));
    if (text != web.last_widgets) {
      web.last_widgets = std::move(text);
      cofx_js_publish_widgets(web.last_widgets.data(), static_cast<int>(web.last_widgets.size()), web.scale);
    }
  }
  std::string focused = web.app->widgets().focused_name();
  if (focused != web.last_focused) {
    web.last_focused = std::move(focused);
    cofx_js_focus_widget(web.last_focused.c_str());
  }
}

// The theme follows the browser's prefers-color-scheme; the App is told too.
void follow_theme(WebApp& web, bool dark) {
  web.theme = dark ? cofx::ThemeMode::Dark : cofx::ThemeMode::Light;
  if (web.scale > 0) cofx::apply_theme(web.scale, web.theme);  // else the first frame applies it
}

void handle_queued_events(WebApp& web) {
  while (!web.events.empty()) {
    const std::string json = std::move(web.events.front());
    web.events.pop_front();
    const auto event = cofx::parse_platform_event(json);
    if (!event) continue;
    if (const auto* theme = std::get_if<cofx::host::Theme>(&*event)) follow_theme(web, theme->dark);
    web.app->handle(*event);
    ++web.revision;
  }
}

// The <video> of the pre-join room sits over the "preview" rectangle while it is drawn.
void place_preview(WebApp& web) {
  const cofx::WidgetRect* rect = web.app->widgets().find("preview");
  const bool shown = rect != nullptr;
  const cofx::WidgetRect where = shown ? *rect : cofx::WidgetRect{};
  if (shown == web.preview_shown && where == web.last_preview) return;
  web.preview_shown = shown;
  web.last_preview = where;
  cofx_js_media_place(where.x, where.y, where.w, where.h, shown ? 1 : 0);
}

void present(WebApp& web) {
  const ImVec4 bg = cofx::theme_colors().background;
  if (web.drawing == Drawing::Cpu) {
    cofx::cpu_raster::update_textures(*ImGui::GetDrawData());
    cofx::cpu_raster::draw(*ImGui::GetDrawData(), bg, web.cpu_image);
    cofx_js_blit(web.cpu_image.pixels.data(), web.cpu_image.width, web.cpu_image.height);
    return;
  }
  cofx::web::render_gl(*ImGui::GetDrawData(), bg, web.pixel_w, web.pixel_h);
}

// One ImGui frame, not shown yet.
void lay_out(WebApp& web) {
  ImGuiIO& io = ImGui::GetIO();
  const double now_s = emscripten_get_now() / 1000.0;
  io.DeltaTime = web.last_frame_s > 0 && now_s > web.last_frame_s ? static_cast<float>(now_s - web.last_frame_s) : 1.0f / 60.0f;
  web.last_frame_s = now_s;
  io.DisplaySize = ImVec2(static_cast<float>(web.pixel_w), static_cast<float>(web.pixel_h));
  io.DisplayFramebufferScale = ImVec2(1, 1);
  ImGui::NewFrame();
  web.app->draw(web.fonts);
  ImGui::Render();
}

// ImGui lays a new screen, a grown card or a focus request out over two or three frames (it
// sizes from the frame before). Those passes run here, back to back, and only the last is
// shown: one browser frame (one compositor commit, tens of ms in software GL) instead of
// three, and nobody sees the layout jump. Not once a meeting has opened: the browser loads
// the meeting's iframe only when this task ends, and the panel can settle in the next frame.
constexpr int kMaxLayoutPasses = 6;

bool another_pass(WebApp& web, int pass) {
  return pass < kMaxLayoutPasses && web.app->wants_another_frame() && !web.platform.take_opened_meeting();
}

void render_lobby(WebApp& web) {
  sync_canvas_size(web);
  // The app's own CPU time for the benchmark: the layout passes and what the page hears after
  // them (the mirror's DOM work included), not the GL driver's.
  const double laid_out_from = emscripten_get_now();
  web.platform.take_opened_meeting();  // one opened by an event since (drained outside frames) is not this frame's
  lay_out(web);
  for (int pass = 1; another_pass(web, pass); ++pass) lay_out(web);
  const double laid_out_ms = emscripten_get_now() - laid_out_from;
  if (web.frames == 0) startup_mark("laid out");
  present(web);
  if (web.frames == 0) startup_mark("drawn");

  const double told_from = emscripten_get_now();
  cofx::web::sync_text_field();
  cofx::web::show_mouse_cursor();
  ++web.frames;
  ++web.revision;
  publish_widgets(web);
  publish_popup_open(web);
  place_preview(web);
  cofx_js_frame_rendered(web.frames, laid_out_ms + (emscripten_get_now() - told_from));
  cofx_js_set_tick(web.app->tick_interval_ms());
  if (web.app->wants_another_frame()) cofx_js_request_next_frame();
}

const char* drawing_name(Drawing drawing) {
  switch (drawing) {
    case Drawing::WebGL2: return "webgl2";
    case Drawing::WebGL1: return "webgl1";
    case Drawing::Cpu: return "cpu";
  }
  return "cpu";
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void cofx_frame() {
  if (g_web == nullptr) return;
  WebApp& web = *g_web;
  if (web.frames == 0) startup_mark("frame");
  handle_queued_events(web);  // anything posted since the last drain
  cofx_js_set_lobby_visible(web.app->lobby_visible() ? 1 : 0);
  render_lobby(web);  // during a meeting the canvas is the slim meeting panel
  if (web.frames == 1) {
    cofx_js_zone_read_when_idle();
    cofx_js_load_later_when_idle();
  }
  // A phone's one-line bar grows to the page while it shows the QR code or the people.
  cofx_js_set_panel_tall(web.app->panel().wants_page() ? 1 : 0);
}

EMSCRIPTEN_KEEPALIVE void cofx_post_event(const char* json) {
  if (g_web == nullptr || json == nullptr) return;
  g_web->events.emplace_back(json);
  cofx_js_schedule_drain();
}

EMSCRIPTEN_KEEPALIVE void cofx_drain_events() {
  if (g_web == nullptr || g_web->events.empty()) return;
  handle_queued_events(*g_web);
  cofx_js_set_lobby_visible(g_web->app->lobby_visible() ? 1 : 0);
  cofx_js_set_panel_tall(g_web->app->panel().wants_page() ? 1 : 0);
  cofx_js_request_next_frame();  // one: its layout passes settle it, and the app asks for more if it must
}

// Counts handled events and drawn frames: the snapshot can only differ when it moved.
EMSCRIPTEN_KEEPALIVE double cofx_snapshot_revision() { return g_web == nullptr ? 0 : g_web->revision; }

// The test snapshot (app/test_snapshot.h), as window.cofx.state reads it; null before start.
EMSCRIPTEN_KEEPALIVE const char* cofx_snapshot() {
  static std::string text;
  if (g_web == nullptr || !g_web->app) return nullptr;
  text = cofx::shaped::logical(cofx::test_snapshot(*g_web->app, g_web->platform.local_zone(), g_web->platform.site_url()));
  return text.c_str();
}

// Bytes the allocator has handed out now (the wasm memory itself only grows: JS reads
// its size as the high-water mark).
EMSCRIPTEN_KEEPALIVE double cofx_heap_in_use() { return static_cast<double>(mallinfo().uordblks); }

}  // extern "C"

int main() {
  startup_mark("main");
  auto* web = new WebApp();  // lives as long as the page
  // At the canvas's size already: a resize in the first frame would reallocate the drawing
  // buffer the context has just made (10 ms in software GL).
  measure_canvas(*web);
  cofx_js_set_canvas_pixel_size(web->pixel_w, web->pixel_h);
  const int webgl = cofx_js_gl_create_context();
  web->drawing = webgl == 2 ? Drawing::WebGL2 : webgl == 1 ? Drawing::WebGL1 : Drawing::Cpu;
  cofx_js_set_drawing(drawing_name(web->drawing));
  if (web->drawing == Drawing::Cpu && !cofx_js_can_draw_2d()) {
    // Translators: the page can draw nothing (no WebGL, no 2D canvas); a way into the meeting follows.
    cofx_js_fatal(std::string(cofx::tr("This browser lets the page draw nothing, so the lobby can't show. You can still open your meeting:")).c_str());
    return 1;
  }
  startup_mark("gl");

  IMGUI_CHECKVERSION();
  cofx::listen_to_item_info(ImGui::CreateContext());
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing to persist: the lobby has a fixed layout
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.ConfigInputTextCursorBlink = false;  // a blinking caret would cost a frame every 0.4 s
  io.ConfigMacOSXBehaviors = cofx_js_is_apple() != 0;  // Cmd for shortcuts, Option for words
  io.BackendPlatformName = "cofinix_web";
  io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;  // pointer.js sets the canvas's CSS cursor
  if (web->drawing == Drawing::Cpu) {
    io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;  // cpu_raster reads the atlas's own pixels
  } else {
    cofx::web::install_gl_renderer(io);
  }
  cofx::web::install_text_input(io);

  web->font_bytes = cofx::take_js_bytes(cofx_js_take_font);
  web->fonts = cofx::build_fonts(web->font_bytes);
  cofx::web::install_script_fonts(web->fonts);  // any other script: the browser's fonts, the Han font
  startup_mark("fonts");
  const cofx::SitePolicyLoad config =
      cofx::parse_site_policy(cofx::take_js_string(cofx_js_take_config()).value_or("{}"));
  web->app = std::make_unique<cofx::App>(web->platform, config.config, cofx::system_random_bytes,
                                         cofx::App::system_clock_ms, config.policy);
  web->app->start(cofx::take_js_string(cofx_js_location_hash()).value_or(""), cofx::describe(config.warnings));
  g_web = web;
  startup_mark("app");

  cofx_js_install_input();  // keys, touches, text and the clipboard (keyboard.js decides which keys ImGui gets)
  cofx_js_install_wakeups();
  cofx_js_watch_route();  // Back/Forward and typed URLs
  cofx_js_watch_storage();
  cofx_js_watch_site();  // online/offline and a new version of the site
  cofx_js_follow_color_scheme();  // queues the first theme event before the first frame
  cofx_js_install_actions();
  cofx_js_prefetch_when_idle(web->platform.bundled_iframe_api().c_str());
  cofx_js_request_next_frame();  // the first frame (no input to settle yet)
  startup_mark("main done");
  return 0;
}
