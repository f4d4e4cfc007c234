// Reminders five minutes before a meeting: which occurrences are due, one per
// occurrence across tabs, a system notification when allowed (its click opens
// the pre-join room), the lobby's notice otherwise.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "app/reminder_desk.h"
#include "app/words/schedule_words.h"
#include "core/schedule/reminders.h"
#include "core/schedule/schedule_store.h"
#include "headless_lobby.h"
#include "host_events.h"
#include "test_zones.h"

using cofx::test::FakePlatform;
using cofx::test::state;
using cofx::test::HeadlessLobby;
using cofx::test::utc;

namespace {

const std::int64_t kNow = utc(2026, 3, 2, 9, 0);

cofx::ScheduledMeeting meeting_at(const std::string& id, const std::string& title, std::int64_t start_utc) {
  cofx::ScheduledMeeting m;
  m.id = id;
  m.title = title;
  m.start_utc = start_utc;
  m.code = cofx::test::code();
  cofx::stamp_everything(m, kNow * 1000 - 60'000);
  return m;
}

struct Tab {
  explicit Tab(FakePlatform& platform, std::int64_t& now)
      : ui(platform, "", cofx::system_random_bytes, [&now] { return now * 1000; }) {}
  HeadlessLobby ui;
};


}  // namespace

TEST_CASE("due_reminders: occurrences starting within five minutes, not begun, not deleted") {
  const cofx::FixedZone zone{60, "Europe/Test", "CET"};
  cofx::ScheduledMeeting soon = meeting_at("soon", "Budget review", kNow + 4 * 60);
  cofx::ScheduledMeeting later = meeting_at("later", "Later", kNow + 6 * 60);
  cofx::ScheduledMeeting begun = meeting_at("begun", "Begun", kNow - 60);
  cofx::ScheduledMeeting gone = meeting_at("gone", "Gone", kNow + 60);
  gone.deleted = true;
  const auto due = cofx::due_reminders({later, begun, soon, gone}, kNow, zone);
  REQUIRE(due.size() == 1);
  CHECK(due[0].meeting_id == "soon");
  CHECK(due[0].title == "Budget review");
  CHECK(due[0].minutes == 4);
  CHECK(describe(due[0]) == "\u201CBudget review\u201D starts in 4 min");
  CHECK(due[0].key == "soon@" + std::to_string(kNow + 4 * 60));
  // The next one falls due five minutes before "later" starts.
  CHECK(cofx::next_reminder_utc({later, begun}, kNow, zone) == kNow + 60);

  // A daily series reminds once per day: each occurrence has its own key.
  cofx::ScheduledMeeting daily = meeting_at("daily", "Standup", kNow + 120);
  daily.repeat.kind = cofx::Repeat::Kind::Daily;
  const auto today = cofx::due_reminders({daily}, kNow, zone);
  const auto tomorrow = cofx::due_reminders({daily}, kNow + 24 * 3600, zone);
  REQUIRE(today.size() == 1);
  REQUIRE(tomorrow.size() == 1);
  CHECK(today[0].key != tomorrow[0].key);
}

TEST_CASE("reminder log: keeps a day, tolerates anything") {
  cofx::ReminderLog log;
  log.shown["a@1"] = 1'000;
  log.shown["b@2"] = 100'000'000;
  const auto kept = cofx::decode_reminder_log(cofx::encode_reminder_log(log, 100'000'000));
  CHECK(kept.shown.count("a@1") == 0);
  CHECK(kept.shown.at("b@2") == 100'000'000);
  CHECK(cofx::decode_reminder_log("not json").shown.empty());
  CHECK(cofx::decode_reminder_log(R"({"shown":{"x":"y","z":5}})").shown.size() == 1);
}

TEST_CASE("a reminder is a system notification once, in one tab only, and its click opens the pre-join room") {
  std::int64_t now = kNow;
  FakePlatform first;
  first.permission = FakePlatform::NotificationPermission::Granted;
  const cofx::ScheduledMeeting meeting = meeting_at("m1", "Budget review", kNow + 10 * 60);
  first.storage[cofx::kSchedulesStorageKey] = cofx::encode_schedules({meeting});
  Tab tab_a(first, now);
  CHECK(first.notifications.empty());
  CHECK_FALSE(first.wakes.empty());  // a wake-up is asked for when it falls due
  CHECK(first.wakes.back() == 5 * 60 * 1000);

  now = kNow + 6 * 60;  // four minutes before the start
  tab_a.ui.app().handle(cofx::host::Wake{});
  REQUIRE(first.notifications.size() == 1);
  CHECK(first.notifications[0].title == "\u201CBudget review\u201D starts in 4 min");
  CHECK(first.notifications[0].tag == "m1@" + std::to_string(meeting.start_utc));
  tab_a.ui.app().handle(cofx::host::Wake{});
  tab_a.ui.frame();
  CHECK(first.notifications.size() == 1);  // once

  // Another tab of the same browser, opened now, does not repeat it.
  FakePlatform second;
  second.permission = FakePlatform::NotificationPermission::Granted;
  second.storage = first.storage;
  Tab tab_b(second, now);
  tab_b.ui.app().handle(cofx::host::Wake{});
  CHECK(second.notifications.empty());

  tab_a.ui.app().handle(cofx::host::Action{first.notifications[0].click_action});
  CHECK(tab_a.ui.app().screen() == cofx::Screen::PreJoin);
  CHECK(state(first)["lastReminder"]["notified"] == true);
}

TEST_CASE("without permission the reminder is the lobby's notice, and the Schedule tab offers notifications") {
  std::int64_t now = kNow;
  FakePlatform platform;
  platform.storage[cofx::kSchedulesStorageKey] = cofx::encode_schedules({meeting_at("m1", "Retro", kNow + 3 * 60)});
  Tab tab(platform, now);
  tab.ui.frame();
  CHECK(platform.notifications.empty());
  CHECK(std::string(state(platform)["message"]).find("\u201CRetro\u201D starts in 3 min") != std::string::npos);
  tab.ui.click("tab-schedule");
  tab.ui.click("reminders-enable");
  CHECK(platform.permission_requests == 1);
}

TEST_CASE("two tabs that find one reminder due at once show it once: the log is written under a shared lock") {
  std::int64_t now = kNow;
  FakePlatform first;
  first.permission = FakePlatform::NotificationPermission::Granted;
  first.storage[cofx::kSchedulesStorageKey] = cofx::encode_schedules({meeting_at("m1", "Budget review", kNow + 4 * 60)});
  first.hold_locks = true;  // the lock is granted later, by the browser
  FakePlatform second = first;
  Tab tab_a(first, now);
  Tab tab_b(second, now);
  // Both found it due; neither shows it before holding the lock.
  CHECK(first.notifications.empty());
  CHECK(second.notifications.empty());
  CHECK(std::count(first.lock_requests.begin(), first.lock_requests.end(), cofx::kRemindersStorageKey) == 1);
  // The browser grants the lock to the first tab; it shows the reminder and writes the log.
  tab_a.ui.app().handle(cofx::host::LockGranted{cofx::kRemindersStorageKey});
  REQUIRE(first.notifications.size() == 1);
  CHECK(first.locks_released >= 1);
  // Then to the second, which reads the log the first wrote (one browser's storage).
  second.storage[cofx::kRemindersStorageKey] = first.storage.at(cofx::kRemindersStorageKey);
  tab_b.ui.app().handle(cofx::host::LockGranted{cofx::kRemindersStorageKey});
  CHECK(second.notifications.empty());
}

TEST_CASE("a damaged reminder log is backed up before it is rewritten") {
  std::int64_t now = kNow;
  FakePlatform platform;
  platform.storage[cofx::kSchedulesStorageKey] = cofx::encode_schedules({meeting_at("m1", "Retro", kNow + 3 * 60)});
  platform.storage[cofx::kRemindersStorageKey] = std::string(5000, '[') + std::string(5000, ']');
  Tab tab(platform, now);
  tab.ui.frame();
  CHECK(std::string(state(platform)["message"]).find("\u201CRetro\u201D starts in 3 min") != std::string::npos);
  CHECK(cofx::test::backup_text(platform, std::string(cofx::kRemindersStorageKey) + ".backup").size() == 10000);
}

TEST_CASE("ReminderDesk on its own: due once, a sentence when it can't notify, a wake-up for the next") {
  FakePlatform platform;
  cofx::ReminderDesk desk(platform);
  const std::vector<cofx::ScheduledMeeting> meetings = {meeting_at("m1", "Retro", kNow + 3 * 60),
                                                         meeting_at("m2", "Later", kNow + 60 * 60)};
  desk.check(meetings, 1, kNow * 1000);
  const auto notice = desk.take_notice();  // no permission: the lobby says it
  REQUIRE(notice.has_value());
  CHECK(notice->find("\u201CRetro\u201D starts in 3 min") != std::string::npos);
  CHECK_FALSE(desk.take_notice().has_value());  // once
  CHECK(desk.last().text.find("Retro") != std::string::npos);
  CHECK_FALSE(desk.last().notified);
  CHECK_FALSE(platform.wakes.empty());  // the host wakes it for what falls due next
  desk.check(meetings, 1, kNow * 1000 + 1000);
  CHECK_FALSE(desk.take_notice().has_value());  // nothing new fell due
}
