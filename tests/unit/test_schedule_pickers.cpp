// The Schedule form's date and time pickers and quick durations, driven through the
// headless lobby by mouse and by keyboard, on an injected clock and zone.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/schedule/schedule_store.h"
#include "headless_lobby.h"
#include "test_zones.h"

using cofx::test::FakePlatform;
using cofx::test::HeadlessLobby;
using cofx::test::utc;

namespace {

// FakePlatform's zone is a fixed UTC+01:00: Monday 2 Mar 2026, 10:00 local. The new
// form starts at 10:30 that day, for 60 minutes.
const std::int64_t kNow = utc(2026, 3, 2, 9, 0);

nlohmann::json form_state(const FakePlatform& platform) {
  return state(platform)["schedule"]["form"];
}
nlohmann::json values(const FakePlatform& platform) { return form_state(platform)["values"]; }

std::vector<cofx::ScheduledMeeting> stored(const FakePlatform& platform) {
  const auto found = platform.storage.find(cofx::kSchedulesStorageKey);
  if (found == platform.storage.end()) return {};
  return cofx::decode_schedules(found->second).meetings;
}

struct Lobby {
  explicit Lobby(FakePlatform& platform)
      : now(kNow), ui(platform, "", cofx::system_random_bytes, [this] { return now * 1000; }) {}
  std::int64_t now;
  HeadlessLobby ui;

  const cofx::WidgetRect& rect(const std::string& name) {
    const cofx::WidgetRect* r = ui.app().widgets().find(name);
    REQUIRE_MESSAGE(r != nullptr, "no widget named " << name);
    return *r;
  }

  void open_form(const std::string& title) {
    ui.click("tab-schedule");
    ui.click("schedule-new");
    ui.click_and_type("schedule-title", title);
  }

  // Keyboard focus on the item after a text field (its picker button): Tab out of the field.
  void tab_from(const std::string& field) {
    ui.click(field);
    ui.press(ImGuiKey_Tab);
  }
};

}  // namespace

TEST_CASE("the date picker by mouse: past days do nothing, the arrows change month, a click picks") {
  FakePlatform platform;
  Lobby lobby(platform);
  lobby.open_form("Planning");
  CHECK(values(platform)["date"] == "2026-03-02");
  CHECK_FALSE(lobby.ui.has_widget("picker-calendar"));

  lobby.ui.click("schedule-date-picker");
  REQUIRE(lobby.ui.has_widget("picker-calendar"));
  // The calendar opens beside the date, on the chosen month, with today's whole month.
  const auto& date_field = lobby.rect("schedule-date");
  const auto& calendar = lobby.rect("picker-calendar");
  CHECK(calendar.x == doctest::Approx(date_field.x));
  CHECK(calendar.y >= date_field.y + date_field.h);
  CHECK(calendar.y < date_field.y + date_field.h + 100);
  CHECK(lobby.ui.has_widget("picker-day-2026-03-31"));
  CHECK_FALSE(lobby.ui.has_widget("picker-day-2026-04-01"));
  CHECK_FALSE(lobby.ui.has_widget("picker-day-2026-02-28"));

  // Yesterday is past: a click leaves the calendar open and the date as it was.
  lobby.ui.click("picker-day-2026-03-01");
  CHECK(lobby.ui.has_widget("picker-calendar"));
  CHECK(values(platform)["date"] == "2026-03-02");
  // No month before today's.
  lobby.ui.click("picker-prev-month");
  CHECK(lobby.ui.has_widget("picker-day-2026-03-02"));

  lobby.ui.click("picker-next-month");
  REQUIRE(lobby.ui.has_widget("picker-day-2026-04-14"));
  CHECK_FALSE(lobby.ui.has_widget("picker-day-2026-03-31"));
  lobby.ui.click("picker-day-2026-04-14");
  CHECK_FALSE(lobby.ui.has_widget("picker-calendar"));
  CHECK(values(platform)["date"] == "2026-04-14");

  // Reopened, it shows the chosen month.
  lobby.ui.click("schedule-date-picker");
  CHECK(lobby.ui.has_widget("picker-day-2026-04-30"));
  lobby.ui.click("picker-day-2026-04-15");
  CHECK(values(platform)["date"] == "2026-04-15");
}

TEST_CASE("the calendar's weeks start on the locale's first day") {
  for (const auto [first, sunday_first] : {std::pair{cofx::Weekday::Monday, false}, std::pair{cofx::Weekday::Sunday, true}}) {
    CAPTURE(sunday_first);
    FakePlatform platform;
    platform.week_start = first;
    Lobby lobby(platform);
    lobby.open_form("Weeks");
    lobby.ui.click("schedule-date-picker");
    // 1 Mar 2026 is a Sunday, 2 Mar a Monday.
    const auto sunday = lobby.rect("picker-day-2026-03-01");
    const auto monday = lobby.rect("picker-day-2026-03-02");
    if (sunday_first) {
      CHECK(sunday.x < monday.x);
      CHECK(sunday.y == monday.y);
    } else {
      CHECK(sunday.x > monday.x);
      CHECK(sunday.y < monday.y);
      CHECK(monday.x == doctest::Approx(lobby.rect("picker-day-2026-03-09").x));
    }
  }
}

TEST_CASE("the date picker by keyboard: Enter opens, arrows and PageDown move, Enter picks, Escape changes nothing") {
  FakePlatform platform;
  Lobby lobby(platform);
  lobby.open_form("Keys");
  lobby.tab_from("schedule-date");
  CHECK_FALSE(lobby.ui.has_widget("picker-calendar"));
  lobby.ui.press(ImGuiKey_Enter);
  REQUIRE(lobby.ui.has_widget("picker-calendar"));
  CHECK(values(platform)["date"] == "2026-03-02");  // opening picks nothing

  lobby.ui.press(ImGuiKey_LeftArrow);   // yesterday is past: stays on 2 Mar
  lobby.ui.press(ImGuiKey_RightArrow);  // 3 Mar
  lobby.ui.press(ImGuiKey_DownArrow);   // 10 Mar
  lobby.ui.press(ImGuiKey_PageDown);    // 10 Apr
  CHECK(lobby.ui.has_widget("picker-day-2026-04-30"));
  lobby.ui.press(ImGuiKey_UpArrow);     // 3 Apr
  lobby.ui.press(ImGuiKey_LeftArrow);   // 2 Apr
  CHECK(values(platform)["date"] == "2026-03-02");
  lobby.ui.press(ImGuiKey_Enter);
  CHECK_FALSE(lobby.ui.has_widget("picker-calendar"));
  CHECK(values(platform)["date"] == "2026-04-02");

  // The keyboard is back on the button: Space reopens; Escape closes with no change.
  lobby.ui.press(ImGuiKey_Space);
  REQUIRE(lobby.ui.has_widget("picker-calendar"));
  CHECK(lobby.ui.has_widget("picker-day-2026-04-30"));
  lobby.ui.press(ImGuiKey_PageDown);
  lobby.ui.press(ImGuiKey_RightArrow);
  lobby.ui.press(ImGuiKey_Escape);
  CHECK_FALSE(lobby.ui.has_widget("picker-calendar"));
  CHECK(values(platform)["date"] == "2026-04-02");
  lobby.ui.press(ImGuiKey_Enter);
  REQUIRE(lobby.ui.has_widget("picker-calendar"));
  lobby.ui.press(ImGuiKey_PageUp);  // 2 Mar
  lobby.ui.press(ImGuiKey_PageUp);  // clamped to today, 2 Mar
  lobby.ui.press(ImGuiKey_Enter);
  CHECK(values(platform)["date"] == "2026-03-02");
}

TEST_CASE("typing the date still works, and the calendar follows what was typed") {
  FakePlatform platform;
  Lobby lobby(platform);
  lobby.open_form("Typed");
  lobby.ui.click_and_type("schedule-date", "2027-05-20");
  CHECK(values(platform)["date"] == "2027-05-20");
  lobby.ui.click("schedule-date-picker");
  CHECK(lobby.ui.has_widget("picker-day-2027-05-31"));
  lobby.ui.press(ImGuiKey_Escape);
  // Text that is no date opens on today.
  lobby.ui.click_and_type("schedule-date", "soon");
  lobby.ui.click("schedule-date-picker");
  CHECK(lobby.ui.has_widget("picker-day-2026-03-31"));
  lobby.ui.click("picker-day-2026-03-20");
  CHECK(values(platform)["date"] == "2026-03-20");
}

TEST_CASE("the time picker lists 15-minute steps from the chosen time, greys out past ones, and picks") {
  FakePlatform platform;
  Lobby lobby(platform);
  lobby.open_form("Times");
  lobby.ui.click("schedule-time-picker");
  REQUIRE(lobby.ui.has_widget("picker-times"));
  CHECK(lobby.ui.has_widget("picker-time-10:30"));  // the chosen one is in view
  CHECK_FALSE(lobby.ui.has_widget("picker-time-00:00"));
  // Today, 09:45 is past (it is 10:00): a click picks nothing.
  REQUIRE(lobby.ui.has_widget("picker-time-09:45"));
  lobby.ui.click("picker-time-09:45");
  CHECK(values(platform)["time"] == "10:30");
  lobby.ui.click("picker-time-11:00");
  CHECK_FALSE(lobby.ui.has_widget("picker-times"));
  CHECK(values(platform)["time"] == "11:00");

  // By keyboard: Tab to the button, Enter, Down twice, Enter.
  lobby.tab_from("schedule-time");
  lobby.ui.press(ImGuiKey_Enter);
  REQUIRE(lobby.ui.has_widget("picker-times"));
  lobby.ui.press(ImGuiKey_DownArrow);
  lobby.ui.press(ImGuiKey_DownArrow);
  lobby.ui.press(ImGuiKey_Enter);
  CHECK_FALSE(lobby.ui.has_widget("picker-times"));
  CHECK(values(platform)["time"] == "11:30");
  // Escape closes with no change.
  lobby.ui.press(ImGuiKey_Enter);
  REQUIRE(lobby.ui.has_widget("picker-times"));
  lobby.ui.press(ImGuiKey_UpArrow);
  lobby.ui.press(ImGuiKey_Escape);
  CHECK_FALSE(lobby.ui.has_widget("picker-times"));
  CHECK(values(platform)["time"] == "11:30");

  // Typing still works.
  lobby.ui.click_and_type("schedule-time", "7:05");
  CHECK(values(platform)["time"] == "7:05");
}

TEST_CASE("quick durations set the duration; the end time follows, with the day when it is another") {
  FakePlatform platform;
  Lobby lobby(platform);
  lobby.open_form("Durations");
  CHECK(form_state(platform)["ends"] == "Ends 11:30");
  for (const int minutes : {15, 30, 45, 60, 90}) CHECK(lobby.ui.has_widget("duration-" + std::to_string(minutes)));
  lobby.ui.click("duration-90");
  CHECK(values(platform)["durationMinutes"] == 90);
  CHECK(form_state(platform)["ends"] == "Ends 12:00");
  CHECK(lobby.ui.has_widget("schedule-ends"));
  lobby.ui.click_and_type("schedule-time", "23:30");
  CHECK(form_state(platform)["ends"] == "Ends 01:00 on 3 Mar");
  lobby.ui.click("duration-15");
  CHECK(form_state(platform)["ends"] == "Ends 23:45");
  // No end while the start has a message.
  lobby.ui.click_and_type("schedule-time", "25:00");
  CHECK(form_state(platform)["ends"] == "");
  CHECK_FALSE(lobby.ui.has_widget("schedule-ends"));
}

TEST_CASE("a meeting scheduled with the pickers and a quick duration is stored as picked") {
  FakePlatform platform;
  Lobby lobby(platform);
  lobby.open_form("Picked");
  lobby.ui.click("schedule-date-picker");
  lobby.ui.click("picker-next-month");
  lobby.ui.click("picker-day-2026-04-14");
  lobby.ui.click("schedule-time-picker");
  lobby.ui.click("picker-time-11:00");
  lobby.ui.click("duration-45");
  lobby.ui.click("schedule-save");
  const auto meetings = stored(platform);
  REQUIRE(meetings.size() == 1);
  CHECK(meetings[0].title == "Picked");
  CHECK(meetings[0].start_utc == utc(2026, 4, 14, 10, 0));  // 11:00 at UTC+01:00
  CHECK(meetings[0].duration_minutes == 45);
}

TEST_CASE("keyboard only: S, Tab to Schedule a meeting, then the pickers and a quick duration, and Save") {
  FakePlatform platform;
  Lobby lobby(platform);
  HeadlessLobby& ui = lobby.ui;
  auto tab = [&](int times) {
    for (int i = 0; i < times; ++i) ui.press(ImGuiKey_Tab);
  };
  ui.press(ImGuiKey_S);
  tab(4);  // tab-meet, tab-schedule, tab-settings, schedule-new
  ui.press(ImGuiKey_Enter);
  REQUIRE(state(platform)["schedule"]["formOpen"] == true);
  ui.type("By keys");  // the form opened with the keyboard in its title
  tab(2);              // the date, its picker
  ui.press(ImGuiKey_Enter);
  REQUIRE(ui.has_widget("picker-calendar"));
  ui.press(ImGuiKey_RightArrow);
  ui.press(ImGuiKey_PageDown);
  ui.press(ImGuiKey_Enter);
  CHECK(values(platform)["date"] == "2026-04-03");
  tab(2);  // the time, its picker
  ui.press(ImGuiKey_Enter);
  REQUIRE(ui.has_widget("picker-times"));
  ui.press(ImGuiKey_DownArrow);
  ui.press(ImGuiKey_DownArrow);
  ui.press(ImGuiKey_Enter);
  CHECK(values(platform)["time"] == "11:00");
  tab(6);  // the duration, then its chips up to 90 min
  ui.press(ImGuiKey_Enter);
  CHECK(values(platform)["durationMinutes"] == 90);
  tab(3);  // the agenda, Repeat, Schedule
  ui.press(ImGuiKey_Enter);
  const auto meetings = stored(platform);
  REQUIRE(meetings.size() == 1);
  CHECK(meetings[0].title == "By keys");
  CHECK(meetings[0].start_utc == utc(2026, 4, 3, 10, 0));
  CHECK(meetings[0].duration_minutes == 90);
}
