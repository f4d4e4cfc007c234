#include "app/meeting_panel.h"

#include <utility>

#include "app/invite_links.h"
#include "app/words/deployment_words.h"
#include "app/words/meeting_words.h"
#include "app/words/tr.h"

namespace cofx {

void MeetingPanel::after_step(const MeetingFlow& flow) {
  const auto* meeting = flow.as<flow::InMeeting>();
  if (meeting == nullptr) return;
  if (meeting->session.is_moderator()) {
    for (const WaitingGuest& guest : meeting->session.roster().waiting()) {
      if (answered_.count(guest.id) != 0 || !announced_.insert(guest.id).second) continue;
      const std::string name = guest.name.empty() ? std::string(tr("Guest")) : guest.name;
      // Translators: said by the screen reader, and a notification while the page is hidden.
      const std::string text = tr("{name} is waiting to join", {{"name", name}});
      platform_.announce(text);
      if (!platform_.page_visible()) {
        // Translators: the body of the notification that someone is waiting to join.
        platform_.notify(text, std::string(tr("Open the meeting to let them in")), "knock-" + guest.id, kShowMeetingAction);
      }
    }
  }
  if (meeting->session.admission() == Admission::Admitted && !told_admitted_) {
    told_admitted_ = true;
    // Translators: said by the screen reader when the host lets a waiting guest in.
    platform_.announce(std::string(tr("The host let you in")));
  }
  if (!meeting->asking_password || prompt_.open) return;
  prompt_.open = true;
  if (prompt_.tried) prompt_.error = std::string(tr("That password didn't work. Try again."));
}

void MeetingPanel::reset() {
  prompt_ = {};
  qr_.hide();
  hint_.clear();
  answered_.clear();
  announced_.clear();
  question_.reset();
  agenda_shown_ = false;
  sheet_ = false;
  told_admitted_ = false;
}

void MeetingPanel::answer_knock(const std::string& id, bool admit) {
  platform_.jitsi_command({JitsiCommand::Name::AnswerKnocking, id, admit});
  answered_.insert(id);
}

void MeetingPanel::act(const Scene& scene, const MeetingPanelIntents& intents) {
  const auto* meeting = scene.flow.as<flow::InMeeting>();
  if (meeting == nullptr) return;
  if (intents.toggle_agenda) agenda_shown_ = !agenda_shown_;
  if (intents.open_sheet) sheet_ = true;
  if (intents.close_sheet) sheet_ = false;
  using N = JitsiCommand::Name;
  if (!intents.admit.empty()) answer_knock(intents.admit, true);
  if (!intents.deny.empty()) answer_knock(intents.deny, false);
  if (intents.admit_all) {
    for (const WaitingGuest& guest : meeting->session.roster().waiting()) {
      if (answered_.count(guest.id) == 0) answer_knock(guest.id, true);
    }
  }
  if (intents.mute_everyone) platform_.jitsi_command({N::MuteEveryone, {}, false});
  using Action = MeetingPanelIntents::PersonAction;
  if (intents.person_action == Action::Mute) platform_.jitsi_command({N::MuteParticipant, intents.person_id});
  if (intents.person_action == Action::AskToUnmute) platform_.jitsi_command({N::AskToUnmute, intents.person_id});
  if (intents.person_action == Action::MakeModerator) platform_.jitsi_command({N::GrantModerator, intents.person_id, false});
  if (intents.person_action == Action::Remove) {
    const Person* person = meeting->session.roster().find(intents.person_id);
    if (person != nullptr) question_ = Question{Question::Kind::Remove, person->id, person->name};
  }
  if (intents.end_for_all) question_ = Question{Question::Kind::EndForAll, {}, {}};
  if (intents.confirm_yes && question_) {
    if (question_->kind == Question::Kind::Remove) platform_.jitsi_command({N::KickParticipant, question_->id, false});
    else platform_.jitsi_command({N::EndConference, {}, false});
    question_.reset();
  }
  if (intents.confirm_no) question_.reset();
}

MeetingPanelView MeetingPanel::view(const Scene& scene, const std::string& notice) const {
  MeetingPanelView panel;
  const auto* meeting = scene.flow.as<flow::InMeeting>();
  if (meeting == nullptr) return panel;
  panel.room = meeting->target.code.str();
  panel.domain = deployment_label(meeting->target.deployment);
  const MeetingSession& session = meeting->session;
  if (auto joined = session.joined_at_ms()) panel.elapsed = format_elapsed((scene.now_ms - *joined) / 1000);
  if (session.admission() == Admission::Waiting) {
    // Translators: in the meeting's panel while Jitsi's lobby keeps a guest waiting.
    panel.waiting_for_host = std::string(tr("Waiting for the host to let you in"));
  }
  panel.title = meeting->target.title;
  panel.agenda = meeting->target.agenda;
  panel.agenda_shown = agenda_shown_;
  panel.sheet = sheet_;
  // Translators: in the meeting's panel when Jitsi couldn't blur the camera's background.
  if (session.blur() == EffectState::Refused) panel.effects.push_back(std::string(tr("This meeting couldn't blur your background.")));
  if (session.noise_suppression() == EffectState::Refused) {
    // Translators: in the meeting's panel when Jitsi couldn't turn on noise suppression.
    panel.effects.push_back(std::string(tr("This meeting couldn't turn on noise suppression.")));
  }
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
  panel.moderator = session.is_moderator();
  const Roster& roster = session.roster();
  if (panel.moderator) {
    for (const WaitingGuest& guest : roster.waiting()) {
      if (answered_.count(guest.id) == 0) panel.waiting.push_back({guest.id, guest.name});
    }
  }
  for (const Person& person : roster.people()) {
    panel.people.push_back({person.id, person.name, person.you, person.moderator, person.hand_raised, person.audio_muted});
  }
  panel.people_not_listed = roster.count() - panel.people.size();
  if (question_) {
    const std::string name = question_->name.empty() ? std::string(tr("Guest")) : question_->name;
    panel.confirm_question = question_->kind == Question::Kind::Remove
                                 // Translators: asked before removing someone; {name} is the person.
                                 ? tr("Remove {name} from the meeting?", {{"name", name}})
                                 : std::string(tr("End the meeting for everyone?"));
    panel.confirm_label = question_->kind == Question::Kind::Remove
                              // Translators: the button that confirms removing someone from the meeting.
                              ? std::string(trc("remove a person", "Remove"))
                              // Translators: the button that confirms ending the meeting for everyone.
                              : std::string(tr("End meeting"));
  }
  return panel;
}

Requests MeetingPanel::draw(const Scene& scene, const std::string& notice, const UiFonts& fonts, WidgetRects& rects) {
  const bool qr_was_shown = qr_.shown();
  const MeetingPanelIntents intents = draw_meeting_panel(view(scene, notice), prompt_, qr_, fonts, rects);
  act(scene, intents);
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
  const bool acted = !intents.admit.empty() || !intents.deny.empty() || intents.admit_all || intents.end_for_all ||
                     intents.toggle_agenda || intents.open_sheet || intents.close_sheet ||
                     intents.person_action != MeetingPanelIntents::PersonAction::None || intents.confirm_yes ||
                     intents.confirm_no || intents.mute_everyone;
  out.changed = acted || intents.show_qr || qr_was_shown != qr_.shown() || qr_.settling();
  if (sheet_ && scene.flow.as<flow::InMeeting>() == nullptr) sheet_ = false;
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
