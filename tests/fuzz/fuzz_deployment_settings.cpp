// The stored deployment document: decode_deployment().
#include "fuzz_check.h"

#include "core/deployment/deployment.h"
#include "core/deployment/deployment_check.h"
#include "core/deployment/deployment_storage.h"

using namespace cofx;

static int test_one_input(const std::uint8_t* data, std::size_t size) {
  const DeploymentLoad load = decode_deployment(fuzz::as_text(data, size));
  if (!load.deployment) return 0;
  const Deployment& d = *load.deployment;
  FUZZ_CHECK(deployment_problems(d).empty());
  FUZZ_CHECK(normalize(d) == d);
  const DeploymentLoad again = decode_deployment(encode_deployment(d, JwtKeeping::Device));
  FUZZ_CHECK(!again.problem);
  FUZZ_CHECK(again.deployment == d);
  // Kept for the tab: the document never holds the JWT.
  const DeploymentLoad tab = decode_deployment(encode_deployment(d, JwtKeeping::Tab));
  FUZZ_CHECK(tab.deployment && tab.deployment->jwt.empty() && !tab.jwt_to_move);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::on_small_stack([&] { return test_one_input(data, size); });
}
