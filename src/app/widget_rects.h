// Screen rectangles of named widgets, recorded while a frame is built, so browser
// tests can aim real mouse events at them (published as window.cofx.widgets).
#pragma once

#include <map>
#include <string>

namespace cofx {

struct WidgetRect {
  float x = 0, y = 0, w = 0, h = 0;
  bool text_field = false;  // a tap here should open the on-screen keyboard
  bool operator==(const WidgetRect&) const = default;
};

class WidgetRects {
 public:
  void begin_frame() { current_.clear(); }
  // Records the last submitted ImGui item under this name.
  void track_last_item(const std::string& name);
  void track_last_text_field(const std::string& name);
  const std::map<std::string, WidgetRect>& all() const { return current_; }
  const WidgetRect* find(const std::string& name) const;

 private:
  std::map<std::string, WidgetRect> current_;
};

}  // namespace cofx
