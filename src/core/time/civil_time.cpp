#include "core/time/civil_time.h"

#include <array>

namespace cofx {

namespace {

// Lengths of the Gregorian cycles, in days.
constexpr std::int64_t kDaysPer400Years = 146097;
constexpr std::int64_t kDaysPer100Years = 36524;  // the first century of a 400-year cycle has one more
constexpr std::int64_t kDaysPer4Years = 1461;
constexpr std::int64_t kDaysPerYear = 365;

constexpr std::array<int, 12> kDaysBeforeMonth = {0,   31,  59,  90,  120, 151,
                                                  181, 212, 243, 273, 304, 334};

// Days from 0001-01-01 to 1 January of `year` (year may be <= 0: proleptic).
constexpr std::int64_t days_before_year(std::int64_t year) {
  const std::int64_t y = year - 1;
  return y * kDaysPerYear + floor_div(y, 4) - floor_div(y, 100) + floor_div(y, 400);
}

// 0001-01-01 .. 1970-01-01. constexpr, so other files' constants can use days_from_civil()
// during static initialisation.
constexpr std::int64_t kEpochOffset = days_before_year(1970);
static_assert(kEpochOffset == 719162);

void append_padded(std::string& out, std::int64_t value, int width) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  if (value < 0) out.push_back('-');
  for (int i = static_cast<int>(digits.size()); i < width; ++i) out.push_back('0');
  out += digits;
}

// Reads exactly `count` ASCII digits at text[pos], advancing pos.
std::optional<int> read_digits(std::string_view text, std::size_t& pos, std::size_t count) {
  if (text.size() - pos < count) return std::nullopt;
  int value = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const char c = text[pos + i];
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  pos += count;
  return value;
}

bool read_char(std::string_view text, std::size_t& pos, char lower, char upper) {
  if (pos >= text.size() || (text[pos] != lower && text[pos] != upper)) return false;
  ++pos;
  return true;
}

}  // namespace

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kLengths = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : kLengths[static_cast<std::size_t>(month - 1)];
}

bool is_valid_date(const CivilDate& date) {
  return date.year >= kMinYear && date.year <= kMaxYear && date.day >= 1 &&
         date.day <= days_in_month(date.year, date.month);
}

bool is_valid(const LocalDateTime& time) {
  return is_valid_date(time.date()) && time.hour >= 0 && time.hour <= 23 && time.minute >= 0 &&
         time.minute <= 59;
}

std::int64_t days_from_civil(const CivilDate& date) {
  // Normalise the month first so that month 0 or 13 still count sensibly.
  const std::int64_t months = static_cast<std::int64_t>(date.year) * 12 + (date.month - 1);
  const std::int64_t year = floor_div(months, 12);
  const int month = static_cast<int>(floor_mod(months, 12)) + 1;
  const bool leap = is_leap_year(static_cast<int>(floor_mod(year, 400)));
  const int before_month = kDaysBeforeMonth[static_cast<std::size_t>(month - 1)] +
                           (leap && month > 2 ? 1 : 0);
  return days_before_year(year) + before_month + (date.day - 1) - kEpochOffset;
}

CivilDate civil_from_days(std::int64_t days) {
  std::int64_t n = days + kEpochOffset;  // days since 0001-01-01
  std::int64_t year = 1 + floor_div(n, kDaysPer400Years) * 400;
  n = floor_mod(n, kDaysPer400Years);

  // Within a 400-year cycle: centuries, then 4-year groups, then single years.
  // The last century and the last year of a group are one day longer, so cap at 3.
  std::int64_t centuries = n / kDaysPer100Years;
  if (centuries == 4) centuries = 3;
  n -= centuries * kDaysPer100Years;
  const std::int64_t quads = n / kDaysPer4Years;
  n -= quads * kDaysPer4Years;
  std::int64_t years = n / kDaysPerYear;
  if (years == 4) years = 3;
  n -= years * kDaysPerYear;
  year += centuries * 100 + quads * 4 + years;

  const int y = static_cast<int>(year);
  const int day_of_year = static_cast<int>(n);  // 0-based
  int month = 12;
  while (month > 1 && day_of_year < kDaysBeforeMonth[static_cast<std::size_t>(month - 1)] +
                                         (is_leap_year(y) && month > 2 ? 1 : 0)) {
    --month;
  }
  const int first_of_month =
      kDaysBeforeMonth[static_cast<std::size_t>(month - 1)] + (is_leap_year(y) && month > 2 ? 1 : 0);
  return {y, month, day_of_year - first_of_month + 1};
}

Weekday weekday_of_days(std::int64_t days) {
  // 1970-01-01 was a Thursday (index 3 when Monday is 0).
  return static_cast<Weekday>(floor_mod(days + 3, 7));
}

Weekday weekday_of(const CivilDate& date) { return weekday_of_days(days_from_civil(date)); }

bool is_weekend(Weekday day) { return day == Weekday::Saturday || day == Weekday::Sunday; }

std::int64_t local_seconds(const LocalDateTime& time) {
  return days_from_civil(time.date()) * kSecondsPerDay + time.hour * 3600 + time.minute * 60;
}

LocalDateTime local_from_seconds(std::int64_t seconds) {
  const CivilDate date = civil_from_days(floor_div(seconds, kSecondsPerDay));
  const auto second_of_day = static_cast<int>(floor_mod(seconds, kSecondsPerDay));
  return {date.year, date.month, date.day, second_of_day / 3600, second_of_day / 60 % 60};
}

std::string format_hh_mm(int hour, int minute) {
  std::string out;
  append_padded(out, hour, 2);
  out.push_back(':');
  append_padded(out, minute, 2);
  return out;
}

std::string format_iso_date(const CivilDate& date) {
  std::string out;
  append_padded(out, date.year, 4);
  out.push_back('-');
  append_padded(out, date.month, 2);
  out.push_back('-');
  append_padded(out, date.day, 2);
  return out;
}

namespace {

// "YYYY-MM-DD" at `pos`, which moves past it; the fields are not range-checked here.
std::optional<CivilDate> read_iso_date(std::string_view text, std::size_t& pos) {
  const auto year = read_digits(text, pos, 4);
  if (!year || !read_char(text, pos, '-', '-')) return std::nullopt;
  const auto month = read_digits(text, pos, 2);
  if (!month || !read_char(text, pos, '-', '-')) return std::nullopt;
  const auto day = read_digits(text, pos, 2);
  if (!day) return std::nullopt;
  return CivilDate{*year, *month, *day};
}

}  // namespace

std::optional<CivilDate> parse_iso_date(std::string_view text) {
  std::size_t pos = 0;
  const auto date = read_iso_date(text, pos);
  if (!date || pos != text.size()) return std::nullopt;
  return date;
}

std::string format_iso_utc(std::int64_t utc_seconds) {
  const CivilDate date = civil_from_days(floor_div(utc_seconds, kSecondsPerDay));
  const std::int64_t second_of_day = floor_mod(utc_seconds, kSecondsPerDay);
  std::string out = format_iso_date(date);
  out.push_back('T');
  append_padded(out, second_of_day / 3600, 2);
  out.push_back(':');
  append_padded(out, second_of_day / 60 % 60, 2);
  out.push_back(':');
  append_padded(out, second_of_day % 60, 2);
  out.push_back('Z');
  return out;
}

std::optional<std::int64_t> parse_iso_utc(std::string_view text) {
  std::size_t pos = 0;
  const auto date = read_iso_date(text, pos);
  if (!date || !read_char(text, pos, 't', 'T')) return std::nullopt;
  const auto hour = read_digits(text, pos, 2);
  if (!hour || !read_char(text, pos, ':', ':')) return std::nullopt;
  const auto minute = read_digits(text, pos, 2);
  if (!minute) return std::nullopt;
  int second = 0;
  if (read_char(text, pos, ':', ':')) {
    const auto seconds = read_digits(text, pos, 2);
    if (!seconds || *seconds > 59) return std::nullopt;
    second = *seconds;
    if (read_char(text, pos, '.', '.')) {
      const std::size_t digits_begin = pos;
      while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9' && pos - digits_begin < 9) {
        ++pos;
      }
      if (pos == digits_begin) return std::nullopt;
    }
  }

  int offset_seconds = 0;
  if (!read_char(text, pos, 'z', 'Z')) {
    if (pos >= text.size() || (text[pos] != '+' && text[pos] != '-')) return std::nullopt;
    const int sign = text[pos] == '-' ? -1 : 1;
    ++pos;
    const auto offset_hours = read_digits(text, pos, 2);
    if (!offset_hours || !read_char(text, pos, ':', ':')) return std::nullopt;
    const auto offset_minutes = read_digits(text, pos, 2);
    if (!offset_minutes || *offset_hours > 23 || *offset_minutes > 59) return std::nullopt;
    offset_seconds = sign * (*offset_hours * 3600 + *offset_minutes * 60);
  }
  if (pos != text.size()) return std::nullopt;

  const LocalDateTime local{date->year, date->month, date->day, *hour, *minute};
  if (!is_valid(local)) return std::nullopt;
  const std::int64_t utc = local_seconds(local) + second - offset_seconds;
  if (utc < kMinSupportedUtc || utc > kMaxSupportedUtc) return std::nullopt;
  return utc;
}

}  // namespace cofx
