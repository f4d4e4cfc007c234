// The last meetings joined in this browser, newest first, as one versioned JSON document
// in localStorage:
//
//   {"version":1,"meetings":[{"code":"COF-AB12CD34","title":"Weekly sync",
//     "kind":"self-hosted","domain":"jitsi.example.org","joinedAt":1765000000000}, ...]}
//
// A deployment is kept as its place only (kind, domain, AppID): never a JWT or a token URL.
// One entry per code and place (same_deployment): joining again moves it to the top. Readers
// are tolerant: an unusable entry is left out, an unusable document reads as an empty
// list, and either way the load says so.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/deployment/deployment.h"
#include "core/links/room_code.h"

namespace cofx {

inline constexpr const char* kRecentMeetingsStorageKey = "cofinix.recent";
inline constexpr int kRecentMeetingsVersion = 1;
inline constexpr std::size_t kMaxRecentMeetings = 10;
// Stored titles longer than this are cut before cleaning (hostile storage, not a person).
inline constexpr std::size_t kMaxRecentTitleBytes = 4096;

struct RecentMeeting {
  RoomCode code;
  std::string title;       // cleaned; empty when the join carried none
  Deployment deployment;   // its place only: kind, domain, AppID
  std::int64_t joined_at_ms = 0;
  bool operator==(const RecentMeeting&) const = default;
};

enum class RecentProblem {
  Unreadable,  // not a document of ours: read as an empty list
  Newer,       // written by a newer Cof-iniX: read as an empty list, and not to be overwritten
  LeftOut,     // some entries could not be used and were left out
};
// app/words/meeting_words.h: describe(problem).

struct RecentLoad {
  std::vector<RecentMeeting> meetings;  // newest first, at most kMaxRecentMeetings
  std::optional<RecentProblem> problem;
};

std::string encode_recent_meetings(const std::vector<RecentMeeting>& meetings);
// Never fails hard. Empty text means nothing was stored (no problem).
RecentLoad decode_recent_meetings(std::string_view text);

// What of a deployment a recent meeting keeps: kind, domain and AppID.
Deployment recent_deployment(const Deployment& deployment);
// Milliseconds within the dates the app supports (1970 to 9999).
std::int64_t clamp_joined_at(std::int64_t ms);

// Puts `meeting` at the top (cleaned, clamped, its place only). An entry for the same code
// and place is replaced; its title is kept when this join brings none. At most
// kMaxRecentMeetings stay.
void record_recent(std::vector<RecentMeeting>& list, RecentMeeting meeting);
// Removes the entry for this code and place; false when there was none.
bool remove_recent(std::vector<RecentMeeting>& list, const RoomCode& code, const Deployment& place);

}  // namespace cofx
