// The frame's widgets as the page's mirror reads them (ui_tree.cpp).
#pragma once

#include <string>
#include <vector>

#include "app/ui.h"

namespace wa::ui {

// ImGui sizes a font by its line height (stb_truetype's ScaleForPixelHeight:
// the hhea ascent minus descent), CSS by its em. For DejaVu Sans, the UI font,
// that height is 2384 units of a 2048-unit em: text the page draws at this
// fraction of ImGui's size matches the canvas's text.
constexpr float kCssEmPerLineHeight = 2048.0f / 2384.0f;

// `nodes` as JSON for web/mirror.js: the whole list when its shape changed
// since `last` (another screen, a row more), else only the nodes that
// changed ("patch"), or "" when nothing did. `last` becomes `nodes`.
std::string tree_changes(const std::vector<Node>& nodes, std::vector<Node>& last);

}  // namespace wa::ui
