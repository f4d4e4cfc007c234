#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/meeting/jitsi_event.h"
#include "core/meeting/roster.h"

using namespace cofx;
using namespace cofx::jitsi;

namespace {

JitsiEvent from(const std::string& name, const std::string& data) {
  const auto parsed = parse_jitsi_event(R"({"type":"jitsi","name":")" + name + R"(","data":)" + data + "}");
  REQUIRE(parsed.has_value());
  return *parsed;
}

std::vector<std::string> names(const Roster& roster) {
  std::vector<std::string> out;
  for (const Person& person : roster.people()) out.push_back(person.name);
  return out;
}

Roster joined_as(const std::string& name) {
  Roster roster;
  roster.apply(ConferenceJoined{"cof-ab12cd34", "me", name});
  return roster;
}

}  // namespace

TEST_CASE("the new events Jitsi's iframe API sends are read, and forged ones refused") {
  CHECK(from("knockingParticipant", R"({"participant":{"id":"g1","name":"Aminah Yusof"}})") ==
        JitsiEvent{Knocking{"g1", "Aminah Yusof"}});
  CHECK(from("displayNameChange", R"({"id":"p1","displayname":"陈美玲"})") == JitsiEvent{NameChanged{"p1", "陈美玲"}});
  CHECK(from("raiseHandUpdated", R"({"id":"p1","handRaised":true})") == JitsiEvent{HandRaised{"p1", true, 0}});
  CHECK(from("raiseHandUpdated", R"({"id":"p1","handRaised":1765000000000})") ==
        JitsiEvent{HandRaised{"p1", true, 1765000000000.0}});
  CHECK(from("raiseHandUpdated", R"({"id":"p1","handRaised":0})") == JitsiEvent{HandRaised{"p1", false, 0}});
  CHECK(from("participantMuted", R"({"id":"p1","isMuted":true,"mediaType":"video"})") ==
        JitsiEvent{Muted{"p1", true, true}});

  for (const std::string bad : {
           R"({"type":"jitsi","name":"knockingParticipant","data":{"participant":{"name":"no id"}}})",
           R"({"type":"jitsi","name":"knockingParticipant","data":{"id":"g1"}})",
           R"({"type":"jitsi","name":"raiseHandUpdated","data":{"id":"p1","handRaised":-5}})",
           R"({"type":"jitsi","name":"raiseHandUpdated","data":{"id":"p1","handRaised":"yes"}})",
           R"({"type":"jitsi","name":"participantMuted","data":{"id":"p1","isMuted":true,"mediaType":"screen"}})",
           R"({"type":"jitsi","name":"participantMuted","data":{"id":"p1","mediaType":"audio"}})",
           R"({"type":"jitsi","name":"displayNameChange","data":{"id":"bad id","displayname":"x"}})",
       }) {
    CAPTURE(bad);
    CHECK_FALSE(parse_jitsi_event(bad).has_value());
  }
  // A hostile name is cleaned like any other: no controls, no bidi overrides.
  const auto knock = std::get<Knocking>(from("knockingParticipant",
                                             R"({"participant":{"id":"g2","name":"Eve\u202Etxt.exe\u0007"}})"));
  CHECK(knock.display_name.find("\u202E") == std::string::npos);
  CHECK(knock.display_name.find('\a') == std::string::npos);
}

TEST_CASE("people join, are renamed and leave; you are marked and first") {
  Roster roster = joined_as("Siti");
  roster.apply(ParticipantJoined{"p2", "zainal"});
  roster.apply(ParticipantJoined{"p1", "Ahmad"});
  CHECK(roster.count() == 3);
  CHECK(names(roster) == std::vector<std::string>{"Siti", "Ahmad", "zainal"});
  CHECK(roster.people().front().you);
  roster.apply(NameChanged{"p2", "Aaron"});
  CHECK(names(roster) == std::vector<std::string>{"Siti", "Aaron", "Ahmad"});
  roster.apply(ParticipantLeft{"p1"});
  CHECK(names(roster) == std::vector<std::string>{"Siti", "Aaron"});
  roster.apply(KickedOut{"p2", false, "me"});
  CHECK(roster.count() == 1);
}

TEST_CASE("raised hands come first, the earliest first, and go back when lowered") {
  Roster roster = joined_as("Siti");
  for (const char* id : {"a", "b", "c"}) roster.apply(ParticipantJoined{id, std::string("Name ") + id});
  roster.apply(HandRaised{"c", true, 0});
  roster.apply(HandRaised{"b", true, 0});
  CHECK(names(roster) == std::vector<std::string>{"Name c", "Name b", "Siti", "Name a"});
  roster.apply(HandRaised{"c", false, 0});
  CHECK(names(roster) == std::vector<std::string>{"Name b", "Siti", "Name a", "Name c"});
  // Jitsi's timestamps order hands whatever order the events came in.
  roster.apply(HandRaised{"a", true, 2000});
  roster.apply(HandRaised{"c", true, 1000});
  CHECK(names(roster).front() == "Name b");  // raised before either (our own order: 2)
  CHECK(names(roster)[1] == "Name c");
}

TEST_CASE("roles and mutes follow Jitsi, a role reported before the join too") {
  Roster roster;
  roster.apply(RoleChanged{"me", "moderator"});  // older servers: the role first
  roster.apply(ConferenceJoined{"room", "me", "Siti"});
  roster.apply(ParticipantJoined{"p1", "Ahmad"});
  roster.apply(RoleChanged{"p1", "participant"});
  roster.apply(Muted{"p1", true, false});
  REQUIRE(roster.find("me") != nullptr);
  CHECK(roster.find("me")->moderator);
  CHECK_FALSE(roster.find("p1")->moderator);
  CHECK(roster.find("p1")->audio_muted);
  CHECK_FALSE(roster.find("p1")->video_muted);
}

TEST_CASE("knocking guests wait until answered or let in by anyone") {
  Roster roster = joined_as("Siti");
  roster.apply(Knocking{"g1", "Aminah"});
  roster.apply(Knocking{"g2", "Kumar"});
  roster.apply(Knocking{"g1", "Aminah Yusof"});  // an update, not a second guest
  REQUIRE(roster.waiting().size() == 2);
  CHECK(roster.waiting()[0] == WaitingGuest{"g1", "Aminah Yusof"});
  roster.answered("g2");
  CHECK(roster.waiting().size() == 1);
  roster.apply(ParticipantJoined{"g1", "Aminah Yusof"});  // another moderator let her in
  CHECK(roster.waiting().empty());
  CHECK(roster.count() == 2);
}

TEST_CASE("500 forged participants and knocks stay bounded") {
  Roster roster = joined_as("Siti");
  for (int i = 0; i < 500; ++i) {
    roster.apply(ParticipantJoined{"p" + std::to_string(i), "Guest " + std::to_string(i)});
    roster.apply(Knocking{"g" + std::to_string(i), "Knock " + std::to_string(i)});
    roster.apply(RoleChanged{"x" + std::to_string(i), "moderator"});
  }
  CHECK(roster.people().size() == kMaxListedPeople);
  CHECK(roster.count() == 501);
  CHECK(roster.waiting().size() == kMaxWaitingGuests);
  for (int i = 0; i < 500; ++i) roster.apply(ParticipantLeft{"p" + std::to_string(i)});
  CHECK(roster.count() == 1);
}

TEST_CASE("a conference reload starts the list again") {
  Roster roster = joined_as("Siti");
  roster.apply(ParticipantJoined{"p1", "Ahmad"});
  roster.apply(ParticipantJoined{"p2", "Kumar"});
  roster.apply(ConferenceLeft{"room"});
  roster.apply(ConferenceJoined{"room", "me2", "Siti"});
  roster.apply(ParticipantJoined{"p1", "Ahmad"});  // Jitsi reports who is still there
  CHECK(names(roster) == std::vector<std::string>{"Siti", "Ahmad"});
}
