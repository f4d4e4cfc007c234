#include "app/meeting_panel.h"

#include <utility>

#include "app/invite_links.h"
#include "app/words/deployment_words.h"
#include "app/words/meeting_words.h"
#include "app/words/tr.h"

namespace cofx {

void MeetingPanel::after_step(const MeetingFlow& flow) {
  const auto* meeting = flow.as<flow::InMeeting>();
  if (meeting == nullptr || !meeting->asking_password || prompt_.open) return;
  prompt_.open = true;
  if (prompt_.tried) prompt_.error = std::string(tr("That password didn't work. Try again."));
}

void MeetingPanel::reset() {
  prompt_ = {};
  qr_.hide();
  hint_.clear();
}

MeetingPanelView MeetingPanel::view(const Scene& scene, const std::string& notice) const {
  MeetingPanelView panel;
  const auto* meeting = scene.flow.as<flow::InMeeting>();
  if (meeting == nullptr) return panel;
  panel.room = meeting->target.code.str();
  panel.domain = deployment_label(meeting->target.deployment);
  const MeetingSession& session = meeting->session;
  if (auto joined = session.joined_at_ms()) panel.elapsed = format_elapsed((scene.now_ms - *joined) / 1000);
  panel.participants = session.participants();
  panel.recording = !session.recording().empty();
  for (const SecurityStatus& status : session.security_status()) panel.security.push_back(describe(status, panel.domain));
  if (meeting->leave_question) {
    panel.leave_question = *meeting->leave_question
                               // Translators: {code} is the meeting you are in; {new_code} the one a link
                               // you followed leads to.
                               ? tr("Leave {code} to join {new_code}?",
                                    {{"code", panel.room}, {"new_code", (*meeting->leave_question)->code.str()}})
                               // Translators: {code} is the meeting you are in.
                               : tr("Leave {code} and go back to the lobby?", {{"code", panel.room}});
  }
  panel.notice = !hint_.empty() ? hint_ : notice;
  return panel;
}

Requests MeetingPanel::draw(const Scene& scene, const std::string& notice, const UiFonts& fonts, WidgetRects& rects) {
  const bool qr_was_shown = qr_.shown();
  const MeetingPanelIntents intents = draw_meeting_panel(view(scene, notice), prompt_, qr_, fonts, rects);
  Requests out;
  if (intents.copy_invite) {
    if (const MeetingTarget* target = scene.flow.target()) {
      // A phone hands the link to its share sheet (a chat app is where it goes from there).
      const std::string link = meeting_link(platform_.site_url(), *target, scene.policy.deployment);
      if (platform_.can_share()) platform_.share(target->title, link);
      else platform_.copy_to_clipboard(link);
    }
  }
  if (intents.show_qr) {
    if (const MeetingTarget* target = scene.flow.target()) {
      qr_.toggle(meeting_link(platform_.site_url(), *target, scene.policy.deployment));
    }
  }
  out.changed = intents.show_qr || qr_was_shown != qr_.shown() || qr_.settling();
  if (intents.submit_password && !prompt_.text.empty()) {
    const std::string typed = std::exchange(prompt_.text, "");
    prompt_ = {};
    prompt_.tried = true;
    out.steps.push_back(flow::Password{typed});
  }
  if (intents.cancel_password) out.steps.push_back(flow::PasswordCancelled{});
  else if (intents.leave) out.steps.push_back(flow::Leave{});
  if (intents.leave_for_link) out.steps.push_back(flow::LeaveForLink{});
  if (intents.keep_meeting) out.steps.push_back(flow::KeepMeeting{});
  return out;
}

}  // namespace cofx
