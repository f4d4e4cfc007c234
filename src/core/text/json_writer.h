// Compact JSON written straight into a string, for a record sent often (the widget record the
// accessible mirror reads after every change, app/widget_rects.h): a tree of nlohmann::json
// values for it cost ten times as long to build as the text itself. Strings are escaped as
// nlohmann/json escapes them, and invalid UTF-8 becomes U+FFFD as in json_util::dump_text.
// The caller keeps the structure balanced; commas are placed here.
#pragma once

#include <string>
#include <string_view>

namespace cofx {

class JsonWriter {
 public:
  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // The name of the object member the next value belongs to.
  void key(std::string_view name);
  void string(std::string_view text);
  // A string member: key(name), then string(text).
  void member(std::string_view name, std::string_view text);
  // Finite numbers as integers when whole, else with at most three decimals; non-finite as 0.
  void number(double value);
  void boolean(bool value);

  const std::string& text() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  void before_value();
  void open(char bracket);
  void close(char bracket);

  std::string out_;
  bool first_ = true;  // no member or element yet at this level
};

}  // namespace cofx
