#include <doctest/doctest.h>

#include <string>

#include "core/meeting_security.h"

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
  MeetingSecurity all{"s3cret", true, true};
  CHECK(security_commands(all) == json::parse(R"([
      {"command":"password","args":["s3cret"]},
      {"command":"toggleLobby","args":[true]},
      {"command":"toggleE2EE","args":[true]}])"));

  CHECK(security_commands(MeetingSecurity{}) == json::array());
  CHECK(security_commands(MeetingSecurity{"", true, false}) ==
        json::parse(R"([{"command":"toggleLobby","args":[true]}])"));
  // A password that breaks the rules is never sent.
  CHECK(security_commands(MeetingSecurity{" bad", false, false}) == json::array());
}

TEST_CASE("password_command can always be dumped") {
  const json command = password_command("ok\xFF");
  CHECK(command["command"] == "password");
  CHECK(command["args"][0] == "ok\xEF\xBF\xBD");
  CHECK_FALSE(command.dump().empty());
}

TEST_CASE("security_summary names what is on") {
  CHECK(security_summary({"x", true, true}) ==
        "Password \xC2\xB7 Lobby on \xC2\xB7 End-to-end encrypted");
  CHECK(security_summary({"", true, false}) == "Lobby on");
  CHECK(security_summary({"x", false, true}) == "Password \xC2\xB7 End-to-end encrypted");
  CHECK(security_summary({}) == "");
}
