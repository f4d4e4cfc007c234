#include "web/browser_zone.h"

#include "web/js_api.h"
#include "web/web_platform.h"

namespace cofx {

int BrowserZone::offset_minutes_at(std::int64_t utc_seconds) const {
  return cofx_js_zone_offset_minutes(static_cast<double>(utc_seconds));
}

std::string BrowserZone::name() const { return take_js_string(cofx_js_zone_name()).value_or(""); }

}  // namespace cofx
