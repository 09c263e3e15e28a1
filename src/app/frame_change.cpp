#include "app/frame_change.h"

#include <imgui.h>

#include <cstring>

namespace wa {

namespace {

void append(std::vector<unsigned char>& out, const void* data, std::size_t n) {
    if (n == 0) return;
    const std::size_t at = out.size();
    out.resize(at + n);
    std::memcpy(out.data() + at, data, n);
}

template <typename T>
void append_value(std::vector<unsigned char>& out, const T& v) {
    append(out, &v, sizeof v);
}

}  // namespace

bool FrameChange::changed(const ImDrawData& d, std::uint32_t clear_rgba, bool force) {
    // The frame as bytes: the display, then per list its vertices, indices and
    // the commands that draw them (clip rectangle, texture, ranges). Comparing
    // the bytes is exact and costs two passes over a few hundred KB at most.
    next_.clear();
    append_value(next_, clear_rgba);
    append_value(next_, d.DisplayPos);
    append_value(next_, d.DisplaySize);
    append_value(next_, d.FramebufferScale);
    append_value(next_, d.CmdListsCount);
    for (int i = 0; i < d.CmdListsCount; ++i) {
        const ImDrawList* list = d.CmdLists[i];
        append_value(next_, list->VtxBuffer.Size);
        append(next_, list->VtxBuffer.Data, sizeof(ImDrawVert) * static_cast<std::size_t>(list->VtxBuffer.Size));
        append_value(next_, list->IdxBuffer.Size);
        append(next_, list->IdxBuffer.Data, sizeof(ImDrawIdx) * static_cast<std::size_t>(list->IdxBuffer.Size));
        append_value(next_, list->CmdBuffer.Size);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            append_value(next_, cmd.ClipRect);
            append_value(next_, cmd.TextureId);
            append_value(next_, cmd.VtxOffset);
            append_value(next_, cmd.IdxOffset);
            append_value(next_, cmd.ElemCount);
            // A callback draws something the bytes cannot describe: always draw.
            if (cmd.UserCallback != nullptr) force = true;
        }
    }
    const bool same = !force && next_.size() == last_.size() &&
                      std::memcmp(next_.data(), last_.data(), next_.size()) == 0;
    last_.swap(next_);
    return !same;
}

}  // namespace wa
