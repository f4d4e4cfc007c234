// The schedule list is rebuilt only when the data, the minute or the zone changes.
#include <doctest/doctest.h>

#include "app/schedule_list_cache.h"
#include "test_zones.h"

using cofx::ScheduleListCache;
using cofx::ScheduleRow;
using cofx::test::utc;

namespace {

cofx::ScheduledMeeting meeting(const std::string& id, std::int64_t start) {
  cofx::ScheduledMeeting m;
  m.id = id;
  m.title = id;
  m.start_utc = start;
  m.code = cofx::test::code();
  return m;
}

}  // namespace

TEST_CASE("the list is rebuilt on a new revision, minute or zone, not on every frame") {
  const cofx::FixedZone utc_zone;
  const cofx::FixedZone tokyo(540, "Asia/Tokyo");
  const std::int64_t now = utc(2026, 3, 2, 9, 0, 10);
  const std::vector<cofx::ScheduledMeeting> meetings = {meeting("later", now + 3 * 86400)};
  ScheduleListCache cache;
  cache.refresh(meetings, 1, now, utc_zone, false);
  cache.refresh(meetings, 1, now + 30, utc_zone, false);  // same minute
  CHECK(cache.builds() == 1);
  cache.refresh(meetings, 1, now + 60, utc_zone, false);
  CHECK(cache.builds() == 2);
  cache.refresh(meetings, 2, now + 60, utc_zone, false);
  CHECK(cache.builds() == 3);
  cache.refresh(meetings, 2, now + 60, tokyo, false);
  CHECK(cache.builds() == 4);
  cache.refresh(meetings, 2, now + 60, tokyo, true);  // only the rows change
  CHECK(cache.builds() == 4);
}

TEST_CASE("rows: a title per section, meetings under it, Past folded until opened") {
  const cofx::FixedZone zone;
  const std::int64_t now = utc(2026, 3, 2, 9, 0);
  const std::vector<cofx::ScheduledMeeting> meetings = {
      meeting("today", now + 3600), meeting("tomorrow", now + 86400), meeting("past", now - 86400),
      meeting("today2", now + 7200)};
  ScheduleListCache cache;
  cache.refresh(meetings, 1, now, zone, false);
  CHECK(cache.upcoming() == 3);
  using Kind = ScheduleRow::Kind;
  std::vector<Kind> kinds;
  for (const ScheduleRow& row : cache.rows()) kinds.push_back(row.kind);
  CHECK(kinds == std::vector<Kind>{Kind::Section, Kind::Meeting, Kind::Meeting, Kind::Section, Kind::Meeting,
                                   Kind::PastToggle});
  CHECK(meetings[cache.entries()[cache.rows()[1].entry].index].id == "today");
  CHECK(meetings[cache.entries()[cache.rows()[2].entry].index].id == "today2");

  cache.refresh(meetings, 1, now, zone, true);
  REQUIRE(cache.rows().size() == 7);
  CHECK(cache.rows().back().kind == Kind::Meeting);
  CHECK(cache.rows().back().group == cofx::ListGroup::Past);
}
