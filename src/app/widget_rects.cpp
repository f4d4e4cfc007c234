#include "app/widget_rects.h"

#include <imgui.h>

#include "app/item_info.h"
#include "app/imgui_reach.h"
#include "core/text/json_writer.h"

namespace cofx {

const char* role_name(WidgetRole role) {
  switch (role) {
    case WidgetRole::Button: return "button";
    case WidgetRole::Textbox: return "textbox";
    case WidgetRole::Checkbox: return "checkbox";
    case WidgetRole::Radio: return "radio";
    case WidgetRole::Tab: return "tab";
    case WidgetRole::Combobox: return "combobox";
    case WidgetRole::Option: return "option";
    case WidgetRole::Link: return "link";
    case WidgetRole::Status: return "status";
    case WidgetRole::Alert: return "alert";
    case WidgetRole::Note: return "note";
    case WidgetRole::Img: return "img";
  }
  return "button";
}

const char* role_name(GroupRole role) {
  switch (role) {
    case GroupRole::Tablist: return "tablist";
    case GroupRole::Tabpanel: return "tabpanel";
    case GroupRole::Radiogroup: return "radiogroup";
    case GroupRole::Listbox: return "listbox";
    case GroupRole::List: return "list";
    case GroupRole::Listitem: return "listitem";
  }
  return "list";
}

std::string widget_record(const WidgetRects& rects) {
  JsonWriter out;
  const auto text = [&out](const char* key, const std::string& value) {
    if (!value.empty()) out.member(key, value);
  };
  const auto flag = [&out](const char* key, bool value) {
    if (!value) return;
    out.key(key);
    out.boolean(true);
  };
  const auto number = [&out](const char* key, float value) {
    out.key(key);
    out.number(value);
  };
  out.begin_object();
  out.key("v");
  out.number(1);
  out.key("widgets");
  out.begin_array();
  for (const auto& [name, r] : rects.all()) {
    out.begin_object();
    out.member("name", name);
    out.member("role", role_name(r.role));
    out.member("label", r.label);
    number("x", r.x);
    number("y", r.y);
    number("w", r.w);
    number("h", r.h);
    text("description", r.description);
    text("lang", r.lang);
    if (!r.secret) text("value", r.value);
    text("group", r.group);
    flag("textField", r.text_field);
    flag("secret", r.secret);
    flag("checkable", r.checkable);
    flag("checked", r.checked);
    flag("selected", r.selected);
    flag("expandable", r.expandable);
    flag("expanded", r.expanded);
    flag("disabled", r.disabled);
    flag("invalid", r.invalid);
    flag("clipped", r.clipped);
    out.end_object();
  }
  out.end_array();
  out.key("groups");
  out.begin_array();
  for (const auto& [key, group] : rects.groups()) {
    out.begin_object();
    out.member("key", key);
    out.member("role", role_name(group.role));
    out.member("label", group.label);
    out.member("parent", group.parent);
    out.end_object();
  }
  out.end_array();
  if (!rects.overflowing().empty()) {
    out.key("overflowX");
    out.begin_array();
    for (const std::string& window : rects.overflowing()) out.string(window);
    out.end_array();
  }
  out.end_object();
  return out.take();
}

bool text_clipped(float text_width, float padding_x, float item_min_x, float item_max_x, float visible_min_x,
                  float visible_max_x) {
  constexpr float kRounding = 0.5f;
  // ImGui centres a label in its frame less the padding; one too wide for that starts after the
  // left padding and is cut at the frame's right edge.
  const bool too_wide = text_width > 0 && text_width > item_max_x - item_min_x - padding_x + kRounding;
  const bool cut_by_window = item_min_x < visible_min_x - kRounding || item_max_x > visible_max_x + kRounding;
  return too_wide || cut_by_window;
}

void WidgetRects::end_frame() { overflowing_ = imgui_reach::windows_overflowing_x(); }

void WidgetRects::begin_frame() {
  forget_item_info();
  current_.clear();
  groups_.clear();
  open_groups_.clear();
  last_ = &scratch_;
}

WidgetGroup::~WidgetGroup() { rects_->end_group(key_); }

WidgetGroup WidgetRects::group(const std::string& key, GroupRole role, const std::string& label) {
  begin_group(key, role, label);
  return WidgetGroup(*this, key);
}

void WidgetRects::begin_group(const std::string& key, GroupRole role, const std::string& label) {
  groups_[key] = WidgetGroupInfo{role, label, open_groups_.empty() ? "" : open_groups_.back()};
  open_groups_.push_back(key);
}

void WidgetRects::end_group(const std::string& key) {
  if (!open_groups_.empty() && open_groups_.back() == key) open_groups_.pop_back();
}

void WidgetRects::track_last_text(const std::string& name, WidgetRole role, const std::string& text) {
  track_last_item(name);
  last_->id = 0;  // text is read, never focused or pressed
  last_->role = role;
  last_->label = text;
}

void WidgetRects::track_last_image(const std::string& name, const std::string& label, const std::string& description) {
  track_last_text(name, WidgetRole::Img, label);
  last_->description = description;
}

void WidgetRects::track_last_item(const std::string& name) {
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  WidgetRect rect;
  rect.x = min.x;
  rect.y = min.y;
  rect.w = max.x - min.x;
  rect.h = max.y - min.y;
  const imgui_reach::LastItem item = imgui_reach::last_item();
  rect.id = item.id;
  rect.window = item.window;
  rect.disabled = item.disabled;
  if (const ItemInfo* info = item_info(rect.id)) {
    rect.label = info->label;
    if (info->checkable) {
      rect.role = WidgetRole::Checkbox;
      rect.checkable = true;
      rect.checked = info->checked;
    } else if (info->openable) {
      rect.expandable = true;
      rect.expanded = info->opened;
    }
    if (info->inputable) rect.role = WidgetRole::Textbox;
  }
  if (!open_groups_.empty()) rect.group = open_groups_.back();
  // Text inside a frame (a button's label) must fit it; a field's text scrolls, so only its
  // place is checked, as is that of an item without a label of its own.
  const ItemInfo* said = rect.id != 0 ? item_info(rect.id) : nullptr;
  const bool framed_label = said != nullptr && !said->inputable && !said->label.empty();
  const float text_width = framed_label ? ImGui::CalcTextSize(said->label.c_str()).x : 0.0f;
  float visible_min = 0, visible_max = 0;
  imgui_reach::visible_x(visible_min, visible_max);
  // A selectable (a list's row, a menu's item) reaches half the item spacing past the content
  // on each side, by ImGui's design: that is not cut text.
  const float reach = ImGui::GetStyle().ItemSpacing.x * 0.5f;
  visible_min -= reach;
  visible_max += reach;
  rect.clipped = text_clipped(text_width, ImGui::GetStyle().FramePadding.x, min.x, max.x, visible_min, visible_max);
  last_ = &(current_[name] = std::move(rect));
}

void WidgetRects::track_last_text_field(const std::string& name, const std::string& label, const std::string& value) {
  track_last_item(name);
  last_->text_field = true;
  last_->role = WidgetRole::Textbox;
  last_->value = value;
  if (!label.empty()) last_->label = label;
}

void WidgetRects::track_last_secret_field(const std::string& name, const std::string& label) {
  track_last_text_field(name, label);
  last_->secret = true;
}

void WidgetRects::describe(const std::string& name, const std::string& error) {
  if (error.empty()) return;
  const auto found = current_.find(name);
  if (found == current_.end()) return;
  found->second.invalid = true;
  found->second.description = error;
}

std::string WidgetRects::focused_name() const {
  std::string name;
  const std::uint32_t active = imgui_reach::active_id();
  if (active != 0 && find_id(active, &name)) return name;  // typed in, or held
  const std::uint32_t nav = imgui_reach::nav_id();
  if (nav != 0 && imgui_reach::focus_ring_shown() && find_id(nav, &name)) return name;
  return "";
}

const WidgetRect* WidgetRects::find_by(WidgetRole role, std::string_view label, std::string* name) const {
  for (const auto& [key, rect] : current_) {
    if (rect.role != role || rect.label != label) continue;
    if (name != nullptr) *name = key;
    return &rect;
  }
  return nullptr;
}

const WidgetRect* WidgetRects::find(const std::string& name) const {
  auto it = current_.find(name);
  return it == current_.end() ? nullptr : &it->second;
}

const WidgetRect* WidgetRects::find_id(std::uint32_t id, std::string* name) const {
  for (const auto& [key, rect] : current_) {
    if (rect.id == id && id != 0) {
      if (name != nullptr) *name = key;
      return &rect;
    }
  }
  return nullptr;
}

}  // namespace cofx
