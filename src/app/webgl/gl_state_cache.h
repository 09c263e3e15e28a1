// gl_state_cache.h: answers Dear ImGui's OpenGL 3 backend's state queries
// (glGetIntegerv, glIsEnabled) from memory instead of asking WebGL.
//
// Why: before drawing, the backend saves about twenty pieces of GL state
// (program, texture, buffers, blend, viewport, scissor...) to restore them
// afterwards, so that it can share a context with other code. In the browser
// each of those queries is a WebGL getParameter(), and Chromium answers many
// of them only after a round trip to its GPU process, which first finishes the
// work already sent: 2.5 ms of main-thread time for every frame put on the
// canvas, more than all the rest of the frame (measured with
// bench/page_bench.mjs --cpu-profile, issue 12).
//
// Nothing else draws in this context, and the backend puts back, after each
// frame, exactly the state it read before it: the state is therefore the same
// at the start of every frame. The first answer to each query is asked of
// WebGL and kept; later ones are served from memory. The one piece of state
// the app sets itself between frames, the viewport, is set again before every
// draw (main.cpp), so a kept viewport is never what a frame draws with.
//
// This header is force-included (-include) only into imgui_impl_opengl3.cpp
// (src/app/CMakeLists.txt); it changes nothing anywhere else.
#pragma once

#include <GLES3/gl3.h>  // first: the real declarations, before the names are redirected

#ifdef __cplusplus
extern "C" {
#endif
void wa_gl_cached_get_integerv(GLenum pname, GLint* data);
GLboolean wa_gl_cached_is_enabled(GLenum cap);
#ifdef __cplusplus
}
#endif

#define glGetIntegerv wa_gl_cached_get_integerv
#define glIsEnabled wa_gl_cached_is_enabled
