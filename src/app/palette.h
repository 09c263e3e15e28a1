// Colour themes as plain data (no ImGui), so their contrast is checked by a
// native test (tests/core/test_palette.cpp) against WCAG 2.2: text at least
// 4.5:1 on every background it is drawn on, focus ring and borders at least 3:1.
#pragma once

namespace wa {

struct Rgb {
    unsigned char r, g, b;
};

enum class ThemeId { Light = 0, Dark = 1, HighContrast = 2 };
constexpr int kThemeCount = 3;

struct Palette {
    const char* id;          // "light", "dark", "high-contrast" (also the CSS class)
    Rgb background;          // window background
    Rgb surface;             // cards, child windows
    Rgb field;               // text field background
    Rgb text;
    Rgb muted_text;          // secondary text: still 4.5:1
    Rgb accent;              // primary buttons, selected answers, progress fill
    Rgb on_accent;           // text drawn on accent
    Rgb accent_hovered;
    Rgb button;              // ordinary buttons
    Rgb button_hovered;
    Rgb border;              // 3:1 against background (non-text contrast)
    Rgb focus;               // focus ring: 3:1 against background and surface
    Rgb good, warn, bad;     // score bars; always paired with a number, never colour alone
};

const Palette& palette(ThemeId id);
// WCAG 2.x relative luminance and contrast ratio (1 to 21).
double relative_luminance(Rgb c);
double contrast_ratio(Rgb a, Rgb b);

}  // namespace wa
