#include "core/time/time_zone.h"

#include <algorithm>
#include <vector>

namespace cofx {

namespace {

constexpr int kMaxOffsetHours = 24;       // POSIX: offsets within -24..24 h
constexpr int kMaxRuleTimeHours = 167;    // RFC 8536 extension of the rule time
constexpr std::size_t kMinNameLength = 3;
constexpr std::size_t kMaxNameLength = 16;

bool is_ascii_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// A tiny cursor over the TZ string; every reader leaves pos unchanged on failure.
class TzReader {
 public:
  explicit TzReader(std::string_view text) : text_(text) {}
  bool at_end() const { return pos_ == text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[pos_]; }
  bool take(char c) {
    if (peek() != c) return false;
    ++pos_;
    return true;
  }

  // "CET" (3+ letters) or "<+1030>" (3+ of letters, digits, '+', '-').
  std::optional<std::string> name() {
    const std::size_t begin = pos_;
    std::string out;
    if (take('<')) {
      while (!at_end() && peek() != '>') {
        const char c = peek();
        if (!is_ascii_alpha(c) && !is_ascii_digit(c) && c != '+' && c != '-') break;
        out.push_back(c);
        ++pos_;
      }
      if (!take('>')) out.clear();
    } else {
      while (is_ascii_alpha(peek())) out.push_back(text_[pos_++]);
    }
    if (out.size() < kMinNameLength || out.size() > kMaxNameLength) {
      pos_ = begin;
      return std::nullopt;
    }
    return out;
  }

  // [+-]h[h[h]][:mm[:ss]] in seconds, hours up to max_hours.
  std::optional<int> hms(int max_hours) {
    const std::size_t begin = pos_;
    int sign = 1;
    if (take('-')) {
      sign = -1;
    } else {
      take('+');
    }
    const auto hours = number(1, 3);
    if (!hours || *hours > max_hours) return fail(begin);
    int seconds = *hours * 3600;
    if (take(':')) {
      const auto minutes = number(2, 2);
      if (!minutes || *minutes > 59) return fail(begin);
      seconds += *minutes * 60;
      if (take(':')) {
        const auto secs = number(2, 2);
        if (!secs || *secs > 59) return fail(begin);
        seconds += *secs;
      }
    }
    return sign * seconds;
  }

  // Between min_digits and max_digits decimal digits.
  std::optional<int> number(std::size_t min_digits, std::size_t max_digits) {
    const std::size_t begin = pos_;
    int value = 0;
    while (pos_ - begin < max_digits && is_ascii_digit(peek())) value = value * 10 + (text_[pos_++] - '0');
    if (pos_ - begin < min_digits) return fail(begin);
    return value;
  }

  std::optional<PosixTzZone::DateRule> date_rule() {
    using Form = PosixTzZone::DateRule::Form;
    const std::size_t begin = pos_;
    PosixTzZone::DateRule rule;
    if (take('M')) {
      const auto month = number(1, 2);
      if (!month || *month < 1 || *month > 12 || !take('.')) return fail_rule(begin);
      const auto week = number(1, 1);
      if (!week || *week < 1 || *week > 5 || !take('.')) return fail_rule(begin);
      const auto weekday = number(1, 1);
      if (!weekday || *weekday > 6) return fail_rule(begin);
      rule.form = Form::MonthWeekDay;
      rule.month = *month, rule.week = *week, rule.weekday = *weekday;
    } else if (take('J')) {
      const auto day = number(1, 3);
      if (!day || *day < 1 || *day > 365) return fail_rule(begin);
      rule.form = Form::JulianNoLeap;
      rule.day = *day;
    } else {
      const auto day = number(1, 3);
      if (!day || *day > 365) return fail_rule(begin);
      rule.form = Form::ZeroBasedDay;
      rule.day = *day;
    }
    if (take('/')) {
      const auto time = hms(kMaxRuleTimeHours);
      if (!time) return fail_rule(begin);
      rule.time_seconds = *time;
    }
    return rule;
  }

 private:
  std::optional<int> fail(std::size_t begin) {
    pos_ = begin;
    return std::nullopt;
  }
  std::optional<PosixTzZone::DateRule> fail_rule(std::size_t begin) {
    pos_ = begin;
    return std::nullopt;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

// POSIX offsets count west as positive ("EST5"); ours count east as positive.
std::optional<int> east_offset_minutes(std::optional<int> posix_seconds) {
  if (!posix_seconds || *posix_seconds % 60 != 0) return std::nullopt;
  return -*posix_seconds / 60;
}

// The instant of a rule's change in `year`, whose time is written in local time
// with the offset in force before the change.
std::int64_t transition_utc(const PosixTzZone::DateRule& rule, std::int64_t year,
                            int offset_before_minutes) {
  using Form = PosixTzZone::DateRule::Form;
  const int y = static_cast<int>(year);
  const std::int64_t jan1 = days_from_civil({y, 1, 1});
  std::int64_t day = jan1;
  switch (rule.form) {
    case Form::JulianNoLeap:
      day = jan1 + rule.day - 1 + (is_leap_year(y) && rule.day >= 60 ? 1 : 0);
      break;
    case Form::ZeroBasedDay:
      day = jan1 + rule.day;
      break;
    case Form::MonthWeekDay: {
      const std::int64_t first = days_from_civil({y, rule.month, 1});
      const int first_weekday = (static_cast<int>(weekday_of_days(first)) + 1) % 7;  // Sunday = 0
      day = first + (rule.weekday - first_weekday + 7) % 7 + 7 * (rule.week - 1);
      const std::int64_t month_end = first + days_in_month(y, rule.month);
      while (day >= month_end) day -= 7;  // week 5 means "the last"
      break;
    }
  }
  return day * kSecondsPerDay + rule.time_seconds - std::int64_t{offset_before_minutes} * 60;
}

bool is_alphabetic_abbreviation(std::string_view text) {
  if (text.size() < 2 || text.size() > kMaxNameLength) return false;
  return std::all_of(text.begin(), text.end(), is_ascii_alpha);
}

}  // namespace

std::string ZoneRules::abbreviation_at(std::int64_t /*utc_seconds*/) const { return {}; }

FixedZone::FixedZone(int offset_minutes, std::string name, std::string abbreviation)
    : offset_minutes_(offset_minutes), name_(std::move(name)), abbreviation_(std::move(abbreviation)) {
  if (name_.empty()) name_ = offset_label(offset_minutes_);
}

int FixedZone::offset_minutes_at(std::int64_t /*utc_seconds*/) const { return offset_minutes_; }
std::string FixedZone::name() const { return name_; }
std::string FixedZone::abbreviation_at(std::int64_t /*utc_seconds*/) const { return abbreviation_; }

std::optional<PosixTzZone> PosixTzZone::parse(std::string_view tz, std::string display_name) {
  TzReader reader(tz);
  PosixTzZone zone;
  zone.tz_ = std::string(tz);
  zone.display_name_ = std::move(display_name);

  const auto std_name = reader.name();
  const auto std_offset = east_offset_minutes(reader.hms(kMaxOffsetHours));
  if (!std_name || !std_offset) return std::nullopt;
  zone.std_name_ = *std_name;
  zone.std_offset_minutes_ = *std_offset;
  if (reader.at_end()) return zone;

  const auto dst_name = reader.name();
  if (!dst_name) return std::nullopt;
  zone.dst_name_ = *dst_name;
  zone.dst_offset_minutes_ = zone.std_offset_minutes_ + 60;
  if (reader.peek() != ',') {
    const auto dst_offset = east_offset_minutes(reader.hms(kMaxOffsetHours));
    if (!dst_offset) return std::nullopt;
    zone.dst_offset_minutes_ = *dst_offset;
  }
  if (!reader.take(',')) return std::nullopt;  // DST without rules: refuse to guess
  const auto start = reader.date_rule();
  if (!start || !reader.take(',')) return std::nullopt;
  const auto end = reader.date_rule();
  if (!end || !reader.at_end()) return std::nullopt;
  zone.dst_start_ = *start;
  zone.dst_end_ = *end;
  zone.has_dst_ = true;
  return zone;
}

bool PosixTzZone::in_dst(std::int64_t utc_seconds) const {
  if (!has_dst_) return false;
  const std::int64_t local_days =
      floor_div(utc_seconds + std::int64_t{std_offset_minutes_} * 60, kSecondsPerDay);
  const std::int64_t year = civil_from_days(local_days).year;
  const std::int64_t start = transition_utc(dst_start_, year, std_offset_minutes_);
  const std::int64_t end = transition_utc(dst_end_, year, dst_offset_minutes_);
  if (start == end) return false;
  if (start < end) return utc_seconds >= start && utc_seconds < end;  // northern hemisphere
  return utc_seconds < end || utc_seconds >= start;                 // southern: DST spans new year
}

int PosixTzZone::offset_minutes_at(std::int64_t utc_seconds) const {
  return in_dst(utc_seconds) ? dst_offset_minutes_ : std_offset_minutes_;
}

std::string PosixTzZone::name() const { return display_name_.empty() ? tz_ : display_name_; }

std::string PosixTzZone::abbreviation_at(std::int64_t utc_seconds) const {
  return in_dst(utc_seconds) ? dst_name_ : std_name_;
}

std::string offset_label(int offset_minutes) {
  if (offset_minutes == 0) return "UTC";
  const int magnitude = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  return std::string("UTC") + (offset_minutes < 0 ? "-" : "+") +
         format_hh_mm(magnitude / 60, magnitude % 60);
}

std::string short_zone_label(const ZoneRules& zone, std::int64_t utc_seconds) {
  std::string abbreviation = zone.abbreviation_at(utc_seconds);
  if (is_alphabetic_abbreviation(abbreviation)) return abbreviation;
  return offset_label(zone.offset_minutes_at(utc_seconds));
}

std::string describe_zone(const ZoneRules& zone, std::int64_t utc_seconds) {
  const std::string offset = offset_label(zone.offset_minutes_at(utc_seconds));
  const std::string label = short_zone_label(zone, utc_seconds);
  const std::string name = zone.name();
  const std::string details = label == offset ? offset : label + ", " + offset;
  if (name.empty() || name == offset || name == label) {
    return label == offset ? offset : label + " (" + offset + ")";
  }
  return name + " (" + details + ")";
}

LocalDateTime to_local(std::int64_t utc_seconds, const ZoneRules& zone) {
  return local_from_seconds(utc_seconds + std::int64_t{zone.offset_minutes_at(utc_seconds)} * 60);
}

std::int64_t local_day_number(std::int64_t utc_seconds, const ZoneRules& zone) {
  return floor_div(utc_seconds + std::int64_t{zone.offset_minutes_at(utc_seconds)} * 60,
                   kSecondsPerDay);
}

LocalResolution resolve_local_time(const LocalDateTime& local, const ZoneRules& zone) {
  LocalResolution result;
  if (!is_valid(local)) {
    result.kind = LocalResolution::Kind::Invalid;
    result.asked = local;
    using Invalid = LocalResolution::Invalid;
    result.invalid = local.month < 1 || local.month > 12          ? Invalid::Month
                     : local.year < kMinYear || local.year > kMaxYear ? Invalid::Year
                     : !is_valid_date(local.date())                 ? Invalid::Day
                                                                    : Invalid::Time;
    return result;
  }
  const std::int64_t wall = local_seconds(local);
  const int before = zone.offset_minutes_at(wall - kSecondsPerDay);
  const int middle = zone.offset_minutes_at(wall);
  const int after = zone.offset_minutes_at(wall + kSecondsPerDay);

  // An instant u shows `wall` when u + offset(u) == wall; try each offset seen nearby.
  std::vector<std::int64_t> matches;
  for (const int offset : {before, middle, after}) {
    const std::int64_t candidate = wall - std::int64_t{offset} * 60;
    if (zone.offset_minutes_at(candidate) == offset) matches.push_back(candidate);
  }
  std::sort(matches.begin(), matches.end());
  matches.erase(std::unique(matches.begin(), matches.end()), matches.end());

  result.asked = local;
  if (matches.size() == 1) {
    result.utc = matches.front();
    return result;
  }
  if (matches.size() > 1) {
    result.kind = LocalResolution::Kind::Ambiguous;
    result.utc = matches.front();
    result.shift_minutes = static_cast<int>((matches.back() - matches.front()) / 60);
    result.used = local;
    result.zone_label = short_zone_label(zone, result.utc);
    return result;
  }

  // In a gap: read the wall time with the offset from before the change, which
  // lands as far past the gap as the time was into it (02:30 -> 03:30).
  result.kind = LocalResolution::Kind::Gap;
  result.utc = wall - std::int64_t{before} * 60;
  result.used = to_local(result.utc, zone);
  const int gap = zone.offset_minutes_at(result.utc) - before;
  result.shift_minutes = gap > 0 ? gap : 60;
  result.zone_label = short_zone_label(zone, result.utc);
  return result;
}

}  // namespace cofx
