#include "core/meeting/meeting_session.h"

#include <type_traits>
#include <variant>

namespace cofx {

MeetingSession::MeetingSession(MeetingSecurity security, MeetingBrief brief)
    : security_(std::move(security)), brief_(std::move(brief)) {
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
  if (brief_.subject.empty()) return;
  if (joined_now) reaction.commands.push_back({JitsiCommand::Name::LocalSubject, brief_.subject});
  if (subject_sent_ || !joined_at_ms_ || !is_moderator()) return;
  subject_sent_ = true;
  reaction.commands.push_back({JitsiCommand::Name::Subject, brief_.subject});
}

void MeetingSession::on_joined(const jitsi::ConferenceJoined& joined, std::int64_t now_ms, Reaction& reaction) {
  using N = JitsiCommand::Name;
  leave_deadline_ms_.reset();  // a reload or a breakout room, not a leave
  if (admission_ == Admission::Waiting) admission_ = Admission::Admitted;
  if (!joined_at_ms_) {
    joined_at_ms_ = now_ms;
    if (!status_.empty()) reaction.wake_in_ms = kModeratorWaitMs;
  }
  if (!joined.id.empty()) local_id_ = joined.id;
  apply_security_if_ready(reaction);
  apply_subject(reaction, true);
  if (brief_.start_utc > 0 && brief_.duration_minutes > 0) {
    JitsiCommand timer{N::SetMeetingTimer};
    timer.duration_s = std::int64_t{brief_.duration_minutes} * 60;
    timer.elapsed_s = now_ms / 1000 - brief_.start_utc;  // negative: early, the timer waits
    reaction.commands.push_back(timer);
  }
  if (effects_sent_) return;  // a conference reload keeps Jitsi's effects
  effects_sent_ = true;
  if (brief_.blur) {
    reaction.commands.push_back({N::SetBlurredBackground, "blur"});
    blur_ = EffectState::Sent;
  }
  if (brief_.noise_suppression) {
    reaction.commands.push_back({N::SetNoiseSuppression, {}, true});
    noise_ = EffectState::Sent;
  }
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
  } else if (notification.title == "notify.noiseSuppressionFailedTitle" && noise_ == EffectState::Sent) {
    noise_ = EffectState::Refused;
  } else if ((notification.title == "virtualBackground.backgroundEffectError" ||
              notification.title == "virtualBackground.webAssemblyWarning") &&
             blur_ == EffectState::Sent) {
    blur_ = EffectState::Refused;
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
          on_joined(e, now_ms, reaction);
        } else if constexpr (std::is_same_v<E, jitsi::ConferenceError>) {
          // Jitsi's lobby: with lobby.autoKnock it knocks for us and waits for the host.
          if (e.name == "conference.connectionError.membersOnly" && !joined_at_ms_) admission_ = Admission::Waiting;
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
