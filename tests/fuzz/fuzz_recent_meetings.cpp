// The stored recent meetings document: decode_recent_meetings().
#include "fuzz_check.h"

#include "core/deployment/deployment.h"
#include "core/deployment/deployment_check.h"
#include "core/meeting/recent_meetings.h"

using namespace cofx;

namespace {

int test_one_input(const std::uint8_t* data, std::size_t size) {
  const RecentLoad load = decode_recent_meetings(fuzz::as_text(data, size));
  const std::vector<RecentMeeting>& list = load.meetings;
  FUZZ_CHECK(list.size() <= kMaxRecentMeetings);
  FUZZ_CHECK(list.empty() || load.problem != RecentProblem::Unreadable);
  for (std::size_t i = 0; i < list.size(); ++i) {
    const RecentMeeting& m = list[i];
    FUZZ_CHECK(RoomCode::from_canonical(m.code.str()).has_value());
    FUZZ_CHECK(deployment_problems(m.deployment).empty());
    FUZZ_CHECK(recent_deployment(m.deployment) == m.deployment);
    FUZZ_CHECK(clamp_joined_at(m.joined_at_ms) == m.joined_at_ms);
    for (std::size_t j = 0; j < i; ++j) {
      FUZZ_CHECK(!(list[j].code == m.code && same_deployment(list[j].deployment, m.deployment)));
    }
    // Recording an entry as read changes nothing about it (the cleaning is already done).
    std::vector<RecentMeeting> again = list;
    record_recent(again, m);
    FUZZ_CHECK(again.front() == m);
    FUZZ_CHECK(again.size() == list.size());
  }
  const RecentLoad round_trip = decode_recent_meetings(encode_recent_meetings(list));
  FUZZ_CHECK(!round_trip.problem);
  FUZZ_CHECK(round_trip.meetings == list);
  return 0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::on_small_stack([&] { return test_one_input(data, size); });
}
