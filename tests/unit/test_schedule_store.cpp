#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/words/schedule_words.h"
#include "core/schedule/schedule_store.h"
#include "test_zones.h"

using namespace cofx;
using test::utc;

namespace {

const std::int64_t kNowMs = utc(2026, 12, 10, 9) * 1000;

ScheduledMeeting sample(std::string id, std::string title, std::int64_t updated_ms = 1000) {
  ScheduledMeeting m;
  m.id = std::move(id);
  m.title = std::move(title);
  m.start_utc = utc(2026, 12, 12, 14, 30);
  m.duration_minutes = 90;
  m.agenda = "Line 1\nLine 2, \"quoted\"\\";
  m.code = test::code("COF-AB12CD34");
  m.repeat = {Repeat::Kind::Weekly, CivilDate{2027, 3, 31}, std::nullopt};
  cofx::stamp_everything(m, updated_ms);
  return m;
}

ScheduledMeeting tombstone(std::string id, std::int64_t updated_ms) {
  ScheduledMeeting m;
  m.id = std::move(id);
  m.deleted = true;
  m.updated_at_ms = updated_ms;
  return m;
}

std::vector<std::string> ids(const std::vector<ScheduledMeeting>& meetings) {
  std::vector<std::string> out;
  for (const auto& m : meetings) out.push_back(m.id);
  return out;
}

bool same(const ScheduledMeeting& a, const ScheduledMeeting& b) {
  return a.id == b.id && a.title == b.title && a.start_utc == b.start_utc &&
         a.duration_minutes == b.duration_minutes && a.agenda == b.agenda && a.code == b.code &&
         a.repeat == b.repeat && a.updated_at_ms == b.updated_at_ms && a.deleted == b.deleted;
}

// A stored meeting as JSON text with one field replaced (or removed when value is empty).
std::string stored_meeting(const std::string& id, const std::string& field = "",
                           const std::string& value = "") {
  nlohmann::json m = {{"id", id},
                      {"title", "Meeting " + id},
                      {"startUtc", 1797089400},
                      {"durationMinutes", 60},
                      {"agenda", ""},
                      {"code", "COF-AB12CD34"},
                      {"repeat", {{"kind", "none"}}},
                      {"updatedAtMs", 1000}};
  if (!field.empty()) {
    m.erase(field);
    if (!value.empty()) m[field] = nlohmann::json::parse(value, nullptr, false);
  }
  return m.dump();
}

std::string document(const std::vector<std::string>& meetings) {
  std::string text = R"({"version":1,"meetings":[)";
  for (std::size_t i = 0; i < meetings.size(); ++i) text += (i ? "," : "") + meetings[i];
  return text + "]}";
}

}  // namespace

TEST_CASE("encode_schedules writes the documented shape") {
  ScheduledMeeting m = sample("id1", "Sync");
  m.agenda = "";
  m.repeat = {Repeat::Kind::Weekdays, std::nullopt, 10};
  const auto parsed = nlohmann::json::parse(encode_schedules({m, tombstone("id2", 5)}), nullptr, false);
  REQUIRE(parsed.is_object());
  const nlohmann::json expected = nlohmann::json::parse(R"({"version":1,"meetings":[
      {"id":"id1","title":"Sync","startUtc":1797085800,"durationMinutes":90,"agenda":"",
       "code":"COF-AB12CD34","repeat":{"kind":"weekdays","count":10},"updatedAtMs":1000},
      {"id":"id2","updatedAtMs":5,"deleted":true}]})");
  CHECK(parsed == expected);
  CHECK(encode_schedules({}) == R"({"meetings":[],"version":1})");
}

TEST_CASE("schedules round-trip through encode and decode") {
  std::vector<ScheduledMeeting> meetings;
  meetings.push_back(sample("a", "Weekly sync"));
  meetings.push_back(sample("b", "Zo\xC3\xAB \xF0\x9F\x98\x80 \xE6\x97\xA5\xE6\x9C\xAC \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"));
  meetings.back().repeat = {Repeat::Kind::Daily, std::nullopt, 1000};
  meetings.push_back(sample("c", "<script>alert('x')</script> & \"quotes\""));
  meetings.back().repeat = {};
  meetings.back().agenda = std::string(5000, 'x');
  meetings.push_back(sample("d", std::string(120, 'T')));
  meetings.back().repeat = {Repeat::Kind::Weekdays, std::nullopt, std::nullopt};
  meetings.back().start_utc = kMaxSupportedUtc;
  meetings.back().updated_at_ms = kMaxUpdatedAtMs;
  meetings.push_back(tombstone("e", 99));

  const ScheduleLoad load = decode_schedules(encode_schedules(meetings));
  CHECK(load.problems.empty());
  CHECK_FALSE(load.keep_original);
  CHECK_FALSE(load.newer_version);
  REQUIRE(load.meetings.size() == meetings.size());
  for (std::size_t i = 0; i < meetings.size(); ++i) {
    CAPTURE(i);
    CHECK(same(load.meetings[i], meetings[i]));
  }
  CHECK(encode_schedules(load.meetings) == encode_schedules(meetings));
}

TEST_CASE("decode_schedules: nothing stored is not a problem") {
  for (const char* text : {"", "  ", "\n"}) {
    const ScheduleLoad load = decode_schedules(text);
    CHECK(load.meetings.empty());
    CHECK(load.problems.empty());
    CHECK_FALSE(load.keep_original);
  }
  const ScheduleLoad empty = decode_schedules(R"({"version":1,"meetings":[]})");
  CHECK(empty.problems.empty());
  CHECK_FALSE(empty.keep_original);
}

TEST_CASE("decode_schedules: bad stored data loads what it can and keeps the original") {
  const std::string good = stored_meeting("good");
  struct Row {
    const char* what;
    std::string text;
    std::vector<std::string> loaded;  // ids expected to load
    std::string problem;              // a part of the first problem
  };
  const std::string valid = document({good, stored_meeting("other")});
  const std::vector<Row> rows = {
      // The whole document is unusable.
      {"not JSON", "hello", {}, "damaged"},
      {"truncated", valid.substr(0, valid.size() / 2), {}, "damaged"},
      {"invalid UTF-8", "{\"version\":1,\"meetings\":[{\"title\":\"\xFF\"}]}", {}, "damaged"},
      {"Infinity literal", R"({"version":1,"meetings":[{"startUtc":Infinity}]})", {}, "damaged"},
      {"number overflow", R"({"version":1,"meetings":[{"startUtc":1e400}]})", {}, "damaged"},
      {"top-level array", "[" + good + "]", {}, "damaged"},
      {"top-level string", R"("meetings")", {}, "damaged"},
      {"deep nesting", std::string(50000, '[') + std::string(50000, ']'), {}, "damaged"},
      {"trailing garbage", valid + "x", {}, "damaged"},
      {"version missing", R"({"meetings":[)" + good + "]}", {}, "unknown format"},
      {"version as text", R"({"version":"1","meetings":[)" + good + "]}", {}, "unknown format"},
      {"version zero", R"({"version":0,"meetings":[)" + good + "]}", {}, "unknown format"},
      {"version fractional", R"({"version":1.5,"meetings":[)" + good + "]}", {}, "unknown format"},
      {"meetings missing", R"({"version":1})", {}, "damaged"},
      {"meetings as object", R"({"version":1,"meetings":{"a":1}})", {}, "damaged"},
      // One meeting is bad: only it is skipped.
      {"meeting not an object", document({good, "42"}), {"good"}, "not a meeting record"},
      {"meeting null", document({"null", good}), {"good"}, "not a meeting record"},
      {"missing title", document({good, stored_meeting("x", "title")}), {"good"}, "title"},
      {"title wrong type", document({good, stored_meeting("x", "title", "42")}), {"good"}, "title"},
      {"title empty", document({good, stored_meeting("x", "title", R"("  ")")}), {"good"}, "title"},
      {"huge title", document({good, stored_meeting("x", "title", "\"" + std::string(1 << 20, 'T') + "\"")}),
       {"good"}, "title"},
      {"title of 121 code points",
       document({good, stored_meeting("x", "title", "\"" + std::string(121, 'T') + "\"")}), {"good"}, "title"},
      {"huge agenda", document({good, stored_meeting("x", "agenda", "\"" + std::string(1 << 20, 'A') + "\"")}),
       {"good"}, "agenda"},
      {"agenda wrong type", document({good, stored_meeting("x", "agenda", "[]")}), {"good"}, "agenda"},
      {"missing start", document({good, stored_meeting("x", "startUtc")}), {"good"}, "start time"},
      {"NaN start (JSON null)", document({good, stored_meeting("x", "startUtc", "null")}), {"good"}, "start time"},
      {"NaN start as text", document({good, stored_meeting("x", "startUtc", R"("NaN")")}), {"good"}, "start time"},
      {"negative start", document({good, stored_meeting("x", "startUtc", "-1")}), {"good"}, "start time"},
      {"absurd start", document({good, stored_meeting("x", "startUtc", "1e300")}), {"good"}, "start time"},
      {"start beyond year 9999", document({good, stored_meeting("x", "startUtc", "253402300800")}),
       {"good"}, "start time"},
      {"start 2^64", document({good, stored_meeting("x", "startUtc", "18446744073709551616")}), {"good"}, "start time"},
      {"fractional start", document({good, stored_meeting("x", "startUtc", "1797089400.5")}), {"good"}, "start time"},
      {"start as ISO text", document({good, stored_meeting("x", "startUtc", R"("2026-12-12T15:30:00Z")")}),
       {"good"}, "start time"},
      {"duration too short", document({good, stored_meeting("x", "durationMinutes", "5")}), {"good"}, "duration"},
      {"duration too long", document({good, stored_meeting("x", "durationMinutes", "1441")}), {"good"}, "duration"},
      {"duration as text", document({good, stored_meeting("x", "durationMinutes", R"("60")")}), {"good"}, "duration"},
      {"bad room code", document({good, stored_meeting("x", "code", R"("COF-12")")}), {"good"}, "room code"},
      {"lowercase room code", document({good, stored_meeting("x", "code", R"("cof-ab12cd34")")}), {"good"}, "room code"},
      {"missing room code", document({good, stored_meeting("x", "code")}), {"good"}, "room code"},
      {"unknown repeat kind", document({good, stored_meeting("x", "repeat", R"({"kind":"monthly"})")}),
       {"good"}, "repeat"},
      {"repeat as text", document({good, stored_meeting("x", "repeat", R"("weekly")")}), {"good"}, "repeat"},
      {"repeat count 0", document({good, stored_meeting("x", "repeat", R"({"kind":"daily","count":0})")}),
       {"good"}, "repeat"},
      {"repeat count 1001", document({good, stored_meeting("x", "repeat", R"({"kind":"daily","count":1001})")}),
       {"good"}, "repeat"},
      {"repeat until 31 Feb",
       document({good, stored_meeting("x", "repeat", R"({"kind":"daily","until":"2027-02-31"})")}), {"good"}, "repeat"},
      {"repeat until and count",
       document({good, stored_meeting("x", "repeat", R"({"kind":"daily","until":"2027-02-01","count":3})")}),
       {"good"}, "repeat"},
      {"invalid id", document({good, stored_meeting("has space")}), {"good"}, "id"},
      {"huge id", document({good, stored_meeting(std::string(100000, 'i'))}), {"good"}, "id"},
      {"id as number", document({good, stored_meeting("x", "id", "7")}), {"good"}, "id"},
      {"missing updatedAtMs", document({good, stored_meeting("x", "updatedAtMs")}), {"good"}, "last-changed time"},
      {"negative updatedAtMs", document({good, stored_meeting("x", "updatedAtMs", "-5")}), {"good"},
       "last-changed time"},
      {"deleted as text", document({good, stored_meeting("x", "deleted", R"("yes")")}), {"good"}, "deleted flag"},
      {"tombstone without id", document({good, R"({"deleted":true,"updatedAtMs":5})"}), {"good"}, "id"},
      {"several bad fields", document({stored_meeting("x", "code", "1"), good}), {"good"}, "room code"},
  };
  CHECK(rows.size() >= 15);
  for (const Row& row : rows) {
    CAPTURE(row.what);
    const ScheduleLoad load = decode_schedules(row.text);
    CHECK(ids(load.meetings) == row.loaded);
    CHECK(load.keep_original);
    CHECK_FALSE(load.newer_version);
    REQUIRE_FALSE(load.problems.empty());
    CHECK(describe(load.problems.front()).find(row.problem) != std::string::npos);
    CHECK(describe(load.problems.front()).size() < 300);  // never echoes huge stored text
  }
}

TEST_CASE("decode_schedules: a newer version is read as nothing and must not be overwritten") {
  for (const char* text : {R"({"version":2,"meetings":[]})", R"({"version":99,"whatever":true})",
                           R"({"version":18446744073709551615})"}) {
    CAPTURE(text);
    const ScheduleLoad load = decode_schedules(text);
    CHECK(load.newer_version);
    CHECK(load.keep_original);
    CHECK(load.meetings.empty());
    REQUIRE(load.problems.size() == 1);
    CHECK(load.problems.front().kind == ScheduleProblem::Kind::Newer);
    CHECK(describe(load.problems.front()).find("newer version") != std::string::npos);
  }
}

TEST_CASE("decode_schedules: problem messages name the meeting by number and title") {
  const ScheduleLoad load =
      decode_schedules(document({stored_meeting("good"), stored_meeting("x", "startUtc", "null")}));
  REQUIRE(load.problems.size() == 1);
  CHECK(load.problems.front().kind == ScheduleProblem::Kind::FieldsUnreadable);
  CHECK(load.problems.front().number == 2);
  CHECK(load.problems.front().title == "Meeting x");
  CHECK(load.problems.front().fields == std::vector<StoredField>{StoredField::Start});
  CHECK(describe(load.problems.front()) ==
        "Saved meeting 2 (\"Meeting x\") was skipped: its start time could not be read.");
  const ScheduleLoad two =
      decode_schedules(document({R"({"id":"q","title":")" + std::string(60, 'L') + R"("})"}));
  REQUIRE(two.problems.size() == 1);
  CHECK(describe(two.problems.front()) == "Saved meeting 1 (\"" + std::string(40, 'L') +
                                    "...\") was skipped: its last-changed time, start time, duration and "
                                    "room code could not be read.");
}

TEST_CASE("decode_schedules: a flood of bad entries lists 20 problems and counts the rest") {
  std::string text = R"({"version":1,"meetings":[)" + stored_meeting("good");
  for (int i = 0; i < 200000; ++i) text += ",0";
  const ScheduleLoad load = decode_schedules(text + "]}");
  CHECK(ids(load.meetings) == std::vector<std::string>{"good"});
  CHECK(load.keep_original);
  REQUIRE(load.problems.size() == 21);
  CHECK(load.problems[20] == ScheduleProblem{.kind = ScheduleProblem::Kind::MoreProblems, .number = 199980});
  CHECK(describe(load.problems[19]) == "Saved meeting 21 was skipped: it is not a meeting record.");
  CHECK(describe(load.problems[20]) == "199980 more saved meetings have the same kind of problem.");
}

TEST_CASE("decode_schedules: duplicate ids keep the newest copy") {
  const std::string older = stored_meeting("dup", "updatedAtMs", "1000");
  std::string newer = stored_meeting("dup", "updatedAtMs", "2000");
  newer.replace(newer.find("Meeting dup"), 11, "Newest copy");
  const ScheduleLoad load = decode_schedules(document({newer, stored_meeting("other"), older}));
  REQUIRE(ids(load.meetings) == std::vector<std::string>{"dup", "other"});
  CHECK(load.meetings[0].title == "Newest copy");
  CHECK(load.meetings[0].updated_at_ms == 2000);
  CHECK(load.keep_original);
  REQUIRE(load.problems.size() == 1);
  CHECK(load.problems.front().kind == ScheduleProblem::Kind::DuplicateId);
  CHECK(load.problems.front().first_number == 1);
  CHECK(describe(load.problems.front()).find("same id") != std::string::npos);
}

TEST_CASE("decode_schedules: tolerated variations load without problems") {
  std::string optional_left_out = R"({"id":"a","title":"T","startUtc":1797089400.0,)"
                                  R"("durationMinutes":60,"code":"COF-AB12CD34","updatedAtMs":1,)"
                                  R"("unknownField":[1,2,3]})";
  const ScheduleLoad load = decode_schedules(
      R"({"version":1,"extra":{},"meetings":[)" + optional_left_out + "," +
      stored_meeting("b", "title", R"("  \u202eSpoofed\u0000 title ")") + "," +
      stored_meeting("c", "repeat", "null") + "]}");
  CHECK(load.problems.empty());
  CHECK_FALSE(load.keep_original);
  REQUIRE(load.meetings.size() == 3);
  CHECK(load.meetings[0].start_utc == 1797089400);
  CHECK(load.meetings[0].agenda.empty());
  CHECK(load.meetings[0].repeat == Repeat{});
  CHECK(load.meetings[1].title == "Spoofed title");
  CHECK(load.meetings[2].repeat == Repeat{});
  // A tombstone needs only its id and stamp.
  const ScheduleLoad tomb = decode_schedules(R"({"version":1,"meetings":[{"id":"t","updatedAtMs":7,"deleted":true}]})");
  REQUIRE(tomb.meetings.size() == 1);
  CHECK(tomb.meetings[0].deleted);
  CHECK(tomb.problems.empty());
}

TEST_CASE("merge_schedules: different meetings from two tabs are both kept") {
  const std::vector<ScheduledMeeting> stored = {sample("a", "A"), sample("b", "B")};
  // Tab 1 edits a, tab 2 edits b; each writes read-modify-write on the latest stored copy.
  ScheduledMeeting a2 = sample("a", "A edited in tab 1", 2000);
  ScheduledMeeting b2 = sample("b", "B edited in tab 2", 2100);
  const auto after_tab1 = merge_schedules(stored, {a2}, kNowMs);
  const auto after_tab2 = merge_schedules(decode_schedules(encode_schedules(after_tab1)).meetings, {b2}, kNowMs);
  REQUIRE(after_tab2.size() == 2);
  CHECK(after_tab2[0].title == "A edited in tab 1");
  CHECK(after_tab2[1].title == "B edited in tab 2");
  // A new meeting is appended after the stored ones.
  CHECK(ids(merge_schedules(after_tab2, {sample("c", "C")}, kNowMs)) ==
        std::vector<std::string>{"a", "b", "c"});
}

TEST_CASE("merge_schedules: the same meeting resolves by last writer timestamp") {
  const ScheduledMeeting older = sample("a", "older", 1000);
  const ScheduledMeeting newer = sample("a", "newer", 2000);
  CHECK(merge_schedules({older}, {newer}, kNowMs).front().title == "newer");
  CHECK(merge_schedules({newer}, {older}, kNowMs).front().title == "newer");  // a stale tab loses

  // Equal stamps: the same winner whichever side it is on.
  const ScheduledMeeting x = sample("a", "x", 3000);
  const ScheduledMeeting y = sample("a", "y", 3000);
  const std::string winner = merge_schedules({x}, {y}, kNowMs).front().title;
  CHECK(merge_schedules({y}, {x}, kNowMs).front().title == winner);
  CHECK(supersedes(x, y) != supersedes(y, x));
  CHECK_FALSE(supersedes(x, x));
}

TEST_CASE("merge_schedules: tombstones win when newer, and are kept for 30 days") {
  const ScheduledMeeting meeting = sample("a", "A", 1000);
  const ScheduledMeeting gone = tombstone("a", 2000);
  CHECK(merge_schedules({meeting}, {gone}, 3000).front().deleted);
  CHECK(merge_schedules({gone}, {meeting}, 3000).front().deleted);  // an old edit does not resurrect
  CHECK_FALSE(merge_schedules({gone}, {sample("a", "A", 2500)}, 3000).front().deleted);  // a newer one does
  CHECK(merge_schedules({sample("a", "A", 2000)}, {gone}, 3000).front().deleted);  // ties go to the delete

  const std::int64_t deleted_at = kNowMs - kTombstoneKeepMs;
  CHECK(merge_schedules({tombstone("a", deleted_at)}, {}, kNowMs).size() == 1);
  CHECK(merge_schedules({tombstone("a", deleted_at - 1)}, {}, kNowMs).empty());
  CHECK(merge_schedules({tombstone("a", deleted_at - 1), sample("b", "B")}, {}, kNowMs).size() == 1);
}

TEST_CASE("merge_schedules: two tabs interleaving writes lose nothing") {
  // Tab 1 and tab 2 start from the same stored text, each keeping its unsaved changes.
  std::string storage = encode_schedules({sample("a", "A"), sample("b", "B"), sample("c", "C")});
  auto write = [&storage](const std::vector<ScheduledMeeting>& changes, std::int64_t now_ms) {
    const ScheduleLoad latest = decode_schedules(storage);
    REQUIRE_FALSE(latest.keep_original);
    storage = encode_schedules(merge_schedules(latest.meetings, changes, now_ms));
  };
  const std::int64_t t = kNowMs;
  write({sample("a", "A by tab 1", t + 1)}, t + 1);
  write({tombstone("b", t + 2)}, t + 2);                         // tab 2 deletes b
  write({sample("d", "D by tab 1", t + 3)}, t + 3);
  write({sample("a", "A by tab 2, later", t + 4)}, t + 4);
  write({sample("b", "B by tab 1, stale", t - 500)}, t + 5);     // older than the delete: ignored

  const ScheduleLoad final_state = decode_schedules(storage);
  REQUIRE(ids(final_state.meetings) == std::vector<std::string>{"a", "b", "c", "d"});
  CHECK(final_state.meetings[0].title == "A by tab 2, later");
  CHECK(final_state.meetings[1].deleted);
  CHECK(final_state.meetings[2].title == "C");
  CHECK(final_state.meetings[3].title == "D by tab 1");
}

TEST_CASE("export and import") {
  const std::vector<ScheduledMeeting> mine = {sample("a", "A", 1000), tombstone("gone", 1000),
                                              sample("b", "B", 5000)};
  const std::string file = export_schedules(mine, utc(2026, 12, 10));
  CHECK(file.find("\n  ") != std::string::npos);  // pretty
  CHECK(file.find("\"exportedAt\": \"2026-12-10T00:00:00Z\"") != std::string::npos);
  CHECK(file.find("gone") == std::string::npos);  // tombstones are not exported

  SUBCASE("into an empty list") {
    const ScheduleImport result = import_schedules(file, {}, kNowMs);
    REQUIRE_FALSE(result.error.has_value());
    CHECK(result.added == 2);
    CHECK(ids(result.merged) == std::vector<std::string>{"a", "b"});
    CHECK(ids(result.changes) == std::vector<std::string>{"a", "b"});
  }
  SUBCASE("merging by id and timestamp") {
    const std::vector<ScheduledMeeting> current = {sample("b", "B newer here", 9000),
                                                   sample("a", "A older here", 500), sample("z", "Z")};
    const ScheduleImport result = import_schedules(file, current, kNowMs);
    REQUIRE_FALSE(result.error.has_value());
    CHECK(result.added == 0);
    CHECK(result.updated == 1);
    CHECK(result.unchanged == 1);
    CHECK(ids(result.merged) == std::vector<std::string>{"b", "a", "z"});
    CHECK(result.merged[0].title == "B newer here");
    CHECK(result.merged[1].title == "A");
    CHECK(ids(result.changes) == std::vector<std::string>{"a"});
  }
  SUBCASE("the storage document itself imports too") {
    CHECK_FALSE(import_schedules(encode_schedules(mine), {}, kNowMs).error.has_value());
  }
}

TEST_CASE("import_schedules: a bad file is reported and changes nothing") {
  const std::vector<ScheduledMeeting> current = {sample("a", "A")};
  for (const std::string& bad :
       {std::string(""), std::string("not json"), std::string(R"({"version":2,"meetings":[]})"),
        std::string(R"([1,2])"), document({stored_meeting("ok"), stored_meeting("x", "startUtc", "null")}),
        document({stored_meeting("dup"), stored_meeting("dup")})}) {
    CAPTURE(bad);
    const ScheduleImport result = import_schedules(bad, current, kNowMs);
    REQUIRE(result.error.has_value());
    CHECK(result.merged.empty());
    CHECK(result.changes.empty());
    CHECK(result.added + result.updated + result.unchanged == 0);
  }
  const ScheduleImport partial = import_schedules(
      document({stored_meeting("ok"), stored_meeting("x", "startUtc", "null")}), current, kNowMs);
  REQUIRE(partial.error.has_value());
  CHECK(partial.error->kind == ImportProblem::Kind::Unusable);
  CHECK(describe(*partial.error).find("nothing was changed") != std::string::npos);
  CHECK(describe(*partial.error).find("start time") != std::string::npos);
  CHECK(describe(ImportProblem{.kind = ImportProblem::Kind::Empty}) == "The file is empty. Nothing was imported.");
}

TEST_CASE("fuzz: decode_schedules survives mutated documents, and what loads re-encodes") {
  std::vector<ScheduledMeeting> meetings;
  for (int i = 0; i < 6; ++i) {
    std::string id = "m", title = "Title ";
    id += std::to_string(i);
    title += std::to_string(i);
    meetings.push_back(sample(id, title));
  }
  meetings[2].repeat = {Repeat::Kind::Daily, std::nullopt, 7};
  meetings.push_back(tombstone("t", 3));
  const std::string seed = encode_schedules(meetings);

  std::mt19937 rng(1234);
  for (int round = 0; round < 3000; ++round) {
    std::string text = seed;
    const int edits = 1 + static_cast<int>(rng() % 6);
    for (int e = 0; e < edits; ++e) {
      const std::size_t at = rng() % text.size();
      switch (rng() % 4) {
        case 0: text[at] = static_cast<char>(rng() % 256); break;
        case 1: text.erase(at, 1 + rng() % 8); break;
        case 2: text.insert(at, 1, "{}[]\",:0-9.eE\\u"[rng() % 16]); break;
        default: text.resize(at); break;
      }
      if (text.empty()) break;
    }
    CAPTURE(round);
    const ScheduleLoad load = decode_schedules(text);
    REQUIRE(load.meetings.size() <= meetings.size());
    if (!load.keep_original) REQUIRE(load.problems.empty());
    const ScheduleLoad again = decode_schedules(encode_schedules(load.meetings));
    REQUIRE(again.problems.empty());
    REQUIRE(again.meetings.size() == load.meetings.size());
    for (std::size_t i = 0; i < load.meetings.size(); ++i) REQUIRE(same(again.meetings[i], load.meetings[i]));
  }
}
