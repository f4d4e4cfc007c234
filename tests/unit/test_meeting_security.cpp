#include <doctest/doctest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "core/meeting/meeting_security.h"
#include "app/words/meeting_words.h"

using namespace cofx;
using nlohmann::json;

TEST_CASE("room passwords: 1 to 64 printable characters") {
  for (std::string_view good : {"a", "correct horse battery staple", "p@ss:w0rd!",
                                "Gr\xC3\xBC\xC3\x9F" "e", "\xE5\xAF\x86\xE7\xA0\x81"}) {
    CAPTURE(good);
    CHECK_FALSE(room_password_problem(good).has_value());
  }
  CHECK_FALSE(room_password_problem(std::string(64, 'x')).has_value());
  CHECK(room_password_problem(std::string(65, 'x')).value().find("64") != std::string::npos);
  CHECK(room_password_problem("").value().find("Enter a password") != std::string::npos);

  const std::initializer_list<std::string_view> unprintable = {
      std::string_view("a\0b", 3), "tab\there", "line\nbreak", "bell\x07", "del\x7F",
      "\xC2\x85next", "rtl\xE2\x80\xAEoverride", "zero\xE2\x80\x8Bwidth", "bom\xEF\xBB\xBF",
      "bad\xFF" "utf8"};
  for (std::string_view bad : unprintable) {
    CAPTURE(bad);
    CHECK(room_password_problem(bad).value().find("printable") != std::string::npos);
  }
  CHECK(room_password_problem(" padded").value().find("start or end") != std::string::npos);
  CHECK(room_password_problem("padded ").value().find("start or end") != std::string::npos);
}

TEST_CASE("security_commands: the iframe API's command names, in order") {
  using Name = cofx::JitsiCommand::Name;
  MeetingSecurity all{"s3cret", true, true};
  const auto commands = security_commands(all);
  REQUIRE(commands.size() == 3);
  CHECK(commands[0] == cofx::JitsiCommand{Name::Password, "s3cret", false});
  CHECK(commands[1] == cofx::JitsiCommand{Name::ToggleLobby, "", true});
  CHECK(commands[2] == cofx::JitsiCommand{Name::ToggleE2EE, "", true});
  CHECK(cofx::command_name(Name::Password) == "password");
  CHECK(cofx::command_name(Name::ToggleLobby) == "toggleLobby");
  CHECK(cofx::command_name(Name::ToggleE2EE) == "toggleE2EE");
  CHECK(cofx::command_arguments(commands[0]) == R"(["s3cret"])");
  CHECK(cofx::command_arguments(commands[1]) == "[true]");

  CHECK(security_commands(MeetingSecurity{}).empty());
  CHECK(security_commands(MeetingSecurity{"", true, false}) ==
        std::vector<cofx::JitsiCommand>{{Name::ToggleLobby, "", true}});
  // A password that breaks the rules is never sent.
  CHECK(security_commands(MeetingSecurity{" bad", false, false}).empty());
}

TEST_CASE("password_command always carries valid UTF-8") {
  const auto command = password_command("ok\xFF");
  CHECK(command.name == cofx::JitsiCommand::Name::Password);
  CHECK(command.text == "ok\xEF\xBF\xBD");
  CHECK_FALSE(json(command.text).dump().empty());
}

TEST_CASE("check_room_password: each problem typed") {
  CHECK_FALSE(check_room_password("secret").has_value());
  CHECK(check_room_password("") == PasswordProblem::Empty);
  CHECK(check_room_password(std::string(65, 'x')) == PasswordProblem::TooLong);
  CHECK(check_room_password("a\x01b") == PasswordProblem::Unprintable);
  CHECK(check_room_password(" padded") == PasswordProblem::SpaceAtEnd);
}

TEST_CASE("security_summary names what is on") {
  CHECK(security_summary({"x", true, true}) ==
        "Password \xC2\xB7 Lobby on \xC2\xB7 End-to-end encrypted");
  CHECK(security_summary({"", true, false}) == "Lobby on");
  CHECK(security_summary({"x", false, true}) == "Password \xC2\xB7 End-to-end encrypted");
  CHECK(security_summary({}) == "");
}
