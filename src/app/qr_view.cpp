#include "app/qr_view.h"

#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "app/theme.h"
#include "app/ui_parts.h"
#include "app/words/link_words.h"
#include "app/words/tr.h"

namespace cofx {
namespace {

constexpr float kMinModulePx = 4.0f;       // what a phone's camera reads from a laptop's screen
constexpr float kSmallestModulePx = 2.0f;  // a long link on a small phone: whole on its screen
constexpr const char* kWindowId = "###qr-window";

}  // namespace

void QrPanel::show(const std::string& link) {
  // A code on a screen is never scratched or stained: Low keeps a long link (an invitation
  // with its title and agenda) to fewer, larger modules, and boosting still raises the level
  // whenever that costs no size, so short links get Medium or better.
  if (link != link_ || (!encoding_.code && !encoding_.problem)) encoding_ = encode_qr(link, QrLevel::Low);
  link_ = link;
  shown_ = true;
}

float qr_side(const QrMatrix& code, float max_side) {
  const float modules = static_cast<float>(code.size + 2 * kQrQuietZone);
  const float fitting = std::floor(max_side / modules);
  const float module_px = fitting >= kMinModulePx ? fitting : std::max(kSmallestModulePx, fitting);
  return module_px * modules;
}

void draw_qr_code(const QrMatrix& code, float max_side, const std::string& name, const std::string& link,
                  WidgetRects& rects) {
  const float side = qr_side(code, max_side);
  const float module_px = side / static_cast<float>(code.size + 2 * kQrQuietZone);
  // Whole pixels: a module's edges fall between pixels, so a camera sees crisp squares.
  const ImVec2 cursor = ImGui::GetCursorScreenPos();
  const ImVec2 origin(std::floor(cursor.x), std::floor(cursor.y));
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(ImVec2(side, side));
  rects.track_last_image(name, qr_code_label(), link);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  // White and black whatever the theme: readers expect dark modules on a light ground.
  draw->AddRectFilled(origin, ImVec2(origin.x + side, origin.y + side), IM_COL32(255, 255, 255, 255));
  const ImU32 dark = IM_COL32(0, 0, 0, 255);
  const float inset = static_cast<float>(kQrQuietZone) * module_px;
  for (int y = 0; y < code.size; ++y) {
    for (int x = 0; x < code.size; ++x) {
      if (!code.dark(x, y)) continue;
      // One rectangle per horizontal run of dark modules: fewer vertices than one per module.
      int end = x;
      while (end + 1 < code.size && code.dark(end + 1, y)) ++end;
      const ImVec2 min(origin.x + inset + static_cast<float>(x) * module_px, origin.y + inset + static_cast<float>(y) * module_px);
      const ImVec2 max(origin.x + inset + static_cast<float>(end + 1) * module_px, min.y + module_px);
      draw->AddRectFilled(min, max, dark);
      x = end;
    }
  }
}

bool QrPanel::draw(WidgetRects& rects) {
  settling_ = false;
  if (!shown_) return false;
  if (!ImGui::IsPopupOpen(kWindowId)) ImGui::OpenPopup(kWindowId);
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), viewport->WorkSize);
  bool closed = false;
  if (ImGui::BeginPopupModal(kWindowId, nullptr,
                             ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings)) {
    const float em = ui::em();
    // Room for the code: the screen less the window's padding, and below the code two lines
    // of the link and the Close button.
    const float room_x = viewport->WorkSize.x - 2.0f * style.WindowPadding.x;
    const float room_y = viewport->WorkSize.y - 2.0f * style.WindowPadding.y - 3.0f * ImGui::GetFrameHeightWithSpacing() -
                         style.ItemSpacing.y;
    const float max_side = std::max(0.0f, std::min({room_x, room_y, 20.0f * em}));
    float width = 16.0f * em;
    if (encoding_.code) {
      draw_qr_code(*encoding_.code, max_side, kQrCodeWidget, link_, rects);
      width = qr_side(*encoding_.code, max_side);
    } else if (encoding_.problem) {
      ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
      ui::message(describe(*encoding_.problem), theme_colors().error_text, WidgetRole::Alert, "qr-problem", rects);
      ImGui::PopTextWrapPos();
    }
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ui::muted_wrapped(link_);
    ImGui::PopTextWrapPos();
    if (ImGui::Button(label(tr("Close"), kQrCloseWidget).c_str(), ImVec2(width, 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) closed = true;
    rects.track_last_item(kQrCloseWidget);
    const ImVec2 pos = ImGui::GetWindowPos();
    const ImVec2 size = ImGui::GetWindowSize();
    const float place[4] = {pos.x, pos.y, size.x, size.y};
    for (int i = 0; i < 4; ++i) {
      if (place[i] != last_place_[i]) settling_ = true;
      last_place_[i] = place[i];
    }
    if (closed) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  } else {
    closed = true;  // closed by ImGui (another popup took its place)
  }
  if (closed) shown_ = false;
  return closed;
}

}  // namespace cofx
