// Recent meetings on the Meet tab, driven through simulated input, headless.
#include <doctest/doctest.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include "core/meeting/recent_meetings.h"
#include "headless_lobby.h"
#include "host_events.h"

using cofx::test::FakePlatform;
using cofx::test::state;
using cofx::test::HeadlessLobby;
using cofx::test::jitsi_event;

namespace {

// 2026-12-12 14:05 UTC: 15:05 in the fake platform's zone (UTC+01:00).
constexpr std::int64_t kNow = 1797084300LL * 1000;
constexpr const char* kSavedName = R"({"version":1,"displayName":"Ada"})";

nlohmann::json recent(const FakePlatform& platform) { return state(platform)["recent"]["meetings"]; }

std::vector<std::string> listed_codes(const FakePlatform& platform) {
  std::vector<std::string> codes;
  for (const auto& row : recent(platform)) codes.push_back(row["code"]);
  return codes;
}

// The original text in the first backup slot (app/stored_document.h).
std::string backed_up(const FakePlatform& platform) {
  const auto slot = platform.storage.find(std::string(cofx::kRecentMeetingsStorageKey) + ".backup");
  if (slot == platform.storage.end()) return "";
  return nlohmann::json::parse(slot->second)["text"];
}

struct Lobby {
  explicit Lobby(FakePlatform& platform, std::string hash = "")
      : ui(platform, std::move(hash), cofx::system_random_bytes, [this] { return now; }) {}
  std::int64_t now = kNow;
  HeadlessLobby ui;
};

// From the lobby: a typed code, Join now in the pre-join room, the meeting, then Leave.
void meet(Lobby& lobby, FakePlatform& platform, const std::string& code) {
  lobby.ui.replace_text("code", code);
  lobby.ui.click("join");
  REQUIRE(lobby.ui.app().screen() == cofx::Screen::PreJoin);
  lobby.ui.click("join-now");
  lobby.ui.app().handle(cofx::host::MeetingOpened{});
  lobby.ui.app().handle(jitsi_event("readyToClose"));
  REQUIRE(lobby.ui.app().screen() == cofx::Screen::Lobby);
  lobby.ui.frame();
  CHECK(state(platform)["message"] == "You left " + code + ".");
}

}  // namespace

TEST_CASE("recent meetings: two joins listed newest first; Rejoin opens the right pre-join room") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  Lobby lobby(platform);
  CHECK(recent(platform).empty());
  CHECK_FALSE(lobby.ui.has_widget("recent-rejoin-0"));  // nothing is shown for an empty list

  meet(lobby, platform, "COF-AAAA1111");
  lobby.now += 3 * 3600 * 1000;  // 18:05 local
  meet(lobby, platform, "COF-BBBB2222");

  CHECK(listed_codes(platform) == std::vector<std::string>{"COF-BBBB2222", "COF-AAAA1111"});
  CHECK(recent(platform)[0]["when"] == "Today 18:05");
  CHECK(recent(platform)[1]["when"] == "Today 15:05");
  CHECK(recent(platform)[0]["place"] == "");  // the site's default goes unsaid
  CHECK(recent(platform)[0]["removeLabel"] == "Remove COF-BBBB2222 from recent meetings");
  for (const char* widget : {"recent-rejoin-0", "recent-remove-0", "recent-rejoin-1", "recent-remove-1"}) {
    CHECK_MESSAGE(lobby.ui.has_widget(widget), widget);
  }
  const auto stored = cofx::decode_recent_meetings(platform.storage.at(cofx::kRecentMeetingsStorageKey));
  CHECK_FALSE(stored.problem.has_value());
  CHECK(stored.meetings.size() == 2);

  // The next day (any event redraws: the lobby draws on demand) it was yesterday.
  lobby.now += 24 * 3600 * 1000;
  lobby.ui.app().handle(cofx::host::StorageChanged{cofx::kRecentMeetingsStorageKey});
  CHECK(recent(platform)[0]["when"] == "Yesterday");
  CHECK(recent(platform)[1]["when"] == "Yesterday");

  // Rejoin the older one: its pre-join room, never straight into the meeting.
  const std::size_t opened = platform.opened.size();
  lobby.ui.click("recent-rejoin-1");
  CHECK(lobby.ui.app().screen() == cofx::Screen::PreJoin);
  CHECK(state(platform)["room"] == "COF-AAAA1111");
  CHECK(platform.opened.size() == opened);
  CHECK(platform.routes.back().hash == "#/COF-AAAA1111");
  CHECK(platform.routes.back().push);
  lobby.ui.click("join-now");
  REQUIRE(platform.opened.size() == opened + 1);
  CHECK(platform.opened.back().domain == "meet.jit.si");
  CHECK(cofx::test::options_of(platform.opened.back().options_json)["roomName"] == "COF-AAAA1111");
  // Joined again: at the top now, still two entries.
  CHECK(listed_codes(platform) == std::vector<std::string>{"COF-AAAA1111", "COF-BBBB2222"});
}

TEST_CASE("recent meetings: Remove removes the row and the stored entry") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  {
    Lobby lobby(platform);
    meet(lobby, platform, "COF-AAAA1111");
    meet(lobby, platform, "COF-BBBB2222");
    lobby.ui.click("recent-remove-0");
    CHECK(listed_codes(platform) == std::vector<std::string>{"COF-AAAA1111"});
    CHECK_FALSE(lobby.ui.has_widget("recent-remove-1"));
    CHECK(lobby.ui.app().screen() == cofx::Screen::Lobby);
  }
  Lobby reloaded(platform);  // a later visit
  CHECK(listed_codes(platform) == std::vector<std::string>{"COF-AAAA1111"});
  reloaded.ui.click("recent-remove-0");
  CHECK(recent(platform).empty());
  CHECK_FALSE(reloaded.ui.has_widget("recent-rejoin-0"));
  CHECK(cofx::decode_recent_meetings(platform.storage.at(cofx::kRecentMeetingsStorageKey)).meetings.empty());
}

TEST_CASE("recent meetings: a corrupt stored value shows a message and an empty list, and is kept") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  platform.storage[cofx::kRecentMeetingsStorageKey] = "{\"version\":1,\"meetings\":[{\"code\":";
  Lobby lobby(platform);
  CHECK(recent(platform).empty());
  const std::string problem = state(platform)["recent"]["problem"];
  CHECK(problem.find("could not be read") != std::string::npos);
  CHECK(problem.find("A copy of the original is kept") != std::string::npos);
  CHECK(backed_up(platform) == "{\"version\":1,\"meetings\":[{\"code\":");
  CHECK_FALSE(lobby.ui.has_widget("recent-rejoin-0"));

  // The next join starts the list again; the original stays in the backup.
  meet(lobby, platform, "COF-AAAA1111");
  CHECK(listed_codes(platform) == std::vector<std::string>{"COF-AAAA1111"});
  CHECK(backed_up(platform) == "{\"version\":1,\"meetings\":[{\"code\":");
}

TEST_CASE("recent meetings: a newer version's list is neither shown nor overwritten") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  const std::string newer = R"({"version":9,"meetings":[]})";
  platform.storage[cofx::kRecentMeetingsStorageKey] = newer;
  Lobby lobby(platform);
  CHECK(std::string(state(platform)["recent"]["problem"]).find("newer version") != std::string::npos);
  meet(lobby, platform, "COF-AAAA1111");
  CHECK(listed_codes(platform) == std::vector<std::string>{"COF-AAAA1111"});
  CHECK(platform.storage.at(cofx::kRecentMeetingsStorageKey) == newer);
  CHECK(std::string(state(platform)["recent"]["problem"]).find("this visit only") != std::string::npos);
}

TEST_CASE("recent meetings: a write storage refuses keeps the list for the visit and says so") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  Lobby lobby(platform);
  platform.next_save_status = cofx::StorageStatus::QuotaExceeded;
  meet(lobby, platform, "COF-AAAA1111");
  CHECK(listed_codes(platform) == std::vector<std::string>{"COF-AAAA1111"});
  CHECK(std::string(state(platform)["recent"]["problem"]).find("storage is full") != std::string::npos);
  CHECK(platform.storage.count(cofx::kRecentMeetingsStorageKey) == 0);

  // Storage works again: the next change writes the whole list, unsaved entry included.
  platform.next_save_status = cofx::StorageStatus::Ok;
  meet(lobby, platform, "COF-BBBB2222");
  CHECK(state(platform)["recent"]["problem"] == "");
  CHECK(cofx::decode_recent_meetings(platform.storage.at(cofx::kRecentMeetingsStorageKey)).meetings.size() == 2);
}

TEST_CASE("recent meetings: another tab's change is read, and a join there is not lost here") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  Lobby lobby(platform);
  meet(lobby, platform, "COF-AAAA1111");

  // Another tab joined a meeting: it wrote the key, the browser tells this tab.
  std::vector<cofx::RecentMeeting> other =
      cofx::decode_recent_meetings(platform.storage.at(cofx::kRecentMeetingsStorageKey)).meetings;
  cofx::record_recent(other, {*cofx::RoomCode::from_canonical("COF-CCCC3333"), "Retro", cofx::public_jitsi(), kNow + 1});
  platform.storage[cofx::kRecentMeetingsStorageKey] = cofx::encode_recent_meetings(other);
  lobby.ui.app().handle(cofx::host::StorageChanged{cofx::kRecentMeetingsStorageKey});
  lobby.ui.frame();
  CHECK(listed_codes(platform) == std::vector<std::string>{"COF-CCCC3333", "COF-AAAA1111"});
  CHECK(recent(platform)[0]["title"] == "Retro");

  // Had this tab missed the event, its next join still starts from the stored copy.
  cofx::record_recent(other, {*cofx::RoomCode::from_canonical("COF-DDDD4444"), "", cofx::public_jitsi(), kNow + 2});
  platform.storage[cofx::kRecentMeetingsStorageKey] = cofx::encode_recent_meetings(other);
  meet(lobby, platform, "COF-BBBB2222");
  CHECK(listed_codes(platform) ==
        std::vector<std::string>{"COF-BBBB2222", "COF-DDDD4444", "COF-CCCC3333", "COF-AAAA1111"});
}

TEST_CASE("recent meetings: a meeting on another deployment is labelled and rejoined there") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  Lobby lobby(platform, "#/COF-AB12CD34?dep=self&host=jitsi.example.org");
  lobby.ui.click("confirm-join");
  lobby.ui.click("join-now");
  lobby.ui.app().handle(cofx::host::MeetingOpened{});
  lobby.ui.app().handle(jitsi_event("readyToClose"));
  lobby.ui.frame();
  REQUIRE(recent(platform).size() == 1);
  CHECK(recent(platform)[0]["place"] == "jitsi.example.org");

  lobby.ui.click("recent-rejoin-0");
  CHECK(state(platform)["confirm"] == "");  // that place was trusted when first joined
  CHECK(lobby.ui.app().screen() == cofx::Screen::PreJoin);
  CHECK(platform.routes.back().hash == "#/COF-AB12CD34?dep=self&host=jitsi.example.org");
  lobby.ui.click("join-now");
  CHECK(platform.opened.back().domain == "jitsi.example.org");
}

TEST_CASE("recent meetings: an invitation's title is kept and shown") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  Lobby lobby(platform, "#/COF-AB12CD34?t=2026-12-12T14%3A00%3A00Z&d=60&title=Weekly%20sync");
  lobby.ui.click("invitation-join");
  lobby.ui.click("join-now");
  lobby.ui.app().handle(cofx::host::MeetingOpened{});
  lobby.ui.app().handle(jitsi_event("readyToClose"));
  lobby.ui.frame();
  REQUIRE(recent(platform).size() == 1);
  CHECK(recent(platform)[0]["title"] == "Weekly sync");
  CHECK(recent(platform)[0]["removeLabel"] == "Remove 'Weekly sync' (COF-AB12CD34) from recent meetings");

  // Rejoin carries the title to the pre-join room.
  lobby.ui.click("recent-rejoin-0");
  CHECK(lobby.ui.app().flow().target()->title == "Weekly sync");
}

TEST_CASE("recent meetings: the keyboard on Remove reads out its label") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  Lobby lobby(platform);
  meet(lobby, platform, "COF-AAAA1111");
  platform.announced.clear();
  for (int i = 0; i < 40 && (platform.announced.empty() ||
                             platform.announced.back() != "Remove COF-AAAA1111 from recent meetings"); ++i) {
    lobby.ui.press(ImGuiKey_Tab);
  }
  REQUIRE_FALSE(platform.announced.empty());
  CHECK(platform.announced.back() == "Remove COF-AAAA1111 from recent meetings");
  const ImGuiID remove_id = ImGui::GetCurrentContext()->NavId;
  lobby.ui.press(ImGuiKey_Space);
  CHECK(recent(platform).empty());
  // The button is gone with its row; Tab still moves on from there.
  lobby.ui.press(ImGuiKey_Tab);
  const ImGuiID next = ImGui::GetCurrentContext()->NavId;
  CHECK(next != 0);
  CHECK(next != remove_id);
}
