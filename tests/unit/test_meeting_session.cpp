// MeetingSession (core/meeting_session.h): Jitsi's events in, Reactions out, on an
// explicit clock: room security once we are moderator (whatever the order of the
// events), what the panel shows for each item, and the leave grace.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "app/words/meeting_words.h"
#include "core/meeting/meeting_session.h"

using namespace cofx;
using Name = JitsiCommand::Name;

namespace {

constexpr std::int64_t kT0 = 1'800'000'000'000;

const MeetingSecurity kAll{"s3cret", true, true};

const std::vector<JitsiCommand> kAllCommands = {
    {Name::Password, "s3cret", false},
    {Name::ToggleLobby, "", true},
    {Name::ToggleE2EE, "", true},
};

// Feeds events one by one and keeps every command they produced.
struct Fed {
  MeetingSession session;
  std::vector<JitsiCommand> commands;

  explicit Fed(MeetingSecurity security, MeetingBrief brief = {})
      : session(std::move(security), std::move(brief)) {}

  MeetingSession::Reaction on(const JitsiEvent& event, std::int64_t now_ms = kT0) {
    MeetingSession::Reaction reaction = session.on(event, now_ms);
    commands.insert(commands.end(), reaction.commands.begin(), reaction.commands.end());
    return reaction;
  }
  MeetingSession::Reaction timer(std::int64_t now_ms) {
    MeetingSession::Reaction reaction = session.on_timer(now_ms);
    commands.insert(commands.end(), reaction.commands.begin(), reaction.commands.end());
    return reaction;
  }
};

jitsi::ConferenceJoined joined(const char* id) { return {"cof-ab12cd34", id, "Ada"}; }
jitsi::RoleChanged role(const char* id, const char* name = "moderator") { return {id, name}; }

std::vector<SecurityState> states(const MeetingSession& session) {
  std::vector<SecurityState> out;
  for (const SecurityStatus& status : session.security_status()) out.push_back(status.state);
  return out;
}

}  // namespace

TEST_CASE("MeetingSession: moderator role before videoConferenceJoined sends security once, on the join") {
  Fed fed(kAll);
  CHECK(fed.on(role("local")).commands.empty());  // the local id is not known yet
  CHECK_FALSE(fed.session.is_moderator());
  const auto reaction = fed.on(joined("local"));
  CHECK(reaction.commands == kAllCommands);
  CHECK(fed.session.is_moderator());
  // Repeated roles and joins (a reload) send nothing more.
  fed.on(role("local"));
  fed.on(joined("local"));
  fed.on(role("local"));
  CHECK(fed.commands == kAllCommands);
}

TEST_CASE("MeetingSession: moderator role after videoConferenceJoined sends security once, on the role") {
  Fed fed(kAll);
  const auto on_join = fed.on(joined("local"));
  CHECK(on_join.commands.empty());
  REQUIRE(on_join.wake_in_ms.has_value());
  CHECK(*on_join.wake_in_ms == kModeratorWaitMs);
  CHECK(fed.on(role("local")).commands == kAllCommands);
  fed.on(role("local"));
  fed.on(role("local", "participant"));
  fed.on(role("local"));
  CHECK(fed.commands == kAllCommands);
}

TEST_CASE("MeetingSession: a moderator role for another id does not trigger") {
  for (const bool role_first : {true, false}) {
    CAPTURE(role_first);
    Fed fed(kAll);
    if (role_first) fed.on(role("someone-else"));
    fed.on(joined("local"));
    if (!role_first) fed.on(role("someone-else"));
    fed.on(jitsi::ParticipantJoined{"someone-else", "Bob"});
    CHECK(fed.commands.empty());
    CHECK_FALSE(fed.session.is_moderator());
    CHECK(states(fed.session) ==
          std::vector<SecurityState>{SecurityState::Waiting, SecurityState::Waiting, SecurityState::Waiting});
  }
  // A role taken back before the join is not ours any more.
  Fed demoted(kAll);
  demoted.on(role("local"));
  demoted.on(role("local", "participant"));
  demoted.on(joined("local"));
  CHECK(demoted.commands.empty());
}

TEST_CASE("MeetingSession: nothing to apply sends nothing and asks for no wake") {
  Fed fed(MeetingSecurity{});
  const auto reaction = fed.on(joined("local"));
  CHECK_FALSE(reaction.wake_in_ms.has_value());
  fed.on(role("local"));
  CHECK(fed.commands.empty());
  CHECK(fed.session.security_status().empty());
  CHECK(fed.session.is_moderator());
}

TEST_CASE("MeetingSession: security status follows what Jitsi reported") {
  Fed fed(MeetingSecurity{"s3cret", true, false});
  REQUIRE(fed.session.security_status().size() == 2);
  CHECK(fed.session.security_status()[0] == SecurityStatus{SecurityItem::Password, SecurityState::Waiting});
  CHECK(fed.session.security_status()[1] == SecurityStatus{SecurityItem::Lobby, SecurityState::Waiting});
  fed.on(joined("local"));
  fed.on(role("local"));
  CHECK(states(fed.session) == std::vector<SecurityState>{SecurityState::Sent, SecurityState::Sent});

  // Jitsi's lobby notification is its confirmation.
  fed.on(jitsi::Notification{"lobby.notificationTitle", "lobby.notificationLobbyEnabled"});
  CHECK(states(fed.session) == std::vector<SecurityState>{SecurityState::Sent, SecurityState::Applied});
  // Another notification changes nothing.
  fed.on(jitsi::Notification{"notify.somethingElse", "notify.whatever"});
  CHECK(states(fed.session) == std::vector<SecurityState>{SecurityState::Sent, SecurityState::Applied});
  // A failed room lock.
  fed.on(jitsi::Notification{"dialog.lockTitle", "dialog.lockMessage"});
  CHECK(states(fed.session) == std::vector<SecurityState>{SecurityState::Failed, SecurityState::Applied});
  CHECK(fed.commands.size() == 2);  // a failure is shown, not retried
}

TEST_CASE("MeetingSession: the lobby switched off and passwords a server doesn't support") {
  Fed fed(MeetingSecurity{"s3cret", true, false});
  fed.on(joined("local"));
  fed.on(role("local"));
  fed.on(jitsi::Notification{"lobby.notificationTitle", "lobby.notificationLobbyDisabled"});
  fed.on(jitsi::Notification{"dialog.passwordNotSupportedTitle", ""});
  CHECK(states(fed.session) == std::vector<SecurityState>{SecurityState::NotPossible, SecurityState::Failed});
}

TEST_CASE("MeetingSession: a failure reported before the commands went out is never papered over") {
  Fed fed(MeetingSecurity{"s3cret", true, false});
  fed.on(joined("local"));
  fed.on(jitsi::Notification{"dialog.lockTitle", ""});
  fed.on(role("local"));
  CHECK(fed.commands.size() == 2);
  CHECK(states(fed.session) == std::vector<SecurityState>{SecurityState::Failed, SecurityState::Sent});
}

TEST_CASE("MeetingSession: no moderator rights after kModeratorWaitMs is NotPossible; a later role still sends") {
  Fed fed(MeetingSecurity{"s3cret", true, false});
  fed.on(joined("local"), kT0);
  CHECK(fed.timer(kT0 + kModeratorWaitMs - 1).commands.empty());
  CHECK(states(fed.session) == std::vector<SecurityState>{SecurityState::Waiting, SecurityState::Waiting});
  const auto at_deadline = fed.timer(kT0 + kModeratorWaitMs);
  CHECK(at_deadline.commands.empty());
  CHECK_FALSE(at_deadline.left);
  CHECK(states(fed.session) == std::vector<SecurityState>{SecurityState::NotPossible, SecurityState::NotPossible});
  CHECK(describe(fed.session.security_status()[0], "jitsi.example.org").find("not moderator on jitsi.example.org") !=
        std::string::npos);

  // Someone made us moderator after all.
  const auto late = fed.on(role("local"), kT0 + 60'000);
  CHECK(late.commands == std::vector<JitsiCommand>{{Name::Password, "s3cret", false}, {Name::ToggleLobby, "", true}});
  CHECK(states(fed.session) == std::vector<SecurityState>{SecurityState::Sent, SecurityState::Sent});
  fed.timer(kT0 + 120'000);
  CHECK(fed.commands.size() == 2);
}

TEST_CASE("MeetingSession: the leave grace") {
  SUBCASE("videoConferenceLeft ends the meeting only after kLeaveGraceMs") {
    MeetingSession session;
    session.on(joined("local"), kT0);
    const auto left = session.on(jitsi::ConferenceLeft{"cof-ab12cd34"}, kT0 + 10'000);
    CHECK_FALSE(left.left);
    REQUIRE(left.wake_in_ms.has_value());
    CHECK(*left.wake_in_ms == kLeaveGraceMs);
    const auto early = session.on_timer(kT0 + 10'000 + 2'999);
    CHECK_FALSE(early.left);
    REQUIRE(early.wake_in_ms.has_value());  // woken 1 ms early (a clock step): it asks again
    CHECK(*early.wake_in_ms == 1);
    CHECK(session.on_timer(kT0 + 10'000 + 3'000).left);
    CHECK_FALSE(session.on_timer(kT0 + 20'000).left);  // once
  }
  SUBCASE("a videoConferenceJoined inside the grace cancels it (a reload, a breakout room)") {
    MeetingSession session;
    session.on(joined("local"), kT0);
    session.on(jitsi::ConferenceLeft{"cof-ab12cd34"}, kT0 + 10'000);
    CHECK_FALSE(session.on(joined("local"), kT0 + 11'000).left);
    CHECK_FALSE(session.on_timer(kT0 + 13'000).left);
    CHECK_FALSE(session.on_timer(kT0 + 60'000).left);
    // The clock keeps the first join.
    REQUIRE(session.joined_at_ms().has_value());
    CHECK(*session.joined_at_ms() == kT0);
  }
  SUBCASE("a second leave starts a new grace from its own time") {
    MeetingSession session;
    session.on(joined("local"), kT0);
    session.on(jitsi::ConferenceLeft{""}, kT0 + 1'000);
    session.on(joined("local"), kT0 + 2'000);
    session.on(jitsi::ConferenceLeft{""}, kT0 + 3'500);
    CHECK_FALSE(session.on_timer(kT0 + 4'000).left);  // the first leave's wake
    CHECK_FALSE(session.on_timer(kT0 + 6'499).left);
    CHECK(session.on_timer(kT0 + 6'500).left);
  }
  SUBCASE("readyToClose is the end at once") {
    MeetingSession session;
    session.on(joined("local"), kT0);
    const auto closing = session.on(jitsi::ReadyToClose{}, kT0 + 5'000);
    CHECK(closing.left);
    CHECK_FALSE(closing.end_reason.has_value());
  }
}

TEST_CASE("MeetingSession: who is there, recording, hints, password requests and endings") {
  MeetingSession session;
  CHECK(session.participants() == 0);  // not joined yet
  session.on(jitsi::ParticipantJoined{"early", "Eve"}, kT0);
  session.on(joined("local"), kT0);
  CHECK(session.participants() == 2);
  session.on(jitsi::ParticipantJoined{"local", "Ada"}, kT0);  // ourselves: not counted twice
  session.on(jitsi::ParticipantJoined{"p2", "Bob"}, kT0);
  CHECK(session.participants() == 3);
  session.on(jitsi::ParticipantLeft{"early"}, kT0);
  CHECK(session.participants() == 2);

  session.on(jitsi::RecordingStatus{true, "stream", ""}, kT0);
  CHECK(session.recording_kind() == RecordingKind::Streaming);
  CHECK(session.recording() == "stream");
  CHECK(describe(session.recording_kind()) == "Live streaming");
  session.on(jitsi::RecordingStatus{false, "stream", ""}, kT0);
  CHECK(session.recording().empty());

  const auto camera = session.on(jitsi::CameraError{"gum.permission_denied", "denied"}, kT0);
  REQUIRE(camera.hint.has_value());
  CHECK(*camera.hint == DeviceHint{DeviceHint::Problem::Blocked, true});
  CHECK(describe(*camera.hint).find("blocked the camera") != std::string::npos);
  CHECK_FALSE(camera.end_reason.has_value());

  CHECK(session.on(jitsi::PasswordRequired{}, kT0).ask_password);

  // Kicked by id: the local id from the join is enough.
  const auto kicked = session.on(jitsi::KickedOut{"local", false, "p2"}, kT0);
  REQUIRE(kicked.end_reason.has_value());
  CHECK(kicked.end_reason->kind == JitsiEnd::Kind::Kicked);
  CHECK(describe(*kicked.end_reason).find("removed") != std::string::npos);
  // Someone else removed: not our ending.
  MeetingSession other;
  other.on(joined("local"), kT0);
  CHECK_FALSE(other.on(jitsi::KickedOut{"p2", false, "local"}, kT0).end_reason.has_value());
}

TEST_CASE("describe(SecurityStatus): one line per item and state") {
  CHECK(describe({SecurityItem::Password, SecurityState::Waiting}, "meet.jit.si") ==
        "Password: waiting for moderator rights");
  CHECK(describe({SecurityItem::Lobby, SecurityState::Applied}, "meet.jit.si") == "Lobby: on");
  CHECK(describe({SecurityItem::EndToEndEncryption, SecurityState::Sent}, "meet.jit.si") ==
        "End-to-end encryption: set (Jitsi reports only failures)");
  CHECK(describe({SecurityItem::Password, SecurityState::Failed}, "meet.jit.si").find("refused") != std::string::npos);
}

TEST_CASE("MeetingSession: a server announcing participants without end can't grow the meeting's sets") {
  MeetingSession session{MeetingSecurity{}};
  session.on(joined("me"), 0);
  for (std::size_t i = 0; i < kMaxTrackedParticipants + 500; ++i) {
    const std::string id = "p" + std::to_string(i);
    session.on(jitsi::ParticipantJoined{id, "Guest"}, 0);
    session.on(jitsi::RoleChanged{id, "moderator"}, 0);
  }
  CHECK(session.participants() == static_cast<int>(kMaxTrackedParticipants) + 1);
  session.on(jitsi::ParticipantLeft{"p0"}, 0);
  CHECK(session.participants() == static_cast<int>(kMaxTrackedParticipants));
}

TEST_CASE("a meeting's title becomes Jitsi's subject: ours at each join, everyone's once moderator") {
  Fed fed(MeetingSecurity{}, MeetingBrief{"Kelas 5A: Sains"});
  fed.on(jitsi::ConferenceJoined{"cof-ab12cd34", "me", "Siti"});
  CHECK(fed.commands == std::vector<JitsiCommand>{{Name::LocalSubject, "Kelas 5A: Sains", false}});
  fed.on(jitsi::RoleChanged{"me", "moderator"});
  fed.on(jitsi::RoleChanged{"me", "moderator"});  // once only
  CHECK(fed.commands == std::vector<JitsiCommand>{{Name::LocalSubject, "Kelas 5A: Sains", false},
                                                  {Name::Subject, "Kelas 5A: Sains", false}});

  Fed untitled(kAll);
  untitled.on(jitsi::RoleChanged{"me", "moderator"});
  untitled.on(jitsi::ConferenceJoined{"cof-ab12cd34", "me", "Siti"});
  CHECK(untitled.commands == kAllCommands);  // no title, no subject; security alone
}

TEST_CASE("a planned length becomes Jitsi's meeting timer at each join, counted from the planned start") {
  const std::int64_t start = kT0 / 1000 - 10 * 60;  // started ten minutes ago
  Fed late(MeetingSecurity{}, MeetingBrief{"", start, 45});
  late.on(jitsi::ConferenceJoined{"cof-ab12cd34", "me", "Siti"});
  JitsiCommand timer{Name::SetMeetingTimer};
  timer.duration_s = 45 * 60;
  timer.elapsed_s = 10 * 60;
  CHECK(late.commands == std::vector<JitsiCommand>{timer});
  CHECK(command_arguments(timer) == R"([{"duration":2700,"elapsed":600}])");
  late.on(jitsi::ConferenceJoined{"cof-ab12cd34", "me", "Siti"}, kT0 + 60'000);  // a reload: sent again, a minute on
  REQUIRE(late.commands.size() == 2);
  CHECK(late.commands[1].elapsed_s == 11 * 60);

  Fed early(MeetingSecurity{}, MeetingBrief{"", kT0 / 1000 + 300, 30});
  early.on(jitsi::ConferenceJoined{"cof-ab12cd34", "me", "Siti"});
  REQUIRE(early.commands.size() == 1);
  CHECK(early.commands[0].elapsed_s == -300);  // Jitsi holds the full length until the start

  Fed unplanned(MeetingSecurity{}, MeetingBrief{"", 0, 30});
  unplanned.on(jitsi::ConferenceJoined{"cof-ab12cd34", "me", "Siti"});
  CHECK(unplanned.commands.empty());
}

TEST_CASE("blur and noise suppression are asked for once joined, and a refusal Jitsi reports is kept") {
  MeetingBrief brief;
  brief.blur = true;
  brief.noise_suppression = true;
  Fed fed(MeetingSecurity{}, brief);
  CHECK(fed.session.blur() == EffectState::Off);
  fed.on(jitsi::ConferenceJoined{"cof-ab12cd34", "me", "Siti"});
  CHECK(fed.commands == std::vector<JitsiCommand>{{Name::SetBlurredBackground, "blur"},
                                                  {Name::SetNoiseSuppression, "", true}});
  CHECK(command_arguments(fed.commands[1]) == R"([{"enabled":true}])");
  CHECK(fed.session.blur() == EffectState::Sent);
  fed.on(jitsi::ConferenceJoined{"cof-ab12cd34", "me", "Siti"});  // a reload keeps Jitsi's effects: not sent again
  CHECK(fed.commands.size() == 2);
  fed.on(jitsi::Notification{"notify.noiseSuppressionFailedTitle", ""});
  CHECK(fed.session.noise_suppression() == EffectState::Refused);
  CHECK(fed.session.blur() == EffectState::Sent);
  fed.on(jitsi::Notification{"virtualBackground.backgroundEffectError", ""});
  CHECK(fed.session.blur() == EffectState::Refused);

  Fed plain(MeetingSecurity{});
  plain.on(jitsi::Notification{"notify.noiseSuppressionFailedTitle", ""});  // not ours to report
  CHECK(plain.session.noise_suppression() == EffectState::Off);
}

TEST_CASE("a guest kept in Jitsi's lobby is Waiting until joined, then Admitted") {
  Fed fed(MeetingSecurity{});
  CHECK(fed.session.admission() == Admission::Direct);
  fed.on(jitsi::ConferenceError{"conference.connectionError.membersOnly", "", "", "CONFERENCE", false});
  CHECK(fed.session.admission() == Admission::Waiting);
  fed.on(jitsi::ConferenceJoined{"cof-ab12cd34", "me", "Siti"});
  CHECK(fed.session.admission() == Admission::Admitted);

  Fed straight(MeetingSecurity{});
  straight.on(jitsi::ConferenceJoined{"cof-ab12cd34", "me", "Siti"});
  straight.on(jitsi::ConferenceError{"conference.connectionError.membersOnly", "", "", "CONFERENCE", false});
  CHECK(straight.session.admission() == Admission::Direct);  // already in: not a knock
}
