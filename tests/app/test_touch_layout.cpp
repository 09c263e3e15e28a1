// Issue 21, natively: a tablet and a phone. On a touch screen every control
// is at least 44 by 44 CSS pixels with 8 pixels or more between controls; at
// 390 px (a phone) in every theme and at up to 200% text no widget runs past
// the window or its visible area; a phone shows an item's question and its
// answers on the first screen; the field being typed in rises above an
// on-screen keyboard.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/testing/app_probe.h"
#include "app/theme.h"
#include "app/ui.h"
#include "core/document.h"
#include "core/plan.h"
#include "app_test_util.h"
#include "layout_checks.h"
#include "test_util.h"

using namespace wa;
using namespace wa_test;

namespace {

// An audit of two shipped checklists with measured and counted items, and the stress of many answers.
Audit field_audit() {
    Audit a = new_audit(Profile{"Riverside County Library System", "Eastside Branch", "2026-11-26", {"Branch manager"}, "", ""},
                        {wa_test::shipped_checklist("physical-access.json"), wa_test::shipped_checklist("welcome-behaviors.json")},
                        "2026-11-26T09:00:00Z");
    answer_every_third(a);
    return a;
}

void open_field_audit(App& app) {
    app.start();
    REQUIRE(nlohmann::json::parse(app.load_json_api(audit_to_json_text(field_audit()))).value("ok", false));
}

const Screen kAllScreens[] = {Screen::Start, Screen::Library, Screen::Checklists, Screen::Audit, Screen::Review,
                              Screen::Plan, Screen::Export, Screen::Compare, Screen::Progress};

}  // namespace

TEST_CASE("a phone at 390 px: nothing runs off the screen, in any theme, at any text size, by mouse or finger") {
    Frame f;
    App app;
    open_field_audit(app);
    const int items = AppProbe::items(app);
    const std::vector<PlanAction> plan = build_plan(*load_audit(app.audit_json(), "a.json", PhotoRefs::Allowed).value);
    REQUIRE_FALSE(plan.empty());
    const std::string first_action = plan.front().key;
    for (const bool touch : {false, true}) {
        theme::set_touch_targets(touch);
        for (int th = 0; th < kThemeCount; ++th) {
            AppProbe::theme(app, static_cast<ThemeId>(th));
            for (const float scale : {1.0f, 1.5f, 2.0f}) {
                AppProbe::text_scale(app, scale);
                const std::string at = std::string(touch ? "touch" : "mouse") + ", theme " + std::to_string(th) +
                                       ", text " + std::to_string(static_cast<int>(scale * 100)) + "%";
                for (Screen s : kAllScreens) {
                    AppProbe::go(app, s);
                    if (s == Screen::Plan) AppProbe::open_plan_action(app, first_action);  // its fields, indented
                    draw_settled(app, "phone", 390, 844);
                    check_inside(390, at + ", screen " + std::to_string(static_cast<int>(s)));
                    if (touch) check_targets(at + ", screen " + std::to_string(static_cast<int>(s)));
                }
                // Every item once in one theme at each size (measured, counted, plain); a few in the others.
                AppProbe::go(app, Screen::Audit);
                for (int k = 0; k < items; k += th == 0 ? 1 : 9) {
                    AppProbe::item(app, k);
                    draw_settled(app, "phone item", 390, 844);
                    check_inside(390, at + ", item " + std::to_string(k));
                    if (touch) check_targets(at + ", item " + std::to_string(k));
                }
            }
        }
    }
    AppProbe::text_scale(app, 1.0f);
}

TEST_CASE("a tablet by finger: targets of 44 px, 8 px apart, upright and on its side") {
    Frame f;
    App app;
    open_field_audit(app);
    theme::set_touch_targets(true);
    for (const ImVec2 size : {ImVec2(820, 1180), ImVec2(1180, 820)}) {
        for (Screen s : kAllScreens) {
            AppProbe::go(app, s);
            draw_settled(app, "tablet", size.x, size.y);
            check_inside(size.x, "tablet");
            check_targets("tablet screen " + std::to_string(static_cast<int>(s)));
        }
        AppProbe::go(app, Screen::Audit);
        for (int k = 0; k < AppProbe::items(app); k += 5) {
            AppProbe::item(app, k);
            draw_settled(app, "tablet item", size.x, size.y);
            check_targets("tablet item " + std::to_string(k));
        }
    }
}

TEST_CASE("a mouse keeps the desktop's sizes: touch sizes only for a finger") {
    Frame f;
    App app;
    open_field_audit(app);
    AppProbe::go(app, Screen::Audit);
    draw_settled(app, "desktop");
    const float next_h = node_by_id("walk-next")->h;
    CHECK(next_h == doctest::Approx(34.0f));  // 18 px text and 8 px above and below, as before
    theme::set_touch_targets(true);
    draw_settled(app, "desktop by finger");
    CHECK(node_by_id("walk-next")->h == doctest::Approx(44.0f));
    CHECK(node_by_id("text-smaller")->w >= 44.0f);
}

TEST_CASE("a phone opens an item at its question, with the five answers on the first screen") {
    Frame f;
    App app;
    open_field_audit(app);
    theme::set_touch_targets(true);
    AppProbe::go(app, Screen::Audit);
    for (const ImVec2 size : {ImVec2(390, 844), ImVec2(360, 740)}) {
        for (int k : {0, 1, 7, 20}) {
            CAPTURE(size.x);
            CAPTURE(k);
            AppProbe::show_item(app, k);
            draw_settled(app, "phone item", size.x, size.y);
            const ui::Node* prompt = node_by_id("item-prompt");
            const ui::Node* last = node_by_id("answer-not-sure");
            REQUIRE(prompt);
            REQUIRE(last);
            CHECK(prompt->y >= 0.0f);
            CHECK(last->y + last->h <= size.y);
            // The header scrolled away, one flick up; the help to check the item follows the answers.
            CHECK(node_by_id("how-heading")->y > last->y);
        }
    }
    // A wide screen keeps the help before the answers.
    draw_settled(app, "tablet", 1180, 820);
    CHECK(node_by_id("how-heading")->y < node_by_id("answer-met")->y);
}

TEST_CASE("the field typed in rises above an on-screen keyboard, and the last one can too") {
    Frame f;
    App app;
    open_field_audit(app);
    theme::set_touch_targets(true);
    AppProbe::go(app, Screen::Audit);
    for (const ImVec2 size : {ImVec2(820, 1180), ImVec2(1180, 820), ImVec2(390, 844), ImVec2(844, 390)}) {
        CAPTURE(size.x);
        for (const char* field : {"item-note", "evidence-link"}) {
            CAPTURE(field);
            AppProbe::show_item(app, 2);
            ui::set_visible_area(0, size.y, false);
            ui::set_dom_focus("");
            draw_settled(app, "before", size.x, size.y);
            // The keyboard takes the lower 40%; the field gets the focus (a tap), then the keyboard rises.
            ui::set_dom_focus(field);
            draw_settled(app, "focused", size.x, size.y);
            const float visible = size.y * 0.6f;
            ui::set_visible_area(0, visible, false);
            draw_settled(app, "keyboard up", size.x, size.y);
            const ui::Node* n = node_by_id(field);
            REQUIRE(n);
            CHECK(n->y >= 0.0f);
            CHECK(n->y + n->h <= visible);
            // Typing keeps it there.
            ui::queue_text(field, "Door is heavy");
            draw_settled(app, "typed", size.x, size.y);
            n = node_by_id(field);
            CHECK(n->y + n->h <= visible);
            ui::queue_text(field, "");
            draw_settled(app, "cleared", size.x, size.y);
        }
    }
    ui::set_visible_area(0, 1e9f, false);
    ui::set_dom_focus("");
}
