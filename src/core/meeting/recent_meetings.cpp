#include "core/meeting/recent_meetings.h"

#include <algorithm>
#include <cmath>

#include "core/time/civil_time.h"
#include "core/deployment/deployment_check.h"
#include "core/text/json_util.h"
#include "core/schedule/schedule.h"
#include "core/text/utf8.h"

namespace cofx {

namespace {

using nlohmann::json;

constexpr std::int64_t kMaxJoinedAtMs = kMaxSupportedUtc * 1000;

bool same_entry(const RecentMeeting& a, const RoomCode& code, const Deployment& place) {
  return a.code == code && same_deployment(a.deployment, place);
}

// clean_title(), then at most kTitleMaxChars code points.
std::string cleaned_title(std::string_view raw) {
  const std::string cleaned = clean_title(utf8::prefix_bytes(raw, kMaxRecentTitleBytes));
  std::size_t pos = 0;
  for (std::size_t chars = 0; pos < cleaned.size() && chars < kTitleMaxChars; ++chars) {
    pos += utf8::decode(cleaned, pos).length;
  }
  return std::string(utf8::trim(std::string_view(cleaned).substr(0, pos)));
}

std::optional<Deployment> place_from(const json& item) {
  const std::string* kind_text = json_util::string_field(item, "kind");
  const auto kind = kind_text ? kind_from_name(*kind_text) : std::nullopt;
  if (!kind) return std::nullopt;
  Deployment d;
  d.kind = *kind;
  if (*kind == Deployment::Kind::SelfHosted) {
    const std::string* domain = json_util::string_field(item, "domain");
    if (!domain) return std::nullopt;
    d.domain = *domain;
  } else if (*kind == Deployment::Kind::JaaS) {
    const std::string* app_id = json_util::string_field(item, "appId");
    if (!app_id) return std::nullopt;
    d.jaas_app_id = *app_id;
  }
  d = normalize(d);
  if (!deployment_problems(d).empty()) return std::nullopt;
  return d;
}

std::optional<std::int64_t> joined_at_from(const json& item) {
  const auto field = item.find("joinedAt");
  if (field == item.end() || !field->is_number()) return std::nullopt;
  // Through double: JSON numbers may be floats or beyond 64 bits; ms times fit exactly.
  const double ms = field->get<double>();
  if (!std::isfinite(ms)) return std::nullopt;
  return static_cast<std::int64_t>(std::clamp(ms, 0.0, static_cast<double>(kMaxJoinedAtMs)));
}

std::optional<RecentMeeting> entry_from(const json& item) {
  if (!item.is_object()) return std::nullopt;
  const std::string* code_text = json_util::string_field(item, "code");
  const auto code = code_text ? RoomCode::from_canonical(*code_text) : std::nullopt;
  auto place = place_from(item);
  const auto joined_at = joined_at_from(item);
  if (!code || !place || !joined_at) return std::nullopt;
  std::string title;
  if (item.contains("title")) {
    const std::string* raw = json_util::string_field(item, "title");
    if (!raw) return std::nullopt;
    title = cleaned_title(*raw);
  }
  return RecentMeeting{*code, std::move(title), std::move(*place), *joined_at};
}

RecentLoad failed(RecentProblem problem) {
  RecentLoad load;
  load.problem = problem;
  return load;
}

}  // namespace


Deployment recent_deployment(const Deployment& deployment) {
  Deployment place;
  place.kind = deployment.kind;
  if (deployment.kind == Deployment::Kind::SelfHosted) place.domain = deployment.domain;
  if (deployment.kind == Deployment::Kind::JaaS) place.jaas_app_id = deployment.jaas_app_id;
  return place;
}

std::int64_t clamp_joined_at(std::int64_t ms) { return std::clamp<std::int64_t>(ms, 0, kMaxJoinedAtMs); }

std::string encode_recent_meetings(const std::vector<RecentMeeting>& meetings) {
  json list = json::array();
  for (const RecentMeeting& m : meetings) {
    json item = {{"code", m.code.str()}, {"kind", kind_name(m.deployment.kind)}, {"joinedAt", m.joined_at_ms}};
    if (!m.title.empty()) item["title"] = m.title;
    if (m.deployment.kind == Deployment::Kind::SelfHosted) item["domain"] = m.deployment.domain;
    if (m.deployment.kind == Deployment::Kind::JaaS) item["appId"] = m.deployment.jaas_app_id;
    list.push_back(std::move(item));
  }
  return json_util::dump_text({{"version", kRecentMeetingsVersion}, {"meetings", std::move(list)}});
}

RecentLoad decode_recent_meetings(std::string_view text) {
  if (utf8::trim(text).empty()) return {};
  const json document = json_util::parse(text);
  switch (json_util::check_version(document, kRecentMeetingsVersion)) {
    case json_util::VersionCheck::Current: break;
    case json_util::VersionCheck::Newer: return failed(RecentProblem::Newer);
    case json_util::VersionCheck::Unreadable: return failed(RecentProblem::Unreadable);
  }
  const auto items = document.find("meetings");
  if (items == document.end() || !items->is_array()) return failed(RecentProblem::Unreadable);

  RecentLoad load;
  for (const json& item : *items) {
    if (load.meetings.size() == kMaxRecentMeetings) break;
    auto entry = entry_from(item);
    const bool duplicate = entry && std::any_of(load.meetings.begin(), load.meetings.end(), [&](const RecentMeeting& m) {
                             return same_entry(m, entry->code, entry->deployment);
                           });
    if (!entry || duplicate) {
      load.problem = RecentProblem::LeftOut;
      continue;
    }
    load.meetings.push_back(std::move(*entry));
  }
  return load;
}

void record_recent(std::vector<RecentMeeting>& list, RecentMeeting meeting) {
  meeting.title = cleaned_title(meeting.title);
  meeting.deployment = recent_deployment(meeting.deployment);
  meeting.joined_at_ms = clamp_joined_at(meeting.joined_at_ms);
  const auto old = std::find_if(list.begin(), list.end(), [&](const RecentMeeting& m) {
    return same_entry(m, meeting.code, meeting.deployment);
  });
  if (old != list.end()) {
    if (meeting.title.empty()) meeting.title = old->title;
    list.erase(old);
  }
  list.insert(list.begin(), std::move(meeting));
  if (list.size() > kMaxRecentMeetings) list.erase(list.begin() + kMaxRecentMeetings, list.end());
}

bool remove_recent(std::vector<RecentMeeting>& list, const RoomCode& code, const Deployment& place) {
  const auto old = std::find_if(list.begin(), list.end(), [&](const RecentMeeting& m) { return same_entry(m, code, place); });
  if (old == list.end()) return false;
  list.erase(old);
  return true;
}

}  // namespace cofx
