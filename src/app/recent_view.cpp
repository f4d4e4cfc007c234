#include "app/recent_view.h"

#include <algorithm>

#include <imgui.h>

#include "app/theme.h"
#include "app/ui_parts.h"
#include "app/imgui_reach.h"
#include "app/words/deployment_words.h"
#include "app/words/time_words.h"
#include "app/words/tr.h"
#include "core/text/shaped_text.h"

namespace cofx {
namespace {

using ui::em;

constexpr float kRejoinWidthEm = 5.0f;
constexpr const char* kRemoveGlyph = "\xC3\x97";  // ×

// The keyboard (not the mouse) is on the last item.
bool keyboard_on_last_item() { return ImGui::IsItemFocused() && imgui_reach::focus_ring_shown(); }

// The text on the left, wrapped short of the two buttons on the right. (A table would
// settle its columns a frame late, which a lobby that draws on demand would show.)
void draw_row(const RecentRow& row, std::size_t index, bool joining, WidgetRects& rects, RecentIntents& out) {
  const std::string suffix = std::to_string(index);
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float rejoin_width = kRejoinWidthEm * em();
  const float remove_width = ImGui::GetFrameHeight();
  const float left = ImGui::GetCursorPosX();
  const float text_width = std::max(ImGui::GetContentRegionAvail().x - rejoin_width - remove_width - 2 * spacing, em());

  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(left + text_width);
  ImGui::TextUnformatted(row.title.empty() ? row.code.c_str() : shaped::for_display(row.title).c_str());
  std::string details = row.title.empty() ? "" : row.code + " \xC2\xB7 ";
  if (!row.place.empty()) details += row.place + " \xC2\xB7 ";
  ui::muted_wrapped(details + row.when);
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();

  ImGui::SameLine(left + text_width + spacing);
  ImGui::BeginDisabled(joining);
  // Translators: a button on a recent meeting's row: join it again.
  if (ImGui::Button(label(tr("Rejoin"), "rejoin").c_str(), ImVec2(rejoin_width, 0))) out.rejoin = index;
  ImGui::EndDisabled();
  rects.track_last_item("recent-rejoin-" + suffix);
  rects.last().label = row.rejoin_label;
  ImGui::SetItemTooltip("%s", row.rejoin_label.c_str());
  if (keyboard_on_last_item()) out.focused = row.rejoin_label;

  ImGui::SameLine();
  if (ImGui::Button(kRemoveGlyph, ImVec2(remove_width, 0))) out.remove = index;
  rects.track_last_item("recent-remove-" + suffix);
  rects.last().label = row.remove_label;  // the button shows only "×"
  ImGui::SetItemTooltip("%s", row.remove_label.c_str());
  if (keyboard_on_last_item()) out.focused = row.remove_label;
}

}  // namespace

RecentView recent_view(const std::vector<RecentMeeting>& meetings, const std::string& problem,
                       const Deployment& site_default, std::int64_t now_ms, const ZoneRules& zone) {
  RecentView view;
  view.problem = problem;
  for (const RecentMeeting& m : meetings) {
    RecentRow row;
    row.code = m.code.str();
    row.title = m.title;
    if (!same_deployment(m.deployment, site_default)) row.place = deployment_label(m.deployment);
    row.when = format_joined_when(m.joined_at_ms, now_ms, zone);
    if (m.title.empty()) {
      // Translators: what a screen reader says for the Rejoin button; {code} is the meeting code.
      row.rejoin_label = tr("Rejoin {code}", {{"code", row.code}});
      // Translators: what a screen reader says for the × button; {code} is the meeting code.
      row.remove_label = tr("Remove {code} from recent meetings", {{"code", row.code}});
    } else {
      // Translators: what a screen reader says for the Rejoin button; {title} is the meeting's title,
      // {code} its meeting code.
      row.rejoin_label = tr("Rejoin '{title}' ({code})", {{"title", m.title}, {"code", row.code}});
      // Translators: what a screen reader says for the × button; {title} is the meeting's title,
      // {code} its meeting code.
      row.remove_label = tr("Remove '{title}' ({code}) from recent meetings", {{"title", m.title}, {"code", row.code}});
    }
    view.rows.push_back(std::move(row));
  }
  return view;
}

RecentIntents draw_recent_meetings(const RecentView& view, WidgetRects& rects) {
  RecentIntents out;
  if (view.rows.empty() && view.problem.empty()) return out;
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Spacing();
  const std::string heading(tr("Recent meetings"));
  ImGui::TextUnformatted(heading.c_str());
  ui::wrapped(view.problem, theme_colors().error_text);
  if (view.rows.empty()) return out;
  ImGui::PushID("recent");
  WidgetGroup list = rects.group("recent", GroupRole::List, heading);
  for (std::size_t i = 0; i < view.rows.size(); ++i) {
    if (i > 0) ImGui::Separator();
    ImGui::PushID(static_cast<int>(i));
    const RecentRow& row = view.rows[i];
    std::string named;
    if (row.title.empty()) {
      // Translators: how a screen reader names a row of recent meetings: its meeting code, and
      // when it was joined ("Today 14:05", "3 Dec").
      named = tr("{code}, {when}", {{"code", row.code}, {"when", row.when}});
    } else {
      // Translators: how a screen reader names a row of recent meetings: the meeting's title, its
      // meeting code, and when it was joined ("Today 14:05", "3 Dec").
      named = tr("{title}, {code}, {when}", {{"title", row.title}, {"code", row.code}, {"when", row.when}});
    }
    WidgetGroup item = rects.group("recent-" + std::to_string(i), GroupRole::Listitem, named);
    draw_row(row, i, view.joining, rects, out);
    ImGui::PopID();
  }
  ImGui::PopID();
  return out;
}

nlohmann::json recent_state(const RecentView& view) {
  nlohmann::json meetings = nlohmann::json::array();
  for (const RecentRow& row : view.rows) {
    meetings.push_back({{"code", row.code},
                        {"title", row.title},
                        {"place", row.place},
                        {"when", row.when},
                        {"removeLabel", row.remove_label}});
  }
  return {{"meetings", std::move(meetings)}, {"problem", view.problem}};
}

}  // namespace cofx
