#include "app/prejoin_room.h"

#include <algorithm>
#include <variant>

#include "app/site_notices.h"
#include "app/words/deployment_words.h"
#include "app/words/meeting_words.h"
#include "app/words/tr.h"
#include "core/meeting/display_name.h"
#include "core/text/overloaded.h"

namespace cofx {
namespace {

constexpr float kPreJoinCardWidthEm = 52.0f;

// A remembered device that is gone falls back to the browser's default.
bool known(const std::vector<MediaDevice>& list, const std::string& id) {
  return id.empty() || list.empty() ||
         std::any_of(list.begin(), list.end(), [&](const MediaDevice& d) { return d.id == id || d.id.empty(); });
}

}  // namespace

void PreJoinRoom::open(const std::string& name) {
  media_.level = 0;
  media_.name_error.clear();
  media_.speaker_note.clear();
  media_.devices.can_pick_speaker = platform_.can_pick_speaker();
  form_.name = name;
  focus_name_ = display_name_problem(clean_display_name(name)).has_value();
  restart_preview();
}

void PreJoinRoom::restart_preview() {
  media_.camera = form_.devices.camera_on ? DeviceStatus::Starting : DeviceStatus::Off;
  media_.microphone = form_.devices.microphone_on ? DeviceStatus::Starting : DeviceStatus::Off;
  platform_.start_preview(form_.devices);
}

void PreJoinRoom::close() {
  platform_.stop_preview();
  media_.level = 0;
}

void PreJoinRoom::on_media(const PlatformEvent& event) {
  std::visit(Overloaded{
      [&](const host::MediaState& e) {
        media_.camera = e.camera;
        media_.microphone = e.microphone;
      },
      [&](const host::MediaDevices& e) {
        media_.devices = e.devices;
        DeviceChoices& chosen = form_.devices;
        if (!known(e.devices.cameras, chosen.camera_id)) chosen.camera_id.clear(), chosen.camera_label.clear();
        if (!known(e.devices.microphones, chosen.microphone_id)) {
          chosen.microphone_id.clear(), chosen.microphone_label.clear();
        }
        // Labels arrive once the person allowed the device: Jitsi matches devices by label.
        if (!chosen.camera_id.empty()) chosen.camera_label = label_of(e.devices.cameras, chosen.camera_id);
        if (!chosen.microphone_id.empty()) {
          chosen.microphone_label = label_of(e.devices.microphones, chosen.microphone_id);
        }
        if (!chosen.speaker_id.empty()) chosen.speaker_label = label_of(e.devices.speakers, chosen.speaker_id);
      },
      [&](const host::MediaLevel& e) { media_.level = e.level; },
      [&](const host::SpeakerTest& e) {
        if (e.ok) {
          media_.speaker_note = tr("Playing a chime: did you hear it?");
        } else if (e.detail.empty()) {
          media_.speaker_note = tr("The speaker test couldn't play.");
        } else {
          // Translators: {detail} is the browser's reason, often in English (e.g. "NotAllowedError").
          media_.speaker_note = tr("The speaker test couldn't play ({detail}).", {{"detail", e.detail}});
        }
      },
      [](const auto&) {},
  }, event);
}

PreJoinView PreJoinRoom::view(const Scene& scene, const std::string& notice) const {
  PreJoinView view = media_;
  if (const MeetingTarget* target = scene.flow.target()) {
    view.code = target->code.str();
    view.title = target->title;
    view.place = deployment_label(target->deployment);
  }
  if (!form_.devices.camera_on) view.camera = DeviceStatus::Off;
  if (!form_.devices.microphone_on) view.microphone = DeviceStatus::Off;
  view.focus_name = focus_name_;
  view.notice = notice;
  return view;
}

Requests PreJoinRoom::draw(const Scene& scene, const std::string& notice, const UiFonts& fonts, WidgetRects& rects) {
  const MeetingTarget* target = scene.flow.target();
  const std::string heading = target && !target->title.empty() ? target->title : std::string(tr("Ready to join?"));
  card_.begin_without_tabs(heading, std::string(tr("Check your camera and microphone, then join.")), fonts,
                           kPreJoinCardWidthEm);
  const PreJoinView shown = view(scene, notice);
  focus_name_ = false;
  draw_site_notices(scene, rects, platform_);
  const PreJoinIntents intents = draw_prejoin(form_, shown, rects);
  moved_ = card_.end("", false);
  Requests out = apply(intents, scene);
  if (shown.focus_name) out.settle = true;
  return out;
}

Requests PreJoinRoom::apply(const PreJoinIntents& intents, const Scene& scene) {
  Requests out;
  if (intents.name_edited) media_.name_error.clear(), out.changed = true;
  if (intents.devices_changed || intents.retry_devices) {
    restart_preview();
    out.keep_devices = form_.devices;
    out.changed = true;
  }
  if (intents.setting_changed) out.keep_devices = form_.devices, out.changed = true;
  if (intents.test_speaker) {
    // Translators: the speaker test has started (a chime is about to play).
    media_.speaker_note = tr("Playing…");
    platform_.test_speaker(form_.devices.speaker_id);
    out.changed = true;
  }
  if (intents.cancel) out.steps.push_back(flow::Cancel{});
  else if (intents.join_without_devices) out.add(join(true, scene));
  else if (intents.join_now) out.add(join(false, scene));
  return out;
}

Requests PreJoinRoom::run_action(const std::string& name, const Scene& scene) {
  PreJoinIntents intents;
  if (name == "join" || name == "start") intents.join_now = true;
  else if (name == "cancel") intents.cancel = true;
  return apply(intents, scene);
}

Requests PreJoinRoom::join(bool without_devices, const Scene& scene) {
  Requests out;
  out.changed = true;
  if (refuse_offline(scene.online, platform_)) return out;
  const std::string name = clean_display_name(form_.name);
  if (auto problem = display_name_problem(name)) {
    media_.name_error = *problem;
    focus_name_ = true;
    return out;
  }
  media_.name_error.clear();
  form_.name = name;
  out.keep_name = name;
  out.keep_devices = form_.devices;
  JoinChoices chosen{name, form_.devices};
  if (without_devices) chosen.devices.camera_on = chosen.devices.microphone_on = false;
  out.steps.push_back(flow::JoinNow{std::move(chosen)});
  return out;
}

}  // namespace cofx
