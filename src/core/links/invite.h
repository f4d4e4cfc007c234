// Invitations carried in the URL fragment after the room code, so the details
// never reach any server:
//
//   #/COF-AB12CD34?t=2026-12-12T15%3A30%3A00Z&d=60&title=Weekly%20sync
//
//   t      start, ISO-8601 UTC (format_iso_utc)
//   d      duration in minutes, 1-1440
//   title  the meeting title, percent-encoded UTF-8, up to 120 characters
//   a      the agenda, plain text that may hold newlines, cut to kInviteMaxAgendaChars
//
// Opening such a link always opens the room: a bad or unknown parameter is
// only listed in `ignored` (cleaned and shortened, safe to show).
//
//   const Route route = parse_route(hash);             // route.h
//   const InviteDetails invite = parse_invite(route.params);
//   invite_summary(invite, now, zone)   // "'Weekly sync' starts in 2 h 10 min"
//   invite_hash(code, invite)           // builds the fragment back
//
// Titles are plain text (ImGui draws them; never put them into HTML).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/schedule/recurrence.h"
#include "core/links/room_code.h"
#include "core/schedule/schedule.h"
#include "core/time/time_zone.h"

namespace cofx {

inline constexpr int kInviteMaxDurationMinutes = 24 * 60;
inline constexpr std::size_t kInviteMaxIgnoredShown = 8;
// An agenda travels in the link only this long (code points): links stay short enough to
// paste, and to draw as a QR code a phone can read. A longer one ends with "…".
inline constexpr std::size_t kInviteMaxAgendaChars = 200;

struct IgnoredNames {
  std::vector<std::string> names;
  std::size_t more = 0;  // left out after kInviteMaxIgnoredShown names
  bool empty() const { return names.empty(); }
  bool operator==(const IgnoredNames&) const = default;
};

struct InviteDetails {
  std::optional<std::string> title;  // cleaned, non-empty
  std::optional<std::int64_t> start_utc;
  std::optional<int> duration_minutes;
  std::optional<std::string> agenda;  // cleaned, non-empty, at most kInviteMaxAgendaChars (+ "…")
  // Parameters that were bad or unknown, by (cleaned, shortened) name, in order; at most
  // kInviteMaxIgnoredShown names, then how many more (app/words/link_words.h says them).
  IgnoredNames ignored;
  bool has_details() const { return title || start_utc || duration_minutes || agenda; }
};

// Never fails: see the top of this file.
InviteDetails parse_invite(const std::map<std::string, std::string>& params);
// The details of a scheduled meeting's next (or given) occurrence.
InviteDetails invite_for(const ScheduledMeeting& meeting, const Occurrence& occurrence);

// The agenda as an invitation carries it: cleaned, cut to kInviteMaxAgendaChars; none when empty.
std::optional<std::string> invite_agenda(std::string_view agenda);

// "#/COF-AB12CD34" plus "?t=…&d=…&title=…&a=…" for the details that are set.
std::string invite_hash(const RoomCode& code, const InviteDetails& details);
// The shareable link: site URL (fragment replaced) + invite_hash().
std::string invite_link(std::string_view site_url, const RoomCode& code,
                        const InviteDetails& details);

struct InviteStatus {
  enum class Phase { Unknown, Upcoming, Ongoing, Ended };
  Phase phase = Phase::Unknown;  // Unknown: no start time in the link
  bool join_open = false;        // 10 minutes before the start until the end (always when Unknown)
};

// Without a duration, a started meeting counts as ongoing. The summary in words ("'Weekly
// sync' starts in 2 h 10 min") is app/words/link_words.h's invite_summary().
InviteStatus invite_status(const InviteDetails& details, std::int64_t now_utc);

}  // namespace cofx
