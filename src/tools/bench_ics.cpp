// cofx_bench_ics [RUNS]: how long meeting_ics() takes for the longest series there is (daily
// until 9999-12-31 in Europe/Berlin, which crosses a DST change every half year) and, as a
// reference from the same run, for a single meeting, as one JSON line (milliseconds):
//   {"seriesMs": <median>, "singleMs": <median>, "runs": <RUNS>}
// tests/bench/bench.mjs prints it as a row of the benchmark table. A benchmark, not a test:
// scripts/bench builds it optimised (CMAKE_BUILD_TYPE=Release).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "app/words/schedule_words.h"
#include "core/schedule/calendar_export.h"

namespace {

using namespace cofx;

// The median over `runs` samples of one export's time; a sample averages `batch` exports,
// so that a fast one is not lost in the clock's resolution.
double median_ms(const ScheduledMeeting& meeting, const ZoneRules& zone, int runs, int batch) {
  const std::string link = "https://meet.example.org/#/COF-AB12CD34";
  std::vector<double> times;
  std::size_t bytes = 0;  // used, so the export cannot be optimised away
  const CalendarWords words = calendar_words(meeting, zone);
  for (int i = 0; i < runs; ++i) {
    const auto begin = std::chrono::steady_clock::now();
    for (int k = 0; k < batch; ++k) bytes += meeting_ics(meeting, link, meeting.start_utc, zone, words).size();
    const std::chrono::duration<double, std::milli> spent = std::chrono::steady_clock::now() - begin;
    times.push_back(spent.count() / batch);
  }
  if (bytes == 0) std::abort();
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 15;
  const auto berlin = PosixTzZone::parse("CET-1CEST,M3.5.0,M10.5.0/3", "Europe/Berlin");
  if (!berlin) return 1;

  ScheduledMeeting single;
  single.id = "0123456789abcdef0123456789abcdef";
  single.title = "Weekly sync";
  single.start_utc = local_seconds({2026, 12, 12, 14, 30});
  single.agenda = "1. News\n2. Plans";
  ScheduledMeeting series = single;
  series.repeat = {Repeat::Kind::Daily, CivilDate{kMaxYear, 12, 31}, std::nullopt};

  const double single_ms = median_ms(single, *berlin, runs, 100);
  const double series_ms = median_ms(series, *berlin, runs, 1);
  std::printf("{\"seriesMs\": %.4f, \"singleMs\": %.4f, \"runs\": %d}\n", series_ms, single_ms, runs);
  return 0;
}
