#include "web/browser_zone.h"

#include "core/time/civil_time.h"
#include "web/js_api.h"
#include "web/web_platform.h"

namespace cofx {
namespace {

constexpr std::int64_t kQuarterHour = 15 * 60;
constexpr std::size_t kMaxCachedOffsets = 1 << 16;

}  // namespace

int BrowserZone::offset_minutes_at(std::int64_t utc_seconds) const {
  const std::int64_t quarter = floor_div(utc_seconds, kQuarterHour);
  if (auto found = offsets_.find(quarter); found != offsets_.end()) return found->second;
  if (offsets_.size() >= kMaxCachedOffsets) offsets_.clear();
  const int offset = cofx_js_zone_offset_minutes(static_cast<double>(quarter * kQuarterHour));
  offsets_.emplace(quarter, offset);
  return offset;
}

std::string BrowserZone::name() const { return take_js_string(cofx_js_zone_name()).value_or(""); }

}  // namespace cofx
