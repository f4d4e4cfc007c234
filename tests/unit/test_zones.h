// Zone rules and instants shared by the scheduling tests. The POSIX strings
// are the current rules of the named tz database zones; the transition
// instants in the tests were checked against Python's zoneinfo.
#pragma once

#include <doctest/doctest.h>

#include <cstdint>
#include <string_view>

#include "core/time/civil_time.h"
#include "core/links/room_code.h"
#include "core/time/time_zone.h"

namespace cofx::test {

inline PosixTzZone zone(std::string_view tz, std::string name) {
  auto parsed = PosixTzZone::parse(tz, std::move(name));
  REQUIRE(parsed.has_value());
  return *parsed;
}

inline PosixTzZone berlin() { return zone("CET-1CEST,M3.5.0,M10.5.0/3", "Europe/Berlin"); }
inline PosixTzZone new_york() { return zone("EST5EDT,M3.2.0,M11.1.0", "America/New_York"); }
inline PosixTzZone lord_howe() {
  return zone("<+1030>-10:30<+11>-11,M10.1.0,M4.1.0", "Australia/Lord_Howe");
}
inline PosixTzZone sydney() { return zone("AEST-10AEDT,M10.1.0,M4.1.0/3", "Australia/Sydney"); }

// An instant written as a UTC date and time.
inline std::int64_t utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) {
  return local_seconds({year, month, day, hour, minute}) + second;
}

inline RoomCode code(std::string_view text = "COF-AB12CD34") {
  auto parsed = RoomCode::from_canonical(text);
  REQUIRE(parsed.has_value());
  return *parsed;
}

// A RandomBytes that counts upwards, so ids and codes are reproducible.
struct CountingRandom {
  std::uint8_t next = 0;
  void operator()(std::span<std::uint8_t> out) {
    for (auto& byte : out) byte = next++;
  }
};

}  // namespace cofx::test
