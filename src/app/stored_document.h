// One document under one key of this browser's storage, kept with the same
// care for every key (saved meetings, settings, deployment, trusted places):
// read the latest text, copy what could not be read to a backup before
// anything can overwrite it, write with a status, and say in one sentence what
// a refused write means.
//
//   StoredDocument doc(platform, kSettingsStorageKey);
//   const std::string text = doc.read();
//   SettingsLoad loaded = decode_settings(text);
//   if (loaded.problem && !doc.back_up(text, now_ms)) ...      // the original is not safe: don't write
//   if (auto status = doc.write(encode_settings(...)); status != StorageStatus::Ok)
//     notice = StoredDocument::kept_for_this_visit(status, "your name");
//
// Backups are bounded: at most kMaxBackups per key, under "<key>.backup.<n>",
// each {"savedAtMs": …, "text": "<the original>"}. Backups older than
// kBackupKeepMs are pruned when read; when the slots are taken the oldest gives
// way to the newest. A full storage discards nothing: the backup fails, the
// original stays unwritten, and the person can list, download and discard the
// backups (Schedule tab). The same damaged text is backed up once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/host/platform.h"

namespace cofx {

inline constexpr int kMaxBackups = 3;
inline constexpr std::int64_t kBackupKeepMs = 90LL * 24 * 60 * 60 * 1000;

struct StoredBackup {
  std::string key;             // where it is stored
  std::int64_t saved_at_ms = 0;
  std::string text;            // the original bytes
};

class StoredDocument {
 public:
  StoredDocument(Platform& platform, std::string key) : platform_(platform), key_(std::move(key)) {}

  const std::string& key() const { return key_; }
  // The stored text; "" when nothing is stored.
  std::string read() const;
  StorageStatus write(const std::string& text);
  // Keeps `text` (just read, not fully readable) as a backup. True when it is
  // safe: backed up now or before, or empty.
  bool back_up(const std::string& text, std::int64_t now_ms);
  // Newest first; expired ones are removed on the way.
  std::vector<StoredBackup> backups(std::int64_t now_ms);
  void discard(const StoredBackup& backup);

  // "This browser's storage is full, so <what> is kept for this visit only." `what` is
  // already in the person's language: tr("your name").
  static std::string kept_for_this_visit(StorageStatus status, std::string_view what);
  // `sentence` (what was damaged) and whether its original is safe in a backup:
  // "<sentence> A copy of the original is kept in this browser's storage."
  static std::string with_backup_note(std::string_view sentence, bool backed_up);

 private:
  std::string slot_key(int slot) const;

  Platform& platform_;
  std::string key_;
};

// Two sentences (each already in the person's language) one after the other, the way the
// language writes them: "A. B." in English, "甲。乙。" in Chinese.
std::string two_sentences(std::string_view first, std::string_view second);

}  // namespace cofx
