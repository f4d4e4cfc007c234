// The viewer's time zone as the browser knows it: offsets from JavaScript Date
// (which applies the system's DST rules for any instant) and the IANA name from Intl.
#pragma once

#include "core/time_zone.h"

namespace cofx {

class BrowserZone final : public ZoneRules {
 public:
  int offset_minutes_at(std::int64_t utc_seconds) const override;
  std::string name() const override;
};

}  // namespace cofx
