#include "core/meeting/meeting_session.h"

#include <type_traits>
#include <variant>

namespace cofx {

MeetingSession::MeetingSession(MeetingSecurity security, std::string subject)
    : security_(std::move(security)), subject_(std::move(subject)) {
  if (!security_.password.empty()) status_.push_back({SecurityItem::Password, SecurityState::Waiting});
  if (security_.lobby) status_.push_back({SecurityItem::Lobby, SecurityState::Waiting});
  if (security_.end_to_end_encryption) {
    status_.push_back({SecurityItem::EndToEndEncryption, SecurityState::Waiting});
  }
}

int MeetingSession::participants() const {
  return joined_at_ms_ ? 1 + static_cast<int>(others_.size()) : 0;
}

bool MeetingSession::is_moderator() const {
  return !local_id_.empty() && moderators_.count(local_id_) > 0;
}

void MeetingSession::set_state(SecurityItem item, SecurityState state) {
  for (SecurityStatus& status : status_) {
    if (status.item == item) status.state = state;
  }
}

void MeetingSession::apply_security_if_ready(Reaction& reaction) {
  if (security_sent_ || !joined_at_ms_ || !is_moderator()) return;
  security_sent_ = true;
  reaction.commands = security_commands(security_);
  for (SecurityStatus& status : status_) {
    // A failure notification may already have arrived; never paper over it.
    if (status.state == SecurityState::Waiting || status.state == SecurityState::NotPossible) {
      status.state = SecurityState::Sent;
    }
  }
}

void MeetingSession::apply_subject(Reaction& reaction, bool joined_now) {
  if (subject_.empty()) return;
  if (joined_now) reaction.commands.push_back({JitsiCommand::Name::LocalSubject, subject_, false});
  if (subject_sent_ || !joined_at_ms_ || !is_moderator()) return;
  subject_sent_ = true;
  reaction.commands.push_back({JitsiCommand::Name::Subject, subject_, false});
}

void MeetingSession::read_notification(const jitsi::Notification& notification) {
  if (notification.description == "lobby.notificationLobbyEnabled") {
    set_state(SecurityItem::Lobby, SecurityState::Applied);
  } else if (notification.description == "lobby.notificationLobbyDisabled") {
    set_state(SecurityItem::Lobby, SecurityState::Failed);
  } else if (notification.title == "dialog.lockTitle") {
    set_state(SecurityItem::Password, SecurityState::Failed);
  } else if (notification.title == "dialog.passwordNotSupportedTitle") {
    set_state(SecurityItem::Password, SecurityState::NotPossible);
  }
}

MeetingSession::Reaction MeetingSession::on(const JitsiEvent& event, std::int64_t now_ms) {
  Reaction reaction;
  roster_.apply(event);
  reaction.end_reason = meeting_end(event, local_id_);
  reaction.hint = hint_for(event);
  std::visit(
      [&](const auto& e) {
        using E = std::decay_t<decltype(e)>;
        if constexpr (std::is_same_v<E, jitsi::ConferenceJoined>) {
          leave_deadline_ms_.reset();  // a reload or a breakout room, not a leave
          if (!joined_at_ms_) {
            joined_at_ms_ = now_ms;
            if (!status_.empty()) reaction.wake_in_ms = kModeratorWaitMs;
          }
          if (!e.id.empty()) local_id_ = e.id;
          apply_security_if_ready(reaction);
          apply_subject(reaction, true);
        } else if constexpr (std::is_same_v<E, jitsi::ConferenceLeft>) {
          leave_deadline_ms_ = now_ms + kLeaveGraceMs;
          reaction.wake_in_ms = kLeaveGraceMs;
        } else if constexpr (std::is_same_v<E, jitsi::ReadyToClose>) {
          reaction.left = true;
        } else if constexpr (std::is_same_v<E, jitsi::ParticipantJoined>) {
          // A framed server could announce participants without end: the set is bounded.
          if (e.id != local_id_ && others_.size() < kMaxTrackedParticipants) others_.insert(e.id);
        } else if constexpr (std::is_same_v<E, jitsi::ParticipantLeft>) {
          others_.erase(e.id);
          moderators_.erase(e.id);
        } else if constexpr (std::is_same_v<E, jitsi::RoleChanged>) {
          if (e.role != "moderator") moderators_.erase(e.id);
          else if (moderators_.size() < kMaxTrackedParticipants) moderators_.insert(e.id);
          apply_security_if_ready(reaction);
          apply_subject(reaction, false);
        } else if constexpr (std::is_same_v<E, jitsi::PasswordRequired>) {
          reaction.ask_password = true;
        } else if constexpr (std::is_same_v<E, jitsi::RecordingStatus>) {
          recording_ = ::cofx::recording_kind(e);
        } else if constexpr (std::is_same_v<E, jitsi::Notification>) {
          read_notification(e);
        }
      },
      event);
  return reaction;
}

MeetingSession::Reaction MeetingSession::on_timer(std::int64_t now_ms) {
  Reaction reaction;
  if (leave_deadline_ms_) {
    if (now_ms >= *leave_deadline_ms_) {
      leave_deadline_ms_.reset();
      reaction.left = true;
      return reaction;
    }
    reaction.wake_in_ms = *leave_deadline_ms_ - now_ms;  // woken early: ask again
  }
  if (!security_sent_ && joined_at_ms_ && now_ms >= *joined_at_ms_ + kModeratorWaitMs) {
    for (SecurityStatus& status : status_) {
      if (status.state == SecurityState::Waiting) status.state = SecurityState::NotPossible;
    }
  }
  return reaction;
}

const std::string& MeetingSession::recording() const {
  static const std::string kOff, kFile = "file", kStream = "stream";
  switch (recording_) {
    case RecordingKind::Off: return kOff;
    case RecordingKind::Recording: return kFile;
    case RecordingKind::Streaming: return kStream;
  }
  return kOff;
}

}  // namespace cofx
