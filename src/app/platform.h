// What the app needs from its host (the browser, or a fake in native tests).
// The app calls these; the host answers later through PlatformEvents (core/platform_event.h).
#pragma once

#include <optional>
#include <string>

namespace cofx {

enum class StorageStatus { Ok, QuotaExceeded, Unavailable };

class Platform {
 public:
  virtual ~Platform() = default;

  virtual std::optional<std::string> load(const std::string& key) = 0;
  virtual StorageStatus save(const std::string& key, const std::string& value) = 0;

  // Answers with a ClipboardResult event.
  virtual void copy_to_clipboard(const std::string& text) = 0;

  // Loads https://<domain>/external_api.js if needed and creates the meeting; answers
  // with MeetingOpened, or ScriptLoadFailed. close_meeting() disposes it (idempotent).
  virtual void open_meeting(const std::string& domain, const std::string& options_json) = 0;
  virtual void close_meeting() = 0;

  // Sets location.hash; push adds a history entry, otherwise the current one is replaced.
  virtual void set_route(const std::string& hash, bool push) = 0;
  // The page URL without its fragment.
  virtual std::string site_url() = 0;

  // A JSON snapshot of the app state for tests and the screen-reader announcer.
  virtual void publish_state(const std::string& json) = 0;
};

}  // namespace cofx
