#include "app/meeting_session.h"

#include <type_traits>
#include <variant>

namespace cofx {

int MeetingSession::participants() const {
  return joined_at_ms_ ? 1 + static_cast<int>(others_.size()) : 0;
}

MeetingSession::Reaction MeetingSession::on(const JitsiEvent& event, std::int64_t now_ms) {
  Reaction reaction;
  reaction.end_reason = meeting_end_reason(event, local_id_);
  reaction.hint = hint_for(event);
  std::visit(
      [&](const auto& e) {
        using E = std::decay_t<decltype(e)>;
        if constexpr (std::is_same_v<E, jitsi::ConferenceJoined>) {
          if (!joined_at_ms_) joined_at_ms_ = now_ms;
          local_id_ = e.id;
        } else if constexpr (std::is_same_v<E, jitsi::ParticipantJoined>) {
          if (e.id != local_id_) others_.insert(e.id);
        } else if constexpr (std::is_same_v<E, jitsi::ParticipantLeft>) {
          others_.erase(e.id);
        } else if constexpr (std::is_same_v<E, jitsi::RoleChanged>) {
          // Jitsi runs password/lobby/E2EE commands only for a moderator.
          if (e.id == local_id_ && e.role == "moderator" && !security_applied_) {
            security_applied_ = true;
            for (const auto& command : security_commands(security_)) reaction.commands.push_back(command);
          }
        } else if constexpr (std::is_same_v<E, jitsi::PasswordRequired>) {
          reaction.ask_password = true;
        } else if constexpr (std::is_same_v<E, jitsi::RecordingStatus>) {
          recording_ = recording_label(e);
        }
      },
      event);
  return reaction;
}

}  // namespace cofx
