// Entry point of the web app: SDL2 window, WebGL2 context, Dear ImGui, and a
// main loop that renders only when something changed.
//
// The loop is paused while the page is idle (no frames at all: a tablet's
// battery and an old public PC's fan both notice). web/glue.js wakes it on any
// input event through wa_wake(). Awake, it runs a frame after input and while
// the last frame left something for the next (main_loop), and no more: it
// stops on the frame that settles the screen, not one frame after it.
#include <SDL.h>
#include <SDL_opengles2.h>
#include <emscripten.h>
#include <emscripten/console.h>
#include <emscripten/html5.h>

#include <imgui.h>
#include <imgui_internal.h>  // the input queue (main_loop)
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>

#include <cfloat>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "app/app.h"
#include "app/browser.h"
#include "app/frame_change.h"
#include "app/frame_settle.h"
#include "app/theme.h"
#include "app/ui.h"
#include "core/document.h"

namespace {

SDL_Window* g_window = nullptr;
SDL_GLContext g_gl = nullptr;
wa::App g_app;
int g_frames = 0;          // frames actually rendered (window.WelcomeAudit.frames())
bool g_frame_due = true;    // a frame is wanted (woken, or the last frame left work for the next)
int g_unsettled = 0;        // frames run since the last input or wake (a safety limit, kMaxUnsettled)
bool g_paused = false;
bool g_touch_dragged = false;  // the current touch moved the content (wa_touch_drag)
bool g_touch_held = false;     // the next touch stopped the content's glide: it taps nothing (wa_touch_hold)
float g_font_scale = 0.0f;  // text scale and pixel ratio the font atlas was built for
float g_font_ratio = 0.0f;
bool g_font_all = false;    // the atlas has every glyph of font_ranges.inc, not only the UI's
std::string g_returned;     // keeps strings handed to JavaScript alive until the next call
wa::FrameChange g_frame_change;  // skips drawing a frame the canvas already shows
int g_drawn = 0;            // frames drawn on the canvas (the rest were unchanged)

// Returns true when the font texture was rebuilt.
bool rebuild_fonts_if_needed() {
    const float ratio = wa::browser::device_pixel_ratio();
    const float scale = g_app.text_scale();
    // The first frame gets a small atlas (the app's own characters: a third of
    // the atlas-building time), the next one every glyph: the page shows sooner,
    // and a name with accents is drawn right one frame later.
    const bool all = g_frames > 0;
    if (ratio == g_font_ratio && scale == g_font_scale && all == g_font_all) return false;
    g_font_ratio = ratio;
    g_font_scale = scale;
    g_font_all = all;
    wa::theme::build_fonts(scale, ratio, all);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    wa::theme::apply(g_app.theme(), scale);
    wa::browser::set_page_state(wa::theme::colors().id, wa::theme::kBaseFontPx * scale);
    return true;
}

void render_frame() {
    const bool new_fonts = rebuild_fonts_if_needed();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    wa::ui::begin_frame();
    g_app.draw();
    std::string tree = wa::ui::end_frame_changes();
    ImGui::Render();

    ImGuiIO& io = ImGui::GetIO();
    const wa::Rgb bg = wa::theme::colors().background;
    const std::uint32_t clear = (std::uint32_t(bg.r) << 16) | (std::uint32_t(bg.g) << 8) | bg.b;
    // The very first frame is always drawn; after that only a changed picture.
    if (g_frame_change.changed(*ImGui::GetDrawData(), clear, new_fonts || g_frames == 0)) {
        glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
                   static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
        glClearColor(bg.r / 255.0f, bg.g / 255.0f, bg.b / 255.0f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        ++g_drawn;
    }

    if (!tree.empty()) wa::browser::publish_tree(tree);
    std::string focus = wa::ui::take_focus_request();
    if (!focus.empty()) wa::browser::focus_element(focus);
    g_app.after_frame();  // autosave, announcements
    if (g_frames++ == 0) wa::browser::first_frame();
}

void main_loop() {
    bool had_event = false;
    SDL_Event event;
    while (SDL_PollEvent(&event)) {
        ImGuiIO& io = ImGui::GetIO();
        const bool finger = (event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_MOUSEBUTTONUP) &&
                            event.button.which == SDL_TOUCH_MOUSEID;
        if (event.type == SDL_MOUSEBUTTONDOWN) {
            // A new press, a new gesture. A touch that stopped the content's
            // glide is a stop, not a tap (as on any phone).
            g_touch_dragged = finger && g_touch_held;
            g_touch_held = false;
            // The pointer where the press is: after a touch it was taken away
            // (below), and SDL sends no motion for a tap at the same spot.
            if (finger) io.AddMousePosEvent(static_cast<float>(event.button.x), static_cast<float>(event.button.y));
        }
        if (event.type == SDL_MOUSEBUTTONUP && finger) {
            // A finger leaves nothing under it: no hover look stays on what
            // was tapped. ImGui takes these in order over the next frames.
            // A finger that dragged the content lifts over whatever scrolled
            // under it, often the very button it first touched: that must
            // not count as a tap, so the pointer goes before the release.
            if (g_touch_dragged) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
            ImGui_ImplSDL2_ProcessEvent(&event);
            io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
            g_touch_dragged = false;
            had_event = true;
            continue;
        }
        ImGui_ImplSDL2_ProcessEvent(&event);
        had_event = true;
    }
    // ImGui takes queued input one step a frame: a tap is four (pointer there,
    // press, release, pointer away), and the last must not wait for the next input.
    const bool input = had_event || wa::ui::has_pending_input() || !GImGui->InputEventsQueue.empty();
    if (input) g_unsettled = 0;
    if (!g_frame_due && !input) {
        emscripten_pause_main_loop();
        g_paused = true;
        g_app.settled();
        return;
    }
    g_frame_due = false;  // wa_wake may set it again while the frame runs (the mirror's focus)
    render_frame();
    // Another frame when this one took input (a click changes the app while
    // part of the screen is already drawn), or left something that only the
    // next frame applies (frame_settle.h, App::wants_frame, ui::wants_frame),
    // or drew with the first, smaller font atlas. Otherwise the next frame
    // would draw exactly this one: none runs. A screen that never settles
    // (a scrollbar that comes and goes) stops after kMaxUnsettled frames.
    constexpr int kMaxUnsettled = 8;
    if (input || !g_font_all || wa::imgui_settling() || g_app.wants_frame() || wa::ui::wants_frame()) g_frame_due = true;
    if (++g_unsettled >= kMaxUnsettled && !input) g_frame_due = false;
}

}  // namespace

extern "C" {

// Called by web/glue.js on any input event, and after it calls into the app.
EMSCRIPTEN_KEEPALIVE void wa_wake() {
    g_frame_due = true;
    g_unsettled = 0;
    if (g_paused) {
        g_paused = false;
        emscripten_resume_main_loop();
    }
}
// The DOM mirror: an element was activated (click, Enter, Space, arrow keys in a radio group).
EMSCRIPTEN_KEEPALIVE void wa_activate(const char* id) {
    wa::ui::queue_activate(id);
    wa_wake();
}
// The DOM mirror: words typed where no field has the focus (a space among them was held back).
EMSCRIPTEN_KEEPALIVE void wa_stray_typing() {
    g_app.stray_typing();
    wa_wake();
}
// The DOM mirror: the text of an <input> or <textarea> changed.
EMSCRIPTEN_KEEPALIVE void wa_set_text(const char* id, const char* text) {
    wa::ui::queue_text(id, text);
    wa_wake();
}
// The DOM mirror: focus moved to this element ("" when it left the app).
EMSCRIPTEN_KEEPALIVE void wa_focus(const char* id) {
    wa::ui::set_dom_focus(id);
    wa_wake();
}
// Mouse wheel over a mirror element (which covers the canvas there).
EMSCRIPTEN_KEEPALIVE void wa_scroll(float dx, float dy) {
    ImGui::GetIO().AddMouseWheelEvent(dx, dy);
    wa_wake();
}
// A finger dragged the page by dy CSS pixels (glue.js): the content follows it.
EMSCRIPTEN_KEEPALIVE void wa_touch_scroll(float dy) {
    g_app.touch_scroll(dy);
    wa_wake();
}
// The touch under way is a drag, not a tap (glue.js, after 10 px): its release clicks nothing.
EMSCRIPTEN_KEEPALIVE void wa_touch_drag() { g_touch_dragged = true; }
// A finger came down while the content still glided after a flick (touch.js):
// it stops the glide, and its release clicks nothing.
EMSCRIPTEN_KEEPALIVE void wa_touch_hold() { g_touch_held = true; }
// The person's devices (touch.js): `coarse` the main pointer is a finger (CSS
// pointer: coarse), so controls get a finger's size; `ring` the focus moved
// by a key or a screen reader, not a pointer, so the canvas draws the focus
// ring; `keys` a key was pressed on this visit (ui.h).
EMSCRIPTEN_KEEPALIVE void wa_input_mode(int coarse, int ring, int keys) {
    if ((coarse != 0) != wa::theme::touch_targets()) {
        wa::theme::set_touch_targets(coarse != 0);
        g_font_scale = 0.0f;  // sizes are set with the fonts (rebuild_fonts_if_needed)
    }
    wa::ui::set_keyboard_mode(ring != 0, keys != 0);
    wa_wake();
}
// The part of the canvas the person sees (touch.js, the visual viewport), in
// CSS pixels from its top: an on-screen keyboard covers the rest.
EMSCRIPTEN_KEEPALIVE void wa_visible_area(float top, float bottom, int zoomed) {
    wa::ui::set_visible_area(top, bottom, zoomed != 0);
    wa_wake();
}
// A file the person picked (or a host's checklist fetched over http).
// The bytes are passed with their length: the core checks the UTF-8 itself.
// Where it comes from: the numbers of glue.js's SOURCE.
// kWarmUp: glue.js's made-up audit, read while the page is idle after its
// first frame and then dropped (glue.js warmUpWhenIdle says why); it never
// reaches the app, the store or the screen.
enum FileSource { kFromPerson = 0, kFromHost = 1, kForCompare = 2, kPreviousAudit = 3, kWarmUp = 4 };
EMSCRIPTEN_KEEPALIVE void wa_open_text(const char* file_name, const char* data, int length, int source) {
    std::string text(data, static_cast<size_t>(length));
    if (source == kWarmUp) {
        // A problem here means the warm-up runs error paths, not a real file's: every browser test sees it.
        wa::AnyDocument doc = wa::load_any(text, file_name);
        if (!doc.problems.empty()) emscripten_console_error("the made-up audit has a problem");
        std::vector<wa::WalkStop> stops;  // and what opening it does next (App::rebuild_walk)
        std::map<std::string, int> index;
        if (doc.audit) wa::build_walk(*doc.audit, stops, index);
        return;
    }
    if (source == kForCompare) g_app.add_compare_file(file_name, text);
    else if (source == kPreviousAudit) g_app.open_previous_file(file_name, text);
    else g_app.open_text(file_name, text, source == kFromHost);
    wa_wake();
}
// glue.js could not fetch checklists/FILE, which the app asked for (fetch_checklist).
EMSCRIPTEN_KEEPALIVE void wa_checklist_unavailable(const char* file) {
    g_app.checklist_unavailable(file);
    wa_wake();
}
// A photo chosen for the current item's evidence, already shrunk by glue.js
// to a JPEG data: URL ("" when the file could not be read as a picture).
// A language's catalog the app asked for (browser::fetch_language); "" when it could not be fetched.
EMSCRIPTEN_KEEPALIVE void wa_language_text(const char* code, const char* file, const char* text) {
    g_app.language_arrived(code, file, text, text[0] != '\0');
    wa_wake();
}

EMSCRIPTEN_KEEPALIVE void wa_add_photo(const char* data_url) {
    g_app.add_photo(data_url);
    wa_wake();
}
// The page is being left or hidden (glue.js: pagehide, visibilitychange): a
// change waiting for its save (App::after_frame) is saved now.
EMSCRIPTEN_KEEPALIVE void wa_flush() { g_app.flush_save(); }
// Ctrl+S (Cmd+S): people press it by habit, and expect their work saved to a file.
EMSCRIPTEN_KEEPALIVE void wa_save_shortcut() {
    g_app.save_shortcut();
    wa_wake();
}
// The audit store (web/storage.js) reports: a save confirmed, the list changed, another tab...
EMSCRIPTEN_KEEPALIVE void wa_store_event(const char* json) {
    g_app.store_event(json);
    wa_wake();
}
// ...and the text of a stored audit the app asked for ("open", "take-over", "next-year").
EMSCRIPTEN_KEEPALIVE void wa_store_opened(const char* id, const char* purpose, const char* text) {
    g_app.store_opened(id, purpose, text);
    wa_wake();
}
// window.WelcomeAudit.audit(): the current audit document as exported.
EMSCRIPTEN_KEEPALIVE const char* wa_audit_json() {
    g_returned = g_app.audit_json();
    return g_returned.c_str();
}
// window.WelcomeAudit.load(text): {"ok":bool,"errors":[...]}, replacing the audit when ok.
EMSCRIPTEN_KEEPALIVE const char* wa_load_json(const char* text) {
    g_returned = g_app.load_json_api(text);
    wa_wake();
    return g_returned.c_str();
}
EMSCRIPTEN_KEEPALIVE int wa_frames() { return g_frames; }
EMSCRIPTEN_KEEPALIVE int wa_frames_drawn() { return g_drawn; }
EMSCRIPTEN_KEEPALIVE const char* wa_version() { return WA_VERSION; }

}  // extern "C"

int main() {
    // Keys go to SDL only when the canvas itself has focus, never from `window`:
    // otherwise SDL swallows Tab, arrows and Ctrl+key for the whole page (a
    // keyboard trap, and no browser zoom). The canvas is not focusable, so all
    // keyboard use goes through the DOM mirror's real HTML elements.
    SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        std::printf("SDL_Init failed: %s\n", SDL_GetError());
        return 1;
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    // SDL sets document.title from this: keep the page's full, descriptive title.
    g_window = SDL_CreateWindow("Welcome Audit: library inclusion and accessibility self-audits", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED,
                                css_w > 0 ? static_cast<int>(css_w) : 1024, css_h > 0 ? static_cast<int>(css_h) : 768,
                                SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!g_window) {
        std::printf("SDL_CreateWindow failed: %s\n", SDL_GetError());
        return 1;
    }
    g_gl = SDL_GL_CreateContext(g_window);
    if (!g_gl) {
        std::printf("WebGL2 context failed: %s\n", SDL_GetError());
        return 1;
    }
    SDL_GL_MakeCurrent(g_window, g_gl);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // window layout is fixed; nothing to remember
    io.LogFilename = nullptr;
    io.ConfigInputTextCursorBlink = false;
    ImGui_ImplSDL2_InitForOpenGL(g_window, g_gl);
    ImGui_ImplOpenGL3_Init("#version 300 es");

    g_app.start();
    emscripten_set_main_loop(main_loop, 0, false);
    return 0;
}
