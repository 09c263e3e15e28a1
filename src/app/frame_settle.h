// frame_settle.h: whether Dear ImGui left work for the next frame.
//
// Why: the main loop (main.cpp) runs frames only while one can still change
// what the canvas or the mirror shows, and stops on the frame that settles
// things, not one frame after it (a frame that draws nothing new is a frame
// for nothing: a tablet's battery, an old PC's fan). Input is one reason for
// another frame; the other is ImGui itself, which applies some things one
// frame late:
// - a scroll asked for during a frame (SetScrollY, SetScrollHereY) moves the
//   content at the next Begin of its window;
// - a window that appears, or sizes itself to its content (the message box,
//   AutoResizeY), is measured in one frame and shown at that size in the next;
// - a window's scroll range and scrollbar come from the size its content had
//   in the last frame, so content that grew or shrank shows right one frame later;
// - a keyboard navigation or focus request is scored over the next frame's items;
// - a widget that took or let go of the mouse (ActiveId) is told so next frame.
// When none of these is pending, the next frame would draw exactly this one.
#pragma once

namespace wa {

// Called after ImGui::Render(): true when the frame just ended left ImGui a
// request or a size that only the next frame applies.
bool imgui_settling();

}  // namespace wa
