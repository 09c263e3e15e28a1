// frame_change.h: tells whether a frame's drawing differs from the last one
// put on the canvas, so that an unchanged frame is not drawn again.
//
// Why: the app draws a few frames after every input (ImGui settles hover and
// layout), and most of them, and every frame after a key press in a note (the
// page's own text field shows the key), produce exactly the picture already
// on screen. Drawing it again costs the GPU, or on a computer without working
// graphics drivers the CPU's software rasteriser, tens of milliseconds, and the
// browser shows the key only after that. A WebGL canvas that is not drawn to
// in a frame keeps showing its last picture, so skipping is safe.
#pragma once

#include <cstdint>
#include <vector>

struct ImDrawData;

namespace wa {

class FrameChange {
public:
    // Records the frame `d` (drawn over `clear_rgba`) and returns true when it
    // differs from the last frame recorded, or when `force` is set (the font
    // texture was rebuilt: the same vertices may sample a new picture).
    bool changed(const ImDrawData& d, std::uint32_t clear_rgba, bool force);

private:
    std::vector<unsigned char> last_;  // every byte that decided the last picture drawn
};

}  // namespace wa
