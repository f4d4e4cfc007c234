#include "app/lobby_card.h"

#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "app/imgui_reach.h"
#include "app/theme.h"
#include "app/ui_parts.h"
#include "app/words/tr.h"
#include "core/text/shaped_text.h"

namespace cofx {
namespace {

constexpr float kCardWidthEm = 32.0f;
constexpr float kPhoneWidthEm = 30.0f;  // narrower than this is a phone held upright
constexpr float kPhoneMarginPx = 8.0f;
constexpr float kPhoneCardPaddingEm = 0.75f;

struct TabInfo {
  LobbyTab tab;
  const char* label;
  const char* widget;
};
constexpr TabInfo kTabs[] = {
    // Translators: the lobby's three tabs. "Meet": start or join a meeting now.
    {LobbyTab::Meet, N_("Meet"), "tab-meet"},
    // Translators: a tab (noun): the meetings planned for later.
    {LobbyTab::Schedule, N_("Schedule"), "tab-schedule"},
    {LobbyTab::Settings, N_("Settings"), "tab-settings"},
};

}  // namespace

void LobbyCard::open(const char* child_id, const std::string& title, const std::string& subtitle,
                     const UiFonts& fonts, float width_em) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  // On a phone the card nearly fills the screen: a thin margin leaves its content the room.
  const bool phone = viewport->WorkSize.x < kPhoneWidthEm * ImGui::GetFontSize();
  if (phone) ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(kPhoneMarginPx, kPhoneMarginPx));
  ImGui::Begin("##lobby", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  if (phone) ImGui::PopStyleVar();

  ImGuiStorage* storage = ImGui::GetStateStorage();
  height_id_ = ImGui::GetID("card-height");
  last_height_ = storage->GetFloat(height_id_, 0.0f);
  const float em = ImGui::GetFontSize();
  const float card_width = std::min(ImGui::GetContentRegionAvail().x, width_em * em);
  const float max_height = ImGui::GetContentRegionAvail().y;
  fits_screen_ = last_height_ > 0 && last_height_ < max_height;
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), (viewport->WorkSize.x - card_width) * 0.5f));
  const int frame = ImGui::GetFrameCount();
  const bool continuing = drawn_frame_ == frame - 1 && drawn_for_w_ == viewport->WorkSize.x &&
                          drawn_for_h_ == viewport->WorkSize.y;
  drawn_frame_ = frame;
  drawn_for_w_ = viewport->WorkSize.x;
  drawn_for_h_ = viewport->WorkSize.y;
  if (!continuing) placed_ = false;
  const float min_top = ImGui::GetCursorPosY();
  const float centred = (viewport->WorkSize.y - last_height_) * 0.5f;
  const float top = placed_ ? std::min(top_, viewport->WorkSize.y - last_height_ - min_top) : centred;
  top_ = std::max(min_top, top);
  ImGui::SetCursorPosY(top_);
  // Taller than the screen (a phone, a long list): the card scrolls inside itself.
  // NavFlattened: Tab from the full-window lobby reaches the card's fields (keyboard-only use).
  // Each screen's card is its own window: keyboard navigation never looks for an item of
  // the screen before (Tab would find nothing after a join started from the keyboard).
  // On a phone the card's own padding is thin too: its text gets the width.
  const float phone_padding = std::round(kPhoneCardPaddingEm * em);  // whole pixels, as ImGui places content
  padding_y_ = phone ? phone_padding : ImGui::GetStyle().WindowPadding.y;
  if (phone) ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(phone_padding, phone_padding));
  ImGui::BeginChild(child_id, ImVec2(card_width, std::min(last_height_, max_height)),
                    ImGuiChildFlags_Borders | ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_NavFlattened);
  if (phone) ImGui::PopStyleVar();
  // A card that just appeared takes the keyboard, so Tab starts in it (not in a window of the
  // screen before, or in ImGui's implicit one).
  if (ImGui::IsWindowAppearing()) ImGui::SetWindowFocus();
  // ImGui skips items scrolled out of view unless it is logging text: while the card is
  // drawn it "logs" to a buffer nobody reads, so every widget in it, seen or not, reports
  // its label and the accessible mirror can name it (item_info.h).
  imgui_reach::log_to_nowhere();

  push_title_font(fonts);
  ImGui::PushStyleColor(ImGuiCol_Text, theme_colors().accent_text);
  ImGui::TextWrapped("%s", shaped::for_display(title).c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  ImGui::PushStyleColor(ImGuiCol_Text, theme_colors().muted_text);
  ImGui::TextWrapped("%s", shaped::for_display(subtitle).c_str());
  ImGui::PopStyleColor();
  ImGui::Spacing();
}

void LobbyCard::begin_without_tabs(const std::string& title, const std::string& subtitle, const UiFonts& fonts,
                                   float width_em) {
  open("##room-card", title, subtitle, fonts, width_em);
  ImGui::Separator();
  ImGui::Spacing();
}

LobbyTab LobbyCard::begin(const std::string& title, const UiFonts& fonts, std::optional<LobbyTab> select,
                          WidgetRects& rects) {
  open("##card", title, std::string(tr("Video meetings in one click. No account, no install.")), fonts, kCardWidthEm);

  // Tabs as plain buttons: they act on release like every other button, so a tap or a
  // fast click (press and move in one frame) switches reliably.
  if (select) tab_ = *select;
  const ThemeColors& colors = theme_colors();
  {
    WidgetGroup tabs = rects.group("tabs", GroupRole::Tablist, std::string(tr("Lobby sections")));
    bool first = true;
    for (const TabInfo& info : kTabs) {
      const bool current = tab_ == info.tab;
      const std::string words = label(tr(info.label), info.widget);
      if (!first) ui::same_line_if_fits(ui::button_width(words.c_str()));  // long words: a second row
      first = false;
      ImGui::PushStyleColor(ImGuiCol_Button, current ? colors.primary_button : colors.field);
      ImGui::PushStyleColor(ImGuiCol_Text, current ? colors.primary_text : colors.text);
      if (ImGui::Button(words.c_str())) tab_ = info.tab;
      ImGui::PopStyleColor(2);
      rects.track_last_item(info.widget);
      rects.last().role = WidgetRole::Tab;
      rects.last().selected = current;
    }
  }
  ImGui::Separator();
  const LobbyTab shown = tab_;
  ImGui::Spacing();
  const char* shown_label = kTabs[0].label;
  for (const TabInfo& info : kTabs) {
    if (info.tab == shown) shown_label = info.label;
  }
  rects.begin_group("tab-panel", GroupRole::Tabpanel, std::string(tr(shown_label)));
  panel_rects_ = &rects;
  return shown;
}

bool LobbyCard::end(const std::string& footer, bool show_shortcuts) {
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, theme_colors().muted_text);
  if (!footer.empty()) ImGui::TextWrapped("%s", footer.c_str());
  if (show_shortcuts) {
    // Translators: N, J, S, Tab and Esc are the keys themselves: keep them as they are.
    const std::string shortcuts(tr(
        "Shortcuts: N new meeting · J join · S schedule · Tab moves between fields · Esc closes a popup or leaves the "
        "canvas"));
    ImGui::TextWrapped("%s", shortcuts.c_str());
    if (panel_rects_ != nullptr) panel_rects_->track_last_text("shortcuts", WidgetRole::Note, shortcuts);
  }
  ImGui::PopStyleColor();
  const float height = ImGui::GetCursorPosY() + padding_y_;
  // ImGui shows or hides a scrollbar from the frame before's sizes: a card that just grew
  // gets one for a frame, which changes the width of everything in it.
  const bool scrollbar = imgui_reach::window_scrolls();
  ImGui::LogFinish();
  ImGui::EndChild();
  if (panel_rects_ != nullptr) panel_rects_->end_group("tab-panel");
  panel_rects_ = nullptr;
  // ImGui decides on a scrollbar from the frame before's sizes, so a card that grew to fit its
  // content drops it only a frame or two later: draw those frames now, not at the next input.
  constexpr int kLeftoverFrames = 3;
  leftover_frames_ = scrollbar && fits_screen_ ? leftover_frames_ + 1 : 0;
  const bool moved =
      height != last_height_ || scrollbar != scrollbar_ || (leftover_frames_ > 0 && leftover_frames_ <= kLeftoverFrames);
  scrollbar_ = scrollbar;
  if (moved) ImGui::GetStateStorage()->SetFloat(height_id_, height);  // the lobby window's storage
  else placed_ = true;
  ImGui::End();
  return moved;
}

}  // namespace cofx
