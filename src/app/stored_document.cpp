#include "app/stored_document.h"

#include <algorithm>
#include <optional>

#include <nlohmann/json.hpp>

#include "app/words/tr.h"
#include "core/text/json_util.h"

namespace cofx {
namespace {

using Json = nlohmann::json;

std::optional<StoredBackup> decode_backup(const std::string& key, const std::string& stored) {
  const Json wrapper = json_util::parse(stored);
  if (!wrapper.is_object()) return StoredBackup{key, 0, stored};  // a backup older versions wrote raw
  const auto at = wrapper.find("savedAtMs");
  const std::string* text = json_util::string_field(wrapper, "text");
  if (at == wrapper.end() || !at->is_number_integer() || text == nullptr) return StoredBackup{key, 0, stored};
  return StoredBackup{key, at->get<std::int64_t>(), *text};
}

}  // namespace

std::string StoredDocument::slot_key(int slot) const {
  return key_ + ".backup" + (slot == 1 ? "" : "." + std::to_string(slot));
}

std::string StoredDocument::read() const { return platform_.load(key_).value_or(""); }

StorageStatus StoredDocument::write(const std::string& text) { return platform_.save(key_, text); }

std::vector<StoredBackup> StoredDocument::backups(std::int64_t now_ms) {
  std::vector<StoredBackup> found;
  for (int slot = 1; slot <= kMaxBackups; ++slot) {
    const std::string key = slot_key(slot);
    const std::optional<std::string> stored = platform_.load(key);
    if (!stored) continue;
    const std::optional<StoredBackup> backup = decode_backup(key, *stored);
    if (backup->saved_at_ms != 0 && backup->saved_at_ms < now_ms - kBackupKeepMs) {
      platform_.save(key, "");
      continue;
    }
    found.push_back(*backup);
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const StoredBackup& a, const StoredBackup& b) { return a.saved_at_ms > b.saved_at_ms; });
  return found;
}

void StoredDocument::discard(const StoredBackup& backup) { platform_.save(backup.key, ""); }

bool StoredDocument::back_up(const std::string& text, std::int64_t now_ms) {
  if (text.empty()) return true;
  std::vector<StoredBackup> kept = backups(now_ms);
  if (std::any_of(kept.begin(), kept.end(), [&text](const StoredBackup& b) { return b.text == text; })) return true;
  std::string wrapped = json_util::dump_text(Json{{"savedAtMs", now_ms}, {"text", text}});
  // Bytes that are not UTF-8 cannot ride in JSON unchanged: keep them raw (no date).
  if (decode_backup("", wrapped)->text != text) wrapped = text;
  std::string key;
  for (int slot = 1; slot <= kMaxBackups && key.empty(); ++slot) {
    const std::string candidate = slot_key(slot);
    if (std::none_of(kept.begin(), kept.end(), [&](const StoredBackup& b) { return b.key == candidate; })) key = candidate;
  }
  // Every slot taken: the new backup is written over the oldest, never after removing it, so
  // a full storage that refuses the write still holds the oldest. Nothing more is discarded:
  // the person decides (download, discard) what goes.
  if (key.empty()) key = kept.back().key;
  return platform_.save(key, wrapped) == StorageStatus::Ok;
}

std::string StoredDocument::kept_for_this_visit(StorageStatus status, std::string_view what) {
  if (status == StorageStatus::QuotaExceeded) {
    // Translators: {what} is what couldn't be saved, already translated: "your name", "this choice",
    // "this change", "the list of recent meetings".
    return tr("This browser's storage is full, so {what} is kept for this visit only.", {{"what", what}});
  }
  // Translators: {what} is what couldn't be saved, already translated: "your name", "this choice",
  // "this change", "the list of recent meetings".
  return tr("This browser blocks storage (private mode?), so {what} is kept for this visit only.", {{"what", what}});
}

std::string StoredDocument::with_backup_note(std::string_view sentence, bool backed_up) {
  return two_sentences(sentence, backed_up ? tr("A copy of the original is kept in this browser's storage.")
                                           : tr("There was no room to keep a copy of the original."));
}

std::string two_sentences(std::string_view first, std::string_view second) {
  // Translators: two whole sentences one after the other. Keep the space only if your language
  // puts one between sentences (Chinese doesn't: "{first}{second}").
  return tr("{first} {second}", {{"first", first}, {"second", second}});
}

}  // namespace cofx
