#include "app/widget_rects.h"

#include <imgui.h>

#include "app/item_info.h"
#include "app/imgui_reach.h"

namespace cofx {

void WidgetRects::begin_frame() {
  forget_item_info();
  current_.clear();
  groups_.clear();
  open_groups_.clear();
  last_ = &scratch_;
}

WidgetGroup::~WidgetGroup() { rects_->end_group(key_); }

WidgetGroup WidgetRects::group(const std::string& key, const std::string& role, const std::string& label) {
  begin_group(key, role, label);
  return WidgetGroup(*this, key);
}

void WidgetRects::begin_group(const std::string& key, const std::string& role, const std::string& label) {
  groups_[key] = WidgetGroupInfo{role, label, open_groups_.empty() ? "" : open_groups_.back()};
  open_groups_.push_back(key);
}

void WidgetRects::end_group(const std::string& key) {
  if (!open_groups_.empty() && open_groups_.back() == key) open_groups_.pop_back();
}

void WidgetRects::track_last_text(const std::string& name, const std::string& role, const std::string& text) {
  track_last_item(name);
  last_->id = 0;  // text is read, never focused or pressed
  last_->role = role;
  last_->label = text;
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
      rect.role = "checkbox";
      rect.checkable = true;
      rect.checked = info->checked;
    } else if (info->openable) {
      rect.expandable = true;
      rect.expanded = info->opened;
    }
    if (info->inputable) rect.role = "textbox";
  }
  if (!open_groups_.empty()) rect.group = open_groups_.back();
  last_ = &(current_[name] = std::move(rect));
}

void WidgetRects::track_last_text_field(const std::string& name, const std::string& label, const std::string& value) {
  track_last_item(name);
  last_->text_field = true;
  last_->role = "textbox";
  last_->value = value;
  if (!label.empty()) last_->label = label;
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
