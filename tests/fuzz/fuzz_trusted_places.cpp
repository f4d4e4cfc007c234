// The stored list of trusted places: decode_trusted_deployments(). Whatever is stored, what comes
// back is a list of usable place keys under the cap, which encodes and decodes unchanged.
#include "fuzz_check.h"

#include <algorithm>

#include "app/words/deployment_words.h"
#include "core/deployment/trusted_deployments.h"

using namespace cofx;

static int test_one_input(const std::uint8_t* data, std::size_t size) {
  const TrustedDeploymentsLoad load = decode_trusted_deployments(fuzz::as_text(data, size));
  FUZZ_CHECK(load.places.size() <= kMaxTrustedDeployments);
  for (const std::string& key : load.places) {
    FUZZ_CHECK(std::count(load.places.begin(), load.places.end(), key) == 1);
    FUZZ_CHECK(!trusted_deployment_label(key).empty());
  }
  const TrustedDeploymentsLoad again = decode_trusted_deployments(encode_trusted_deployments(load.places));
  FUZZ_CHECK(!again.damaged);
  FUZZ_CHECK(again.places == load.places);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::on_small_stack([&] { return test_one_input(data, size); });
}
