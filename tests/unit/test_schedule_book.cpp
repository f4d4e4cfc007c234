// The storage controller of scheduled meetings: read-modify-write across tabs,
// storage that refuses writes, damaged data, undo, import and export.
#include <doctest/doctest.h>

#include "app/schedule_book.h"
#include "core/schedule/schedule_store.h"
#include "fake_platform.h"
#include "test_zones.h"

using cofx::MeetingEdit;
using cofx::ScheduleBook;
using cofx::ScheduledMeeting;
using cofx::StorageStatus;
using cofx::test::FakePlatform;
using cofx::test::utc;

namespace {

constexpr std::int64_t kNowMs = 1'780'000'000'000;  // 2026-05-28

ScheduledMeeting meeting(const std::string& id, const std::string& title, std::int64_t updated_ms = kNowMs) {
  ScheduledMeeting m;
  m.id = id;
  m.title = title;
  m.start_utc = utc(2026, 6, 1, 9, 0);
  m.code = cofx::test::code();
  cofx::stamp_everything(m, updated_ms);
  return m;
}

std::vector<ScheduledMeeting> stored(const FakePlatform& platform) {
  const auto found = platform.storage.find(cofx::kSchedulesStorageKey);
  REQUIRE(found != platform.storage.end());
  const cofx::ScheduleLoad load = cofx::decode_schedules(found->second);
  REQUIRE(load.problems.empty());
  return load.meetings;
}

const ScheduledMeeting* with_id(const std::vector<ScheduledMeeting>& meetings, const std::string& id) {
  for (const auto& m : meetings) {
    if (m.id == id) return &m;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("two tabs adding and editing different meetings lose neither change") {
  FakePlatform platform;  // one browser: both tabs share its storage
  ScheduleBook tab_a(platform);
  ScheduleBook tab_b(platform);
  tab_a.load(kNowMs);
  tab_b.load(kNowMs);

  tab_a.apply({meeting("aaaa", "From A")}, kNowMs);
  tab_b.apply({meeting("bbbb", "From B")}, kNowMs + 1);  // B never reloaded, yet keeps A's meeting
  CHECK(stored(platform).size() == 2);

  // Each edits its own meeting from what it shows, without hearing from the other.
  tab_a.reload(kNowMs + 2);
  ScheduledMeeting a_edit = *tab_a.find("aaaa");
  a_edit.title = "From A, edited";
  ScheduledMeeting b_edit = *tab_b.find("bbbb");
  b_edit.title = "From B, edited";
  tab_a.edit({MeetingEdit::change(*tab_a.find("aaaa"), a_edit)}, kNowMs + 10);
  tab_b.edit({MeetingEdit::change(*tab_b.find("bbbb"), b_edit)}, kNowMs + 11);

  const auto meetings = stored(platform);
  REQUIRE(meetings.size() == 2);
  CHECK(with_id(meetings, "aaaa")->title == "From A, edited");
  CHECK(with_id(meetings, "bbbb")->title == "From B, edited");

  // The storage event brings B's edit into A.
  tab_a.reload(kNowMs + 12);
  CHECK(tab_a.find("bbbb")->title == "From B, edited");
}

TEST_CASE("two tabs on one meeting: A renames, B changes the duration, both changes stay") {
  FakePlatform platform;
  ScheduleBook tab_a(platform);
  ScheduleBook tab_b(platform);
  tab_a.apply({meeting("same", "Budget")}, kNowMs);
  tab_b.load(kNowMs);
  // Both forms open on the same copy.
  const ScheduledMeeting opened_a = *tab_a.find("same");
  const ScheduledMeeting opened_b = *tab_b.find("same");

  ScheduledMeeting renamed = opened_a;
  renamed.title = "Budget review";
  tab_a.edit({MeetingEdit::change(opened_a, renamed)}, kNowMs + 100);
  ScheduledMeeting shorter = opened_b;  // B has not heard of the rename
  shorter.duration_minutes = 30;
  tab_b.edit({MeetingEdit::change(opened_b, shorter)}, kNowMs + 200);

  const auto meetings = stored(platform);
  REQUIRE(meetings.size() == 1);
  CHECK(meetings[0].title == "Budget review");
  CHECK(meetings[0].duration_minutes == 30);
  tab_a.reload(kNowMs + 300);
  CHECK(tab_a.find("same")->duration_minutes == 30);
  CHECK(tab_b.find("same")->title == "Budget review");
  // Not a conflict: nobody is told anything.
  CHECK(tab_a.take_notes().empty());
  CHECK(tab_b.take_notes().empty());
}

TEST_CASE("two tabs rename one meeting: the last writer wins and the other tab is told") {
  FakePlatform platform;
  ScheduleBook tab_a(platform);
  ScheduleBook tab_b(platform);
  tab_a.apply({meeting("same", "Budget")}, kNowMs);
  tab_b.load(kNowMs);
  const ScheduledMeeting opened_a = *tab_a.find("same");
  const ScheduledMeeting opened_b = *tab_b.find("same");

  ScheduledMeeting from_a = opened_a;
  from_a.title = "Budget (A)";
  tab_a.edit({MeetingEdit::change(opened_a, from_a)}, kNowMs + 100);
  ScheduledMeeting from_b = opened_b;
  from_b.title = "Budget (B)";
  // B's clock is even behind A's: B still writes last, so B's title stays.
  tab_b.edit({MeetingEdit::change(opened_b, from_b)}, kNowMs + 50);
  REQUIRE(tab_b.last_written().size() == 1);
  REQUIRE(tab_b.last_written()[0].fields.size() == 1);
  CHECK(tab_b.last_written()[0].fields[0].conflict);
  CHECK(stored(platform)[0].title == "Budget (B)");

  tab_a.reload(kNowMs + 200);  // the storage event
  CHECK(tab_a.find("same")->title == "Budget (B)");
  const auto notes = tab_a.take_notes();
  REQUIRE(notes.size() == 1);
  CHECK(notes[0] == "The title of \u201CBudget (B)\u201D was changed in another tab at the same time as here; "
                    "that tab's change was kept.");
  CHECK(tab_b.take_notes().empty());
  tab_a.reload(kNowMs + 300);
  CHECK(tab_a.take_notes().empty());  // told once
}

TEST_CASE("an edit written after another tab deleted the meeting does not bring it back, and says so") {
  FakePlatform platform;
  ScheduleBook tab_a(platform);
  ScheduleBook tab_b(platform);
  tab_a.apply({meeting("m", "Standup")}, kNowMs);
  tab_b.load(kNowMs);
  const ScheduledMeeting opened = *tab_b.find("m");
  CHECK(tab_a.remove("m", kNowMs + 10));
  ScheduledMeeting edited = opened;
  edited.title = "Standup, later";
  tab_b.edit({MeetingEdit::change(opened, edited)}, kNowMs + 20);
  CHECK(tab_b.find("m") == nullptr);
  CHECK(stored(platform)[0].deleted);
  const auto notes = tab_b.take_notes();
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].find("was deleted in another tab") != std::string::npos);
  // Undo in A brings it back for everyone.
  tab_a.undo(kNowMs + 30);
  tab_b.reload(kNowMs + 40);
  REQUIRE(tab_b.find("m") != nullptr);
  CHECK(tab_b.find("m")->title == "Standup");
}

TEST_CASE("writes wait for the browser's lock, and show the edit meanwhile") {
  FakePlatform platform;
  platform.hold_locks = true;
  ScheduleBook book(platform);
  book.load(kNowMs);
  book.edit({MeetingEdit::create(meeting("m", "Locked"))}, kNowMs);
  CHECK(book.find("m") != nullptr);  // shown at once
  CHECK(book.unsaved() == 1);
  CHECK(platform.storage.count(cofx::kSchedulesStorageKey) == 0);
  book.edit({MeetingEdit::create(meeting("n", "Second"))}, kNowMs + 1);
  CHECK(platform.lock_requests.size() == 1);  // one request at a time
  book.on_lock(kNowMs + 2);
  CHECK(stored(platform).size() == 2);
  CHECK(book.unsaved() == 0);
  CHECK(platform.locks_released == 1);
}

TEST_CASE("stamps never pass the largest readable stamp, so data stays readable") {
  FakePlatform platform;
  ScheduleBook book(platform);
  book.apply({meeting("m", "At the end of time", cofx::kMaxUpdatedAtMs)}, kNowMs);
  CHECK(book.remove("m", kNowMs + 1));
  book.undo(kNowMs + 2);
  REQUIRE(book.find("m") != nullptr);
  ScheduledMeeting renamed = *book.find("m");
  renamed.title = "Renamed";
  book.edit({MeetingEdit::change(*book.find("m"), renamed)}, kNowMs + 3);
  const cofx::ScheduleLoad load = cofx::decode_schedules(platform.storage.at(cofx::kSchedulesStorageKey));
  CHECK(load.problems.empty());
  REQUIRE(load.meetings.size() == 1);
  CHECK(load.meetings[0].title == "Renamed");
  CHECK(load.meetings[0].updated_at_ms <= cofx::kMaxUpdatedAtMs);
}

TEST_CASE("a full storage keeps the change in memory, leaves the stored copy alone, and Retry writes it") {
  FakePlatform platform;
  ScheduleBook book(platform);
  book.apply({meeting("old1", "Already stored")}, kNowMs);
  const std::string before = platform.storage.at(cofx::kSchedulesStorageKey);

  platform.next_save_status = StorageStatus::QuotaExceeded;
  book.apply({meeting("new1", "Not yet stored")}, kNowMs + 1);
  CHECK(book.save_error().find("storage is full") != std::string::npos);
  CHECK(book.unsaved() == 1);
  REQUIRE(book.find("new1") != nullptr);  // shown as if saved
  CHECK(book.find("old1") != nullptr);
  CHECK(platform.storage.at(cofx::kSchedulesStorageKey) == before);

  // A storage event meanwhile keeps the unsaved change on top of what is read.
  book.reload(kNowMs + 2);
  CHECK(book.find("new1") != nullptr);

  book.retry(kNowMs + 3);  // still full
  CHECK(book.unsaved() == 1);

  platform.next_save_status = StorageStatus::Ok;
  book.retry(kNowMs + 4);
  CHECK(book.save_error().empty());
  CHECK(book.unsaved() == 0);
  const auto meetings = stored(platform);
  CHECK(with_id(meetings, "old1") != nullptr);
  CHECK(with_id(meetings, "new1") != nullptr);
}

TEST_CASE("blocked storage says so and keeps the change") {
  FakePlatform platform;
  platform.next_save_status = StorageStatus::Unavailable;
  ScheduleBook book(platform);
  book.load(kNowMs);
  book.apply({meeting("m1", "Private mode")}, kNowMs);
  CHECK(book.save_error().find("blocks storage") != std::string::npos);
  CHECK(book.find("m1") != nullptr);
  CHECK(platform.storage.empty());
}

TEST_CASE("damaged stored data goes to the backup key before any write, and is told once") {
  FakePlatform platform;
  const std::string good = cofx::encode_schedules({meeting("good", "Readable")});
  // One readable meeting and one with a wrong-typed title.
  std::string damaged = good;
  damaged.insert(damaged.rfind(']'), R"(,{"id":"bad1","title":42,"startUtc":1,"durationMinutes":60,"code":"COF-AB12CD34","updatedAtMs":1})");
  platform.storage[cofx::kSchedulesStorageKey] = damaged;

  ScheduleBook book(platform);
  book.load(kNowMs);
  CHECK(book.find("good") != nullptr);
  CHECK(book.find("bad1") == nullptr);
  CHECK(cofx::test::backup_text(platform, cofx::kSchedulesBackupKey) == damaged);
  REQUIRE(book.problems().size() >= 2);
  CHECK(book.problems()[0].find("A copy of the original is kept") != std::string::npos);

  book.dismiss_problems();
  book.reload(kNowMs + 1);  // the same text again (a storage event): not told twice
  CHECK(book.problems().empty());

  book.apply({meeting("new1", "Added")}, kNowMs + 2);
  const auto meetings = stored(platform);
  CHECK(meetings.size() == 2);
  CHECK(cofx::test::backup_text(platform, cofx::kSchedulesBackupKey) == damaged);
}

TEST_CASE("text that is not JSON is backed up byte for byte and never overwritten by a failed backup") {
  FakePlatform platform;
  const std::string garbage = "{\"version\":1,\"meetings\":[{\"id\":\"x\",\xff";
  platform.storage[cofx::kSchedulesStorageKey] = garbage;
  platform.next_save_status = StorageStatus::QuotaExceeded;  // the backup cannot be written
  ScheduleBook book(platform);
  book.load(kNowMs);
  CHECK_FALSE(book.problems().empty());
  CHECK(platform.storage.count(cofx::kSchedulesBackupKey) == 0);

  platform.next_save_status = StorageStatus::Ok;
  // Writes now succeed, so the backup comes first, then the new document.
  book.apply({meeting("m1", "After")}, kNowMs + 1);
  CHECK(cofx::test::backup_text(platform, cofx::kSchedulesBackupKey) == garbage);
  CHECK(stored(platform).size() == 1);
}

TEST_CASE("a second, different damaged text gets its own backup slot") {
  FakePlatform platform;
  platform.storage[cofx::kSchedulesBackupKey] = "first incident";
  platform.storage[cofx::kSchedulesStorageKey] = "second incident";
  ScheduleBook book(platform);
  book.load(kNowMs);
  CHECK(cofx::test::backup_text(platform, cofx::kSchedulesBackupKey) == "first incident");
  CHECK(cofx::test::backup_text(platform, std::string(cofx::kSchedulesBackupKey) + ".2") == "second incident");
}

TEST_CASE("meetings saved by a newer version are never overwritten") {
  FakePlatform platform;
  const std::string future = R"({"version":99,"meetings":[]})";
  platform.storage[cofx::kSchedulesStorageKey] = future;
  ScheduleBook book(platform);
  book.load(kNowMs);
  CHECK_FALSE(book.problems().empty());
  book.apply({meeting("m1", "Here")}, kNowMs);
  CHECK(platform.storage.at(cofx::kSchedulesStorageKey) == future);
  CHECK(book.save_error().find("newer version") != std::string::npos);
  CHECK(book.find("m1") != nullptr);
}

TEST_CASE("delete leaves a tombstone, and undo brings the meeting back in storage too") {
  FakePlatform platform;
  ScheduleBook book(platform);
  book.apply({meeting("m1", "Keep me")}, kNowMs);
  CHECK(book.remove("m1", kNowMs + 1));
  CHECK(book.find("m1") == nullptr);
  REQUIRE(book.undoable() != nullptr);
  CHECK(book.undoable()->title == "Keep me");
  CHECK(with_id(stored(platform), "m1")->deleted);

  book.undo(kNowMs + 2);
  CHECK(book.undoable() == nullptr);
  REQUIRE(book.find("m1") != nullptr);
  const ScheduledMeeting* back = with_id(stored(platform), "m1");
  CHECK_FALSE(back->deleted);
  CHECK(back->title == "Keep me");
  CHECK_FALSE(book.remove("no-such-id", kNowMs + 3));
}

TEST_CASE("export then import into another browser merges by id; a bad file changes nothing") {
  FakePlatform first;
  ScheduleBook source(first);
  source.apply({meeting("m1", "One"), meeting("m2", "Two")}, kNowMs);
  const std::string file = source.export_text(kNowMs / 1000);

  FakePlatform second;
  ScheduleBook target(second);
  target.apply({meeting("m2", "Two, newer here", kNowMs + 50)}, kNowMs + 50);
  const ScheduleBook::ImportOutcome outcome = target.import_text(file, kNowMs + 60);
  CHECK(outcome.ok);
  CHECK(outcome.message.find("1 new") != std::string::npos);
  CHECK(target.find("m1") != nullptr);
  CHECK(target.find("m2")->title == "Two, newer here");
  CHECK(stored(second).size() == 2);

  const std::string before = second.storage.at(cofx::kSchedulesStorageKey);
  const ScheduleBook::ImportOutcome bad = target.import_text("{\"version\":1,\"meetings\":[{\"id\":3}]}", kNowMs + 70);
  CHECK_FALSE(bad.ok);
  CHECK_FALSE(bad.message.empty());
  CHECK(second.storage.at(cofx::kSchedulesStorageKey) == before);
}

TEST_CASE("the revision moves whenever what the book shows may have changed") {
  FakePlatform platform;
  ScheduleBook book(platform);
  const auto r0 = book.revision();
  book.load(kNowMs);
  const auto r1 = book.revision();
  CHECK(r1 != r0);
  book.apply({meeting("m1", "One")}, kNowMs);
  CHECK(book.revision() != r1);
}
