// The sentences of the guest's invitation page (app/invitation_page.h): when the meeting
// is in the guest's own time, how long it lasts, how long until it starts, where it runs.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/links/invite.h"
#include "core/time/time_zone.h"

namespace cofx {

// "Sat 12 Dec, 15:30 – 16:30 your time"; "Sat 12 Dec, 23:30 – Sun 13 Dec, 00:30 your time"
// across midnight; "Sat 12 Dec, 15:30 your time" without a duration; the year is added
// when the meeting is not in the viewer's current year.
std::string invitation_when(std::int64_t start_utc, std::optional<int> duration_minutes, std::int64_t now_utc,
                            const ZoneRules& zone);
// "Your time zone: Asia/Kuala_Lumpur (UTC+08:00)", or "Your time zone: UTC+08:00" unnamed.
std::string invitation_zone(std::int64_t start_utc, const ZoneRules& zone);
// "30 minutes", "1 hour", "1 hour 30 minutes", "24 hours".
std::string duration_words(int minutes);
// "Starts in 2 h 10 min", "Started 5 min ago", "Ended at 15:30 on 12 Dec".
std::string invitation_countdown(const InviteDetails& details, std::int64_t now_utc, const ZoneRules& zone);
// "You can join from 15:20, 10 minutes before the start."
std::string invitation_join_opens(std::int64_t start_utc, const ZoneRules& zone);
// "The meeting COF-AB12CD34": a title for calendars and the page when the link has none.
std::string untitled_meeting(const std::string& code);

}  // namespace cofx
