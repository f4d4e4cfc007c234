#include "app/schedule_book.h"

#include <algorithm>
#include <utility>

#include "app/words/schedule_words.h"
#include "app/words/tr.h"
#include "core/schedule/schedule_store.h"

namespace cofx {
namespace {

// At most this many fields are remembered for "changed in another tab" notes.
constexpr std::size_t kMaxRememberedWrites = 256;

}  // namespace

ScheduleBook::ScheduleBook(Platform& platform) : platform_(platform), document_(platform, kSchedulesStorageKey) {}

const ScheduledMeeting* ScheduleBook::find(std::string_view id) const {
  const auto found = std::find_if(meetings_.begin(), meetings_.end(),
                                  [id](const ScheduledMeeting& m) { return m.id == id && !m.deleted; });
  return found == meetings_.end() ? nullptr : &*found;
}

ScheduleBook::Stored ScheduleBook::read(std::int64_t now_ms) {
  const std::string text = document_.read();
  ScheduleLoad load = decode_schedules(text);
  Stored stored{std::move(load.meetings), {}};
  notice_lost_fields(stored.meetings);
  // Translators: the reason shown in "Your saved meetings are left as they are ({reason}), so ...".
  if (load.newer_version) stored.refusal = tr("they were saved by a newer version of Cof-iniX");
  if (!load.keep_original) return stored;

  const bool kept = document_.back_up(text, now_ms);
  // Translators: the reason shown in "Your saved meetings are left as they are ({reason}), so ...".
  if (!kept && stored.refusal.empty()) stored.refusal = tr("the damaged original could not be backed up first");
  if (text != told_text_) {
    told_text_ = text;
    problems_.clear();
    problems_.push_back(std::string(kept ? tr("Some saved meetings couldn't be read. A copy of the original is kept "
                                              "in this browser: restore, download or discard it below.")
                                         : tr("Some saved meetings couldn't be read, and there was no room to keep a "
                                              "copy of the original, so it is left untouched.")));
    for (const std::string& problem : describe(load.problems)) problems_.push_back(problem);
  }
  return stored;
}

void ScheduleBook::show(const std::vector<ScheduledMeeting>& stored, std::int64_t now_ms) {
  meetings_ = pending_.empty() ? stored : apply_edits(stored, pending_, now_ms);
  ++revision_;
}

void ScheduleBook::reload(std::int64_t now_ms) { show(read(now_ms).meetings, now_ms); }

void ScheduleBook::edit(const std::vector<MeetingEdit>& edits, std::int64_t now_ms) {
  for (const MeetingEdit& edit : edits) {
    if (!edit.changes_nothing()) pending_.push_back(edit);
  }
  write(now_ms);
}

void ScheduleBook::apply(const std::vector<ScheduledMeeting>& copies, std::int64_t now_ms) {
  std::vector<MeetingEdit> edits;
  edits.reserve(copies.size());
  for (const ScheduledMeeting& copy : copies) edits.push_back(MeetingEdit::merge(copy));
  edit(edits, now_ms);
}

void ScheduleBook::write(std::int64_t now_ms) {
  if (pending_.empty()) {
    save_error_.clear();
    reload(now_ms);
    return;
  }
  if (waiting_for_lock_) {  // the write happens when the lock comes; show the edits meanwhile
    reload(now_ms);
    return;
  }
  if (!platform_.acquire_lock(kSchedulesStorageKey)) {
    waiting_for_lock_ = true;
    reload(now_ms);
    return;
  }
  write_locked(now_ms);
  platform_.release_lock(kSchedulesStorageKey);
}

void ScheduleBook::on_lock(std::int64_t now_ms) {
  if (!waiting_for_lock_) {
    platform_.release_lock(kSchedulesStorageKey);
    return;
  }
  waiting_for_lock_ = false;
  write_locked(now_ms);
  platform_.release_lock(kSchedulesStorageKey);
}

void ScheduleBook::write_locked(std::int64_t now_ms) {
  const Stored stored = read(now_ms);
  if (pending_.empty()) {
    save_error_.clear();
    show(stored.meetings, now_ms);
    return;
  }
  if (!stored.refusal.empty()) {
    // Translators: {reason} is "they were saved by a newer version of Cof-iniX" or "the damaged original
    // could not be backed up first"; the count is how many changes were not written.
    save_error_ = trn("Your saved meetings are left as they are ({reason}), so your change is kept in this tab only.",
                      "Your saved meetings are left as they are ({reason}), so your changes are kept in this tab "
                      "only.",
                      static_cast<long>(pending_.size()), {{"reason", stored.refusal}});
    show(stored.meetings, now_ms);
    return;
  }
  std::vector<EditOutcome> outcomes;
  const std::vector<ScheduledMeeting> merged = apply_edits(stored.meetings, pending_, now_ms, &outcomes);
  const StorageStatus status = document_.write(encode_schedules(merged));
  if (status == StorageStatus::Ok) {
    const std::vector<MeetingEdit> written = std::exchange(pending_, {});
    save_error_.clear();
    last_written_ = outcomes;
    ++writes_;
    show(merged, now_ms);
    remember_written(written, outcomes);
    return;
  }
  const long changes = static_cast<long>(pending_.size());
  if (status == StorageStatus::QuotaExceeded) {
    // Translators: "Retry" is the button beside this message; the count is how many changes were not written.
    save_error_ = trn("This browser's storage is full, so your change is kept in this tab only. Free some space "
                      "(delete old meetings, or discard a backup below), then press Retry.",
                      "This browser's storage is full, so your changes are kept in this tab only. Free some space "
                      "(delete old meetings, or discard a backup below), then press Retry.",
                      changes);
  } else {
    // Translators: "Retry" is the button beside this message; the count is how many changes were not written.
    save_error_ = trn("This browser blocks storage (private mode?), so your change is kept in this tab only. "
                      "Allow storage for this site, then press Retry.",
                      "This browser blocks storage (private mode?), so your changes are kept in this tab only. "
                      "Allow storage for this site, then press Retry.",
                      changes);
  }
  show(stored.meetings, now_ms);
}

void ScheduleBook::remember_written(const std::vector<MeetingEdit>& edits, const std::vector<EditOutcome>& outcomes) {
  for (std::size_t i = 0; i < outcomes.size() && i < edits.size(); ++i) {
    const EditOutcome& outcome = outcomes[i];
    if (outcome.result == EditOutcome::Result::Gone) {
      // Translators: {title} is the meeting's title.
      notes_.push_back(tr("“{title}” was deleted in another tab before your change to it was saved, so that "
                          "change was not kept.",
                          {{"title", edits[i].meeting.title}}));
      continue;
    }
    const ScheduledMeeting* meeting = find(outcome.id);
    for (const EditOutcome::Field& field : outcome.fields) {
      written_[{outcome.id, field.field}] = {field.stamp, meeting ? meeting->title : std::string()};
    }
  }
  while (written_.size() > kMaxRememberedWrites) written_.erase(written_.begin());
}

// A field this tab wrote now holds another tab's write that did not see ours
// (it replaced our stamp): ours lost a real conflict, so say so.
void ScheduleBook::notice_lost_fields(const std::vector<ScheduledMeeting>& stored) {
  if (written_.empty()) return;
  for (const ScheduledMeeting& meeting : stored) {
    if (meeting.deleted) continue;
    for (const MeetingField field : kMeetingFields) {
      const auto mine = written_.find({meeting.id, field});
      if (mine == written_.end() || meeting.changed_at[field] == mine->second.stamp) continue;
      if (meeting.replaced[field] == mine->second.stamp) {
        // Translators: {field} is "title", "start time", "duration", "agenda" or "repeat"; {title} is the
        // meeting's title.
        notes_.push_back(tr("The {field} of “{title}” was changed in another tab at the same time as here; "
                            "that tab's change was kept.",
                            {{"field", field_words(field)}, {"title", meeting.title}}));
      }
      written_.erase(mine);
    }
  }
}

std::string ScheduleBook::restore_backup(const StoredBackup& backup, std::int64_t now_ms) {
  const ScheduleLoad load = decode_schedules(backup.text);
  if (load.newer_version) return std::string(tr("That copy was made by a newer version of Cof-iniX, so it is left as it is."));
  std::vector<ScheduledMeeting> readable;
  for (const ScheduledMeeting& meeting : load.meetings) {
    if (!meeting.deleted) readable.push_back(meeting);
  }
  apply(readable, now_ms);
  if (!pending_.empty()) return std::string(tr("The meetings from that copy are shown, but could not be saved yet."));
  document_.discard(backup);
  told_text_.clear();
  return trn("Brought back {n} meeting from that copy (the rest could not be read), and removed the copy.",
             "Brought back {n} meetings from that copy (the rest could not be read), and removed the copy.",
             static_cast<long>(readable.size()));
}

bool ScheduleBook::remove(std::string_view id, std::int64_t now_ms) {
  const ScheduledMeeting* meeting = find(id);
  if (meeting == nullptr) return false;
  ScheduledMeeting original = *meeting;
  edit({MeetingEdit::remove(original)}, now_ms);
  deleted_ = std::move(original);
  return true;
}

void ScheduleBook::undo(std::int64_t now_ms) {
  if (!deleted_) return;
  const ScheduledMeeting original = *std::exchange(deleted_, std::nullopt);
  edit({MeetingEdit::restore(original)}, now_ms);
}

std::string ScheduleBook::export_text(std::int64_t now_utc) const { return export_schedules(meetings_, now_utc); }

ScheduleBook::ImportOutcome ScheduleBook::import_text(std::string_view text, std::int64_t now_ms) {
  const ScheduleImport result = import_schedules(text, meetings_, now_ms);
  if (result.error) return {false, describe(*result.error)};
  if (!result.changes.empty()) apply(result.changes, now_ms);
  return {true, tr("Imported {added} new and {updated} updated meetings ({unchanged} were already up to date).",
                   {{"added", std::to_string(result.added)},
                    {"updated", std::to_string(result.updated)},
                    {"unchanged", std::to_string(result.unchanged)}})};
}

}  // namespace cofx
