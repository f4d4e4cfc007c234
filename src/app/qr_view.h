// A meeting link's QR code, drawn for a phone's camera: dark squares on white with the
// quiet zone (white in the dark theme too), each module a whole number of pixels (at least
// 4, or down to 2 on a small phone for a long link) and the code about 20 em across when
// there is room. Recorded for the accessible mirror as an image: "QR code for the meeting
// link", described by the link.
//
//   QrPanel qr_;                                // a screen owns one
//   if (ImGui::Button("Show QR code")) qr_.toggle(link);
//   if (qr_.draw(rects) || qr_.settling()) out.changed = true;  // a modal window over the
//                                               // screen while shown, with Close (and Escape)
#pragma once

#include <string>

#include "app/widget_rects.h"
#include "core/links/qr_code.h"

namespace cofx {

// Widget names: the code, its window's Close button, the buttons that show it.
inline constexpr const char* kQrCodeWidget = "qr-code";
inline constexpr const char* kQrCloseWidget = "qr-close";
inline constexpr const char* kQrShowWidget = "show-qr";

// The window a "Show QR code" button opens over the screen: the code, the link under it,
// and Close (Escape closes it too). The link is encoded once, when shown.
class QrPanel {
 public:
  void show(const std::string& link);
  void hide() { shown_ = false; }
  void toggle(const std::string& link) { shown_ ? hide() : show(link); }
  bool shown() const { return shown_; }
  const std::string& link() const { return link_; }
  const QrEncoding& encoding() const { return encoding_; }

  // Draws the window while shown; true when it was closed this frame.
  bool draw(WidgetRects& rects);
  // The window moved or changed size this frame (a canvas that grew, the first frame of an
  // auto-sized window): draw another so it lands where it belongs.
  bool settling() const { return settling_; }

 private:
  bool shown_ = false;
  std::string link_;
  QrEncoding encoding_;
  bool settling_ = false;
  float last_place_[4] = {0, 0, 0, 0};  // the window's x, y, width, height last frame
};

// The side, in pixels, of `code` with its quiet zone drawn in at most `max_side` pixels:
// whole-pixel modules, 4 px or more when that fits, else down to 2 px (a long link on a
// small phone), and never smaller (so it may be larger than max_side).
float qr_side(const QrMatrix& code, float max_side);

// Draws the code at the cursor (qr_side(code, max_side) square) and tracks it as `name`.
void draw_qr_code(const QrMatrix& code, float max_side, const std::string& name, const std::string& link,
                  WidgetRects& rects);

}  // namespace cofx
