#include "core/links/invite.h"

#include "core/deployment/deployment.h"
#include "core/deployment/deployment_links.h"

#include "core/links/route.h"
#include "core/schedule/schedule_list.h"
#include "core/text/utf8.h"

namespace cofx {

namespace {

constexpr std::size_t kMaxTimeValueBytes = 64;
constexpr std::size_t kMaxDurationDigits = 4;
constexpr std::size_t kMaxRawTitleBytes = 4096;  // 120 code points are at most 480 bytes
constexpr std::size_t kMaxShownNameChars = 24;
constexpr std::size_t kMaxRawAgendaBytes = 16384;  // 200 code points fit in 800 bytes, escaped or not

std::optional<std::int64_t> read_start(const std::string& value) {
  if (value.size() > kMaxTimeValueBytes) return std::nullopt;
  return parse_iso_utc(value);
}

std::optional<int> read_duration(const std::string& value) {
  if (value.empty() || value.size() > kMaxDurationDigits) return std::nullopt;
  int minutes = 0;
  for (const char c : value) {
    if (c < '0' || c > '9') return std::nullopt;
    minutes = minutes * 10 + (c - '0');
  }
  if (minutes < 1 || minutes > kInviteMaxDurationMinutes) return std::nullopt;
  return minutes;
}

std::optional<std::string> read_title(const std::string& value) {
  if (value.size() > kMaxRawTitleBytes) return std::nullopt;
  std::string title = clean_title(value);
  if (title.empty() || utf8::count_code_points(title) > kTitleMaxChars) return std::nullopt;
  return title;
}

std::optional<std::string> read_agenda(const std::string& value) {
  if (value.size() > kMaxRawAgendaBytes) return std::nullopt;
  return invite_agenda(value);
}

// A parameter name as it may be shown: cleaned, at most kMaxShownNameChars code points;
// "" for a name with nothing to show (app/words says "(unnamed)").
std::string shown_name(const std::string& name) {
  const std::string cleaned = clean_title(utf8::prefix_bytes(name, kMaxRawTitleBytes));
  if (cleaned.empty()) return "";
  std::string shown;
  std::size_t chars = 0;
  std::size_t pos = 0;
  for (; pos < cleaned.size() && chars < kMaxShownNameChars; ++chars) {
    const std::size_t length = utf8::decode(cleaned, pos).length;
    shown.append(cleaned, pos, length);
    pos += length;
  }
  if (pos < cleaned.size() || name.size() > kMaxRawTitleBytes) shown += "...";
  return shown;
}

}  // namespace

InviteDetails parse_invite(const std::map<std::string, std::string>& params) {
  InviteDetails details;
  std::size_t ignored = 0;
  auto ignore = [&](const std::string& name) {
    if (++ignored <= kInviteMaxIgnoredShown) details.ignored.names.push_back(shown_name(name));
  };
  for (const auto& [name, value] : params) {
    if (name == "t") {
      details.start_utc = read_start(value);
      if (!details.start_utc) ignore(name);
    } else if (name == "d") {
      details.duration_minutes = read_duration(value);
      if (!details.duration_minutes) ignore(name);
    } else if (name == "title") {
      details.title = read_title(value);
      if (!details.title) ignore(name);
    } else if (name == "a") {
      details.agenda = read_agenda(value);
      if (!details.agenda) ignore(name);
    } else if (!is_deployment_param(name)) {  // dep/host/app belong to deployment_from_params()
      ignore(name);
    }
  }
  if (ignored > kInviteMaxIgnoredShown) details.ignored.more = ignored - kInviteMaxIgnoredShown;
  return details;
}

InviteDetails invite_for(const ScheduledMeeting& meeting, const Occurrence& occurrence) {
  InviteDetails details;
  details.title = meeting.title;
  details.start_utc = occurrence.start_utc;
  details.duration_minutes = meeting.duration_minutes;
  details.agenda = invite_agenda(meeting.agenda);
  return details;
}

std::optional<std::string> invite_agenda(std::string_view agenda) {
  std::string cleaned = clean_agenda(agenda);
  if (cleaned.empty()) return std::nullopt;
  std::size_t pos = 0;
  for (std::size_t chars = 0; pos < cleaned.size() && chars < kInviteMaxAgendaChars; ++chars) {
    pos += utf8::decode(cleaned, pos).length;
  }
  if (pos < cleaned.size()) {
    cleaned.resize(pos);
    cleaned += "\u2026";
  }
  return cleaned;
}

std::string invite_hash(const RoomCode& code, const InviteDetails& details) {
  std::string query;
  auto add = [&query](const char* name, std::string_view value) {
    query += query.empty() ? "?" : "&";
    query += name;
    query += "=";
    query += percent_encode(value);
  };
  if (details.start_utc) add("t", format_iso_utc(*details.start_utc));
  if (details.duration_minutes) add("d", std::to_string(*details.duration_minutes));
  if (details.title) add("title", *details.title);
  if (details.agenda) add("a", *details.agenda);  // last: a cut-off link loses only the agenda
  return meeting_hash(code) + query;
}

std::string invite_link(std::string_view site_url, const RoomCode& code,
                        const InviteDetails& details) {
  return std::string(site_url.substr(0, site_url.find('#'))) + invite_hash(code, details);
}

InviteStatus invite_status(const InviteDetails& details, std::int64_t now_utc) {
  InviteStatus status;
  if (!details.start_utc) {
    status.join_open = true;
    return status;
  }
  const std::int64_t start = *details.start_utc;
  if (!details.duration_minutes) {
    if (now_utc < start) {
      status.phase = InviteStatus::Phase::Upcoming;
      status.join_open = now_utc >= start - kJoinEarlySeconds;
    } else {
      status.phase = InviteStatus::Phase::Ongoing;
      status.join_open = true;
    }
    return status;
  }

  Occurrence occurrence;
  occurrence.start_utc = start;
  occurrence.end_utc = start + std::int64_t{*details.duration_minutes} * 60;
  status.phase = now_utc < occurrence.start_utc ? InviteStatus::Phase::Upcoming
                 : now_utc < occurrence.end_utc ? InviteStatus::Phase::Ongoing
                                                : InviteStatus::Phase::Ended;
  status.join_open = join_open(occurrence, now_utc);
  return status;
}

}  // namespace cofx
