// The card the Meet tab shows above the name field when the page was opened
// from an invitation link: "'Weekly sync' starts in 2 h 10 min" with Join, or
// "ended at 15:30 on 12 Dec" with "Start it anyway", and the link's parameters
// that were ignored. Join is offered from 10 minutes before the start.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/widget_rects.h"
#include "core/links/invite.h"
#include "core/links/room_code.h"
#include "core/time/time_zone.h"

namespace cofx {

struct InviteCardView {
  std::string summary;  // "'Weekly sync' starts in 2 h 10 min"
  InviteStatus::Phase phase = InviteStatus::Phase::Unknown;
  bool can_join = false;   // Join (or Start it anyway) is enabled
  std::string when_open;   // "You can join from 15:20 on 12 Dec." while too early
  std::vector<std::string> ignored;
  bool counting = false;   // the summary changes with the clock
};

InviteCardView invite_card_view(const RoomCode& code, const InviteDetails& invite, std::int64_t now_utc,
                                const ZoneRules& zone, bool joining);

struct InviteCardIntents {
  bool join = false;
};

InviteCardIntents draw_invite_card(const InviteCardView& view, WidgetRects& rects);

// "upcoming", "ongoing", "ended", "unknown": the phase as the test snapshot names it.
const char* invite_phase_name(InviteStatus::Phase phase);

// {summary, phase: "upcoming"|"ongoing"|"ended"|"unknown", canJoin, ignored}
nlohmann::json invite_card_state(const InviteCardView& view);

}  // namespace cofx
