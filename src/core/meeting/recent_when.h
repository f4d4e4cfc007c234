// When a recent meeting was joined, the way the lobby's list says it, in the viewer's zone:
// "Today 14:05", "Yesterday", "3 Dec" (this year), "3 Dec 2024" (before).
#pragma once

#include <cstdint>
#include <string>

#include "core/time/time_zone.h"

namespace cofx {

std::string format_joined_when(std::int64_t joined_at_ms, std::int64_t now_ms, const ZoneRules& zone);

}  // namespace cofx
