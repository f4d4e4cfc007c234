#include "core/schedule/schedule_merge.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace cofx {
namespace {

// A fixed order of a field's values, for equal stamps: any order will do, as
// long as every tab uses the same one.
int compare_values(const ScheduledMeeting& a, const ScheduledMeeting& b, MeetingField field) {
  const auto order = [](const auto& x, const auto& y) { return x < y ? -1 : (y < x ? 1 : 0); };
  switch (field) {
    case MeetingField::Title: return order(a.title, b.title);
    case MeetingField::Start: return order(a.start_utc, b.start_utc);
    case MeetingField::Duration: return order(a.duration_minutes, b.duration_minutes);
    case MeetingField::Agenda: return order(a.agenda, b.agenda);
    case MeetingField::Repeat:
      return order(std::tie(a.repeat.kind, a.repeat.until, a.repeat.count),
                   std::tie(b.repeat.kind, b.repeat.until, b.repeat.count));
  }
  return 0;
}

// Whether `a`'s copy of `field` wins over `b`'s.
bool field_wins(const ScheduledMeeting& a, const ScheduledMeeting& b, MeetingField field) {
  if (a.changed_at[field] != b.changed_at[field]) return a.changed_at[field] > b.changed_at[field];
  const int order = compare_values(a, b, field);
  if (order != 0) return order > 0;
  return a.replaced[field] >= b.replaced[field];
}

bool same_copy(const ScheduledMeeting& a, const ScheduledMeeting& b) {
  if (a.id != b.id || a.deleted != b.deleted || a.updated_at_ms != b.updated_at_ms) return false;
  if (a.deleted) return true;
  for (const MeetingField field : kMeetingFields) {
    if (!same_field(a, b, field)) return false;
  }
  return a.code == b.code && a.changed_at == b.changed_at && a.alive_since_ms == b.alive_since_ms &&
         a.replaced == b.replaced;
}

std::int64_t newest_stamp(const ScheduledMeeting& meeting) {
  std::int64_t newest = std::max(meeting.updated_at_ms, meeting.alive_since_ms);
  for (const std::int64_t ms : meeting.changed_at.ms) newest = std::max(newest, ms);
  return newest;
}

class Copies {
 public:
  explicit Copies(const std::vector<ScheduledMeeting>& stored) : list_(stored) {
    positions_.reserve(stored.size());
    for (std::size_t i = 0; i < list_.size(); ++i) positions_.try_emplace(list_[i].id, i);
  }
  ScheduledMeeting* find(const std::string& id) {
    const auto found = positions_.find(id);
    return found == positions_.end() ? nullptr : &list_[found->second];
  }
  // Replaces the copy with this id, or appends it.
  void put(ScheduledMeeting meeting) {
    const auto [found, inserted] = positions_.try_emplace(meeting.id, list_.size());
    if (inserted) {
      list_.push_back(std::move(meeting));
    } else {
      list_[found->second] = std::move(meeting);
    }
  }
  // Merges `meeting` in; true when that changed the kept copy.
  bool merge(const ScheduledMeeting& meeting) {
    ScheduledMeeting* current = find(meeting.id);
    if (current == nullptr) {
      put(meeting);
      return true;
    }
    ScheduledMeeting merged = merged_copy(meeting, *current);
    if (same_copy(merged, *current)) return false;
    *current = std::move(merged);
    return true;
  }
  std::vector<ScheduledMeeting> take(std::int64_t now_ms) {
    std::erase_if(list_, [now_ms](const ScheduledMeeting& meeting) {
      return meeting.deleted && meeting.updated_at_ms < now_ms - kTombstoneKeepMs;
    });
    return std::move(list_);
  }

 private:
  std::vector<ScheduledMeeting> list_;
  std::unordered_map<std::string, std::size_t> positions_;
};

// Writes `meeting` as alive from a stamp newer than `current` (a tombstone or nothing).
EditOutcome bring_to_life(Copies& copies, const ScheduledMeeting* current, ScheduledMeeting meeting,
                          std::int64_t now_ms) {
  const std::int64_t stamp = next_update_stamp(current ? newest_stamp(*current) : 0, now_ms);
  meeting.deleted = false;
  meeting.replaced = {};
  stamp_everything(meeting, stamp);
  EditOutcome outcome{EditOutcome::Result::Written, meeting.id, {}, false};
  for (const MeetingField field : kMeetingFields) outcome.fields.push_back({field, stamp, false});
  copies.put(std::move(meeting));
  return outcome;
}

EditOutcome write_change(ScheduledMeeting* current, const MeetingEdit& edit, std::int64_t now_ms) {
  EditOutcome outcome{EditOutcome::Result::Unchanged, edit.meeting.id, {}, false};
  if (current == nullptr || current->deleted) {
    outcome.result = EditOutcome::Result::Gone;
    return outcome;
  }
  for (const MeetingField field : kMeetingFields) {
    if (!edit.fields[static_cast<std::size_t>(field)] || same_field(*current, edit.meeting, field)) continue;
    const std::int64_t before = current->changed_at[field];
    const bool conflict = before != edit.seen[field];
    const std::int64_t stamp = next_update_stamp(before, now_ms);
    copy_field(*current, edit.meeting, field);
    current->changed_at[field] = stamp;
    current->replaced[field] = conflict ? before : 0;
    current->updated_at_ms = std::max(current->updated_at_ms, stamp);
    outcome.fields.push_back({field, stamp, conflict});
    outcome.result = EditOutcome::Result::Written;
  }
  return outcome;
}

EditOutcome write_edit(Copies& copies, const MeetingEdit& edit, std::int64_t now_ms) {
  ScheduledMeeting* current = copies.find(edit.meeting.id);
  const bool alive = current != nullptr && !current->deleted;
  EditOutcome unchanged{EditOutcome::Result::Unchanged, edit.meeting.id, {}, false};
  switch (edit.kind) {
    case MeetingEdit::Kind::Create:
    case MeetingEdit::Kind::Restore:
      // Already alive: created twice, or brought back by another tab first.
      if (alive) return unchanged;
      return bring_to_life(copies, current, edit.meeting, now_ms);
    case MeetingEdit::Kind::Delete: {
      if (!alive) return unchanged;
      ScheduledMeeting tombstone;
      tombstone.id = current->id;
      tombstone.deleted = true;
      tombstone.updated_at_ms = next_update_stamp(newest_stamp(*current), now_ms);
      *current = std::move(tombstone);
      return {EditOutcome::Result::Written, edit.meeting.id, {}, true};
    }
    case MeetingEdit::Kind::Change: return write_change(current, edit, now_ms);
    case MeetingEdit::Kind::Merge:
      return copies.merge(edit.meeting) ? EditOutcome{EditOutcome::Result::Written, edit.meeting.id, {}, false}
                                        : unchanged;
  }
  return unchanged;
}

}  // namespace

ScheduledMeeting merged_copy(const ScheduledMeeting& a, const ScheduledMeeting& b) {
  if (a.deleted && b.deleted) return a.updated_at_ms >= b.updated_at_ms ? a : b;
  if (a.deleted != b.deleted) {
    const ScheduledMeeting& tombstone = a.deleted ? a : b;
    const ScheduledMeeting& alive = a.deleted ? b : a;
    return tombstone.updated_at_ms >= alive.alive_since_ms ? tombstone : alive;
  }
  // Both alive. The room code never changes; should two copies differ, the
  // later-born one (then the larger code) is kept.
  const bool a_born_later =
      a.alive_since_ms != b.alive_since_ms ? a.alive_since_ms > b.alive_since_ms : a.code.str() >= b.code.str();
  ScheduledMeeting out = a_born_later ? a : b;
  for (const MeetingField field : kMeetingFields) {
    const ScheduledMeeting& winner = field_wins(a, b, field) ? a : b;
    copy_field(out, winner, field);
    out.changed_at[field] = winner.changed_at[field];
    out.replaced[field] = winner.replaced[field];
  }
  out.updated_at_ms = std::max(a.updated_at_ms, b.updated_at_ms);
  return out;
}

bool supersedes(const ScheduledMeeting& a, const ScheduledMeeting& b) {
  return !same_copy(merged_copy(a, b), b);
}

std::vector<ScheduledMeeting> merge_schedules(const std::vector<ScheduledMeeting>& stored,
                                              const std::vector<ScheduledMeeting>& others,
                                              std::int64_t now_ms) {
  Copies copies({});
  for (const ScheduledMeeting& meeting : stored) copies.merge(meeting);
  for (const ScheduledMeeting& meeting : others) copies.merge(meeting);
  return copies.take(now_ms);
}

MeetingEdit MeetingEdit::create(const ScheduledMeeting& meeting) { return {Kind::Create, meeting, {}, {}}; }

MeetingEdit MeetingEdit::change(const ScheduledMeeting& original, const ScheduledMeeting& edited) {
  MeetingEdit edit{Kind::Change, edited, {}, original.changed_at};
  edit.meeting.id = original.id;
  for (const MeetingField field : kMeetingFields) {
    edit.fields[static_cast<std::size_t>(field)] = !same_field(original, edited, field);
  }
  return edit;
}

MeetingEdit MeetingEdit::remove(const ScheduledMeeting& meeting) { return {Kind::Delete, meeting, {}, {}}; }
MeetingEdit MeetingEdit::restore(const ScheduledMeeting& original) { return {Kind::Restore, original, {}, {}}; }
MeetingEdit MeetingEdit::merge(const ScheduledMeeting& copy) { return {Kind::Merge, copy, {}, {}}; }

bool MeetingEdit::changes_nothing() const {
  return kind == Kind::Change && std::none_of(fields.begin(), fields.end(), [](bool f) { return f; });
}

std::vector<ScheduledMeeting> apply_edits(const std::vector<ScheduledMeeting>& stored,
                                          const std::vector<MeetingEdit>& edits, std::int64_t now_ms,
                                          std::vector<EditOutcome>* outcomes) {
  Copies copies(stored);
  for (const MeetingEdit& edit : edits) {
    EditOutcome outcome = write_edit(copies, edit, now_ms);
    outcome.kind = edit.kind;
    if (outcomes != nullptr) outcomes->push_back(std::move(outcome));
  }
  return copies.take(now_ms);
}

}  // namespace cofx
