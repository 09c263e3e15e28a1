#include "app/frame_settle.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cfloat>

namespace wa {

namespace {

// The content size the window's next Begin will take from this frame
// (ImGui's CalcWindowContentSizes), compared with the one this frame used.
bool content_size_changes(const ImGuiWindow& w) {
    // A collapsed window, or one hidden (out of its parent's view) that may
    // skip its items, keeps its old sizes: nothing changes.
    if (w.Collapsed && w.AutoFitFramesX <= 0 && w.AutoFitFramesY <= 0) return false;
    if (w.Hidden && w.HiddenFramesCannotSkipItems == 0 && w.HiddenFramesCanSkipItems > 0) return false;
    const ImVec2 start = w.DC.CursorStartPos;
    auto size = [](float explicit_size, float extent) { return explicit_size != 0.0f ? explicit_size : IM_TRUNC(extent); };
    const float x = size(w.ContentSizeExplicit.x, w.DC.CursorMaxPos.x - start.x);
    const float y = size(w.ContentSizeExplicit.y, w.DC.CursorMaxPos.y - start.y);
    const float ideal_x = size(w.ContentSizeExplicit.x, ImMax(w.DC.CursorMaxPos.x, w.DC.IdealMaxPos.x) - start.x);
    const float ideal_y = size(w.ContentSizeExplicit.y, ImMax(w.DC.CursorMaxPos.y, w.DC.IdealMaxPos.y) - start.y);
    // The width matters only to a window that scrolls sideways or sizes
    // itself to its content's width: a vertical scrollbar that came narrows
    // the content of the others, and changes nothing else.
    const bool width_matters = (w.Flags & (ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_AlwaysHorizontalScrollbar |
                                           ImGuiWindowFlags_AlwaysAutoResize)) != 0 ||
                               (w.ChildFlags & ImGuiChildFlags_AutoResizeX) != 0 || w.Scroll.x != 0.0f;
    if (width_matters && (x != w.ContentSize.x || ideal_x != w.ContentSizeIdeal.x)) return true;
    return y != w.ContentSize.y || ideal_y != w.ContentSizeIdeal.y;
}

}  // namespace

bool imgui_settling() {
    const ImGuiContext& g = *GImGui;
    if (g.NavAnyRequest || g.NavMoveSubmitted || g.NavInitRequest || g.NavNextActivateId != 0) return true;
    if (g.ActiveId != g.ActiveIdPreviousFrame) return true;
    for (const ImGuiWindow* w : g.Windows) {
        if (!w->Active) continue;  // not drawn this frame
        if (w->HiddenFramesCannotSkipItems > 0 || w->HiddenFramesForRenderOnly > 0) return true;
        if (w->AutoFitFramesX > 0 || w->AutoFitFramesY > 0) return true;
        if (w->ScrollTarget.x != FLT_MAX || w->ScrollTarget.y != FLT_MAX) return true;
        if (content_size_changes(*w)) return true;
    }
    return false;
}

}  // namespace wa
