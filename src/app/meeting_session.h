// What is known about the running meeting from Jitsi's events: when we joined,
// who is there, whether it records, and what to do in reaction (run the room
// security commands once we are moderator, ask for a password, end with a reason).
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/jitsi_event.h"
#include "core/meeting_security.h"

namespace cofx {

class MeetingSession {
 public:
  // `security` is applied only by the person who created the meeting here.
  explicit MeetingSession(MeetingSecurity security = {}) : security_(std::move(security)) {}

  struct Reaction {
    std::optional<std::string> end_reason;  // leave the meeting and show this in the lobby
    std::vector<nlohmann::json> commands;   // {"command", "args"} for api.executeCommand
    std::optional<std::string> hint;        // camera/microphone trouble, shown in the panel
    bool ask_password = false;              // Jitsi wants the room password from us
  };
  Reaction on(const JitsiEvent& event, std::int64_t now_ms);

  std::optional<std::int64_t> joined_at_ms() const { return joined_at_ms_; }
  int participants() const;  // 0 until joined; then us plus everyone who joined
  const std::string& recording() const { return recording_; }  // "Recording", "" when off
  const MeetingSecurity& security() const { return security_; }

 private:
  MeetingSecurity security_;
  bool security_applied_ = false;
  std::optional<std::int64_t> joined_at_ms_;
  std::string local_id_;
  std::set<std::string> others_;
  std::string recording_;
};

}  // namespace cofx
