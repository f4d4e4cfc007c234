// The Meet tab's "Recent meetings": one row per meeting joined in this browser, newest
// first, with Rejoin and Remove (×). Draws nothing when there is neither a row nor a problem.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/widget_rects.h"
#include "core/deployment/deployment.h"
#include "core/meeting/recent_meetings.h"
#include "core/time/time_zone.h"

namespace cofx {

struct RecentRow {
  std::string code;
  std::string title;         // may be empty: the row shows the code instead
  std::string place;         // the deployment, only when it is not the site's default
  std::string when;          // "Today 14:05", "Yesterday", "3 Dec"
  std::string rejoin_label;  // what a screen reader says for the buttons
  std::string remove_label;
};

struct RecentView {
  std::vector<RecentRow> rows;
  std::string problem;  // unreadable stored data or a refused write
  bool joining = false;  // Rejoin waits while a meeting is being opened
};

RecentView recent_view(const std::vector<RecentMeeting>& meetings, const std::string& problem,
                       const Deployment& site_default, std::int64_t now_ms, const ZoneRules& zone);

struct RecentIntents {
  std::optional<std::size_t> rejoin;
  std::optional<std::size_t> remove;
  std::string focused;  // the label of a row button the keyboard is on, for screen readers
};

RecentIntents draw_recent_meetings(const RecentView& view, WidgetRects& rects);

// {meetings: [{code, title, place, when, removeLabel}], problem}
nlohmann::json recent_state(const RecentView& view);

}  // namespace cofx
