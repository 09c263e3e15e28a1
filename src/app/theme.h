// Applies a Palette and the text size to Dear ImGui, and owns the fonts.
#pragma once
#include <imgui.h>

#include "app/palette.h"

namespace wa::theme {

constexpr float kBaseFontPx = 18.0f;  // 100% text size, in CSS pixels

// Builds the font atlas for `text_scale` (1.0 to 2.0) at `pixel_ratio` (devicePixelRatio),
// so text is crisp at any zoom; the renderer's texture must be recreated afterwards.
// `all_glyphs` false: only the app's own characters (ASCII and a few signs), which
// build in a fraction of the time, for the very first frame (main.cpp).
void build_fonts(float text_scale, float pixel_ratio, bool all_glyphs);
// Sets ImGui's colours and sizes.
void apply(ThemeId id, float text_scale);
// Touch targets: on a device whose main pointer is a finger (CSS `pointer:
// coarse`, told by the page), controls are at least kMinTouchTarget CSS pixels
// high and wide; a mouse keeps the denser desktop layout. apply() reads it.
constexpr float kMinTouchTarget = 44.0f;
void set_touch_targets(bool on);
bool touch_targets();
ThemeId current();
const Palette& colors();

ImVec4 accent();
ImVec4 accent_hovered();
ImVec4 on_accent();
ImVec4 muted_text();
ImVec4 to_vec4(Rgb c, float alpha = 1.0f);
ImU32 focus_ring_u32();
ImU32 border_u32();
// Score colours (palette good, warn, bad), only ever beside the words they stand for.
ImU32 good_u32();
ImU32 warn_u32();
ImU32 bad_u32();
ImFont* heading_font(int level);  // nullptr: use the body font

}  // namespace wa::theme
