// The widgets drawn this frame, by name: their screen rectangles (browser tests aim
// real mouse events at them) and what a screen reader needs to know about them (role,
// name, state), for the accessible mirror beside the canvas (src/web/js/mirror.js).
// Published as window.cofx.widgets, and only when something changed.
//
//   ImGui::Button("Join now");
//   rects.track_last_item("join-now");              // role and name from ImGui: button "Join now"
//   ImGui::InputText("##name", &name);
//   rects.track_last_text_field("name", "Your name");
//   rects.describe("name", error);                  // invalid, with the error as its description
//   rects.last().role = WidgetRole::Tab; rects.last().selected = true;
//   ImGui::Dummy(size); /* drawn with the draw list */
//   rects.track_last_image("qr-code", "QR code for the meeting link", link);  // img, described by the link
//   {
//     WidgetGroup kinds = rects.group("kinds", GroupRole::Radiogroup, "Jitsi deployment");
//     ImGui::RadioButton(...); rects.track_last_item("kind-public");  // inside the group
//   }
//
// The record handed to JS (widget_record(), read by src/web/js/mirror_record.js), version 1:
//   {"v": 1,
//    "widgets": [{"name", "role", "label", "x", "y", "w", "h",           (always)
//                 "description", "value", "group",                      (strings, only when not empty)
//                 "textField", "secret", "checkable", "checked", "selected",
//                 "expandable", "expanded", "disabled", "invalid",
//                 "clipped"}],                                          (booleans, only when true)
//    "groups":  [{"key", "role", "label", "parent"}],                   (parent "" at the top)
//    "overflowX": ["##lobby", ...]}                                     (windows, only when any)
// Rectangles are canvas pixels; "role" is role_name(WidgetRole), a group's is role_name(GroupRole).
// Roles: button, textbox, checkbox, radio, tab, combobox, option, link, status, alert, note, and
// img (a picture: "label" names it, "description" says what it holds, e.g. a QR code's link;
// never focused or pressed). "img" was added within version 1: a reader that doesn't know
// a role may show it as text.
// "clipped": the widget's text did not fit and was cut (text_clipped() below decides it);
// "overflowX": the ImGui windows whose content reached past their right edge (or that reached
// past the screen's sides) this frame. Both are for the layout checks (tests/browser/fit.test.mjs):
// a screen that fits a phone has neither.
// Fields are named, never positional: a new field is added under its own name (readers ignore
// names they don't know); renaming or removing one, or changing a meaning, bumps "v".
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace cofx {

// What a widget is to assistive technology (its ARIA role).
enum class WidgetRole { Button, Textbox, Checkbox, Radio, Tab, Combobox, Option, Link, Status, Alert, Note, Img };
// What a container of widgets is (its ARIA role).
enum class GroupRole { Tablist, Tabpanel, Radiogroup, Listbox, List, Listitem };

// The ARIA names, as they appear in the record JS reads ("button", "tablist", ...).
const char* role_name(WidgetRole role);
const char* role_name(GroupRole role);

struct WidgetRect {
  float x = 0, y = 0, w = 0, h = 0;
  bool text_field = false;  // a tap here should open the on-screen keyboard
  bool secret = false;      // a password-style field (ImGuiInputTextFlags_Password): never read out
  std::uint32_t id = 0;     // ImGui's id, to focus or press it from the mirror
  std::uint32_t window = 0; // the ImGui window it is in
  // For assistive technology (ARIA): the role, the accessible name, states.
  WidgetRole role = WidgetRole::Button;
  std::string label;
  std::string description;  // e.g. the error shown under a field
  std::string lang;         // its words' language when not the interface's ("ms" for "Bahasa Melayu")
  std::string value;
  bool checked = false;     // checkbox, radio
  bool checkable = false;
  bool selected = false;    // tab, option
  bool expanded = false;    // combobox, menu button
  bool expandable = false;
  bool disabled = false;
  bool invalid = false;
  std::string group;        // the innermost group it was drawn in ("" for none)
  bool clipped = false;     // its text was cut: see text_clipped()
  bool operator==(const WidgetRect&) const = default;
};

// A container of widgets for assistive technology: a tablist, tabpanel, radiogroup,
// listbox, list or listitem, named by `label`, inside `parent` ("" for the top).
struct WidgetGroupInfo {
  GroupRole role = GroupRole::List;
  std::string label;
  std::string parent;
  bool operator==(const WidgetGroupInfo&) const = default;
};

// Whether an item's text had to be cut: the text (`text_width` wide; 0 for an item whose
// rectangle is its text) does not fit the item's rectangle (item_min_x..item_max_x) after its
// left frame padding (where ImGui starts a label too wide to centre; the frame's edge cuts it),
// or the rectangle reaches past the part of its window that is shown
// (visible_min_x..visible_max_x: its clip rectangle). Half a pixel is rounding.
bool text_clipped(float text_width, float padding_x, float item_min_x, float item_max_x, float visible_min_x,
                  float visible_max_x);

class WidgetRects;

// While it lives, tracked widgets (and groups opened) belong to its group.
class WidgetGroup {
 public:
  WidgetGroup(WidgetRects& rects, const std::string& key) : rects_(&rects), key_(key) {}
  WidgetGroup(const WidgetGroup&) = delete;
  WidgetGroup& operator=(const WidgetGroup&) = delete;
  ~WidgetGroup();

 private:
  WidgetRects* rects_;
  std::string key_;
};

class WidgetRects {
 public:
  void begin_frame();
  // After the frame's last window: notes which windows overflow horizontally (overflowing()).
  void end_frame();
  // Records the last submitted ImGui item under this name, with the role and name
  // ImGui knows (item_info.h): a checkbox is a checkbox, "Join##row" is named "Join".
  void track_last_item(const std::string& name);
  // `value`: the field's text, read out by screen readers. A password-style field (drawn with
  // ImGuiInputTextFlags_Password) is marked secret and its value is never kept.
  void track_last_text_field(const std::string& name, const std::string& label = "", const std::string& value = "");
  // A password-style field (ImGuiInputTextFlags_Password): secret, and its text never kept.
  void track_last_secret_field(const std::string& name, const std::string& label);
  // The item tracked last, to refine what ImGui could not know.
  WidgetRect& last() { return *last_; }
  // Text shown as a notice ("status"), an error ("alert") or a hint ("note"), from the last item drawn.
  void track_last_text(const std::string& name, WidgetRole role, const std::string& text);
  // A picture drawn as the last item (an ImGui::Dummy painted with the draw list): role img,
  // named by `label`, `description` what it shows (a QR code's link).
  void track_last_image(const std::string& name, const std::string& label, const std::string& description);
  // Opens a group that ends with the returned guard (see WidgetGroup); keys are unique per frame.
  [[nodiscard]] WidgetGroup group(const std::string& key, GroupRole role, const std::string& label);
  // The same without a guard, for a group that spans two calls (the lobby card's tab panel).
  void begin_group(const std::string& key, GroupRole role, const std::string& label);
  void end_group(const std::string& key);
  // Marks a field invalid and gives it the message shown for it (nothing when empty).
  void describe(const std::string& name, const std::string& error);
  // The tracked name of the item ImGui's keyboard navigation is on, if any.
  std::string focused_name() const;
  const std::map<std::string, WidgetRect>& all() const { return current_; }
  const std::map<std::string, WidgetGroupInfo>& groups() const { return groups_; }
  // The windows whose content was wider than they are, or that reached past the screen's
  // sides, in the last frame (by ImGui name); empty when everything fits.
  const std::vector<std::string>& overflowing() const { return overflowing_; }
  const WidgetRect* find(const std::string& name) const;
  const WidgetRect* find_id(std::uint32_t id, std::string* name = nullptr) const;
  // The widget a person would name: by its role and accessible label, as a screen reader
  // (or Playwright's getByRole) finds it. The first in name order when labels repeat.
  const WidgetRect* find_by(WidgetRole role, std::string_view label, std::string* name = nullptr) const;

 private:
  std::map<std::string, WidgetRect> current_;
  std::map<std::string, WidgetGroupInfo> groups_;
  std::vector<std::string> open_groups_;
  std::vector<std::string> overflowing_;
  WidgetRect scratch_;
  WidgetRect* last_ = &scratch_;
};

// The version-1 record described at the top of this file, as JSON text.
std::string widget_record(const WidgetRects& rects);

}  // namespace cofx
