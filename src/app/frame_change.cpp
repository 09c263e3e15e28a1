#include "app/frame_change.h"

#include <imgui.h>

#include <cstring>

namespace wa {

namespace {

// Calls f(data, bytes) for every piece of the frame that decides its picture:
// the display, then per list its vertices, indices and the commands that draw
// them (clip rectangle, texture, ranges). Returns true when a command is a
// callback, which draws something the bytes cannot describe.
template <typename F>
bool each_piece(const ImDrawData& d, const std::uint32_t& clear_rgba, F&& f) {
    bool callback = false;
    f(&clear_rgba, sizeof clear_rgba);
    f(&d.DisplayPos, sizeof d.DisplayPos);
    f(&d.DisplaySize, sizeof d.DisplaySize);
    f(&d.FramebufferScale, sizeof d.FramebufferScale);
    f(&d.CmdListsCount, sizeof d.CmdListsCount);
    for (int i = 0; i < d.CmdListsCount; ++i) {
        const ImDrawList* list = d.CmdLists[i];
        f(&list->VtxBuffer.Size, sizeof list->VtxBuffer.Size);
        f(list->VtxBuffer.Data, sizeof(ImDrawVert) * static_cast<std::size_t>(list->VtxBuffer.Size));
        f(&list->IdxBuffer.Size, sizeof list->IdxBuffer.Size);
        f(list->IdxBuffer.Data, sizeof(ImDrawIdx) * static_cast<std::size_t>(list->IdxBuffer.Size));
        f(&list->CmdBuffer.Size, sizeof list->CmdBuffer.Size);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            f(&cmd.ClipRect, sizeof cmd.ClipRect);
            f(&cmd.TextureId, sizeof cmd.TextureId);
            f(&cmd.VtxOffset, sizeof cmd.VtxOffset);
            f(&cmd.IdxOffset, sizeof cmd.IdxOffset);
            f(&cmd.ElemCount, sizeof cmd.ElemCount);
            if (cmd.UserCallback != nullptr) callback = true;
        }
    }
    return callback;
}

}  // namespace

bool FrameChange::changed(const ImDrawData& d, std::uint32_t clear_rgba, bool force) {
    // First pass: compare each piece with the last frame's bytes where it lies,
    // copying nothing (most frames after an input are unchanged). Only a
    // changed frame is written down, in a second pass, for the next comparison.
    std::size_t at = 0;
    bool same = !force;
    force |= each_piece(d, clear_rgba, [&](const void* data, std::size_t n) {
        if (same && n > 0) same = at + n <= last_.size() && std::memcmp(last_.data() + at, data, n) == 0;
        at += n;
    });
    if (same && !force && at == last_.size()) return false;
    last_.resize(at);
    at = 0;
    each_piece(d, clear_rgba, [&](const void* data, std::size_t n) {
        if (n > 0) std::memcpy(last_.data() + at, data, n);
        at += n;
    });
    return true;
}

}  // namespace wa
