#include "app/frame_keeper.h"

#include "app/keyboard_focus.h"

namespace cofx {

void FrameKeeper::begin(Screen screen) {
  rects_.begin_frame();
  changed_ = false;
  if (screen != drawn_) {
    drawn_ = screen;
    nav_reset_frames_ = 2;
  }
  if (nav_reset_frames_ > 0) {
    --nav_reset_frames_;
    keyboard_focus::forget_place();
    changed_ = true;
  }
}

void FrameKeeper::end(bool settle, bool moved) {
  rects_.end_frame();
  if (settle) settle_frames_ = 3;
  if (settle_frames_ > 0) --settle_frames_;
  relayout_ = changed_ || moved || settle_frames_ > 0;
}

bool FrameKeeper::wants_another_frame() const {
  return relayout_ || changed_ || keyboard_focus::input_pending();
}

}  // namespace cofx
