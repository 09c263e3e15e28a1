// The Dear ImGui demo as a web page: the peer of issue 26's first-frame bench.
// The same ImGui sources and SDL2 as the app (scripts/install-deps.sh), SDL2 +
// OpenGL ES 3 (WebGL 2), ImGui's own font, the demo window; nothing else.
// Debian's imgui tarball has no examples/libs (no main-loop stub): the loop is
// emscripten_set_main_loop. After the first frame is drawn, <body> gets class
// "ready", as the app's glue.js does, so both are timed the same way.
#include <SDL.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl2.h"

static SDL_Window* g_window = nullptr;
static int g_frames = 0;

static void frame() {
    SDL_Event e;
    while (SDL_PollEvent(&e)) ImGui_ImplSDL2_ProcessEvent(&e);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    ImGui::ShowDemoWindow();
    ImGui::Render();
    const ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, (int)(io.DisplaySize.x * io.DisplayFramebufferScale.x), (int)(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    glClearColor(0.45f, 0.55f, 0.60f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (g_frames++ == 0) EM_ASM(document.body.classList.add('ready'));
}

int main() {
    SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    double w = 1280, h = 720;
    emscripten_get_element_css_size("#canvas", &w, &h);
    g_window = SDL_CreateWindow("Dear ImGui demo", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, (int)w, (int)h,
                                SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    SDL_GLContext gl = SDL_GL_CreateContext(g_window);
    SDL_GL_MakeCurrent(g_window, gl);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui::StyleColorsDark();
    ImGui_ImplSDL2_InitForOpenGL(g_window, gl);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
