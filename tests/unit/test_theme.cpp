// Both themes keep text readable: WCAG AA asks for a contrast of 4.5:1 for body text.
#include <doctest/doctest.h>

#include <initializer_list>

#include "app/theme.h"

using cofx::contrast_ratio;
using cofx::ThemeMode;

TEST_CASE("contrast ratio matches the WCAG definition at its extremes") {
  const ImVec4 black(0, 0, 0, 1), white(1, 1, 1, 1);
  CHECK(contrast_ratio(black, white) == doctest::Approx(21.0f).epsilon(0.001));
  CHECK(contrast_ratio(white, white) == doctest::Approx(1.0f));
  CHECK(contrast_ratio(cofx::palette::rgb(0x777777), white) == doctest::Approx(4.48f).epsilon(0.01));
}

TEST_CASE("every text colour of both themes has at least 4.5:1 contrast where it is drawn") {
  for (ThemeMode mode : {ThemeMode::Dark, ThemeMode::Light}) {
    CAPTURE(mode == ThemeMode::Dark ? "dark" : "light");
    const cofx::ThemeColors& t = cofx::theme_colors(mode);
    for (const ImVec4& ground : {t.background, t.surface, t.field}) {
      CHECK(contrast_ratio(t.text, ground) >= 4.5f);
      CHECK(contrast_ratio(t.muted_text, ground) >= 4.5f);
      CHECK(contrast_ratio(t.error_text, ground) >= 4.5f);
      CHECK(contrast_ratio(t.accent_text, ground) >= 4.5f);
    }
    CHECK(contrast_ratio(t.primary_text, t.primary_button) >= 4.5f);
    CHECK(contrast_ratio(t.primary_text, t.primary_hovered) >= 4.5f);
    CHECK(contrast_ratio(t.primary_text, t.primary_active) >= 4.5f);
    CHECK(contrast_ratio(t.text, t.button) >= 4.5f);
    CHECK(contrast_ratio(t.text, t.button_hovered) >= 4.5f);
    CHECK(contrast_ratio(t.text, t.button_active) >= 4.5f);
  }
}
