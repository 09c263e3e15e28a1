// frame_bench: the app's CPU time per frame, natively, on every screen of a
// 1,000-item audit with about 1,000 plan actions. A frame is what the page
// does on input (main.cpp) minus the GPU: ImGui's NewFrame, the app's draw,
// the accessibility record for the page (ui::end_frame_changes), Render (the
// draw lists), and after_frame. Prints one JSON object: median and slowest
// ms per screen over RUNS frames. wasm in a browser runs this code roughly
// 1.5 to 2 times slower; bench/page_bench.mjs measures the page itself.
// "still": frames after input with nothing moving (the app draws one or two
// after each input, main.cpp); "scrolling": the content moves 10 px every frame, so every
// widget's rectangle and the whole record for the page change each time.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <imgui.h>

#include "app/app.h"
#include "app/testing/app_probe.h"
#include "app/theme.h"
#include "app/ui.h"
#include "generate.h"
#include "core/plan.h"

using namespace wa;

namespace {

double frame_ms(App& app) {
    const auto t0 = std::chrono::steady_clock::now();
    ImGui::NewFrame();
    ui::begin_frame();
    app.draw();
    const std::string tree = ui::end_frame_changes();
    ImGui::Render();
    app.after_frame();
    const auto t1 = std::chrono::steady_clock::now();
    return std::chrono::duration<double, std::milli>(t1 - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(5, std::atoi(argv[1])) : 31;
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 900);
    io.DeltaTime = 1.0f / 60.0f;
    theme::build_fonts(1.0f, 1.0f, true);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);

    App app;
    app.start();
    theme::apply(app.theme(), 1.0f);
    GenerateOptions o;
    o.checklists = 4;
    o.sections_per_checklist = 10;
    o.items_per_section = 25;
    Audit audit = generate_audit(o);
    // Every other item "not met" (its actions go into the plan), the rest met: about 1,000 actions.
    int k = 0;
    for (const Checklist& c : audit.checklists)
        for (const Section& s : c.sections)
            for (const Item& it : s.items)
                set_answer(audit, c.id, it.id, k++ % 2 ? Answer::Met : Answer::NotMet, "2026-11-26T10:00:00Z");
    const std::size_t actions = build_plan(audit).size();
    // Opening it, as WelcomeAudit.load does (issue 26: at most 20 ms of main
    // thread in the browser), then its first frame on the Audit screen and the
    // first save (the whole audit, in parts, for the store).
    // `frame_bench RUNS FILE` opens FILE instead (page_bench's 1,000-item
    // audit, written out, to compare the page's open time with the core's).
    std::string text = audit_to_json_text(audit);
    if (argc > 2) {
        std::ifstream in(argv[2], std::ios::binary);
        std::ostringstream all;
        all << in.rdbuf();
        text = all.str();
    }
    auto ms_since = [](auto t0) {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    };
    auto t0 = std::chrono::steady_clock::now();
    const bool loaded = load_audit(text, "bench").ok();
    const double core_load_ms = ms_since(t0);
    t0 = std::chrono::steady_clock::now();
    app.load_json_api(text);
    const double open_ms = ms_since(t0);
    const double first_frame = frame_ms(app);
    t0 = std::chrono::steady_clock::now();
    app.flush_save();
    const double first_save_ms = ms_since(t0);

    const struct { const char* name; Screen screen; } screens[] = {
        {"start", Screen::Start}, {"profile", Screen::Library}, {"choose", Screen::Checklists}, {"walk", Screen::Audit},
        {"review", Screen::Review}, {"plan", Screen::Plan}, {"export", Screen::Export}};
    std::printf("{\"items\": %d, \"plan_actions\": %zu, \"audit_bytes\": %zu, \"open_ms\": {\"core_load_audit\": %.2f, "
                "\"load_json_api\": %.2f, \"first_frame\": %.2f, \"first_save\": %.2f, \"ok\": %s}, \"runs\": %d, "
                "\"ms_per_frame\": {",
                AppProbe::items(app), actions, text.size(), core_load_ms, open_ms, first_frame, first_save_ms,
                loaded ? "true" : "false", runs);
    bool first = true;
    for (const auto& s : screens) {
        AppProbe::go(app, s.screen);
        for (int i = 0; i < 5; ++i) frame_ms(app);  // the screen settles (layout, first record)
        std::vector<double> still, scrolling;
        for (int i = 0; i < runs; ++i) still.push_back(frame_ms(app));
        for (int i = 0; i < runs; ++i) {
            app.touch_scroll(i % 2 ? -10.0f : 10.0f);
            scrolling.push_back(frame_ms(app));
        }
        std::sort(still.begin(), still.end());
        std::sort(scrolling.begin(), scrolling.end());
        std::printf("%s\"%s\": {\"still\": %.3f, \"scrolling\": %.3f, \"scrolling_max\": %.3f}", first ? "" : ", ",
                    s.name, still[still.size() / 2], scrolling[scrolling.size() / 2], scrolling.back());
        first = false;
    }
    std::printf("}}\n");
    ImGui::DestroyContext();
    return 0;
}
