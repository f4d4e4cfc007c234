#include "app/invite_card.h"

#include <imgui.h>

#include "app/invite_links.h"
#include "app/theme.h"
#include "app/ui_parts.h"
#include "app/words/link_words.h"
#include "app/words/time_words.h"
#include "app/words/tr.h"
#include "core/schedule/recurrence.h"

namespace cofx {
namespace {

using ui::wrapped;

}  // namespace

InviteCardView invite_card_view(const RoomCode& code, const InviteDetails& invite, std::int64_t now_utc,
                                const ZoneRules& zone, bool joining) {
  const InviteStatus status = invite_status(invite, now_utc);
  const std::string summary = invite_summary(invite, now_utc, zone);
  InviteCardView view;
  // Translators: {code} is the meeting code, e.g. "COF-AB12CD34".
  view.summary = summary.empty() ? tr("You're invited to {code}.", {{"code", code.str()}}) : summary;
  view.phase = status.phase;
  // An ended meeting can still be started: the room is the same.
  view.can_join = !joining && (status.join_open || status.phase == InviteStatus::Phase::Ended);
  if (status.phase == InviteStatus::Phase::Upcoming && !status.join_open) {
    // Translators: {when} is a time and day, e.g. "15:20 on 12 Dec".
    view.when_open = tr("You can join from {when}, 10 minutes before the start.",
                        {{"when", format_time_on_date(to_local(*invite.start_utc - kJoinEarlySeconds, zone))}});
  }
  view.ignored = ignored_names(invite.ignored);
  view.counting = invite.start_utc.has_value();
  return view;
}

InviteCardIntents draw_invite_card(const InviteCardView& view, WidgetRects& rects) {
  InviteCardIntents out;
  const ThemeColors& colors = theme_colors();
  wrapped(view.summary, colors.text);
  wrapped(view.when_open, colors.muted_text);
  ImGui::BeginDisabled(!view.can_join);
  // Translators: the meeting an invitation was for has ended; its room can still be opened.
  const std::string join_label = label(view.phase == InviteStatus::Phase::Ended ? tr("Start it anyway") : tr("Join"), "invite-join");
  if (ImGui::Button(join_label.c_str())) out.join = true;
  ImGui::EndDisabled();
  rects.track_last_item("invite-join");
  wrapped(ignored_notice(view.ignored), colors.muted_text);
  ImGui::Separator();
  ImGui::Spacing();
  return out;
}

const char* invite_phase_name(InviteStatus::Phase phase) {
  switch (phase) {
    case InviteStatus::Phase::Upcoming: return "upcoming";
    case InviteStatus::Phase::Ongoing: return "ongoing";
    case InviteStatus::Phase::Ended: return "ended";
    case InviteStatus::Phase::Unknown: return "unknown";
  }
  return "unknown";
}

nlohmann::json invite_card_state(const InviteCardView& view) {
  return {{"summary", view.summary},
          {"phase", invite_phase_name(view.phase)},
          {"canJoin", view.can_join},
          {"whenOpen", view.when_open},
          {"ignored", view.ignored}};
}

}  // namespace cofx
