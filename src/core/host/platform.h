// What the app needs from its host (the browser, or a fake in native tests).
// The app calls these; the host answers later through PlatformEvents (core/platform_event.h).
#pragma once

#include <optional>
#include <cstdint>
#include <string>
#include <vector>

#include "core/meeting/media_devices.h"
#include "core/meeting/meeting_security.h"
#include "core/time/time_zone.h"

namespace cofx {

enum class StorageStatus { Ok, QuotaExceeded, Unavailable };

// Writing systems whose font the site ships apart, fetched only when wanted (web/script_fonts.h).
enum class Script { Han };

class Platform {
 public:
  virtual ~Platform() = default;

  // This browser's storage (localStorage): kept across visits.
  virtual std::optional<std::string> load(const std::string& key) = 0;
  virtual StorageStatus save(const std::string& key, const std::string& value) = 0;
  // This tab's storage (sessionStorage): gone when the tab closes. For secrets by default.
  virtual std::optional<std::string> load_for_tab(const std::string& key) = 0;
  virtual StorageStatus save_for_tab(const std::string& key, const std::string& value) = 0;
  // A lock shared by this browser's tabs (navigator.locks), around a read-modify-write.
  // True: held now (or the browser has no such locks: go ahead). False: a
  // host::LockGranted event with this name follows. Release once done either way.
  virtual bool acquire_lock(const std::string& name) = 0;
  virtual void release_lock(const std::string& name) = 0;

  // Answers with a ClipboardResult event.
  virtual void copy_to_clipboard(const std::string& text) = 0;
  // The system's share sheet (navigator.share) is there and the device is a phone or
  // tablet: "Share" leads. Desktops copy the link instead.
  virtual bool can_share() { return false; }
  // Opens the share sheet with a title and a link; when sharing fails (not when the person
  // closes the sheet) the link is copied instead, which answers like copy_to_clipboard().
  virtual void share(const std::string& title, const std::string& url) = 0;

  // The font for a script will be needed soon (e.g. the interface is in Chinese): fetch it now
  // rather than when its first character is drawn. Idempotent; a host without one ignores it.
  virtual void want_script(Script) {}

  // Where the site's own copy of Jitsi's iframe API is, relative to the page.
  virtual std::string bundled_iframe_api() = 0;

  // Loads external_api.js from script_url if needed and creates
  // JitsiMeetExternalAPI(domain, options); answers with MeetingOpened or ScriptLoadFailed,
  // then forwards Jitsi's events. close_meeting() disposes it (idempotent).
  virtual void open_meeting(const std::string& script_url, const std::string& domain,
                            const std::string& options_json) = 0;
  virtual void close_meeting() = 0;

  // Sets location.hash; push adds a history entry, otherwise the current one is replaced.
  virtual void set_route(const std::string& hash, bool push) = 0;
  // The page URL without its fragment.
  virtual std::string site_url() = 0;

  // Reads a sentence out to screen readers (the page's live region).
  virtual void announce(const std::string& text) = 0;

  // The viewer's time zone (the browser's), for schedules shown in local time.
  virtual const ZoneRules& local_zone() = 0;
  // The first day of the week in the viewer's locale, where calendars start their rows.
  virtual Weekday first_weekday() { return Weekday::Monday; }

  // Offers a file to save, e.g. an .ics invitation or an export.
  virtual void download(const std::string& file_name, const std::string& mime_type, const std::string& text) = 0;
  // Opens a web page (calendar services) in a new tab, without access to this one.
  virtual void open_url(const std::string& url) = 0;
  // Asks the person for a text file; answers with a FileOpened event carrying `purpose`.
  virtual void pick_file(const std::string& purpose, const std::string& accept) = 0;

  // GETs a URL with the site's cookies (a deployer's JWT endpoint); answers with a
  // Fetched event carrying `purpose`. Never follows a redirect; gives up after a timeout, and
  // on an answer longer than `max_bytes` (read as it streams in, so a huge one costs nothing).
  virtual void fetch_text(const std::string& purpose, const std::string& url, std::size_t max_bytes) = 0;

  // Runs api.executeCommand(name, arg) on the running meeting.
  virtual void jitsi_command(const JitsiCommand& command) = 0;

  // The pre-join room's preview: (re)starts the camera and microphone as chosen; answers
  // with MediaState, MediaDevices and MediaLevel events. stop_preview() stops every track.
  virtual void start_preview(const DeviceChoices& choices) = 0;
  virtual void stop_preview() = 0;
  // Whether the page can choose where sound goes (HTMLMediaElement.setSinkId): known at once, so
  // the pre-join room lays out its speaker picker from its first frame.
  virtual bool can_pick_speaker() { return false; }
  // Plays a short chime on the chosen speaker; answers with a SpeakerTest event.
  virtual void test_speaker(const std::string& speaker_id) = 0;
  // Loads external_api.js and opens a connection to the deployment ahead of the join.
  virtual void warm_meeting(const std::string& script_url, const std::string& origin) = 0;
  // Answers with a Wake event after about this long, whether or not the page is visible.
  virtual void wake_after(int delay_ms) = 0;
  // False on touch-only devices (no fine pointer, no hover): keyboard shortcuts aren't shown.
  virtual bool has_keyboard() { return true; }
  // The browser believes it has a network; host::Connectivity reports each change.
  virtual bool online() { return true; }
  // The page is on screen (not a hidden tab or a minimised window).
  virtual bool page_visible() { return true; }
  // Loads the new version of the site that host::UpdateReady announced (a page reload).
  virtual void apply_update() {}
  // System notifications (reminders). notify() shows one (same tag: replaces, so tabs never
  // stack duplicates) and returns false when it can't (no permission, unsupported); a
  // click focuses this tab and sends host::Action{click_action}.
  enum class NotificationPermission { Unsupported, Ask, Granted, Denied };
  virtual NotificationPermission notification_permission() = 0;
  virtual void request_notification_permission() = 0;  // an Action "notifications-changed" follows
  virtual bool notify(const std::string& title, const std::string& body, const std::string& tag,
                      const std::string& click_action) = 0;

  // The interface's language: the one the page loaded at start ("en", "ms", "zh-CN"), and
  // a switch to another ("" = the browser's own). A host::LanguageLoaded event follows the
  // switch; take_catalogue() then hands over the new catalogue's .mo bytes once (empty for
  // English, which needs none).
  virtual std::string language() { return "en"; }
  virtual void load_language(const std::string& tag) = 0;
  virtual std::vector<std::uint8_t> take_catalogue() { return {}; }
};

}  // namespace cofx
