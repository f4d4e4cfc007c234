#include "core/meeting/recent_when.h"

#include "core/time/civil_time.h"

namespace cofx {

std::string format_joined_when(std::int64_t joined_at_ms, std::int64_t now_ms, const ZoneRules& zone) {
  const std::int64_t joined = floor_div(joined_at_ms, 1000);
  const std::int64_t now = floor_div(now_ms, 1000);
  const std::int64_t days_ago = local_day_number(now, zone) - local_day_number(joined, zone);
  const LocalDateTime local = to_local(joined, zone);
  if (days_ago == 0) return "Today " + format_hh_mm(local.hour, local.minute);
  if (days_ago == 1) return "Yesterday";
  // Earlier, or later than today (a clock put back): the date says it plainly.
  if (local.year == to_local(now, zone).year) return format_day_month(local.date());
  return format_day_month_year(local.date());
}

}  // namespace cofx
