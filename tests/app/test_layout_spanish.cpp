// Issue 25, point 7: Spanish runs about a quarter longer than English. Every
// screen and every item of an audit of the nine shipped checklists in Spanish,
// in every theme, at 100% and 200% text, on a desktop (1280 px) and a phone
// (390 px): nothing runs past the window or the area that clips it, and no two
// things are drawn over each other. The screenshots of the same screens in
// the browser are tests/browser/language.test.mjs's.
#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/browser.h"
#include "app/language.h"
#include "app/testing/app_probe.h"
#include "core/document.h"
#include "core/edit.h"
#include "core/plan.h"
#include "app_test_util.h"
#include "layout_checks.h"
#include "test_util.h"

using namespace wa;
using namespace wa_test;

namespace {

// Every Spanish checklist, about a third of the items answered (every answer,
// so the plan, the Review chart and the essential gaps all have rows), with a
// long note and a figure where an item is measured.
Audit spanish_audit() {
    std::vector<Checklist> lists;
    const auto index = nlohmann::json::parse(read_text(std::string(WA_CHECKLISTS_DIR) + "/index.json"));
    for (const auto& name : index["checklists"]) lists.push_back(shipped_checklist("es/" + name.get<std::string>()));
    Audit a = new_audit(Profile{"Sistema de Bibliotecas del Condado de Riverside", "Sucursal Eastside", "2026-11-26",
                                {"Gerente de la sucursal", "Responsable de accesibilidad"}, "", ""},
                        lists, "2026-11-26T09:00:00Z");
    a.profile.language = "es";
    answer_every_third(a);
    return a;
}

const Screen kAllScreens[] = {Screen::Start, Screen::Library, Screen::Checklists, Screen::Audit, Screen::Review,
                              Screen::Plan, Screen::Export, Screen::Compare, Screen::Progress};

void check_layout(float width, const std::string& where) {
    check_inside(width, where);
    check_no_overlap(where);
}

}  // namespace

TEST_CASE("Spanish: every screen and every item, in every theme, at 100% and 200%, at 1280 and 390 px") {
    Frame f;
    browser::native() = browser::NativeBrowser{};
    browser::native().language = R"({"code":"es","file":"lang/es.json"})";  // the offline file: inside the wasm
    App app;
    app.start();
    REQUIRE(nlohmann::json::parse(app.load_json_api(audit_to_json_text(spanish_audit()))).value("ok", false));
    const ui::Node* heading = nullptr;
    AppProbe::go(app, Screen::Start);
    draw_settled(app, "start");
    heading = node_by_id("new-audit");
    REQUIRE(heading);
    REQUIRE(heading->label == "Empezar una nueva auditoría");
    const int items = AppProbe::items(app);
    REQUIRE(items > 200);
    const std::vector<PlanAction> plan = build_plan(*load_audit(app.audit_json(), "a.json", PhotoRefs::Allowed).value);
    REQUIRE_FALSE(plan.empty());
    for (int th = 0; th < kThemeCount; ++th) {
        AppProbe::theme(app, static_cast<ThemeId>(th));
        for (const float scale : {1.0f, 2.0f}) {
            AppProbe::text_scale(app, scale);
            for (const ImVec2 size : {ImVec2(1280, 900), ImVec2(390, 844)}) {
                const std::string at = "theme " + std::to_string(th) + ", text " +
                                       std::to_string(static_cast<int>(scale * 100)) + "%, " +
                                       std::to_string(static_cast<int>(size.x)) + " px";
                for (Screen s : kAllScreens) {
                    AppProbe::go(app, s);
                    if (s == Screen::Plan) AppProbe::open_plan_action(app, plan.front().key);
                    draw_settled(app, "a screen in Spanish", size.x, size.y);
                    check_layout(size.x, at + ", screen " + std::to_string(static_cast<int>(s)));
                    // The whole screen at once, as if scrolled through: a window tall enough for all of it.
                    draw_settled(app, "a whole screen in Spanish", size.x, 12000);
                    check_layout(size.x, at + ", whole screen " + std::to_string(static_cast<int>(s)));
                }
                // Every item in the first theme; every seventh in the others (the theme changes colours, not sizes).
                AppProbe::go(app, Screen::Audit);
                for (int k = 0; k < items; k += th == 0 ? 1 : 7) {
                    AppProbe::show_item(app, k);
                    draw_settled(app, "an item in Spanish", size.x, size.y);
                    check_layout(size.x, at + ", item " + std::to_string(k));
                }
            }
        }
    }
    AppProbe::text_scale(app, 1.0f);
    apply_language("en", "", "");
    browser::native() = browser::NativeBrowser{};
}

TEST_CASE("Spanish: the plan's due dates and the list of audits on Start say the date as Spanish does") {
    Frame f;
    browser::native() = browser::NativeBrowser{};
    browser::native().language = R"({"code":"es","file":"lang/es.json"})";
    App app;
    app.start();
    Audit a = spanish_audit();
    const std::vector<PlanAction> plan = build_plan(a);
    REQUIRE_FALSE(plan.empty());
    REQUIRE(set_action_due(a, plan.front().key, "2025-05-15", "2026-11-26T09:00:00Z").changed());
    REQUIRE(nlohmann::json::parse(app.load_json_api(audit_to_json_text(a))).value("ok", false));
    AppProbe::go(app, Screen::Plan);
    draw_settled(app, "plan in Spanish");
    const ui::Node* meta = node_by_id(("meta-" + plan.front().key).c_str());
    REQUIRE(meta);
    CHECK(meta->label.find("15 de mayo de 2025") != std::string::npos);
    CHECK(meta->label.find("2025-05-15") == std::string::npos);
    apply_language("en", "", "");
    draw_settled(app, "plan in English");
    meta = node_by_id(("meta-" + plan.front().key).c_str());
    REQUIRE(meta);
    CHECK(meta->label.find("2025-05-15") != std::string::npos);  // English keeps the ISO form
    browser::native() = browser::NativeBrowser{};
}
