#include "app/test_snapshot.h"

#include <nlohmann/json.hpp>

#include "app/invite_links.h"
#include "app/words/deployment_words.h"
#include "app/words/meeting_words.h"
#include "core/text/json_util.h"

namespace cofx {
namespace {

const char* security_item_name(SecurityItem item) {
  switch (item) {
    case SecurityItem::Password: return "password";
    case SecurityItem::Lobby: return "lobby";
    case SecurityItem::EndToEndEncryption: return "e2ee";
  }
  return "";
}

const char* security_state_name(SecurityState state) {
  switch (state) {
    case SecurityState::Waiting: return "waiting";
    case SecurityState::Sent: return "sent";
    case SecurityState::Applied: return "applied";
    case SecurityState::Failed: return "failed";
    case SecurityState::NotPossible: return "not-possible";
  }
  return "";
}

nlohmann::json security_state(const MeetingSession* session, const Deployment& where) {
  nlohmann::json security = nlohmann::json::array();
  if (session == nullptr) return security;
  for (const SecurityStatus& status : session->security_status()) {
    security.push_back({{"item", security_item_name(status.item)},
                        {"state", security_state_name(status.state)},
                        {"text", describe(status, deployment_label(where))}});
  }
  return security;
}

nlohmann::json prejoin_state(const PreJoinRoom& room, const Scene& scene, const std::string& notice) {
  const PreJoinView media = room.view(scene, notice);
  const PreJoinForm& form = room.form();
  return {{"name", form.name},
          {"nameError", media.name_error},
          {"camera", std::string(device_status_name(media.camera))},
          {"microphone", std::string(device_status_name(media.microphone))},
          {"cameraProblem", describe(media.camera, DeviceKind::Camera).value_or("")},
          {"microphoneProblem", describe(media.microphone, DeviceKind::Microphone).value_or("")},
          {"cameraOn", form.devices.camera_on},
          {"microphoneOn", form.devices.microphone_on},
          {"cameras", media.devices.cameras.size()},
          {"microphones", media.devices.microphones.size()},
          {"level", media.level},
          {"speakerNote", media.speaker_note},
          {"skipCheck", form.devices.skip_check}};
}

}  // namespace

std::string test_snapshot(const App& app, const ZoneRules& zone, std::string_view site_url) {
  const Scene scene = app.scene();
  const MeetingFlow& flow = app.flow();
  const MeetTab& meet = app.lobby().meet();
  const LobbyView& view = meet.view();
  const SitePolicy& policy = app.site().policy;
  const MeetingTarget* target = flow.target();
  const MeetingTarget* shown = target ? target : meet.invited() ? meet.invited() : app.invitation().target();
  const Deployment& where = target ? target->deployment : scene.deployment;
  const auto* confirm = flow.as<flow::ConfirmDeployment>();
  const auto* meeting = flow.as<flow::InMeeting>();
  const MeetingSession* session = flow.session();
  const bool card_scrolls = app.screen() == Screen::PreJoin      ? app.prejoin().card_scrolls()
                            : app.screen() == Screen::Invitation ? app.invitation().card_scrolls()
                                                                 : app.lobby().card_scrolls();
  const ReminderDesk::Shown& reminder = app.lobby().reminders().last();
  nlohmann::json schedule = app.lobby().schedule_tab().state(scene.now_ms);
  const std::optional<InviteCardView> card = meet.invite_card(scene, zone);
  schedule["invite"] = card ? invite_card_state(*card) : nlohmann::json(nullptr);
  const nlohmann::json state = {
      {"screen", screen_name(app.screen())},
      {"language", std::string(app.language().current().tag)},
      {"cardScrolls", card_scrolls},
      {"overflowX", app.widgets().overflowing()},
      {"online", scene.online},
      {"updateReady", scene.update_ready},
      {"title", app.site().config.title},
      {"flow", state_name(flow.state())},
      {"room", shown ? shown->code.str() : ""},
      {"link", shown ? meeting_link(site_url, *shown, policy.deployment) : ""},
      {"displayName", meet.form().name},
      {"code", meet.form().code},
      {"error", meet.error()},
      {"nameError", view.name_error},
      {"codeError", view.code_error},
      {"scriptError", view.script_error},
      {"securityError", view.security_error},
      {"message", view.notice},
      {"domain", api_domain(where)},
      {"confirm", confirm ? joining_notice(confirm->target.code, confirm->target.deployment, policy.deployment) : ""},
      {"participants", session ? session->participants() : 0},
      {"recording", session ? describe(session->recording_kind()) : ""},
      {"passwordPrompt", app.panel().asking_password()},
      {"security", security_state(session, where)},
      {"hint", app.panel().hint_text()},
      {"leaveQuestion", meeting && meeting->leave_question.has_value()},
      {"prejoin", prejoin_state(app.prejoin(), scene, meet.notice())},
      {"invitation", app.invitation().is_open() ? invitation_state(app.invitation().view(scene)) : nlohmann::json(nullptr)},
      {"deployment", std::string(kind_name(scene.deployment.kind))},
      {"schedule", std::move(schedule)},
      {"lastReminder", reminder.text.empty() ? nlohmann::json(nullptr)
                                             : nlohmann::json{{"text", reminder.text}, {"notified", reminder.notified}}},
      {"recent", recent_state(meet.recent(scene))},
  };
  return json_util::dump_text(state);
}

}  // namespace cofx
