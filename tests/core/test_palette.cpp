// Every theme's colours meet WCAG 2.2 AA: text 4.5:1 on each background it is
// drawn on (1.4.3), borders and the focus ring 3:1 (1.4.11).
#include <doctest/doctest.h>

#include <initializer_list>

#include "app/palette.h"

using wa::contrast_ratio;
using wa::palette;
using wa::ThemeId;

namespace {

void require_at_least(wa::Rgb fg, wa::Rgb bg, double minimum, const char* what, const char* theme) {
    INFO(theme << ": " << what << " contrast " << contrast_ratio(fg, bg) << " < " << minimum);
    CHECK(contrast_ratio(fg, bg) >= minimum);
}

}  // namespace

TEST_CASE("contrast ratio follows the WCAG formula") {
    CHECK(contrast_ratio({0, 0, 0}, {255, 255, 255}) == doctest::Approx(21.0));
    CHECK(contrast_ratio({255, 255, 255}, {255, 255, 255}) == doctest::Approx(1.0));
    // #767676 on white is the well-known 4.54:1 boundary grey.
    CHECK(contrast_ratio({0x76, 0x76, 0x76}, {255, 255, 255}) == doctest::Approx(4.54).epsilon(0.01));
}

TEST_CASE("every theme has AA contrast for text, controls and focus") {
    for (int i = 0; i < wa::kThemeCount; ++i) {
        const wa::Palette& p = palette(static_cast<ThemeId>(i));
        for (wa::Rgb bg : {p.background, p.surface, p.field}) {
            require_at_least(p.text, bg, 4.5, "text", p.id);
            require_at_least(p.muted_text, bg, 4.5, "secondary text", p.id);
        }
        require_at_least(p.text, p.button, 4.5, "button text", p.id);
        require_at_least(p.text, p.button_hovered, 4.5, "hovered button text", p.id);
        require_at_least(p.on_accent, p.accent, 4.5, "text on accent", p.id);
        require_at_least(p.on_accent, p.accent_hovered, 4.5, "text on hovered accent", p.id);
        require_at_least(p.border, p.background, 3.0, "borders", p.id);
        require_at_least(p.focus, p.background, 3.0, "focus ring", p.id);
        require_at_least(p.focus, p.surface, 3.0, "focus ring on cards", p.id);
        require_at_least(p.accent, p.background, 3.0, "selected answer and bars", p.id);
        require_at_least(p.bad, p.background, 4.5, "warning text", p.id);
    }
}

TEST_CASE("high contrast theme is at least 7:1 (AAA) for all text") {
    const wa::Palette& p = palette(ThemeId::HighContrast);
    CHECK(contrast_ratio(p.text, p.background) >= 7.0);
    CHECK(contrast_ratio(p.on_accent, p.accent) >= 7.0);
}

TEST_CASE("the Review chart (ui::bar_chart) reads in every theme: fill against the empty bar, outline and marks") {
    for (int i = 0; i < wa::kThemeCount; ++i) {
        const wa::Palette& p = palette(static_cast<ThemeId>(i));
        // The filled part against the empty part it meets (the bar's length is the figure);
        // contrast is a ratio of luminance, so it holds printed or seen in greyscale too.
        require_at_least(p.accent, p.field, 3.0, "bar fill against the empty bar", p.id);
        // The outline and quarter marks are drawn in the text colour, on the screen's background.
        require_at_least(p.text, p.background, 3.0, "bar outline and marks", p.id);
    }
}
