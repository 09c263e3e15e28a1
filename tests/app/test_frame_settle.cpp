// The main loop (src/app/main.cpp) stops on the frame after which neither
// ImGui (frame_settle.h) nor the app (App::wants_frame, ui::wants_frame)
// has anything left for the next frame. These tests hold it to that: one
// more frame after it must draw exactly the same picture and publish no
// change to the mirror, on every screen, with a short and a long audit, at
// 100% and 200% text, on a phone, after a scroll request and after the focus
// moved. A condition the loop missed would leave a scroll or a focus move
// undone until the next input.
#include <doctest/doctest.h>

#include <string>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/frame_change.h"
#include "app/frame_settle.h"
#include "app/testing/app_probe.h"
#include "app/ui.h"
#include "core/document.h"
#include "generate.h"
#include "test_util.h"
#include "app_test_util.h"

namespace {

using namespace wa;
using wa_test::draw;

struct Screens {
    explicit Screens(App& a, float w = 1280, float h = 900) : app(a), width(w), height(h) {}
    App& app;
    float width, height;
    FrameChange change;
    int frames = 0;  // frames run by the last settle_and_check()

    // What main_loop asks after each frame (no input here).
    bool wants_another() const { return imgui_settling() || app.wants_frame() || ui::wants_frame(); }
    bool one_frame() {
        draw(app, width, height);
        ++frames;
        change.changed(*ImGui::GetDrawData(), 0xffffff, false);
        return wants_another();
    }
    // Frames as the loop runs them after a wake; then the check: one more
    // frame draws the same picture and tells the mirror nothing new.
    void settle_and_check(const char* where) {
        CAPTURE(where);
        frames = 0;
        bool more = true;
        while (more && frames < 8) more = one_frame();
        CHECK_FALSE(more);  // the loop's safety limit was not needed
        const std::string tree = draw(app, width, height);
        CHECK_FALSE(change.changed(*ImGui::GetDrawData(), 0xffffff, false));
        CHECK(tree.empty());
        CHECK_FALSE(wants_another());
    }
};

void open(App& app, const Audit& a) {
    app.start();
    REQUIRE(nlohmann::json::parse(app.load_json_api(audit_to_json_text(a))).value("ok", false));
}

void every_screen(Screens& s) {
    s.settle_and_check("opened");
    for (Screen screen : {Screen::Start, Screen::Library, Screen::Checklists, Screen::Audit, Screen::Review, Screen::Plan,
                          Screen::Export, Screen::Progress, Screen::Compare, Screen::Audit}) {
        AppProbe::go(s.app, screen);
        s.settle_and_check(("screen " + std::to_string(static_cast<int>(screen))).c_str());
    }
}

}  // namespace

TEST_CASE("the loop stops on a settled frame: every screen, a short audit") {
    wa_test::Frame f;
    App app;
    Screens s(app);
    s.settle_and_check("start, no audit");
    open(app, wa_test::mini_audit());
    every_screen(s);
}

TEST_CASE("the loop stops on a settled frame: a long audit, 200% text, a phone") {
    GenerateOptions o;
    o.checklists = 3;
    o.sections_per_checklist = 6;
    o.items_per_section = 12;
    const Audit big = generate_audit(o);
    for (float scale : {1.0f, 2.0f}) {
        for (float width : {1280.0f, 390.0f}) {
            CAPTURE(scale);
            CAPTURE(width);
            wa_test::Frame f;
            App app;
            Screens s(app, width, width < 600 ? 844.0f : 900.0f);
            AppProbe::text_scale(app, scale);
            open(app, big);
            every_screen(s);
        }
    }
}

TEST_CASE("a scroll asked for during a frame keeps the loop going until it is on the canvas") {
    wa_test::Frame f;
    App app;
    Screens s(app);
    GenerateOptions o;
    o.items_per_section = 20;
    open(app, generate_audit(o));
    AppProbe::go(app, Screen::Review);
    s.settle_and_check("review");
    // A finger's drag: applied in the next frame, shown in the one after.
    app.touch_scroll(300);
    s.settle_and_check("touch scroll");
    CHECK(s.frames >= 2);
    // Another item: it opens at its top (SetScrollY during the frame).
    AppProbe::go(app, Screen::Audit);
    s.settle_and_check("audit");
    AppProbe::show_item(app, 3);
    s.settle_and_check("next item");
    CHECK(s.frames >= 2);
}

TEST_CASE("a focus moved by the mirror is scrolled into view before the loop stops") {
    wa_test::Frame f;
    App app;
    Screens s(app, 1280, 500);
    GenerateOptions o;
    o.items_per_section = 20;
    open(app, generate_audit(o));
    AppProbe::go(app, Screen::Review);
    s.settle_and_check("review");
    // The last node of the screen gets the focus (a Tab backwards, a screen
    // reader's jump): the content scrolls to it, a frame later.
    std::string last;
    for (const ui::Node& n : ui::nodes())
        if (n.role == ui::Role::Button) last = n.id;
    REQUIRE_FALSE(last.empty());
    ui::set_dom_focus(last);
    s.settle_and_check("focus on the last button");
    const ui::Node* n = wa_test::node_by_id(last.c_str());
    REQUIRE(n != nullptr);
    CHECK(n->y >= n->clip_y);
    CHECK(n->y + n->h <= n->clip_y + n->clip_h + 0.5f);
    ui::set_dom_focus("");
}

// A message box sizes itself to its text (AutoResizeY): it is measured in
// one frame and shown at its height in the next, which the loop must run.
TEST_CASE("a message box that appears is shown at its height before the loop stops") {
    wa_test::Frame f;
    App app;
    Screens s(app);
    app.start();
    s.settle_and_check("start");
    app.open_text("broken.json", "{\"format\": \"welcome-audit/audit\", ", false);
    s.settle_and_check("a file that could not be read");
    bool said = false;
    for (const ui::Node& n : ui::nodes()) said = said || n.label.find("broken.json") != std::string::npos;
    CHECK(said);
    open(app, wa_test::mini_audit());
    s.settle_and_check("an audit opened, its message shown");
}

// A mouse press on a button: the button is held (ImGui's ActiveId) in the
// frame that took the press, and the loop runs on until the release has
// acted and the screen settled again.
TEST_CASE("a click with the mouse: the loop runs until the screen it opens has settled") {
    wa_test::Frame f;
    App app;
    Screens s(app);
    open(app, wa_test::mini_audit());
    AppProbe::go(app, Screen::Audit);
    s.settle_and_check("audit");
    const ui::Node* review = nullptr;
    for (const ui::Node& n : ui::nodes())
        if (n.label == "Review") review = &n;
    REQUIRE(review != nullptr);
    const ImVec2 at(review->x + review->w / 2, review->y + review->h / 2);
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(at.x, at.y);
    s.one_frame();  // as main_loop: a frame that took input always has a next one
    io.AddMouseButtonEvent(0, true);
    s.one_frame();
    CHECK(imgui_settling());  // the button took the mouse this frame
    io.AddMouseButtonEvent(0, false);
    s.one_frame();
    s.settle_and_check("review opened by the click");
    bool on_review = false;
    for (const ui::Node& n : ui::nodes()) on_review = on_review || (n.id == "screen-heading" && n.label == "Review");
    CHECK(on_review);
}
