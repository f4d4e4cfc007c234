// What is known about the running meeting from Jitsi's events, and what to do about it:
// when we joined, who is there, whether it records, the room security's true state, and
// when the meeting is over. Pure: every input is an event and a time, every output a
// Reaction value, so it is tested natively event by event.
//
// Room security (core/meeting_security.h) needs moderator rights. Jitsi reports the
// local id in videoConferenceJoined and roles in participantRoleChanged, in either
// order (older servers send the role first), so every id's role is remembered and the
// commands go out once both the local id and its moderator role are known. What the
// panel shows for each item follows what Jitsi reported, never what was asked for:
//
//   Waiting      asked for; not moderator (yet)
//   Sent         the command went out; Jitsi reports only failures for this item
//   Applied      Jitsi confirmed it (the lobby's "enabled" notification)
//   Failed       Jitsi reported a failure
//   NotPossible  joined for kModeratorWaitMs without moderator rights
//
// Leaving: Jitsi also reports videoConferenceLeft when it reloads the conference or
// moves to a breakout room, so a leave ends the meeting only when no join follows
// within kLeaveGraceMs; the reaction asks to be woken then (on_timer).
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/meeting/jitsi_event.h"
#include "core/meeting/meeting_security.h"
#include "core/meeting/roster.h"

namespace cofx {

inline constexpr std::int64_t kLeaveGraceMs = 3000;
inline constexpr std::int64_t kModeratorWaitMs = 5000;

enum class SecurityItem { Password, Lobby, EndToEndEncryption };
enum class SecurityState { Waiting, Sent, Applied, Failed, NotPossible };

struct SecurityStatus {
  SecurityItem item;
  SecurityState state;
  bool operator==(const SecurityStatus&) const = default;
};

// Jitsi's own limit for one meeting is in the hundreds (visitors aside); past this, joins are
// no longer counted, so a server that floods the page can't grow it.
inline constexpr std::size_t kMaxTrackedParticipants = 2000;

// What the lobby knows about the meeting and the person, carried into it once joined:
//   subject   a scheduled meeting's or an invitation's title: ours at each join (localSubject),
//             everyone's once we are moderator (subject)
//   timer     its planned start and length: Jitsi's meeting timer (setMeetingTimer), at each join
//   blur, noise_suppression   the pre-join room's choices, asked of Jitsi once joined
struct MeetingBrief {
  std::string subject;
  std::int64_t start_utc = 0;  // seconds; 0 = no plan (no timer)
  int duration_minutes = 0;
  bool blur = false;           // sent only with the camera on: Jitsi ignores it otherwise
  bool noise_suppression = false;
};

// A guest who knocked (Jitsi's lobby, conference.connectionError.membersOnly) until the
// host answers: Admitted once joined after waiting; a refusal ends the meeting (NotLetIn).
enum class Admission { Direct, Waiting, Admitted };

// An effect asked for at join: Sent, or Refused when Jitsi said it couldn't (its notification).
enum class EffectState { Off, Sent, Refused };

class MeetingSession {
 public:
  // `security` is applied only by the person who created the meeting here.
  explicit MeetingSession(MeetingSecurity security = {}, MeetingBrief brief = {});

  struct Reaction {
    std::optional<JitsiEnd> end_reason;     // Jitsi ended the meeting: say why in the lobby
    bool left = false;                      // the person hung up (or a leave outlived its grace)
    std::vector<JitsiCommand> commands;     // for api.executeCommand, in order
    std::optional<DeviceHint> hint;         // camera/microphone trouble, shown in the panel
    bool ask_password = false;              // Jitsi wants the room password from us
    std::optional<std::int64_t> wake_in_ms; // call on_timer() after this long
  };
  Reaction on(const JitsiEvent& event, std::int64_t now_ms);
  // Deadlines: the leave grace, the wait for moderator rights.
  Reaction on_timer(std::int64_t now_ms);

  std::optional<std::int64_t> joined_at_ms() const { return joined_at_ms_; }
  int participants() const;  // 0 until joined; then us plus everyone who joined
  RecordingKind recording_kind() const { return recording_; }
  // Jitsi's recording mode as data: "file", "stream", or "" when off (app/words says it in words).
  const std::string& recording() const;
  const MeetingSecurity& security() const { return security_; }
  const std::vector<SecurityStatus>& security_status() const { return status_; }
  bool is_moderator() const;
  Admission admission() const { return admission_; }
  EffectState blur() const { return blur_; }
  EffectState noise_suppression() const { return noise_; }
  const MeetingBrief& brief() const { return brief_; }
  // Who is there and who is waiting to be let in (the host's panel).
  const Roster& roster() const { return roster_; }
  Roster& roster() { return roster_; }

 private:
  void apply_security_if_ready(Reaction& reaction);
  void apply_subject(Reaction& reaction, bool joined_now);
  void on_joined(const jitsi::ConferenceJoined& joined, std::int64_t now_ms, Reaction& reaction);
  void set_state(SecurityItem item, SecurityState state);
  void read_notification(const jitsi::Notification& notification);

  MeetingSecurity security_;
  std::vector<SecurityStatus> status_;
  bool security_sent_ = false;
  MeetingBrief brief_;
  bool subject_sent_ = false;
  bool effects_sent_ = false;
  Admission admission_ = Admission::Direct;
  EffectState blur_ = EffectState::Off;
  EffectState noise_ = EffectState::Off;
  std::optional<std::int64_t> joined_at_ms_;
  std::optional<std::int64_t> leave_deadline_ms_;
  std::string local_id_;
  std::set<std::string> moderators_;  // every id Jitsi called moderator, ours included
  std::set<std::string> others_;
  RecordingKind recording_ = RecordingKind::Off;
  Roster roster_;
};

}  // namespace cofx
