// The stored settings document: decode_settings().
#include "fuzz_check.h"

#include "core/meeting/display_name.h"
#include "core/site/settings.h"

using namespace cofx;

static int test_one_input(const std::uint8_t* data, std::size_t size) {
  const SettingsLoad load = decode_settings(fuzz::as_text(data, size));
  const std::string& name = load.settings.display_name;
  FUZZ_CHECK(clean_display_name(name) == name);
  const SettingsLoad again = decode_settings(encode_settings(load.settings));
  FUZZ_CHECK(!again.problem);
  FUZZ_CHECK(again.settings.display_name == name);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::on_small_stack([&] { return test_one_input(data, size); });
}
