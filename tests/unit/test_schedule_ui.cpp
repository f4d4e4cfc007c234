// The Schedule tab and invitation links, driven through the headless lobby with
// clicks and typing, on an injected clock and zone.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "app/invite_links.h"
#include "core/deployment/deployment.h"
#include "core/deployment/deployment_links.h"
#include "core/schedule/schedule_store.h"
#include "headless_lobby.h"
#include "host_events.h"
#include "test_zones.h"

using cofx::test::FakePlatform;
using cofx::test::kSavedName;
using cofx::test::state;
using cofx::test::HeadlessLobby;
using cofx::test::utc;

namespace {

// FakePlatform's zone is a fixed UTC+01:00: 10:00 local.
const std::int64_t kNow = utc(2026, 3, 2, 9, 0);

nlohmann::json schedule(const FakePlatform& platform) { return state(platform)["schedule"]; }

std::vector<cofx::ScheduledMeeting> stored(const FakePlatform& platform) {
  const auto found = platform.storage.find(cofx::kSchedulesStorageKey);
  if (found == platform.storage.end()) return {};
  return cofx::decode_schedules(found->second).meetings;
}

// The lobby on a clock the test moves: `now` is in seconds.
struct Lobby {
  explicit Lobby(FakePlatform& platform, std::string hash = "", std::int64_t start = kNow)
      : now(start), ui(platform, std::move(hash), cofx::system_random_bytes, [this] { return now * 1000; }) {}
  std::int64_t now;
  HeadlessLobby ui;
};

void fill_form(HeadlessLobby& ui, const std::string& title, const std::string& date, const std::string& time) {
  ui.click("tab-schedule");
  ui.click("schedule-new");
  ui.click_and_type("schedule-title", title);
  ui.click_and_type("schedule-date", date);  // the date and time fields select all on click
  ui.click_and_type("schedule-time", time);
}

void schedule_meeting(HeadlessLobby& ui, const std::string& title, const std::string& date, const std::string& time) {
  fill_form(ui, title, date, time);
  ui.click("schedule-save");
}

std::string iso(std::int64_t utc_seconds) { return cofx::format_iso_utc(utc_seconds); }

}  // namespace

TEST_CASE("scheduling through the form lists the meeting with a countdown and stores it in UTC") {
  FakePlatform platform;
  Lobby lobby(platform);
  schedule_meeting(lobby.ui, "Weekly sync", "2026-03-02", "11:30");

  const auto s = schedule(platform);
  CHECK(s["count"] == 1);
  CHECK(s["firstTitle"] == "Weekly sync");
  CHECK(s["firstCountdown"] == "starts in 1 h 30 min");
  CHECK(s["formOpen"] == false);
  const auto meetings = stored(platform);
  REQUIRE(meetings.size() == 1);
  CHECK(meetings[0].title == "Weekly sync");
  CHECK(meetings[0].start_utc == utc(2026, 3, 2, 10, 30));  // 11:30 at UTC+01:00
  CHECK(meetings[0].duration_minutes == 60);
  CHECK(lobby.ui.has_widget("row-0-join"));
  CHECK(lobby.ui.app().tick_interval_ms() == 1000);  // the countdown ticks

  lobby.ui.click("tab-meet");
  CHECK(lobby.ui.app().tick_interval_ms() == 0);
}

TEST_CASE("the form shows a message beside each bad field and saves nothing") {
  FakePlatform platform;
  Lobby lobby(platform);
  lobby.ui.click("tab-schedule");
  lobby.ui.click("schedule-new");
  lobby.ui.click_and_type("schedule-date", "2026-03-01");  // yesterday
  lobby.ui.click_and_type("schedule-duration", "5");
  lobby.ui.click("schedule-save");
  auto form = schedule(platform)["form"];
  CHECK(form["title"] == "Give the meeting a title.");
  CHECK(form["start"] == "That time has already passed. Pick a time from now on.");
  CHECK(form["duration"] == "Meetings last from 15 minutes to 24 hours.");
  CHECK(schedule(platform)["formOpen"] == true);

  lobby.ui.click_and_type("schedule-date", "2026-02-31");
  lobby.ui.click_and_type("schedule-duration", "1500");
  lobby.ui.click("schedule-save");
  form = schedule(platform)["form"];
  CHECK(form["start"] == "There is no 31 Feb 2026.");
  CHECK(form["duration"] == "Meetings last from 15 minutes to 24 hours.");

  lobby.ui.click_and_type("schedule-date", "12/03/2026");
  lobby.ui.click("schedule-save");
  CHECK(schedule(platform)["form"]["start"] == "Write the date as YYYY-MM-DD, e.g. 2026-12-12.");
  lobby.ui.click_and_type("schedule-date", "2026-03-12");
  lobby.ui.click_and_type("schedule-time", "9.30");
  lobby.ui.click("schedule-save");
  CHECK(schedule(platform)["form"]["start"] == "Write the time as HH:MM (24-hour), e.g. 09:30.");

  CHECK(platform.storage.count(cofx::kSchedulesStorageKey) == 0);
  CHECK(schedule(platform)["count"] == 0);

  // Fixing every field saves.
  lobby.ui.click_and_type("schedule-time", "9:30");
  lobby.ui.click_and_type("schedule-duration", "90");
  lobby.ui.click_and_type("schedule-title", "Fixed");
  lobby.ui.click("schedule-save");
  INFO(platform.snapshot());
  REQUIRE(stored(platform).size() == 1);
  CHECK(stored(platform)[0].duration_minutes == 90);
  CHECK(stored(platform)[0].start_utc == utc(2026, 3, 12, 8, 30));
}

TEST_CASE("an emptied duration field keeps the last number, and the form saves it") {
  FakePlatform platform;
  Lobby lobby(platform);
  fill_form(lobby.ui, "Numbers", "2026-03-12", "09:30");
  lobby.ui.click_and_type("schedule-duration", "45");
  CHECK(lobby.ui.field_value("schedule-duration") == "45");
  lobby.ui.replace_text("schedule-duration", "");
  lobby.ui.click("schedule-title");
  CHECK(lobby.ui.field_value("schedule-duration") == "45");
  lobby.ui.click("schedule-save");
  REQUIRE(stored(platform).size() == 1);
  CHECK(stored(platform)[0].duration_minutes == 45);
}

TEST_CASE("a start in a DST gap or overlap says which time is used, in the person's zone") {
  const cofx::PosixTzZone berlin = cofx::test::berlin();
  FakePlatform platform;
  platform.zone_override = &berlin;
  Lobby lobby(platform);

  fill_form(lobby.ui, "Spring forward", "2026-03-29", "02:30");
  auto s = schedule(platform);
  const std::string gap_note = s["form"]["startNote"];
  CHECK(gap_note.find("02:30 doesn't exist on 29 Mar") != std::string::npos);
  CHECK(gap_note.find("03:30") != std::string::npos);
  lobby.ui.click("schedule-save");
  REQUIRE(stored(platform).size() == 1);
  CHECK(stored(platform)[0].start_utc == utc(2026, 3, 29, 1, 30));  // 03:30 CEST

  fill_form(lobby.ui, "Fall back", "2026-10-25", "02:30");
  const std::string overlap_note = schedule(platform)["form"]["startNote"];
  CHECK(overlap_note.find("happens twice") != std::string::npos);
  lobby.ui.click("schedule-save");
  REQUIRE(stored(platform).size() == 2);
  // The first 02:30, still CEST (UTC+02:00).
  bool found = false;
  for (const auto& m : stored(platform)) found |= m.title == "Fall back" && m.start_utc == utc(2026, 10, 25, 0, 30);
  CHECK(found);
}

TEST_CASE("a weekly series with a count is stored and described") {
  FakePlatform platform;
  Lobby lobby(platform);
  fill_form(lobby.ui, "Standup", "2026-03-03", "09:00");
  lobby.ui.click("schedule-repeat");
  lobby.ui.click("repeat-weekly");
  lobby.ui.click("repeat-end-count");
  lobby.ui.click_and_type("repeat-count", "4");
  lobby.ui.click("schedule-save");
  const auto meetings = stored(platform);
  REQUIRE(meetings.size() == 1);
  CHECK(meetings[0].repeat.kind == cofx::Repeat::Kind::Weekly);
  CHECK(meetings[0].repeat.count == 4);
}

TEST_CASE("a daily series ends on a typed date, and a malformed end date is explained") {
  FakePlatform platform;
  Lobby lobby(platform);
  fill_form(lobby.ui, "Daily", "2026-03-03", "09:00");
  lobby.ui.click("schedule-repeat");
  lobby.ui.click("repeat-daily");
  lobby.ui.click("repeat-end-until");
  lobby.ui.click_and_type("repeat-until", "31.03.2026");
  lobby.ui.click("schedule-save");
  CHECK(schedule(platform)["form"]["repeat"] == "Write the end date as YYYY-MM-DD, e.g. 2026-12-31.");
  lobby.ui.click_and_type("repeat-until", "2026-03-01");
  lobby.ui.click("schedule-save");
  CHECK(std::string(schedule(platform)["form"]["repeat"]).find("on or after its first meeting") != std::string::npos);
  CHECK(stored(platform).empty());

  lobby.ui.click_and_type("repeat-until", "2026-03-31");
  lobby.ui.click("schedule-save");
  const auto meetings = stored(platform);
  REQUIRE(meetings.size() == 1);
  CHECK(meetings[0].repeat.kind == cofx::Repeat::Kind::Daily);
  CHECK(meetings[0].repeat.until == cofx::CivilDate{2026, 3, 31});
}

TEST_CASE("Join is open only from 10 minutes before the start, and joins that meeting's room") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  Lobby lobby(platform);
  schedule_meeting(lobby.ui, "Soon", "2026-03-02", "10:30");  // in 30 minutes
  CHECK(schedule(platform)["firstJoinOpen"] == false);
  lobby.ui.click("row-0-join");
  CHECK(platform.opened.empty());
  CHECK(state(platform)["screen"] == "lobby");

  lobby.now += 21 * 60;  // 9 minutes before the start
  lobby.ui.frame();
  CHECK(schedule(platform)["firstJoinOpen"] == true);
  lobby.ui.click("row-0-join");
  // The pre-join room first, with the address bar already on the meeting.
  CHECK(platform.opened.empty());
  CHECK(state(platform)["screen"] == "prejoin");
  CHECK(state(platform)["room"] == stored(platform)[0].code.str());
  CHECK(platform.routes.back().hash == "#/" + stored(platform)[0].code.str());
  CHECK(platform.routes.back().push);
  lobby.ui.click("join-now");
  REQUIRE(platform.opened.size() == 1);
  const auto options = nlohmann::json::parse(platform.opened[0].options_json);
  CHECK(options["roomName"] == stored(platform)[0].code.str());
}

TEST_CASE("a scheduled Join never skips the pre-join room, even with the device check skipped") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  platform.storage["cofinix.devices"] = cofx::test::devices_skipping_check();
  Lobby lobby(platform);
  schedule_meeting(lobby.ui, "Now", "2026-03-02", "10:05");
  lobby.ui.click("row-0-join");
  CHECK(platform.opened.empty());
  CHECK(state(platform)["screen"] == "prejoin");
}

TEST_CASE("joining a scheduled meeting without a name asks for it in the pre-join room") {
  FakePlatform platform;
  Lobby lobby(platform);
  schedule_meeting(lobby.ui, "Now", "2026-03-02", "10:05");
  lobby.ui.click("row-0-join");
  CHECK(platform.opened.empty());
  auto s = state(platform);
  CHECK(s["screen"] == "prejoin");
  CHECK(s["room"] == stored(platform)[0].code.str());
  CHECK(s["code"] == stored(platform)[0].code.str());
  REQUIRE(lobby.ui.has_widget("prejoin-name"));
  lobby.ui.click("join-now");
  CHECK(platform.opened.empty());
  CHECK(state(platform)["prejoin"]["nameError"] != "");
  lobby.ui.click_and_type("prejoin-name", "Ada");
  lobby.ui.click("join-now");
  REQUIRE(platform.opened.size() == 1);
  CHECK(nlohmann::json::parse(platform.opened[0].options_json)["userInfo"]["displayName"] == "Ada");
}

TEST_CASE("delete from the row menu offers Undo, which brings the meeting back") {
  FakePlatform platform;
  Lobby lobby(platform);
  schedule_meeting(lobby.ui, "Doomed", "2026-03-03", "12:00");
  lobby.ui.click("row-0-menu");
  lobby.ui.click("row-menu-delete");
  CHECK(schedule(platform)["count"] == 0);
  CHECK(schedule(platform)["undo"] == "Doomed");
  REQUIRE(stored(platform).size() == 1);
  CHECK(stored(platform)[0].deleted);

  lobby.ui.click("undo-delete");
  CHECK(schedule(platform)["count"] == 1);
  CHECK(schedule(platform)["undo"] == "");
  CHECK_FALSE(stored(platform)[0].deleted);
  CHECK(stored(platform)[0].title == "Doomed");
}

TEST_CASE("edit keeps the meeting's id and room, and changes what was typed") {
  FakePlatform platform;
  Lobby lobby(platform);
  schedule_meeting(lobby.ui, "Draft", "2026-03-03", "12:00");
  const cofx::ScheduledMeeting before = stored(platform)[0];
  lobby.ui.click("row-0-menu");
  // The menu's items are actions: buttons to a screen reader, not unchecked checkboxes.
  const cofx::WidgetRect* edit = lobby.ui.app().widgets().find("row-menu-edit");
  REQUIRE(edit != nullptr);
  CHECK(edit->role == cofx::WidgetRole::Button);
  CHECK_FALSE(edit->checkable);
  lobby.ui.click("row-menu-edit");
  lobby.ui.click_and_type("schedule-title", " v2");  // appended to the title shown
  lobby.ui.click_and_type("schedule-time", "13:15");
  lobby.ui.click("schedule-save");
  const auto meetings = stored(platform);
  REQUIRE(meetings.size() == 1);
  CHECK(meetings[0].id == before.id);
  CHECK(meetings[0].code == before.code);
  CHECK(meetings[0].title == "Draft v2");
  CHECK(meetings[0].start_utc == utc(2026, 3, 3, 12, 15));
  CHECK(meetings[0].updated_at_ms > before.updated_at_ms);
}

TEST_CASE("Copy invite, .ics, Google and Outlook all carry the meeting") {
  FakePlatform platform;
  Lobby lobby(platform);
  schedule_meeting(lobby.ui, "Weekly sync", "2026-03-03", "12:00");
  const std::string code = stored(platform)[0].code.str();

  lobby.ui.click("row-0-invite");
  REQUIRE(platform.copied.size() == 1);
  CHECK(platform.copied[0] == "https://cofinix.example/app/#/" + code +
                                  "?t=2026-03-03T11%3A00%3A00Z&d=60&title=Weekly%20sync");
  lobby.ui.app().handle(cofx::host::Clipboard{true, ""});
  CHECK(std::string(schedule(platform)["notice"]).find("Invite copied") != std::string::npos);
  CHECK(state(platform)["message"] == "");  // the Meet tab's notice is not this

  lobby.ui.click("row-0-menu");
  lobby.ui.click("row-menu-ics");
  REQUIRE(platform.downloads.size() == 1);
  CHECK(platform.downloads[0].file_name == "weekly-sync.ics");
  CHECK(platform.downloads[0].mime_type == "text/calendar");
  CHECK(platform.downloads[0].text.find("SUMMARY:Weekly sync\r\n") != std::string::npos);
  CHECK(platform.downloads[0].text.find("DTSTART:20260303T110000Z\r\n") != std::string::npos);

  lobby.ui.click("row-0-menu");
  lobby.ui.click("row-menu-google");
  lobby.ui.click("row-0-menu");
  lobby.ui.click("row-menu-outlook");
  REQUIRE(platform.opened_urls.size() == 2);
  CHECK(platform.opened_urls[0].rfind("https://calendar.google.com/", 0) == 0);
  CHECK(platform.opened_urls[1].rfind("https://outlook.live.com/", 0) == 0);
  CHECK(platform.opened_urls[0].find(code) != std::string::npos);
}

TEST_CASE("a refused clipboard shows the invite link to copy by hand") {
  FakePlatform platform;
  Lobby lobby(platform);
  schedule_meeting(lobby.ui, "Manual", "2026-03-03", "12:00");
  lobby.ui.click("row-0-invite");
  lobby.ui.app().handle(cofx::host::Clipboard{false, "NotAllowedError"});
  lobby.ui.frame();
  CHECK(lobby.ui.has_widget("schedule-invite-link"));
}

TEST_CASE("a full storage shows the message, keeps the meeting listed, and Retry saves it") {
  FakePlatform platform;
  Lobby lobby(platform);
  platform.next_save_status = cofx::StorageStatus::QuotaExceeded;
  schedule_meeting(lobby.ui, "Kept", "2026-03-03", "12:00");
  auto s = schedule(platform);
  CHECK(std::string(s["saveError"]).find("storage is full") != std::string::npos);
  CHECK(s["count"] == 1);
  CHECK(s["unsaved"] == 1);
  CHECK(stored(platform).empty());

  platform.next_save_status = cofx::StorageStatus::Ok;
  lobby.ui.click("retry-save");
  s = schedule(platform);
  CHECK(s["saveError"] == "");
  CHECK(s["unsaved"] == 0);
  REQUIRE(stored(platform).size() == 1);
  CHECK(stored(platform)[0].title == "Kept");
}

TEST_CASE("damaged stored meetings: backed up, told once in the lobby, dismissed for good") {
  FakePlatform platform;
  const std::string damaged = R"({"version":1,"meetings":[{"id":"x","title":)";
  platform.storage[cofx::kSchedulesStorageKey] = damaged;
  Lobby lobby(platform);
  CHECK(cofx::test::backup_text(platform, cofx::kSchedulesBackupKey) == damaged);
  CHECK(std::string(state(platform)["message"]).find("Schedule tab") != std::string::npos);
  REQUIRE_FALSE(schedule(platform)["problems"].empty());

  lobby.ui.click("tab-schedule");
  lobby.ui.click("schedule-dismiss");
  CHECK(schedule(platform)["problems"].empty());
  lobby.ui.app().handle(cofx::host::StorageChanged{cofx::kSchedulesStorageKey});
  CHECK(schedule(platform)["problems"].empty());

  schedule_meeting(lobby.ui, "Fresh start", "2026-03-03", "12:00");
  CHECK(stored(platform).size() == 1);
  CHECK(cofx::test::backup_text(platform, cofx::kSchedulesBackupKey) == damaged);
}

TEST_CASE("a change made in another tab shows up on its storage event") {
  FakePlatform platform;
  Lobby lobby(platform);
  lobby.ui.click("tab-schedule");
  CHECK(schedule(platform)["count"] == 0);

  cofx::ScheduledMeeting other;
  other.id = "0123456789abcdef0123456789abcdef";
  other.title = "From the other tab";
  other.start_utc = utc(2026, 3, 4, 9, 0);
  other.code = cofx::test::code();
  other.updated_at_ms = kNow * 1000;
  platform.storage[cofx::kSchedulesStorageKey] = cofx::encode_schedules({other});
  lobby.ui.app().handle(cofx::host::StorageChanged{"cofinix.settings"});  // not ours
  CHECK(schedule(platform)["count"] == 0);
  lobby.ui.app().handle(cofx::host::StorageChanged{cofx::kSchedulesStorageKey});
  CHECK(schedule(platform)["count"] == 1);
  CHECK(schedule(platform)["firstTitle"] == "From the other tab");
}

TEST_CASE("import reads a picked file; a bad file is reported and changes nothing") {
  FakePlatform platform;
  Lobby lobby(platform);
  lobby.ui.click("tab-schedule");
  lobby.ui.click("schedule-import");
  REQUIRE(platform.file_requests.size() == 1);

  cofx::ScheduledMeeting imported;
  imported.id = "fedcba9876543210fedcba9876543210";
  imported.title = "Imported";
  imported.start_utc = utc(2026, 3, 5, 9, 0);
  imported.code = cofx::test::code();
  imported.updated_at_ms = 1;
  const std::string file = cofx::export_schedules({imported}, kNow);
  cofx::host::FileOpened opened{platform.file_requests[0], "meetings.json", R"({"version":1,"meetings":[{"id":1}]})", ""};
  lobby.ui.app().handle(opened);
  CHECK_FALSE(std::string(schedule(platform)["notice"]).empty());
  CHECK(schedule(platform)["count"] == 0);
  CHECK(stored(platform).empty());

  // A file the browser couldn't read is named with the reason; another purpose's file is not ours.
  lobby.ui.app().handle(cofx::host::FileOpened{platform.file_requests[0], "big.json", "", "too big"});
  CHECK(std::string(schedule(platform)["notice"]).find("too big") != std::string::npos);
  CHECK(std::string(schedule(platform)["notice"]).find("big.json") != std::string::npos);
  lobby.ui.app().handle(cofx::host::FileOpened{"something-else", "m.json", file, ""});
  CHECK(schedule(platform)["count"] == 0);

  opened.text = file;
  lobby.ui.app().handle(opened);
  lobby.ui.frame();
  CHECK(schedule(platform)["count"] == 1);
  CHECK(stored(platform).size() == 1);

  lobby.ui.click("schedule-export");
  REQUIRE(platform.downloads.size() == 1);
  CHECK(platform.downloads[0].text.find("Imported") != std::string::npos);
}

TEST_CASE("invite links name the deployment when it is not the site default, before the invite") {
  const cofx::RoomCode code = cofx::test::code();
  cofx::InviteDetails details;
  details.title = "Plan";
  details.start_utc = utc(2026, 12, 12, 15, 30);
  details.duration_minutes = 30;
  const cofx::Deployment site = cofx::public_jitsi();
  CHECK(cofx::invite_link_on("https://x.example/#/old", code, details, site, site) ==
        "https://x.example/#/COF-AB12CD34?t=2026-12-12T15%3A30%3A00Z&d=30&title=Plan");
  cofx::Deployment own = cofx::self_hosted("jitsi.example.org");
  const std::string link = cofx::invite_link_on("https://x.example/", code, details, own, site);
  CHECK(link == "https://x.example/#/COF-AB12CD34?dep=self&host=jitsi.example.org&t=2026-12-12T15%3A30%3A00Z"
                "&d=30&title=Plan");
  const cofx::Route route = cofx::parse_route(link.substr(link.find('#')));
  CHECK(cofx::invite_from_params(route.params).ignored.empty());
  CHECK(cofx::deployment_from_params(route.params).deployment->domain == "jitsi.example.org");
}

TEST_CASE("10,000 meetings: the list draws only the rows on screen") {
  FakePlatform platform;
  std::vector<cofx::ScheduledMeeting> many;
  const cofx::RoomCode code = cofx::test::code();
  for (int i = 0; i < 10000; ++i) {
    cofx::ScheduledMeeting m;
    char id[33];
    std::snprintf(id, sizeof id, "%032x", i);
    m.id = id;
    m.title = "Meeting " + std::to_string(i);
    m.start_utc = kNow + 3600 + i * 600;
    m.code = code;
    m.updated_at_ms = 1;
    many.push_back(std::move(m));
  }
  platform.storage[cofx::kSchedulesStorageKey] = cofx::encode_schedules(many);
  Lobby lobby(platform);
  lobby.ui.click("tab-schedule");
  CHECK(schedule(platform)["count"] == 10000);
  CHECK(schedule(platform)["firstTitle"] == "Meeting 0");
  CHECK(lobby.ui.has_widget("row-0-join"));
  CHECK_FALSE(lobby.ui.has_widget("row-9999-join"));
  int rows = 0;
  for (const auto& [name, rect] : lobby.ui.app().widgets().all()) rows += name.rfind("row-", 0) == 0;
  CHECK(rows < 100);
}

TEST_CASE("past meetings fold into a Past section that opens on a click") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  cofx::ScheduledMeeting past;
  past.id = "00000000000000000000000000000001";
  past.title = "Yesterday's retro";
  past.start_utc = kNow - 86400;
  past.code = cofx::test::code();
  past.updated_at_ms = 1;
  cofx::ScheduledMeeting upcoming = past;
  upcoming.id = "00000000000000000000000000000002";
  upcoming.title = "Tomorrow's plan";
  upcoming.start_utc = kNow + 86400;
  platform.storage[cofx::kSchedulesStorageKey] = cofx::encode_schedules({past, upcoming});
  Lobby lobby(platform);
  lobby.ui.click("tab-schedule");
  CHECK(schedule(platform)["count"] == 2);
  CHECK(schedule(platform)["upcoming"] == 1);
  CHECK(lobby.ui.has_widget("row-0-join"));
  CHECK_FALSE(lobby.ui.has_widget("row-1-join"));  // folded

  lobby.ui.click("schedule-past");
  CHECK(lobby.ui.has_widget("row-1-join"));
  lobby.ui.click("row-1-join");  // a series that is over cannot be joined
  CHECK(platform.opened.empty());
  CHECK(state(platform)["screen"] == "lobby");
  lobby.ui.click("schedule-past");
  CHECK_FALSE(lobby.ui.has_widget("row-1-join"));
}
