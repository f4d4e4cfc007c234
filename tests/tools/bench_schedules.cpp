// Times the scheduling core on a large list: generate, encode, decode, merge,
// and build the sorted list (next occurrence of every meeting) — the work the
// lobby does on load, on every write and on every `storage` event.
//
//   cofx_bench_schedules [MEETINGS=10000] [RUNS=7]
//
// Prints the median and the fastest of RUNS runs per step. A benchmark, not a
// test: build it optimised (CMAKE_BUILD_TYPE=Release) for numbers that mean something.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "core/schedule/schedule_list.h"
#include "core/schedule/schedule_store.h"
#include "core/time/time_zone.h"

namespace {

using namespace cofx;
using Clock = std::chrono::steady_clock;

const std::int64_t kNow = local_seconds({2026, 12, 10, 9, 0});
const std::int64_t kNowMs = kNow * 1000;

std::vector<ScheduledMeeting> generate(std::size_t count, std::uint32_t seed) {
  std::mt19937 rng(seed);
  const RandomBytes random = [&rng](std::span<std::uint8_t> out) {
    for (auto& byte : out) byte = static_cast<std::uint8_t>(rng());
  };
  std::uniform_int_distribution<std::int64_t> start(kNow - 180 * kSecondsPerDay, kNow + 180 * kSecondsPerDay);
  std::uniform_int_distribution<int> minutes(1, 16);
  std::vector<ScheduledMeeting> meetings;
  meetings.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    ScheduledMeeting m;
    m.id = generate_meeting_id(random);
    m.code = generate_room_code(random);
    m.title = "Meeting " + std::to_string(i) + " \xE2\x80\x94 Caf\xC3\xA9 \xF0\x9F\x99\x82";
    m.start_utc = start(rng) / 300 * 300;
    m.duration_minutes = 15 * minutes(rng);
    if (i % 3 == 0) m.agenda = std::string(200 + rng() % 300, 'a');
    switch (i % 5) {
      case 0: case 1: break;
      case 2: m.repeat = {Repeat::Kind::Daily, std::nullopt, 1 + static_cast<int>(rng() % 200)}; break;
      case 3: m.repeat = {Repeat::Kind::Weekly, std::nullopt, std::nullopt}; break;
      default: {
        const std::int64_t day = local_day_number(m.start_utc, FixedZone(60));
        if (is_weekend(weekday_of_days(day))) m.start_utc += 2 * kSecondsPerDay;
        m.repeat = {Repeat::Kind::Weekdays, civil_from_days(day + 30 + static_cast<std::int64_t>(rng() % 300)),
                    std::nullopt};
      }
    }
    m.updated_at_ms = kNowMs - static_cast<std::int64_t>(rng() % 1000000);
    meetings.push_back(std::move(m));
  }
  return meetings;
}

struct Timing {
  const char* step;
  std::vector<double> ms;
};

template <typename Work>
void measure(Timing& timing, Work work) {
  const auto begin = Clock::now();
  work();
  timing.ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - begin).count());
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t mid = values.size() / 2;
  return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t count = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 10000;
  const int runs = argc > 2 ? std::atoi(argv[2]) : 7;
  if (count == 0 || runs <= 0) {
    std::fprintf(stderr, "usage: %s [MEETINGS] [RUNS]\n", argv[0]);
    return 2;
  }
  const auto zone = PosixTzZone::parse("CET-1CEST,M3.5.0,M10.5.0/3", "Europe/Berlin");

  std::vector<Timing> timings = {{"generate", {}},         {"encode_schedules", {}},
                                 {"decode_schedules", {}}, {"merge_schedules (+500 changes)", {}},
                                 {"build_schedule_list", {}}, {"export + import (merge by id)", {}}};
  std::size_t bytes = 0;
  std::size_t checksum = 0;
  for (int run = 0; run < runs; ++run) {
    std::vector<ScheduledMeeting> meetings;
    measure(timings[0], [&] { meetings = generate(count, 2026u + static_cast<std::uint32_t>(run)); });

    std::string text;
    measure(timings[1], [&] { text = encode_schedules(meetings); });
    bytes = text.size();

    ScheduleLoad load;
    measure(timings[2], [&] { load = decode_schedules(text); });
    if (load.meetings.size() != count || !load.problems.empty()) {
      std::fprintf(stderr, "decode lost meetings: %zu of %zu, %zu problems\n", load.meetings.size(), count,
                   load.problems.size());
      return 1;
    }

    std::vector<ScheduledMeeting> changes(load.meetings.begin(),
                                          load.meetings.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(500, count)));
    for (auto& change : changes) {
      change.title += " (edited)";
      change.updated_at_ms = kNowMs + 1;
    }
    std::vector<ScheduledMeeting> merged;
    measure(timings[3], [&] { merged = merge_schedules(load.meetings, changes, kNowMs + 1); });

    std::vector<ListEntry> list;
    measure(timings[4], [&] { list = build_schedule_list(merged, kNow, *zone); });

    ScheduleImport imported;
    measure(timings[5], [&] {
      imported = import_schedules(export_schedules(merged, kNow), load.meetings, kNowMs + 2);
    });
    if (imported.error || imported.merged.size() != count) {
      std::fprintf(stderr, "export/import lost meetings\n");
      return 1;
    }
    checksum += list.size() + merged.size() + static_cast<std::size_t>(list.front().group);
  }

  std::printf("Cof-iniX schedules benchmark: %zu meetings, %d runs, stored document %.2f MB\n", count, runs,
              static_cast<double>(bytes) / 1e6);
  std::printf("%-32s %10s %10s %12s\n", "step", "median ms", "min ms", "us/meeting");
  for (const Timing& timing : timings) {
    const double mid = median(timing.ms);
    std::printf("%-32s %10.2f %10.2f %12.2f\n", timing.step, mid,
                *std::min_element(timing.ms.begin(), timing.ms.end()), mid * 1000.0 / static_cast<double>(count));
  }
  std::printf("(checksum %zu)\n", checksum);
  return 0;
}
