// One frame's bookkeeping: the widgets it drew (for the browser's mirror and for tests),
// and when the canvas must draw again. The app draws on demand: after input or an event, and
// for as long as the layout is still moving (a focus request, a new screen, a tab change).
#pragma once

#include "app/screen.h"
#include "app/widget_rects.h"

namespace cofx {

class FrameKeeper {
 public:
  // At the start of a frame. A new screen makes the keyboard forget its place (see
  // keyboard_focus.h) over the two frames ImGui needs to notice the old window is gone.
  void begin(Screen screen);
  void touch() { changed_ = true; }                  // the next frame shows something new
  void forget_keyboard_place() { nav_reset_frames_ = 2; }
  // At the end of a frame: `settle` asks for the frames ImGui takes to resolve a focus
  // request; `moved` says the layout moved.
  void end(bool settle, bool moved);

  bool changed() const { return changed_; }
  WidgetRects& rects() { return rects_; }
  const WidgetRects& rects() const { return rects_; }
  // Something changed since the last frame, or ImGui still holds queued input (it spreads
  // a key's down and up over separate frames).
  bool wants_another_frame() const;

 private:
  WidgetRects rects_;
  bool changed_ = true;
  bool relayout_ = false;
  int settle_frames_ = 0;
  int nav_reset_frames_ = 0;
  Screen drawn_ = Screen::Lobby;
};

}  // namespace cofx
