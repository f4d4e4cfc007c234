// Meeting codes as typed or pasted: check_meeting_code().
#include "fuzz_check.h"

#include "app/words/link_words.h"
#include "core/links/code_input.h"

using namespace cofx;

static int test_one_input(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = fuzz::as_text(data, size);
  const CodeCheck check = check_meeting_code(input);
  FUZZ_CHECK(check.code.has_value() != check.problem.has_value());
  if (check.code) {
    FUZZ_CHECK(RoomCode::from_canonical(check.code->str()) == check.code);
    FUZZ_CHECK(check.normalized == check.code->str());
  } else {
    FUZZ_CHECK(!describe(*check.problem).empty());
  }
  // Checking the normalized text again changes nothing.
  const CodeCheck again = check_meeting_code(check.normalized);
  FUZZ_CHECK(again.code == check.code);
  FUZZ_CHECK(again.problem == check.problem);
  FUZZ_CHECK(again.normalized == check.normalized);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::on_small_stack([&] { return test_one_input(data, size); });
}
