#include "core/deployment/deployment_labels.h"

namespace cofx {

std::string short_app_id(std::string_view app_id) {
  constexpr std::size_t kShownHexDigits = 8;
  const std::size_t shown = kJaasAppIdPrefix.size() + kShownHexDigits;
  return app_id.size() <= shown ? std::string(app_id) : std::string(app_id.substr(0, shown)) + "…";
}

}  // namespace cofx
