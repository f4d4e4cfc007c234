// StoredDocument: bounded backups of what could not be read, for every stored key.
#include <doctest/doctest.h>

#include "app/schedule_book.h"
#include "app/stored_document.h"
#include "core/schedule/schedule_store.h"
#include "fake_platform.h"
#include "test_zones.h"

using cofx::StorageStatus;
using cofx::StoredDocument;
using cofx::test::FakePlatform;
using cofx::test::backup_text;

namespace {
constexpr std::int64_t kNowMs = 1'790'000'000'000;
constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;
}  // namespace

TEST_CASE("backups: the same text once, at most three, the oldest giving way, pruned after 90 days") {
  FakePlatform platform;
  StoredDocument document(platform, "cofinix.settings");
  CHECK(document.back_up("", kNowMs));  // nothing to keep
  CHECK(platform.storage.empty());
  CHECK(document.back_up("damaged 1", kNowMs));
  CHECK(document.back_up("damaged 1", kNowMs + 1));  // already kept
  CHECK(document.backups(kNowMs).size() == 1);
  CHECK(document.back_up("damaged 2", kNowMs + 2));
  CHECK(document.back_up("damaged 3", kNowMs + 3));
  CHECK(document.back_up("damaged 4", kNowMs + 4));
  const auto kept = document.backups(kNowMs + 5);
  REQUIRE(kept.size() == 3);
  CHECK(kept[0].text == "damaged 4");  // newest first
  CHECK(kept[2].text == "damaged 2");  // "damaged 1" gave way

  const auto later = document.backups(kNowMs + 4 + cofx::kBackupKeepMs);  // 90 days after the last
  REQUIRE(later.size() == 1);
  CHECK(later[0].text == "damaged 4");
  CHECK(document.backups(kNowMs + 5 + cofx::kBackupKeepMs + kDayMs).empty());
  CHECK(platform.storage.empty());  // pruned from storage, not only from the list
}

TEST_CASE("a backup that fills the quota: saving says so, Discard frees it, and Retry saves") {
  FakePlatform platform;
  const std::string damaged = "{\"version\":1,\"meetings\":[" + std::string(3000, ' ') + "{]";
  platform.storage[cofx::kSchedulesStorageKey] = damaged;
  platform.quota_bytes = 3 * damaged.size();  // room for the damaged copy and its backup, little more
  cofx::ScheduleBook book(platform);
  book.load(kNowMs);
  REQUIRE(backup_text(platform, cofx::kSchedulesBackupKey) == damaged);

  platform.storage[cofx::kSchedulesStorageKey] = std::string(2 * damaged.size(), 'x');  // something else grew
  cofx::ScheduledMeeting m;
  m.id = "m1";
  m.title = "Planning";
  m.start_utc = kNowMs / 1000 + 3600;
  m.code = cofx::test::code();
  cofx::stamp_everything(m, kNowMs);
  book.edit({cofx::MeetingEdit::create(m)}, kNowMs + 1);
  // The grown text is damaged too: there is no room to back it up, so nothing is written.
  CHECK(book.save_error().find("left as they are") != std::string::npos);
  CHECK(book.find("m1") != nullptr);  // kept in this tab meanwhile

  const auto backups = book.backups(kNowMs + 2);
  REQUIRE(backups.size() == 1);
  book.discard_backup(backups[0]);
  platform.storage.erase(cofx::kSchedulesStorageKey);  // and the person cleared the other data
  book.retry(kNowMs + 3);
  CHECK(book.save_error().empty());
  CHECK(book.unsaved() == 0);
  CHECK(cofx::decode_schedules(platform.storage.at(cofx::kSchedulesStorageKey)).meetings.size() == 1);
}

TEST_CASE("when storage is full, a new backup fails and the older ones stay") {
  FakePlatform platform;
  StoredDocument document(platform, "cofinix.deployment");
  CHECK(document.back_up(std::string(1000, 'a'), kNowMs));
  platform.quota_bytes = 1500;
  CHECK_FALSE(document.back_up(std::string(1000, 'b'), kNowMs + 1));
  const auto kept = document.backups(kNowMs + 2);
  REQUIRE(kept.size() == 1);
  CHECK(kept[0].text == std::string(1000, 'a'));
}

TEST_CASE("with every slot taken, a refused fourth backup leaves all three in place") {
  FakePlatform platform;
  StoredDocument document(platform, "cofinix.settings");
  for (int i = 1; i <= 3; ++i) REQUIRE(document.back_up("damaged " + std::to_string(i), kNowMs + i));
  platform.next_save_status = StorageStatus::QuotaExceeded;
  CHECK_FALSE(document.back_up("damaged 4", kNowMs + 4));
  platform.next_save_status = StorageStatus::Ok;
  const auto kept = document.backups(kNowMs + 5);
  REQUIRE(kept.size() == 3);
  CHECK(kept[2].text == "damaged 1");  // the oldest was not removed before the write that failed
}

TEST_CASE("one sentence for a refused write, whatever is kept") {
  CHECK(StoredDocument::kept_for_this_visit(StorageStatus::QuotaExceeded, "your name") ==
        "This browser's storage is full, so your name is kept for this visit only.");
  CHECK(StoredDocument::kept_for_this_visit(StorageStatus::Unavailable, "this choice") ==
        "This browser blocks storage (private mode?), so this choice is kept for this visit only.");
}
