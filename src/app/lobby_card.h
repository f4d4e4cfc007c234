// The centred card that every lobby tab is drawn in: the title, the tab bar, the
// shortcut hints and a footer. Its height is known only once drawn, so it is
// centred with last frame's height and asks for another frame when that changed.
#pragma once

#include <optional>
#include <string>

#include "app/fonts.h"
#include "app/widget_rects.h"

namespace cofx {

enum class LobbyTab { Meet, Schedule, Settings };

class LobbyCard {
 public:
  // Opens the full-window lobby and the card, draws the header and tabs, and
  // returns the tab whose content to draw next. `select` switches tabs this frame.
  LobbyTab begin(const std::string& title, const UiFonts& fonts, std::optional<LobbyTab> select,
                 WidgetRects& rects);
  // The same card with the title and a subtitle but no tabs (the pre-join room), up to
  // width_em wide.
  void begin_without_tabs(const std::string& title, const std::string& subtitle, const UiFonts& fonts,
                          float width_em);
  // Draws the footer and closes the card; true when the layout moved.
  bool end(const std::string& footer, bool show_shortcuts = true);
  // The card needed a scrollbar in the last frame (its content is taller than the screen).
  bool scrolls() const { return scrollbar_; }

 private:
  void open(const char* child_id, const std::string& title, const std::string& subtitle, const UiFonts& fonts,
            float width_em);

  LobbyTab tab_ = LobbyTab::Meet;
  float last_height_ = 0;
  bool scrollbar_ = false;  // the card showed a scrollbar in the last frame
  bool fits_screen_ = true; // last frame's height was below the screen's: a scrollbar is a leftover
  int leftover_frames_ = 0; // frames drawn to let ImGui drop such a scrollbar
  float padding_y_ = 0;     // the card's padding at the bottom (thinner on a phone)
  unsigned height_id_ = 0;
  WidgetRects* panel_rects_ = nullptr;  // the tab panel's group is open until end()
  // Once placed, a card that grows or shrinks on its screen (another tab, the devices' answer in
  // the pre-join room) keeps its top, so what a person is about to press stays where it was;
  // it moves up only as far as it must to fit. A new screen or a new window size centres it again.
  bool placed_ = false;      // a frame of this card has ended with its layout settled
  float top_ = 0;            // where its top went in the last frame
  int drawn_frame_ = -1;     // ImGui's frame count when it was last drawn
  float drawn_for_w_ = 0, drawn_for_h_ = 0;  // the screen size it was drawn for
};

}  // namespace cofx
