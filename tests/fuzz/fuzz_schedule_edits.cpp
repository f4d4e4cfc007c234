// The write path of scheduled meetings (schedule_merge.h): a stored document read
// from the input, then edits the rest of the input describes, applied as a tab
// writes them. Whatever the input, the result stores and reads back whole, keeps
// one copy per id, keeps stamps readable, and merging it with itself changes nothing.
#include "fuzz_check.h"

#include <set>
#include <string>
#include <vector>

#include "core/schedule/schedule_merge.h"
#include "core/schedule/schedule_store.h"
#include "core/links/room_code.h"

using namespace cofx;

namespace {

constexpr std::int64_t kNowMs = 1796000000000;

// Input: <stored document> '\0' <edit bytes>, four bytes per edit.
int test_one_input(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = fuzz::as_text(data, size);
  const std::size_t split = input.find('\0');
  const std::string_view stored_text = input.substr(0, split);
  const std::string_view ops = split == std::string_view::npos ? std::string_view{} : input.substr(split + 1);
  const ScheduleLoad load = decode_schedules(stored_text);

  std::vector<MeetingEdit> edits;
  std::int64_t now = kNowMs;
  for (std::size_t i = 0; i + 4 <= ops.size() && edits.size() < 64; i += 4) {
    const auto kind = static_cast<std::uint8_t>(ops[i]) % 5;
    const auto which = static_cast<std::uint8_t>(ops[i + 1]);
    const auto field = kMeetingFields[static_cast<std::uint8_t>(ops[i + 2]) % kMeetingFieldCount];
    const auto value = static_cast<std::uint8_t>(ops[i + 3]);
    ScheduledMeeting base;
    if (!load.meetings.empty() && which < 200) {
      base = load.meetings[which % load.meetings.size()];
    } else {
      base.id = "f" + std::to_string(which);
      base.title = "Fuzzed";
      base.start_utc = kNowMs / 1000;
      base.code = *RoomCode::from_canonical("COF-AB12CD34");
    }
    ScheduledMeeting edited = base;
    edited.deleted = false;
    if (edited.title.empty()) edited.title = "Fuzzed";
    if (edited.code == ScheduledMeeting::unset_room_code()) edited.code = *RoomCode::from_canonical("COF-AB12CD34");
    switch (field) {
      case MeetingField::Title: edited.title = "T" + std::to_string(value); break;
      case MeetingField::Start: edited.start_utc = kNowMs / 1000 + value * 900; break;
      case MeetingField::Duration: edited.duration_minutes = kMinDurationMinutes + value; break;
      case MeetingField::Agenda: edited.agenda = std::string(value % 8, 'a'); break;
      case MeetingField::Repeat:
        edited.repeat = value % 2 ? Repeat{Repeat::Kind::Weekly, std::nullopt, 1 + value} : Repeat{};
        break;
    }
    switch (kind) {
      case 0: edits.push_back(MeetingEdit::create(edited)); break;
      case 1: edits.push_back(MeetingEdit::change(base, edited)); break;
      case 2: edits.push_back(MeetingEdit::remove(base)); break;
      case 3: edits.push_back(MeetingEdit::restore(edited)); break;
      case 4: edits.push_back(MeetingEdit::merge(base)); break;
    }
    now += static_cast<std::int8_t>(value);  // the clock may go back
  }

  std::vector<EditOutcome> outcomes;
  const std::vector<ScheduledMeeting> written = apply_edits(load.meetings, edits, now, &outcomes);
  FUZZ_CHECK(outcomes.size() == edits.size());
  std::set<std::string> ids;
  for (const ScheduledMeeting& meeting : written) {
    FUZZ_CHECK(ids.insert(meeting.id).second);
    FUZZ_CHECK(meeting.updated_at_ms <= kMaxUpdatedAtMs);
  }
  const std::string encoded = encode_schedules(written);
  const ScheduleLoad again = decode_schedules(encoded);
  FUZZ_CHECK(again.problems.empty() && !again.keep_original);
  FUZZ_CHECK(again.meetings.size() == written.size());
  FUZZ_CHECK(encode_schedules(merge_schedules(again.meetings, again.meetings, now)) ==
             encode_schedules(merge_schedules(again.meetings, {}, now)));
  return 0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::on_small_stack([&] { return test_one_input(data, size); });
}
