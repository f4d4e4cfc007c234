#include "app/prejoin_view.h"

#include <algorithm>
#include <vector>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/shaped_field.h"
#include "app/theme.h"
#include "app/ui_parts.h"
#include "app/imgui_reach.h"
#include "app/words/tr.h"
#include "core/text/shaped_text.h"

namespace cofx {
namespace {

using ui::em;

constexpr float kPreviewEm = 14.0f;      // the preview's greatest height
constexpr float kWidePreviewEm = 13.0f;  // beside the way in: a laptop's screen shows the whole room
// The problems' sentences on the preview's dark ground, whatever the theme (contrast above 10:1).
constexpr ImVec4 kProblemOnPreview{1.0f, 0.72f, 0.72f, 1.0f};

// `unnamed`: the English pattern for a device the browser gives no name, "Camera {number}".
std::string device_label(const MediaDevice& device, std::size_t index, const char* unnamed) {
  if (!device.label.empty()) return device.label;
  return tr(unnamed, {{"number", std::to_string(index + 1)}});
}

// A combo of the devices of one kind; "" (the browser's default) comes first. `heading` is in
// the person's language, `unnamed` is English (see device_label).
// `width`: the picker's, or -FLT_MIN for the rest of the line; `heading_above`: false when the
// caller has drawn the heading (side by side pickers share a line of headings).
bool device_picker(const std::string& heading, const char* widget, const std::vector<MediaDevice>& devices,
                   const char* unnamed, std::string& id, std::string& chosen_label, WidgetRects& rects,
                   float width = -FLT_MIN, bool heading_above = true) {
  // Translators: the choice of camera, microphone or speaker that lets the browser decide.
  const std::string browser_default(tr("Browser default"));
  std::string preview = browser_default;
  for (std::size_t i = 0; i < devices.size(); ++i) {
    if (!id.empty() && devices[i].id == id) preview = device_label(devices[i], i, unnamed);
  }
  bool changed = false;
  if (heading_above) ImGui::TextUnformatted(heading.c_str());
  ImGui::SetNextItemWidth(width);
  const std::string combo_id = std::string("##") + widget;
  if (ImGui::BeginCombo(combo_id.c_str(), preview.c_str())) {
    WidgetGroup options = rects.group(std::string(widget) + "-options", GroupRole::Listbox, heading);
    if (ImGui::Selectable(label(browser_default, "default").c_str(), id.empty())) {
      changed = !id.empty();
      id.clear();
      chosen_label.clear();
    }
    rects.track_last_item(std::string(widget) + "-default");
    rects.last().role = WidgetRole::Option;
    rects.last().selected = id.empty();
    for (std::size_t i = 0; i < devices.size(); ++i) {
      if (devices[i].id.empty()) continue;  // before permission the browser lists anonymous devices
      ImGui::PushID(static_cast<int>(i));
      const std::string shown = shaped::for_display(device_label(devices[i], i, unnamed));
      if (ImGui::Selectable(shown.c_str(), devices[i].id == id)) {
        changed = devices[i].id != id;
        id = devices[i].id;
        chosen_label = devices[i].label;
      }
      rects.track_last_item(std::string(widget) + "-" + std::to_string(i));
      rects.last().role = WidgetRole::Option;
      rects.last().selected = devices[i].id == id;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  rects.track_last_item(widget);
  rects.last().role = WidgetRole::Combobox;
  // Translators: how a screen reader names a device picker: its heading ("Camera") and the
  // device chosen ("Browser default", "FaceTime HD Camera").
  rects.last().label = tr("{heading}: {choice}", {{"heading", heading}, {"choice", preview}});
  return changed;
}

// On/off as one button whose label says what a press does.
bool toggle_button(bool on, const std::string& on_label, const std::string& off_label, const char* widget,
                   float width, WidgetRects& rects) {
  const ThemeColors& colors = theme_colors();
  ImGui::PushStyleColor(ImGuiCol_Button, on ? colors.field : colors.error_text);
  ImGui::PushStyleColor(ImGuiCol_Text, on ? colors.text : colors.background);
  const bool pressed = ImGui::Button(label(on ? on_label : off_label, widget).c_str(), ImVec2(width, 0));
  ImGui::PopStyleColor(2);
  rects.track_last_item(widget);
  return pressed;
}

// The problems with the devices the person wants, one sentence each ("The browser blocked your camera…").
std::vector<std::string> device_problems(const PreJoinForm& form, const PreJoinView& view) {
  std::vector<std::string> sentences;
  for (const auto& [status, kind] : {std::pair{view.camera, DeviceKind::Camera},
                                     std::pair{view.microphone, DeviceKind::Microphone}}) {
    const bool wanted = kind == DeviceKind::Camera ? form.devices.camera_on : form.devices.microphone_on;
    if (!wanted) continue;
    if (auto sentence = describe(status, kind)) sentences.push_back(std::move(*sentence));
  }
  return sentences;
}

// `sentence` in logical order, as tr() gives it; measured as drawn (shaped).
float sentence_height(const std::string& sentence, float wrap) {
  const std::string shown = shaped::for_display(sentence);
  return ImGui::CalcTextSize(shown.c_str(), nullptr, false, wrap).y + ImGui::GetStyle().ItemSpacing.y;
}

// The height the longest problems of both devices take, with "Try again" under them (both,
// so that turning one off moves nothing either).
float room_for_problems(float wrap) {
  constexpr DeviceStatus kProblems[] = {DeviceStatus::Denied, DeviceStatus::Missing, DeviceStatus::Busy,
                                        DeviceStatus::Insecure, DeviceStatus::Unsupported, DeviceStatus::Failed};
  float room = 0.0f;
  for (const DeviceKind kind : {DeviceKind::Camera, DeviceKind::Microphone}) {
    float longest = 0.0f;
    for (const DeviceStatus status : kProblems) {
      longest = std::max(longest, sentence_height(describe(status, kind).value_or(""), wrap));
    }
    room += longest;
  }
  return room + ImGui::GetFrameHeight();
}

// Asks the browser for the camera and microphone again; true when pressed.
bool try_again_button(WidgetRects& rects) {
  // Translators: ask the browser for the camera and microphone again.
  const bool pressed = ImGui::Button(label(tr("Try again"), "retry-devices").c_str());
  rects.track_last_item("retry-devices");
  return pressed;
}

// The device problems and "Try again" drawn inside the empty preview, from `top_left`, so that
// the room keeps its layout whatever the browser answers (a moving "Join now" gets misclicked).
bool draw_problems_in_preview(const std::vector<std::string>& problems, ImVec2 top_left, float width, float height,
                              float content, WidgetRects& rects) {
  const ImVec2 after = ImGui::GetCursorScreenPos();
  const float pad = em();
  const float left = top_left.x + pad;
  ImGui::SetCursorScreenPos(ImVec2(left, top_left.y + (height - content) * 0.5f));
  ImGui::PushTextWrapPos(ImGui::GetCursorPos().x + width - 2 * pad);
  for (const std::string& sentence : problems) {
    ImGui::SetCursorScreenPos(ImVec2(left, ImGui::GetCursorScreenPos().y));  // each line starts at the column
    ImGui::TextColored(kProblemOnPreview, "%s", shaped::for_display(sentence).c_str());
  }
  ImGui::PopTextWrapPos();
  ImGui::SetCursorScreenPos(ImVec2(left, ImGui::GetCursorScreenPos().y));
  const bool pressed = try_again_button(rects);
  ImGui::SetCursorScreenPos(after);
  return pressed;
}

// The camera's picture (a <video> the host places over it), or what stands in its place: a
// caption, or the devices' problems with "Try again". True when "Try again" was pressed.
bool draw_preview(const PreJoinView& view, const PreJoinForm& form, const std::vector<std::string>& problems,
                  float max_height_em, bool keep_room, WidgetRects& rects) {
  const float width = ImGui::GetContentRegionAvail().x;
  const bool live = form.devices.camera_on && view.camera == DeviceStatus::Live;  // the <video> covers it
  const bool inside = !live && !problems.empty();
  const float wrap = width - 2 * em();
  float content = 0.0f;  // the problems' height, when they are drawn inside
  if (inside) {
    for (const std::string& sentence : problems) content += sentence_height(sentence, wrap);
    content += ImGui::GetFrameHeight();
  }
  // A 16:9 picture, taller where the problems need it. Beside the way in (`keep_room`), room for
  // the longest problems the browser could answer is kept from the first frame, so that nothing
  // moves when it answers; in one column that room would push "Join now" below a phone's fold.
  const float needed = keep_room ? room_for_problems(wrap) : content;
  const float height = std::max(std::min(width * 9.0f / 16.0f, max_height_em * em()), needed + 2 * em());
  const ImVec2 top_left = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height));
  rects.track_last_item("preview");
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(top_left, ImVec2(top_left.x + width, top_left.y + height), IM_COL32(16, 16, 20, 255),
                      0.6f * em());
  if (live) return false;
  if (inside) return draw_problems_in_preview(problems, top_left, width, height, content, rects);
  const std::string caption = preview_caption(form.devices.camera_on ? view.camera : DeviceStatus::Off);
  const ImVec2 size = ImGui::CalcTextSize(caption.c_str(), nullptr, false, width - 2 * em());
  draw->AddText(nullptr, 0.0f,
                ImVec2(top_left.x + (width - size.x) * 0.5f, top_left.y + (height - size.y) * 0.5f),
                IM_COL32(235, 235, 240, 255), caption.c_str(), nullptr, width - 2 * em());
  return false;
}

void draw_level_meter(int level, bool live, WidgetRects& rects) {
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = 0.5f * em();
  const ImVec2 top_left = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height));
  rects.track_last_item("mic-level");
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ThemeColors& colors = theme_colors();
  draw->AddRectFilled(top_left, ImVec2(top_left.x + width, top_left.y + height),
                      ImGui::ColorConvertFloat4ToU32(colors.field), height * 0.5f);
  if (!live || level <= 0) return;
  const float filled = width * static_cast<float>(std::clamp(level, 0, 100)) / 100.0f;
  draw->AddRectFilled(top_left, ImVec2(top_left.x + filled, top_left.y + height),
                      ImGui::ColorConvertFloat4ToU32(colors.primary_button), height * 0.5f);
}

}  // namespace

bool draw_skip_setting(DeviceChoices& devices, const char* widget, WidgetRects& rects) {
  // Translators: a setting: go straight into meetings without this camera and microphone check.
  return ui::checkbox(std::string(tr("Skip this check next time (links always stop here)")), &devices.skip_check,
                      widget, rects);
}

std::string preview_caption(DeviceStatus camera) {
  switch (camera) {
    case DeviceStatus::Off: return std::string(tr("Camera is off"));
    case DeviceStatus::Starting: return std::string(tr("Starting camera…"));
    case DeviceStatus::Live: return "";
    default: return std::string(tr("No camera picture"));
  }
}

namespace {

// The camera and microphone: preview, on/off, meter, problems. `wide`: beside the way in.
void draw_devices(PreJoinForm& form, const PreJoinView& view, bool wide, WidgetRects& rects,
                  PreJoinIntents& out) {
  const ThemeColors& colors = theme_colors();
  const std::vector<std::string> problems = device_problems(form, view);
  out.retry_devices |= draw_preview(view, form, problems, wide ? kWidePreviewEm : kPreviewEm, wide, rects);
  // Side by side when both labels fit half the width, else one above the other.
  float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  const std::string camera_off(tr("Turn camera off"));
  // Translators: a button on a camera that is off: what it is, then what a press does.
  const std::string camera_on(tr("Camera off: turn on"));
  const std::string mute(tr("Mute microphone"));
  // Translators: a button on a microphone that is muted: what it is, then what a press does.
  const std::string unmute(tr("Muted: unmute"));
  const bool side_by_side = half >= std::max({ui::button_width(camera_off.c_str()), ui::button_width(camera_on.c_str()),
                                              ui::button_width(mute.c_str()), ui::button_width(unmute.c_str())});
  if (!side_by_side) half = -FLT_MIN;
  if (toggle_button(form.devices.camera_on, camera_off, camera_on, "camera-toggle", half, rects)) {
    form.devices.camera_on = !form.devices.camera_on;
    out.devices_changed = true;
  }
  if (side_by_side) ImGui::SameLine();
  if (toggle_button(form.devices.microphone_on, mute, unmute, "mic-toggle", half, rects)) {
    form.devices.microphone_on = !form.devices.microphone_on;
    out.devices_changed = true;
  }
  draw_level_meter(view.level, form.devices.microphone_on && view.microphone == DeviceStatus::Live, rects);

  // Under a live picture (the microphone's problem): the picture keeps its place.
  if (form.devices.camera_on && view.camera == DeviceStatus::Live && !problems.empty()) {
    for (const std::string& sentence : problems) ui::wrapped(sentence, colors.error_text);
    out.retry_devices |= try_again_button(rects);
  }
}

// The camera and microphone pickers, one above the other, or side by side (`two_columns`): a
// line of the two headings, then a line of the two pickers, so both lines stay level.
void draw_pickers(PreJoinForm& form, const PreJoinView& view, bool two_columns, WidgetRects& rects,
                  PreJoinIntents& out) {
  const std::string camera(tr("Camera"));
  const std::string microphone(tr("Microphone"));
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float width = two_columns ? (ImGui::GetContentRegionAvail().x - spacing) * 0.5f : -FLT_MIN;
  if (two_columns) {
    const float left = ImGui::GetCursorPosX();
    ImGui::TextUnformatted(camera.c_str());
    ImGui::SameLine(left + width + spacing);
    ImGui::TextUnformatted(microphone.c_str());
  }
  // Translators: {number} counts the cameras the browser gives no name: "Camera 2".
  constexpr const char* kUnnamedCamera = N_("Camera {number}");
  out.devices_changed |= device_picker(camera, "camera-picker", view.devices.cameras, kUnnamedCamera,
                                       form.devices.camera_id, form.devices.camera_label, rects, width, !two_columns);
  if (two_columns) ImGui::SameLine(0, spacing);
  // Translators: {number} counts the microphones the browser gives no name: "Microphone 2".
  constexpr const char* kUnnamedMicrophone = N_("Microphone {number}");
  out.devices_changed |= device_picker(microphone, "mic-picker", view.devices.microphones, kUnnamedMicrophone,
                                       form.devices.microphone_id, form.devices.microphone_label, rects, width,
                                       !two_columns);
}

// Where sound goes, and a test of it.
void draw_speaker(PreJoinForm& form, const PreJoinView& view, WidgetRects& rects, PreJoinIntents& out) {
  // Translators: {number} counts the speakers the browser gives no name: "Speaker 2".
  constexpr const char* kUnnamedSpeaker = N_("Speaker {number}");
  if (view.devices.can_pick_speaker &&
      device_picker(std::string(tr("Speaker")), "speaker-picker", view.devices.speakers, kUnnamedSpeaker,
                    form.devices.speaker_id, form.devices.speaker_label, rects)) {
    out.setting_changed = true;
  }
  if (!view.devices.can_pick_speaker) return;  // no setSinkId: the page can't choose where sound goes
  if (ImGui::Button(label(tr("Test speaker"), "test-speaker").c_str())) out.test_speaker = true;
  rects.track_last_item("test-speaker");
  if (!view.speaker_note.empty()) {
    ui::same_line_if_fits(std::min(ImGui::CalcTextSize(view.speaker_note.c_str()).x, 10.0f * em()));
    ui::muted_wrapped(view.speaker_note);
  }
}

// What Jitsi applies once joined: remembered with the devices (setting_changed).
void draw_effects(PreJoinForm& form, WidgetRects& rects, PreJoinIntents& out) {
  // Translators: a pre-join setting: the meeting blurs what is behind you on camera.
  out.setting_changed |= ui::checkbox(std::string(tr("Blur my background")), &form.devices.blur_background,
                                      "blur-toggle", rects);
  // Translators: a pre-join setting: the meeting filters background noise from your microphone.
  out.setting_changed |= ui::checkbox(std::string(tr("Noise suppression")), &form.devices.noise_suppression,
                                      "noise-toggle", rects);
}

// What is being joined, the name, and the ways in (or back).
void draw_entry(PreJoinForm& form, const PreJoinView& view, WidgetRects& rects, PreJoinIntents& out) {
  const ThemeColors& colors = theme_colors();
  const std::string your_name(tr("Your name"));
  ImGui::TextUnformatted(your_name.c_str());
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (view.focus_name) imgui_reach::type_into_next("##prejoin-name");
  // Translators: the hint in an empty name field; use a name that is ordinary in your language.
  const std::string hint(tr("e.g. Ada Lovelace"));
  ShapedField name(form.name);
  if (name.done(ImGui::InputTextWithHint("##prejoin-name", hint.c_str(), name.buffer(),
                                         name.flags(ImGuiInputTextFlags_EnterReturnsTrue), ShapedField::callback, &name))) {
    out.join_now = true;
  }
  if (ImGui::IsItemEdited()) out.name_edited = true;
  rects.track_last_text_field("prejoin-name", your_name, form.name);
  ui::wrapped(view.name_error, colors.error_text);
  ImGui::Spacing();
  if (ui::primary_button(label(tr("Join now"), "join-now").c_str(), ImVec2(-FLT_MIN, 2.6f * em()))) out.join_now = true;
  rects.track_last_item("join-now");
  // On a phone the sentence is too long for a button: a shorter one, the full one for screen readers.
  const std::string without(tr("Join without camera and microphone"));
  const bool fits = ui::button_width(without.c_str()) <= ImGui::GetContentRegionAvail().x;
  // Translators: the shorter "Join without camera and microphone", for a phone's narrow screen.
  const std::string shown = fits ? without : std::string(tr("Join without camera or mic"));
  if (ImGui::Button(label(shown, "join-without-devices").c_str(), ImVec2(-FLT_MIN, 0))) out.join_without_devices = true;
  rects.track_last_item("join-without-devices");
  rects.last().label = without;
  if (ImGui::Button(label(tr("Back to the lobby"), "prejoin-cancel").c_str(), ImVec2(-FLT_MIN, 0))) out.cancel = true;
  rects.track_last_item("prejoin-cancel");
}

}  // namespace

PreJoinIntents draw_prejoin(PreJoinForm& form, const PreJoinView& view, WidgetRects& rects) {
  PreJoinIntents out;
  ImGui::PushStyleColor(ImGuiCol_Text, theme_colors().muted_text);
  // Translators: what is being joined: {code} is the meeting code, {place} the Jitsi server it runs on
  // ("COF-AB12CD34 on meet.jit.si").
  ImGui::TextWrapped("%s", tr("{code} on {place}", {{"code", view.code}, {"place", view.place}}).c_str());
  ImGui::PopStyleColor();
  ui::muted_wrapped(view.notice);
  ImGui::Spacing();
  // Side by side where there is room (the way in never below the fold, and the whole room in a
  // laptop's screen: the preview and its pickers on the left, the way in, the speaker and the
  // setting on the right), else one column with the way in right under the preview.
  // ImGui's legacy columns, not a table: the same two columns for a tenth of the code.
  const float room = ImGui::GetContentRegionAvail().x;
  if (room >= 38.0f * em()) {
    ImGui::Columns(2, "##prejoin", false);
    ImGui::SetColumnWidth(0, room * 1.4f / 2.4f);
    draw_devices(form, view, true, rects, out);
    draw_pickers(form, view, true, rects, out);
    ImGui::NextColumn();
    draw_entry(form, view, rects, out);
    ImGui::Spacing();
    out.setting_changed |= draw_skip_setting(form.devices, "skip-check", rects);
    ImGui::Spacing();
    draw_speaker(form, view, rects, out);
    draw_effects(form, rects, out);
    ImGui::Columns(1);
  } else {
    draw_devices(form, view, false, rects, out);
    ImGui::Spacing();
    draw_entry(form, view, rects, out);
    ImGui::Spacing();
    draw_pickers(form, view, false, rects, out);
    draw_speaker(form, view, rects, out);
    draw_effects(form, rects, out);
    out.setting_changed |= draw_skip_setting(form.devices, "skip-check", rects);
  }
  return out;
}

}  // namespace cofx
