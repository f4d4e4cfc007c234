// The storage controller of scheduled meetings: read-modify-write across tabs,
// storage that refuses writes, damaged data, undo, import and export.
#include <doctest/doctest.h>

#include "app/schedule_book.h"
#include "core/schedule_store.h"
#include "fake_platform.h"
#include "test_zones.h"

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
  m.updated_at_ms = updated_ms;
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
  a_edit.updated_at_ms = kNowMs + 10;
  ScheduledMeeting b_edit = *tab_b.find("bbbb");
  b_edit.title = "From B, edited";
  b_edit.updated_at_ms = kNowMs + 11;
  tab_a.apply({a_edit}, kNowMs + 10);
  tab_b.apply({b_edit}, kNowMs + 11);

  const auto meetings = stored(platform);
  REQUIRE(meetings.size() == 2);
  CHECK(with_id(meetings, "aaaa")->title == "From A, edited");
  CHECK(with_id(meetings, "bbbb")->title == "From B, edited");

  // The storage event brings B's edit into A.
  tab_a.reload(kNowMs + 12);
  CHECK(tab_a.find("bbbb")->title == "From B, edited");
}

TEST_CASE("two tabs editing the same meeting: the later stamp wins whole, in both tabs") {
  FakePlatform platform;
  ScheduleBook tab_a(platform);
  ScheduleBook tab_b(platform);
  tab_a.apply({meeting("same", "Original")}, kNowMs);
  tab_b.load(kNowMs);

  ScheduledMeeting later = meeting("same", "Later edit", kNowMs + 500);
  later.duration_minutes = 30;
  tab_b.apply({later}, kNowMs + 500);
  tab_a.apply({meeting("same", "Earlier edit", kNowMs + 100)}, kNowMs + 600);  // written last, stamped earlier

  const auto meetings = stored(platform);
  REQUIRE(meetings.size() == 1);
  CHECK(meetings[0].title == "Later edit");
  CHECK(meetings[0].duration_minutes == 30);
  CHECK(tab_a.find("same")->title == "Later edit");
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
  CHECK(platform.storage.at(cofx::kSchedulesBackupKey) == damaged);
  REQUIRE(book.problems().size() >= 2);
  CHECK(book.problems()[0].find(cofx::kSchedulesBackupKey) != std::string::npos);

  book.dismiss_problems();
  book.reload(kNowMs + 1);  // the same text again (a storage event): not told twice
  CHECK(book.problems().empty());

  book.apply({meeting("new1", "Added")}, kNowMs + 2);
  const auto meetings = stored(platform);
  CHECK(meetings.size() == 2);
  CHECK(platform.storage.at(cofx::kSchedulesBackupKey) == damaged);
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
  CHECK(platform.storage.at(cofx::kSchedulesBackupKey) == garbage);
  CHECK(stored(platform).size() == 1);
}

TEST_CASE("a second, different damaged text gets its own backup slot") {
  FakePlatform platform;
  platform.storage[cofx::kSchedulesBackupKey] = "first incident";
  platform.storage[cofx::kSchedulesStorageKey] = "second incident";
  ScheduleBook book(platform);
  book.load(kNowMs);
  CHECK(platform.storage.at(cofx::kSchedulesBackupKey) == "first incident");
  CHECK(platform.storage.at(std::string(cofx::kSchedulesBackupKey) + ".2") == "second incident");
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
