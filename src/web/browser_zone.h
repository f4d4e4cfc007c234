// The viewer's time zone as the browser knows it: offsets from JavaScript Date
// (which applies the system's DST rules for any instant) and the IANA name from Intl.
#pragma once

#include <cstdint>
#include <unordered_map>

#include "core/time/time_zone.h"

namespace cofx {

class BrowserZone final : public ZoneRules {
 public:
  int offset_minutes_at(std::int64_t utc_seconds) const override;
  std::string name() const override;

 private:
  // Listing thousands of meetings asks for many offsets; each is a call into JS. Zone
  // changes happen on quarter hours, so one answer serves a whole quarter hour.
  mutable std::unordered_map<std::int64_t, int> offsets_;
};

}  // namespace cofx
