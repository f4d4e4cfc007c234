// A scheduled meeting for other calendars (calendar_export.h): meeting_ics() and the Google
// and Outlook links, for any meeting the schedule store accepts (repeats until 9999, up to
// 1000 times) in any zone. The input is read as numbers for the fields, then texts split at
// 0xFF (never a UTF-8 byte): TZ string, zone name, meeting id, title, link, agenda. The
// invariants: CRLF after every line and nowhere else, at most 75 octets a line, each line
// valid UTF-8, BEGIN/END nested, one VEVENT, and a size that does not grow with the series.
#include "fuzz_check.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "app/words/schedule_words.h"
#include "core/schedule/calendar_export.h"
#include "core/schedule/schedule.h"

using namespace cofx;

namespace {

// Reads the input front to back; past its end, numbers are 0 and texts empty.
class Reader {
 public:
  explicit Reader(std::string_view input) : input_(input) {}

  // A number in [0, limit) from the next `bytes` bytes.
  std::uint64_t below(std::uint64_t limit, int bytes) {
    std::uint64_t value = 0;
    for (int i = 0; i < bytes && pos_ < input_.size(); ++i) {
      value = value << 8 | static_cast<unsigned char>(input_[pos_++]);
    }
    return value % limit;
  }

  // The bytes up to the next 0xFF (or the end).
  std::string_view text() {
    const std::size_t end = std::min(input_.find('\xFF', pos_), input_.size());
    const std::string_view piece = input_.substr(std::min(pos_, input_.size()), end - std::min(pos_, end));
    pos_ = end + 1;
    return piece;
  }

 private:
  std::string_view input_;
  std::size_t pos_ = 0;
};

// At most `max_chars` code points of well-formed UTF-8.
std::string prefix_chars(std::string text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0u) != 0x80u && ++chars > max_chars) {
      text.resize(i);
      break;
    }
  }
  return text;
}

bool valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length =
        lead < 0x80 ? 1 : lead >= 0xF5 ? 0 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
    if (length == 0 || i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0u) != 0x80u) return false;
    }
    i += length;
  }
  return true;
}

void check_ics(const std::string& ics, const ScheduledMeeting& meeting, std::size_t link_bytes) {
  FUZZ_CHECK(ics.size() >= 2 && ics.compare(ics.size() - 2, 2, "\r\n") == 0);
  // A series of any length gives a VTIMEZONE of at most kIcsZoneYears: the size is bounded
  // by the texts (agenda at most 5000 code points, escaped), not by the repeats.
  FUZZ_CHECK(ics.size() <= 32 * 1024 + 3 * link_bytes);

  std::vector<std::string> lines;  // content lines, folds joined
  for (std::size_t begin = 0; begin < ics.size();) {
    const std::size_t end = ics.find("\r\n", begin);
    FUZZ_CHECK(end != std::string::npos);
    const std::string_view line(ics.data() + begin, end - begin);
    FUZZ_CHECK(line.size() <= 75);
    FUZZ_CHECK(valid_utf8(line));
    for (const char c : line) {
      const auto byte = static_cast<unsigned char>(c);
      FUZZ_CHECK(byte == '\t' || (byte >= 0x20 && byte != 0x7F));
    }
    if (!line.empty() && line[0] == ' ') {
      FUZZ_CHECK(!lines.empty());
      lines.back().append(line.substr(1));
    } else {
      FUZZ_CHECK(!line.empty());
      lines.emplace_back(line);
    }
    begin = end + 2;
  }

  std::vector<std::string> open;
  int events = 0, zones = 0;
  bool rrule = false, local_start = false;
  for (const std::string& line : lines) {
    if (line.rfind("BEGIN:", 0) == 0) {
      open.push_back(line.substr(6));
      events += open.back() == "VEVENT";
      zones += open.back() == "VTIMEZONE";
    } else if (line.rfind("END:", 0) == 0) {
      FUZZ_CHECK(!open.empty() && open.back() == line.substr(4));
      open.pop_back();
    } else {
      FUZZ_CHECK(!open.empty());
    }
    if (open.size() == 2 && open.back() == "VEVENT") {
      rrule = rrule || line.rfind("RRULE:", 0) == 0;
      local_start = local_start || line.rfind("DTSTART;TZID=", 0) == 0;
    }
  }
  FUZZ_CHECK(open.empty());
  FUZZ_CHECK(lines.front() == "BEGIN:VCALENDAR" && lines.back() == "END:VCALENDAR");
  FUZZ_CHECK(events == 1);
  FUZZ_CHECK(zones == (local_start ? 1 : 0));
  FUZZ_CHECK(rrule == (meeting.repeat.kind != Repeat::Kind::None));
}

// Printable ASCII without spaces or '#', starting with `prefix`.
void check_url(const std::string& url, std::string_view prefix) {
  FUZZ_CHECK(url.rfind(prefix, 0) == 0);
  for (const char c : url) FUZZ_CHECK(c > 0x20 && c < 0x7F && c != '#');
}

}  // namespace

static int test_one_input(const std::uint8_t* data, std::size_t size) {
  Reader in(fuzz::as_text(data, size));
  const std::int64_t last_day = kMaxSupportedUtc / kSecondsPerDay;

  ScheduledMeeting m;
  m.start_utc = static_cast<std::int64_t>(in.below(kMaxSupportedUtc + 1, 5));
  m.duration_minutes =
      kMinDurationMinutes + static_cast<int>(in.below(kMaxDurationMinutes - kMinDurationMinutes + 1, 2));
  m.repeat.kind = static_cast<Repeat::Kind>(in.below(4, 1));
  switch (in.below(3, 1)) {
    case 0: break;
    case 1: {  // any date a stored meeting may hold, before or after the start
      const auto day = static_cast<std::int64_t>(in.below(static_cast<std::uint64_t>(last_day) + 1, 3));
      m.repeat.until = civil_from_days(day);
      break;
    }
    default: m.repeat.count = 1 + static_cast<int>(in.below(kMaxRepeatCount, 2));
  }
  m.updated_at_ms = static_cast<std::int64_t>(in.below((kMaxSupportedUtc + 1) * 1000, 6));
  const auto now = static_cast<std::int64_t>(in.below(kMaxSupportedUtc + 1, 5));
  const auto zone_choice = in.below(8, 1);
  const int fixed_offset = static_cast<int>(in.below(2 * 24 * 60 + 1, 2)) - 24 * 60;

  const std::string_view tz = in.text();
  const std::string zone_name(in.text());
  const std::string_view id = in.text();
  m.id = is_valid_meeting_id(id) ? std::string(id) : "0123456789abcdef0123456789abcdef";
  m.title = prefix_chars(clean_title(in.text()), kTitleMaxChars);
  if (m.title.empty()) m.title = "Meeting";
  const std::string link(in.text());
  m.agenda = prefix_chars(clean_agenda(in.text()), kAgendaMaxChars);

  static const char* const kZones[] = {
      "CET-1CEST,M3.5.0,M10.5.0/3",            // Europe/Berlin
      "EST5EDT,M3.2.0,M11.1.0",                // America/New_York
      "<+1030>-10:30<+11>-11,M10.1.0,M4.1.0",  // Australia/Lord_Howe: 30-minute DST
      "AEST-10AEDT,M10.1.0,M4.1.0/3",          // Australia/Sydney: DST across new year
      "<-03>3<-02>,M3.5.0/-2,M10.5.0/-1",      // America/Nuuk: negative rule times
  };
  std::optional<PosixTzZone> posix;
  if (zone_choice < std::size(kZones)) {
    posix = PosixTzZone::parse(kZones[zone_choice], zone_name);
  } else if (zone_choice == std::size(kZones)) {
    posix = PosixTzZone::parse(tz, zone_name);  // anything the parser accepts
  }
  const FixedZone fixed(fixed_offset, zone_name, zone_name);
  const ZoneRules& zone = posix ? static_cast<const ZoneRules&>(*posix) : fixed;

  const CalendarWords words = calendar_words(m, zone);
  check_ics(meeting_ics(m, link, now, zone, words), m, link.size());
  check_url(google_calendar_url(m, link, zone, words),
            "https://calendar.google.com/calendar/render?action=TEMPLATE&");
  check_url(outlook_calendar_url(m, link, zone, words), "https://outlook.live.com/calendar/0/deeplink/compose?");
  // The file name: lowercase letters and digits joined by single '-', about 60 of them.
  const std::string file = ics_file_name(m);
  FUZZ_CHECK(file.size() > 4 && file.size() <= 65 && file.ends_with(".ics"));
  const std::string_view stem(file.data(), file.size() - 4);
  FUZZ_CHECK(stem.front() != '-' && stem.back() != '-' && stem.find("--") == std::string_view::npos);
  for (const char c : stem) FUZZ_CHECK((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::on_small_stack([&] { return test_one_input(data, size); });
}
