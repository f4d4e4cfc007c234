// The stored schedules document and imported schedule files (schedule_store.h).
#include "fuzz_check.h"

#if __has_include("core/schedule_store.h")
#include "core/schedule/schedule_store.h"

using namespace cofx;

static int test_one_input(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = fuzz::as_text(data, size);
  const ScheduleLoad load = decode_schedules(input);
  if (load.newer_version) FUZZ_CHECK(load.meetings.empty());
  // What was read encodes to a document that reads back whole and encodes the same.
  const std::string encoded = encode_schedules(load.meetings);
  const ScheduleLoad again = decode_schedules(encoded);
  FUZZ_CHECK(again.problems.empty() && !again.keep_original && !again.newer_version);
  FUZZ_CHECK(again.meetings.size() == load.meetings.size());
  FUZZ_CHECK(encode_schedules(again.meetings) == encoded);

  constexpr std::int64_t kNowMs = 1796000000000;
  const ScheduleImport imported = import_schedules(input, load.meetings, kNowMs);
  if (!imported.error) {
    FUZZ_CHECK(imported.changes.size() == imported.added + imported.updated);
    FUZZ_CHECK(decode_schedules(encode_schedules(imported.merged)).problems.empty());
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::on_small_stack([&] { return test_one_input(data, size); });
}
#else
// schedule_store.h is not there (yet): nothing to fuzz.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t*, std::size_t) { return 0; }
#endif
