#include "app/meet_tab.h"

#include <utility>

#include "app/invite_links.h"
#include "app/site_notices.h"
#include "app/words/deployment_words.h"
#include "app/words/link_words.h"
#include "app/words/meeting_words.h"
#include "app/words/tr.h"
#include "core/links/code_input.h"
#include "core/meeting/display_name.h"
#include "core/meeting/meeting_security.h"

namespace cofx {

MeetTab::MeetTab(Platform& platform, RandomBytes random)
    : platform_(platform), random_(std::move(random)), recent_(platform) {}

void MeetTab::show_code(const RoomCode& code, std::string notice) {
  form_.code = code.str();
  view_.code_error.clear();
  view_.notice = std::move(notice);
}

void MeetTab::tell(std::string notice, bool failed) { (failed ? view_.script_error : view_.notice) = std::move(notice); }

const std::string& MeetTab::error() const {
  return !view_.script_error.empty() ? view_.script_error
         : !view_.code_error.empty() ? view_.code_error
         : !view_.security_error.empty() ? view_.security_error
                                          : view_.name_error;
}

const std::string& MeetTab::message() const { return error().empty() ? view_.notice : error(); }

void MeetTab::refuse(const std::string& code_text, std::string why) {
  form_.code = code_text;
  view_.code_error = std::move(why);
}

void MeetTab::clear_errors() {
  view_.code_error.clear();
  view_.script_error.clear();
}

void MeetTab::invite(MeetingTarget target, InviteDetails details) {
  invited_ = std::move(target);
  invite_ = std::move(details);
}

void MeetTab::forget_invite() {
  invited_.reset();
  invite_.reset();
}

std::optional<InviteCardView> MeetTab::invite_card(const Scene& scene, const ZoneRules& zone) const {
  if (!invite_ || !invited_) return std::nullopt;
  return invite_card_view(invited_->code, *invite_, scene.now_ms / 1000, zone, scene.screen() != Screen::Lobby);
}

RecentView MeetTab::recent(const Scene& scene) const {
  RecentView view = recent_view(recent_.meetings(), recent_.problem(), scene.policy.deployment, scene.now_ms,
                                platform_.local_zone());
  view.joining = scene.screen() == Screen::Joining;
  return view;
}

Requests MeetTab::draw(const Scene& scene, WidgetRects& rects) {
  const MeetingTarget* target = scene.flow.target();
  const auto* confirm = scene.flow.as<flow::ConfirmDeployment>();
  const MeetingTarget* shown = target ? target : invited();
  view_.joining = scene.screen() == Screen::Joining;
  view_.room = shown ? shown->code.str() : "";
  view_.link = shown ? meeting_link(platform_.site_url(), *shown, scene.policy.deployment) : "";
  view_.domain = deployment_label(target && view_.joining ? target->deployment : scene.deployment);
  view_.security_summary = security_summary({form_.room_password, form_.lobby, form_.end_to_end_encryption});
  view_.confirm =
      confirm ? joining_notice(confirm->target.code, confirm->target.deployment, scene.policy.deployment) : "";
  Requests out;
  if (form_.focus_code) out.settle = true;  // ImGui resolves a focus request over the next frames
  if (auto card = invite_card(scene, platform_.local_zone())) {
    if (draw_invite_card(*card, rects).join && invited_) out.join = JoinRequest{*invited_, JoinOrigin::Invite};
  }
  const LobbyIntents intents = draw_meet_tab(form_, view_, rects);
  const RecentIntents recent = draw_recent_meetings(this->recent(scene), rects);
  if (view_.link.empty()) qr_.hide();
  if (qr_.draw(rects) || qr_.settling()) out.changed = true;
  out.add(apply(intents, scene));
  out.add(apply(recent, scene));
  return out;
}

Requests MeetTab::run_action(const std::string& name, const Scene& scene) {
  LobbyIntents intents;
  if (name == "start") intents.start_instant = true;
  else if (name == "join") intents.join_code = true;
  else if (name == "copy-link") intents.copy_link = true;
  else if (name == "retry") intents.retry = true;
  else if (name == "cancel") intents.cancel = true;
  return apply(intents, scene);
}

Requests MeetTab::apply(const LobbyIntents& intents, const Scene& scene) {
  Requests out;
  if (intents.name_edited) view_.name_error.clear();
  if (intents.code_edited) view_.code_error.clear();
  if (intents.security_edited) view_.security_error.clear();
  if (intents.name_committed) {
    const std::string name = clean_display_name(form_.name);
    if (!display_name_problem(name)) out.keep_name = name;
  }
  if (intents.copy_link) {
    if (const MeetingTarget* target = scene.flow.target() ? scene.flow.target() : invited()) {
      platform_.copy_to_clipboard(meeting_link(platform_.site_url(), *target, scene.policy.deployment));
    }
  }
  if (intents.show_qr) {
    if (const MeetingTarget* target = scene.flow.target() ? scene.flow.target() : invited()) {
      qr_.toggle(meeting_link(platform_.site_url(), *target, scene.policy.deployment));
    }
  }
  if (intents.cancel) out.steps.push_back(flow::Cancel{});
  if (intents.retry && !refuse_offline(scene.online, platform_)) {
    view_.notice.clear();
    view_.script_error.clear();
    out.steps.push_back(flow::Retry{});
  }
  if (intents.decline_join) out.steps.push_back(flow::DeclinedDeployment{});
  if (intents.confirm_join) out.steps.push_back(flow::ConfirmedDeployment{});
  if (intents.start_instant) out.add(start_instant(scene));
  if (intents.join_code) out.add(join_typed_code(scene));
  out.changed = out.changed || intents.start_instant || intents.join_code || intents.retry || intents.cancel ||
                intents.copy_link || intents.show_qr || intents.confirm_join || intents.decline_join || intents.name_edited ||
                intents.code_edited || intents.security_edited || intents.name_committed;
  return out;
}

// Checks the typed name; on success the field holds the cleaned name.
bool MeetTab::take_name() {
  const std::string cleaned = clean_display_name(form_.name);
  if (auto problem = display_name_problem(cleaned)) {
    view_.name_error = *problem;
    return false;
  }
  form_.name = cleaned;
  view_.name_error.clear();
  return true;
}

Requests MeetTab::start_instant(const Scene& scene) {
  Requests out;
  view_.notice.clear();
  if (!take_name()) return out;
  out.keep_name = form_.name;
  MeetingSecurity security{form_.room_password, form_.lobby, form_.end_to_end_encryption};
  if (!security.password.empty()) {
    if (auto problem = room_password_problem(security.password)) {
      view_.security_error = *problem;
      return out;
    }
  }
  view_.security_error.clear();
  out.join = JoinRequest{{generate_room_code(random_), scene.deployment, security, ""}, JoinOrigin::Instant};
  return out;
}

Requests MeetTab::join_typed_code(const Scene& scene) {
  Requests out;
  view_.notice.clear();
  const CodeCheck check = check_meeting_code(form_.code);
  if (!check.code) {
    view_.code_error = describe(*check.problem);
    return out;
  }
  form_.code = check.code->str();
  view_.code_error.clear();
  if (!take_name()) return out;
  out.keep_name = form_.name;
  // A room someone else made: its security is theirs to set. A typed code always means the
  // site's own deployment: a link's server is reached only through its question (or trust).
  out.join = JoinRequest{{*check.code, scene.deployment, {}, ""}, JoinOrigin::TypedCode};
  return out;
}

Requests MeetTab::apply(const RecentIntents& intents, const Scene& scene) {
  Requests out;
  // The canvas is opaque to screen readers: say which row button the keyboard is on.
  if (!intents.focused.empty() && intents.focused != recent_focus_said_) platform_.announce(intents.focused);
  recent_focus_said_ = intents.focused;
  if (intents.remove) {
    recent_.remove(*intents.remove, scene.now_ms);
    out.rows_gone = true;
    out.changed = true;
  }
  if (intents.rejoin) out.add(rejoin(*intents.rejoin, scene));
  return out;
}

// Rejoin: the recorded place, decided the way a link's is (the site may no longer allow it).
Requests MeetTab::rejoin(std::size_t index, const Scene& scene) {
  Requests out;
  if (index >= recent_.meetings().size()) return out;
  const RecentMeeting meeting = recent_.meetings()[index];
  view_.notice.clear();
  form_.code = meeting.code.str();
  const LinkDecision place = deployment_for_link(scene.policy, scene.deployment, LinkDeployment{meeting.deployment, {}});
  if (place.refused) {
    // Translators: {code} is a meeting code; {old_server} the Jitsi server it was held on;
    // {server} the only Jitsi server this site now allows.
    view_.code_error = tr("{code} was on {old_server}, but this site now only joins meetings on {server}.",
                          {{"code", meeting.code.str()},
                           {"old_server", deployment_label(meeting.deployment)},
                           {"server", deployment_label(scene.policy.deployment)}});
    out.changed = true;
    return out;
  }
  const bool ask_deployment = place.ask_first && !scene.trusted.trusts(place.deployment);
  out.join = JoinRequest{{meeting.code, place.deployment, {}, meeting.title}, JoinOrigin::Recent, ask_deployment};
  return out;
}

}  // namespace cofx
