#include "app/lobby.h"

#include <utility>

#include <imgui.h>

#include "app/site_notices.h"
#include "app/words/deployment_words.h"
#include "app/words/tr.h"
#include "core/meeting/recent_meetings.h"
#include "core/schedule/recurrence.h"
#include "core/schedule/reminders.h"
#include "core/schedule/schedule_store.h"

namespace cofx {

Lobby::Lobby(Platform& platform, RandomBytes random)
    : platform_(platform),
      meet_(platform, random),
      schedule_book_(platform),
      schedule_tab_(platform, schedule_book_, std::move(random)),
      reminders_(platform) {}

void Lobby::load(const Preferences& preferences, std::int64_t now_ms) {
  meet_.set_name(preferences.name());
  settings_.load(preferences);
  schedule_book_.load(now_ms);
  check_reminders(now_ms);
  meet_.load(now_ms);
}

Requests Lobby::draw(const Scene& scene, const std::string& title, Preferences& preferences, const UiFonts& fonts,
                     WidgetRects& rects) {
  Requests out;
  shown_tab_ = card_.begin(title, fonts, std::exchange(select_tab_, std::nullopt), rects);
  draw_site_notices(scene, rects, platform_);
  switch (shown_tab_) {
    case LobbyTab::Meet:
      out.add(meet_.draw(scene, rects));
      break;
    case LobbyTab::Schedule:
      if (auto code = schedule_tab_.draw(scene.now_ms, {scene.deployment, scene.policy.deployment}, rects)) {
        out.add(join_scheduled(*code, scene));
      }
      if (schedule_tab_.take_changed()) out.changed = true;
      break;
    case LobbyTab::Settings:
      out.add(settings_.draw(scene, preferences, rects));
      break;
  }
  // Translators: {deployment} is the Jitsi server meetings are held on, e.g. "meet.jit.si".
  moved_ = card_.end(tr("Meetings run on {deployment} with Jitsi Meet.", {{"deployment", deployment_label(scene.deployment)}}),
                     platform_.has_keyboard());
  read_shortcuts(scene, out);
  return out;
}

// Single-key shortcuts, only while no text field has the keyboard.
void Lobby::read_shortcuts(const Scene& scene, Requests& out) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || io.KeyCtrl || io.KeyAlt || io.KeySuper) return;
  if (ImGui::IsKeyPressed(ImGuiKey_N, false)) out.add(meet_.run_action("start", scene));
  if (ImGui::IsKeyPressed(ImGuiKey_J, false)) {
    select_tab_ = LobbyTab::Meet;
    meet_.focus_code();
  }
  if (ImGui::IsKeyPressed(ImGuiKey_S, false)) select_tab_ = LobbyTab::Schedule;
}

Requests Lobby::run_action(const std::string& name, const Scene& scene) {
  if (name.rfind(kReminderActionPrefix, 0) == 0) {  // a reminder was clicked
    const ScheduledMeeting* meeting = schedule_book_.find(name.substr(std::string_view(kReminderActionPrefix).size()));
    if (meeting && scene.screen() == Screen::Lobby) return join_scheduled(meeting->code, scene);
    return {};
  }
  return meet_.run_action(name, scene);
}

Requests Lobby::join_scheduled(const RoomCode& code, const Scene& scene) {
  meet_.show_code(code);
  MeetingTarget target{code, scene.deployment};
  for (const ScheduledMeeting& meeting : schedule_book_.meetings()) {
    if (meeting.deleted || meeting.code != code) continue;
    target.title = meeting.title;
    target.agenda = meeting.agenda;
    // The occurrence going on (or next): its start and length feed Jitsi's meeting timer.
    if (auto occurrence = next_occurrence(meeting, floor_div(scene.now_ms, 1000), platform_.local_zone())) {
      target.start_utc = occurrence->start_utc;
      target.duration_minutes = meeting.duration_minutes;
    }
  }
  Requests out;
  out.join = JoinRequest{std::move(target), JoinOrigin::Schedule};
  return out;
}

void Lobby::on_storage_changed(const std::string& key, std::int64_t now_ms) {
  if (key.empty() || key == kSchedulesStorageKey) schedule_book_.reload(now_ms);
  if (key.empty() || key == kRecentMeetingsStorageKey) meet_.reload_recent(now_ms);
}

bool Lobby::on_lock(const std::string& name, std::int64_t now_ms) {
  if (name == kSchedulesStorageKey) {
    schedule_book_.on_lock(now_ms);
  } else if (name == kRemindersStorageKey) {
    reminders_.on_lock(now_ms);
    take_reminder_notice();
  } else {
    return false;
  }
  return true;
}

bool Lobby::check_reminders(std::int64_t now_ms) {
  reminders_.check(schedule_book_.meetings(), schedule_book_.revision(), now_ms);
  return take_reminder_notice();
}

bool Lobby::take_reminder_notice() {
  auto notice = reminders_.take_notice();
  if (notice) meet_.tell(std::move(*notice));
  return notice.has_value();
}

bool Lobby::counting_down() const {
  return (shown_tab_ == LobbyTab::Meet && meet_.shows_countdown()) ||
         (shown_tab_ == LobbyTab::Schedule && schedule_tab_.shows_countdown());
}

}  // namespace cofx
