#include "core/schedule/schedule_store.h"
#include "core/text/json_util.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "core/text/utf8.h"

namespace cofx {

namespace {

using Json = nlohmann::json;

// Raw stored strings longer than this are not even cleaned: no real title or
// agenda is that long, and the cap bounds the work a damaged document can cause.
constexpr std::size_t kMaxRawTitleBytes = 16 * 1024;
constexpr std::size_t kMaxRawAgendaBytes = 256 * 1024;
constexpr std::size_t kMaxQuotedTitleChars = 40;
// A damaged document can hold millions of tiny bad entries; list only the first few.
constexpr std::size_t kMaxListedProblems = 20;


std::string dump(const Json& value, int indent = -1) { return json_util::dump_text(value, indent); }

// An integer-valued JSON number within [min, max]; floats must be whole and finite.
std::optional<std::int64_t> integral(const Json& value, std::int64_t min, std::int64_t max) {
  std::int64_t result = 0;
  if (value.is_number_unsigned()) {
    const auto u = value.get<std::uint64_t>();
    if (u > static_cast<std::uint64_t>(max)) return std::nullopt;
    result = static_cast<std::int64_t>(u);
  } else if (value.is_number_integer()) {
    result = value.get<std::int64_t>();
  } else if (value.is_number_float()) {
    const double d = value.get<double>();
    if (!std::isfinite(d) || d != std::floor(d) || d < static_cast<double>(min) ||
        d > static_cast<double>(max)) {
      return std::nullopt;
    }
    result = static_cast<std::int64_t>(d);
  } else {
    return std::nullopt;
  }
  if (result < min || result > max) return std::nullopt;
  return result;
}

const Json* field(const Json& object, const char* name) {
  const auto found = object.find(name);
  return found == object.end() ? nullptr : &*found;
}

const std::string* string_field(const Json& object, const char* name) {
  const Json* value = field(object, name);
  return value != nullptr && value->is_string() ? &value->get_ref<const std::string&>() : nullptr;
}

std::optional<std::string> clean_bounded(const std::string* raw, std::size_t max_raw_bytes,
                                         std::string (*clean)(std::string_view),
                                         std::size_t max_chars) {
  if (raw == nullptr || raw->size() > max_raw_bytes) return std::nullopt;
  std::string cleaned = clean(*raw);
  if (utf8::count_code_points(cleaned) > max_chars) return std::nullopt;
  return cleaned;
}

const char* kind_name(Repeat::Kind kind) {
  switch (kind) {
    case Repeat::Kind::None: return "none";
    case Repeat::Kind::Daily: return "daily";
    case Repeat::Kind::Weekdays: return "weekdays";
    case Repeat::Kind::Weekly: return "weekly";
  }
  return "none";
}

std::optional<Repeat::Kind> kind_from(std::string_view name) {
  for (const auto kind : {Repeat::Kind::None, Repeat::Kind::Daily, Repeat::Kind::Weekdays,
                          Repeat::Kind::Weekly}) {
    if (name == kind_name(kind)) return kind;
  }
  return std::nullopt;
}

std::optional<Repeat> read_repeat(const Json* value) {
  if (value == nullptr || value->is_null()) return Repeat{};
  if (!value->is_object()) return std::nullopt;
  const std::string* kind_text = string_field(*value, "kind");
  const auto kind = kind_text ? kind_from(*kind_text) : std::nullopt;
  if (!kind) return std::nullopt;
  Repeat repeat;
  repeat.kind = *kind;
  if (const Json* until = field(*value, "until")) {
    const auto date = until->is_string() ? parse_iso_date(until->get_ref<const std::string&>())
                                         : std::nullopt;
    if (!date || !is_valid_date(*date)) return std::nullopt;
    repeat.until = *date;
  }
  if (const Json* count = field(*value, "count")) {
    const auto n = integral(*count, 1, kMaxRepeatCount);
    if (!n) return std::nullopt;
    repeat.count = static_cast<int>(*n);
  }
  if (repeat.until && repeat.count) return std::nullopt;
  if (repeat.kind == Repeat::Kind::None) return Repeat{};
  return repeat;
}

// {"title": ms, ...} into `stamps`; absent fields keep `otherwise`.
bool read_field_stamps(const Json* value, FieldStamps& stamps, std::int64_t otherwise) {
  stamps.ms.fill(otherwise);
  if (value == nullptr) return true;
  if (!value->is_object()) return false;
  for (const MeetingField name : kMeetingFields) {
    if (const Json* stamp = field(*value, field_key(name))) {
      const auto ms = integral(*stamp, 0, kMaxUpdatedAtMs);
      if (!ms) return false;
      stamps[name] = *ms;
    }
  }
  return true;
}

// The stamps of schedule_merge.h; updatedAtMs stands in for any left out.
bool read_stamps(const Json& item, ScheduledMeeting& meeting) {
  const std::int64_t updated = meeting.updated_at_ms;
  FieldStamps none;
  if (!read_field_stamps(field(item, "changedAtMs"), meeting.changed_at, updated) ||
      !read_field_stamps(field(item, "replacedMs"), none, 0)) {
    return false;
  }
  meeting.replaced = none;
  meeting.alive_since_ms = updated;
  if (const Json* alive = field(item, "aliveSinceMs")) {
    const auto ms = integral(*alive, 0, kMaxUpdatedAtMs);
    if (!ms) return false;
    meeting.alive_since_ms = *ms;
  }
  for (const std::int64_t ms : meeting.changed_at.ms) meeting.updated_at_ms = std::max(meeting.updated_at_ms, ms);
  meeting.updated_at_ms = std::max(meeting.updated_at_ms, meeting.alive_since_ms);
  return true;
}

// Reads one stored meeting; on failure names the unreadable fields in `bad`.
std::optional<ScheduledMeeting> read_meeting(const Json& item, std::vector<StoredField>& bad) {
  ScheduledMeeting meeting;
  const std::string* id = string_field(item, "id");
  if (id != nullptr && is_valid_meeting_id(*id)) {
    meeting.id = *id;
  } else {
    bad.push_back(StoredField::Id);
  }
  const Json* updated = field(item, "updatedAtMs");
  const auto updated_ms = updated ? integral(*updated, 0, kMaxUpdatedAtMs) : std::nullopt;
  if (updated_ms) {
    meeting.updated_at_ms = *updated_ms;
  } else {
    bad.push_back(StoredField::UpdatedAt);
  }
  if (const Json* deleted = field(item, "deleted")) {
    if (deleted->is_boolean()) {
      meeting.deleted = deleted->get<bool>();
    } else {
      bad.push_back(StoredField::DeletedFlag);
    }
  }
  if (meeting.deleted) return bad.empty() ? std::optional(meeting) : std::nullopt;
  if (!read_stamps(item, meeting)) bad.push_back(StoredField::ChangeTimes);

  const auto title = clean_bounded(string_field(item, "title"), kMaxRawTitleBytes, clean_title,
                                   kTitleMaxChars);
  if (title && !title->empty()) {
    meeting.title = *title;
  } else {
    bad.push_back(StoredField::Title);
  }
  const Json* start = field(item, "startUtc");
  const auto start_utc = start ? integral(*start, kMinSupportedUtc, kMaxSupportedUtc) : std::nullopt;
  if (start_utc) {
    meeting.start_utc = *start_utc;
  } else {
    bad.push_back(StoredField::Start);
  }
  const Json* duration = field(item, "durationMinutes");
  const auto minutes =
      duration ? integral(*duration, kMinDurationMinutes, kMaxDurationMinutes) : std::nullopt;
  if (minutes) {
    meeting.duration_minutes = static_cast<int>(*minutes);
  } else {
    bad.push_back(StoredField::Duration);
  }
  const std::string* code_text = string_field(item, "code");
  const auto code = code_text ? RoomCode::from_canonical(*code_text) : std::nullopt;
  if (code) {
    meeting.code = *code;
  } else {
    bad.push_back(StoredField::RoomCode);
  }
  if (field(item, "agenda") != nullptr) {
    const auto agenda = clean_bounded(string_field(item, "agenda"), kMaxRawAgendaBytes,
                                      clean_agenda, kAgendaMaxChars);
    if (agenda) {
      meeting.agenda = *agenda;
    } else {
      bad.push_back(StoredField::Agenda);
    }
  }
  const auto repeat = read_repeat(field(item, "repeat"));
  if (repeat) {
    meeting.repeat = *repeat;
  } else {
    bad.push_back(StoredField::Repeat);
  }
  if (!bad.empty()) return std::nullopt;
  return meeting;
}

// The stored title, cleaned and shortened, when it is readable, for problem messages.
std::string shown_title(const Json& item) {
  const std::string* raw = item.is_object() ? string_field(item, "title") : nullptr;
  if (raw == nullptr || raw->size() > kMaxRawTitleBytes) return {};
  const std::string title = clean_title(*raw);
  if (title.empty()) return {};
  std::string shown;
  std::size_t chars = 0;
  for (std::size_t pos = 0; pos < title.size() && chars < kMaxQuotedTitleChars; ++chars) {
    const std::size_t length = utf8::decode(title, pos).length;
    shown.append(title, pos, length);
    pos += length;
  }
  if (shown.size() < title.size()) shown += "...";
  return shown;
}

Json encode_meeting(const ScheduledMeeting& meeting) {
  if (meeting.deleted) {
    return {{"id", meeting.id}, {"updatedAtMs", meeting.updated_at_ms}, {"deleted", true}};
  }
  Json repeat = {{"kind", kind_name(meeting.repeat.kind)}};
  if (meeting.repeat.kind != Repeat::Kind::None) {
    if (meeting.repeat.until) repeat["until"] = format_iso_date(*meeting.repeat.until);
    if (meeting.repeat.count) repeat["count"] = *meeting.repeat.count;
  }
  Json out = {{"id", meeting.id},
          {"title", meeting.title},
          {"startUtc", meeting.start_utc},
          {"durationMinutes", meeting.duration_minutes},
          {"agenda", meeting.agenda},
          {"code", meeting.code.str()},
          {"repeat", std::move(repeat)},
          {"updatedAtMs", meeting.updated_at_ms}};
  Json changed = Json::object();
  Json replaced = Json::object();
  for (const MeetingField name : kMeetingFields) {
    if (meeting.changed_at[name] != meeting.updated_at_ms) changed[field_key(name)] = meeting.changed_at[name];
    if (meeting.replaced[name] != 0) replaced[field_key(name)] = meeting.replaced[name];
  }
  if (!changed.empty()) out["changedAtMs"] = std::move(changed);
  if (meeting.alive_since_ms != meeting.updated_at_ms) out["aliveSinceMs"] = meeting.alive_since_ms;
  if (!replaced.empty()) out["replacedMs"] = std::move(replaced);
  return out;
}

void clamp_stamps(ScheduledMeeting& meeting, std::int64_t now_ms) {
  const auto clamp = [now_ms](std::int64_t& ms) { ms = std::clamp<std::int64_t>(ms, 0, std::max<std::int64_t>(now_ms, 0)); };
  clamp(meeting.updated_at_ms);
  clamp(meeting.alive_since_ms);
  for (std::int64_t& ms : meeting.changed_at.ms) clamp(ms);
  for (std::int64_t& ms : meeting.replaced.ms) clamp(ms);
}

}  // namespace

ScheduleLoad decode_schedules(std::string_view text) {
  ScheduleLoad load;
  if (utf8::trim(text).empty()) return load;  // nothing stored yet

  auto unreadable = [&load](ScheduleProblem::Kind problem) {
    load.problems.push_back(ScheduleProblem{.kind = problem});
    load.keep_original = true;
    return load;
  };

  const auto document = json_util::parse(text);
  if (document.is_discarded() || !document.is_object()) return unreadable(ScheduleProblem::Kind::Damaged);
  const Json* version = field(document, "version");
  if (version == nullptr || !version->is_number_unsigned() ||
      version->get<std::uint64_t>() == 0) {
    return unreadable(ScheduleProblem::Kind::UnknownFormat);
  }
  if (version->get<std::uint64_t>() > static_cast<std::uint64_t>(kSchedulesVersion)) {
    load.newer_version = true;
    return unreadable(ScheduleProblem::Kind::Newer);
  }
  const Json* meetings = field(document, "meetings");
  if (meetings == nullptr || !meetings->is_array()) return unreadable(ScheduleProblem::Kind::Damaged);

  std::unordered_map<std::string, std::size_t> positions;
  positions.reserve(meetings->size());
  std::unordered_map<std::string, std::size_t> first_seen;  // id -> 1-based position in the file
  std::size_t number = 0;
  std::size_t unlisted = 0;
  // `problem` is only called when the message will be listed.
  auto report = [&](const auto& problem) {
    load.keep_original = true;
    if (load.problems.size() < kMaxListedProblems) {
      load.problems.push_back(problem());
    } else {
      ++unlisted;
    }
  };
  for (const Json& item : *meetings) {
    ++number;
    auto problem = [&item, number](ScheduleProblem::Kind kind) {
      ScheduleProblem found{.kind = kind, .number = number};
      found.title = shown_title(item);
      return found;
    };
    if (!item.is_object()) {
      report([&] { return problem(ScheduleProblem::Kind::NotARecord); });
      continue;
    }
    std::vector<StoredField> bad;
    const auto meeting = read_meeting(item, bad);
    if (!meeting) {
      report([&] {
        ScheduleProblem found = problem(ScheduleProblem::Kind::FieldsUnreadable);
        found.fields = bad;
        return found;
      });
      continue;
    }
    // No structured binding here: clang 14 (Emscripten 3.1.6) can't capture one in a lambda.
    const auto inserted = first_seen.try_emplace(meeting->id, number);
    if (!inserted.second) {
      const auto first_number = inserted.first->second;
      report([&] {
        ScheduleProblem found = problem(ScheduleProblem::Kind::DuplicateId);
        found.first_number = first_number;
        return found;
      });
    }
    const auto kept = positions.try_emplace(meeting->id, load.meetings.size());
    if (kept.second) {
      load.meetings.push_back(*meeting);
    } else {
      ScheduledMeeting& first = load.meetings[kept.first->second];
      first = merged_copy(*meeting, first);
    }
  }
  if (unlisted > 0) {
    load.problems.push_back(ScheduleProblem{.kind = ScheduleProblem::Kind::MoreProblems, .number = unlisted});
  }
  return load;
}

std::string encode_schedules(const std::vector<ScheduledMeeting>& meetings) {
  Json list = Json::array();
  for (const ScheduledMeeting& meeting : meetings) list.push_back(encode_meeting(meeting));
  return dump(Json{{"version", kSchedulesVersion}, {"meetings", std::move(list)}});
}

std::string export_schedules(const std::vector<ScheduledMeeting>& meetings, std::int64_t now_utc) {
  Json list = Json::array();
  for (const ScheduledMeeting& meeting : meetings) {
    if (!meeting.deleted) list.push_back(encode_meeting(meeting));
  }
  const Json document = {{"version", kSchedulesVersion},
                         {"exportedAt", format_iso_utc(now_utc)},
                         {"meetings", std::move(list)}};
  return dump(document, 2) + "\n";
}

ScheduleImport import_schedules(std::string_view text,
                                const std::vector<ScheduledMeeting>& current, std::int64_t now_ms) {
  ScheduleImport result;
  const ScheduleLoad load = decode_schedules(text);
  if (utf8::trim(text).empty()) {
    result.error = ImportProblem{.kind = ImportProblem::Kind::Empty};
    return result;
  }
  if (load.newer_version) {
    result.error = ImportProblem{.kind = ImportProblem::Kind::Newer};
    return result;
  }
  if (load.keep_original) {
    ImportProblem error{.kind = ImportProblem::Kind::Unusable};
    if (!load.problems.empty()) error.first = load.problems.front();
    if (load.problems.size() > 1) error.more = load.problems.size() - 1;
    result.error = error;
    return result;
  }

  std::unordered_map<std::string, const ScheduledMeeting*> by_id;
  for (const ScheduledMeeting& meeting : current) by_id[meeting.id] = &meeting;
  for (ScheduledMeeting meeting : load.meetings) {
    clamp_stamps(meeting, now_ms);
    const auto found = by_id.find(meeting.id);
    if (found == by_id.end()) {
      if (meeting.deleted) continue;  // deleting something we never had changes nothing
      ++result.added;
      result.changes.push_back(meeting);
    } else if (supersedes(meeting, *found->second)) {
      ++result.updated;
      result.changes.push_back(meeting);
    } else {
      ++result.unchanged;
    }
  }
  result.merged = merge_schedules(current, result.changes, now_ms);
  return result;
}

}  // namespace cofx
