// The stored list of trusted places: decode_trusted_places(). Whatever is stored, what comes
// back is a list of usable place keys under the cap, which encodes and decodes unchanged.
#include "fuzz_check.h"

#include <algorithm>

#include "app/words/deployment_words.h"
#include "core/deployment/trusted_places.h"

using namespace cofx;

static int test_one_input(const std::uint8_t* data, std::size_t size) {
  const TrustedPlacesLoad load = decode_trusted_places(fuzz::as_text(data, size));
  FUZZ_CHECK(load.places.size() <= kMaxTrustedPlaces);
  for (const std::string& key : load.places) {
    FUZZ_CHECK(std::count(load.places.begin(), load.places.end(), key) == 1);
    FUZZ_CHECK(!trusted_place_label(key).empty());
  }
  const TrustedPlacesLoad again = decode_trusted_places(encode_trusted_places(load.places));
  FUZZ_CHECK(!again.damaged);
  FUZZ_CHECK(again.places == load.places);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::on_small_stack([&] { return test_one_input(data, size); });
}
