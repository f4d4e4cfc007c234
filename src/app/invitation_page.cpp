#include "app/invitation_page.h"

#include <cstdio>

#include "app/invite_links.h"
#include "app/site_notices.h"
#include "app/theme.h"
#include "app/ui_parts.h"
#include "app/words/deployment_words.h"
#include "app/words/invitation_words.h"
#include "app/words/link_words.h"
#include "app/words/schedule_words.h"
#include "app/words/tr.h"
#include "core/links/route.h"
#include "core/schedule/calendar_export.h"
#include "core/time/civil_time.h"

namespace cofx {
namespace {

constexpr float kInvitationCardWidthEm = 32.0f;
constexpr int kCalendarDefaultMinutes = 60;  // a link without a duration still makes an entry

// The same meeting always gets the same calendar UID (room and start), so adding it twice
// updates one entry instead of making two.
std::string calendar_id(const RoomCode& code, std::int64_t start_utc) {
  std::string id;
  for (const char c : code.str().substr(4)) {
    char hex[3];
    std::snprintf(hex, sizeof hex, "%02x", static_cast<unsigned char>(c));
    id += hex;
  }
  char start[17];
  std::snprintf(start, sizeof start, "%016llx", static_cast<unsigned long long>(start_utc));
  return id + start;
}

}  // namespace

void InvitationPage::open(MeetingTarget target, InviteDetails details) {
  target_ = std::move(target);
  details_ = std::move(details);
  qr_.hide();
  copy_note_.clear();
}

void InvitationPage::close() {
  target_.reset();
  qr_.hide();
  copy_note_.clear();
}

void InvitationPage::on_clipboard(bool ok) {
  copy_note_ = std::string(ok ? tr("Link copied.")
                              : tr("Copying was refused by the browser: select the link below and copy it."));
}

std::string InvitationPage::link(const Scene& scene) const {
  if (!target_) return "";
  return invite_link_on(platform_.site_url(), target_->code, details_, target_->deployment, scene.policy.deployment);
}

std::string InvitationPage::hash(const Scene& scene) const {
  if (!target_) return lobby_hash();
  return invite_link_on("", target_->code, details_, target_->deployment, scene.policy.deployment);
}

ScheduledMeeting InvitationPage::calendar_entry() const {
  ScheduledMeeting meeting;
  if (!target_ || !details_.start_utc) return meeting;
  meeting.id = calendar_id(target_->code, *details_.start_utc);
  meeting.title = details_.title.value_or(untitled_meeting(target_->code.str()));
  meeting.start_utc = *details_.start_utc;
  meeting.duration_minutes = details_.duration_minutes.value_or(kCalendarDefaultMinutes);
  meeting.agenda = details_.agenda.value_or("");
  meeting.code = target_->code;
  return meeting;
}

InvitationView InvitationPage::view(const Scene& scene) const {
  InvitationView view;
  if (!target_ || !details_.start_utc) return view;
  const ZoneRules& zone = platform_.local_zone();
  const std::int64_t now_utc = floor_div(scene.now_ms, 1000);
  const InviteStatus status = invite_status(details_, now_utc);
  view.title = details_.title.value_or(untitled_meeting(target_->code.str()));
  view.when = invitation_when(*details_.start_utc, details_.duration_minutes, now_utc, zone);
  view.zone = invitation_zone(*details_.start_utc, zone);
  view.duration = details_.duration_minutes ? duration_words(*details_.duration_minutes) : "";
  view.countdown = invitation_countdown(details_, now_utc, zone);
  view.deployment = deployment_label(target_->deployment);
  view.agenda = details_.agenda.value_or("");
  view.phase = status.phase;
  view.can_join = status.join_open;
  view.joining = scene.screen() == Screen::Joining;
  if (status.phase == InviteStatus::Phase::Upcoming && !status.join_open) {
    view.join_opens = invitation_join_opens(*details_.start_utc, zone);
  }
  view.link = link(scene);
  view.copy_note = copy_note_;
  view.ignored = ignored_names(details_.ignored);
  view.share = platform_.can_share();
  view.show_qr = qr_.shown();
  return view;
}

Requests InvitationPage::draw(const Scene& scene, const std::string& notice, const UiFonts& fonts,
                              WidgetRects& rects) {
  const InvitationView shown = view(scene);
  card_.begin_without_tabs(shown.title, std::string(tr("You're invited.")), fonts, kInvitationCardWidthEm);
  draw_site_notices(scene, rects, platform_);
  ui::message(notice, theme_colors().muted_text, WidgetRole::Status, "notice", rects);
  const InvitationIntents intents = draw_invitation(shown, rects);
  moved_ = card_.end("", false);
  const bool qr_was_shown = qr_.shown();
  Requests out = apply(intents, scene);
  if (qr_.draw(rects) || qr_.settling() || qr_was_shown != qr_.shown()) out.changed = true;
  return out;
}

Requests InvitationPage::run_action(const std::string& name, const Scene& scene) {
  InvitationIntents intents;
  if (name == "join") intents.join = true;
  else if (name == "calendar") intents.calendar = true;
  else if (name == "google") intents.google = true;
  else if (name == "outlook") intents.outlook = true;
  else if (name == "share") intents.share = true;
  else if (name == "copy-link") intents.copy_link = true;
  else if (name == "qr") intents.toggle_qr = true;
  else if (name == "lobby") intents.lobby = true;
  return apply(intents, scene);
}

Requests InvitationPage::apply(const InvitationIntents& intents, const Scene& scene) {
  Requests out;
  if (!target_) return out;
  out.changed = intents.join || intents.calendar || intents.google || intents.outlook || intents.share ||
                intents.copy_link || intents.toggle_qr || intents.lobby;
  const ZoneRules& zone = platform_.local_zone();
  if (intents.calendar || intents.google || intents.outlook) {
    const ScheduledMeeting meeting = calendar_entry();
    const std::string shared = link(scene);
    const CalendarWords words = calendar_words(meeting, zone);
    if (intents.calendar) {
      platform_.download(ics_file_name(meeting), "text/calendar",
                         meeting_ics(meeting, shared, floor_div(scene.now_ms, 1000), zone, words));
    } else {
      platform_.open_url(intents.google ? google_calendar_url(meeting, shared, zone, words)
                                        : outlook_calendar_url(meeting, shared, zone, words));
    }
  }
  if (intents.share) {
    if (platform_.can_share()) platform_.share(details_.title.value_or(""), link(scene));
    else platform_.copy_to_clipboard(link(scene));
  }
  if (intents.copy_link) platform_.copy_to_clipboard(link(scene));
  if (intents.toggle_qr) qr_.toggle(link(scene));
  const InviteStatus status = invite_status(details_, floor_div(scene.now_ms, 1000));
  // An ended meeting's room still opens ("Open the room anyway"): the room is the same.
  const bool may_join = status.join_open || status.phase == InviteStatus::Phase::Ended;
  if (intents.join && may_join && scene.screen() == Screen::Invitation) {
    out.join = JoinRequest{*target_, JoinOrigin::Invite};
  }
  if (intents.lobby) {
    close();
    platform_.set_route(lobby_hash(), true);
    out.steps.push_back(flow::RouteToLobby{});
  }
  return out;
}

}  // namespace cofx
