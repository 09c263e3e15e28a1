// Every screen of the app, drawn natively: Dear ImGui with no renderer (the
// frame is laid out and its draw lists built, nothing is shown) and
// browser.cpp's stubs for the page. Stress documents: text of the longest
// allowed length in many scripts in every field, a 1,000-item audit, an
// empty audit, every answer. Run under AddressSanitizer and UBSan too (the
// asan preset). What is checked: nothing crashes, the accessibility record
// the page would get is valid JSON with the text whole, exports keep the
// text byte for byte, and a saved audit reloads equal.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "core/say.h"
#include "app/frame_change.h"
#include "app/testing/app_probe.h"
#include "app/theme.h"
#include "app/ui.h"
#include "core/document.h"
#include "core/export.h"
#include "core/glance.h"
#include "generate.h"
#include "core/plan.h"
#include "test_util.h"
#include "app_test_util.h"


using namespace wa;
using wa_test::Frame;
using wa_test::draw;
using wa_test::draw_settled;
using wa_test::node_by_id;

namespace {

// Latin with accents, Cyrillic, Greek, Arabic, Hebrew, CJK, emoji (with a
// zero-width joiner sequence), combining marks, zero-width characters.
const char* const kSample =
    "Ünïcödé café · Доступность · Προσβασιμότητα · إمكانية الوصول · נגישות · 无障碍图书馆 · アクセシビリティ · "
    "접근성 · 😀👩\u200D🦽📚 · e\u0301 a\u0308 o\u0302\u0323 · [\u200B\u200C\u200D\u2060\uFEFF] · ";
// The part every export writes as it is (Markdown escapes the brackets, HTML nothing here).
const char* const kScripts = "Доступность · Προσβασιμότητα · إمكانية الوصول · נגישות · 无障碍图书馆";

// `bytes` of the sample, cut only between whole samples (never inside a character).
std::string stress(std::size_t bytes) {
    std::string s;
    while (s.size() + std::string(kSample).size() <= bytes) s += kSample;
    return s;
}

// The mini fixture with every free-text field at (or near) its longest allowed length.
std::string stress_audit_text() {
    nlohmann::json a = nlohmann::json::parse(wa_test::fixture("audit-mini.json"));
    const std::string long_text = stress(12000), short_text = stress(290);
    a["profile"]["library"] = short_text;
    a["profile"]["branch"] = short_text;
    a["profile"]["auditor_roles"] = {short_text, short_text};
    for (auto& c : a["checklists"]) {
        c["title"] = short_text;
        c["summary"] = long_text;
        for (auto& s : c["sections"]) {
            s["title"] = short_text;
            s["summary"] = long_text;
            for (auto& it : s["items"]) {
                for (const char* k : {"prompt", "how_to_check", "looks_like", "why"}) it[k] = long_text;
                for (auto& act : it["actions"]) {
                    act["text"] = long_text;
                    if (act.contains("owner")) act["owner"] = short_text;
                }
                if (it.contains("references"))
                    for (auto& r : it["references"]) r["title"] = long_text;
            }
        }
    }
    for (auto& [cid, items] : a["responses"].items())
        for (auto& [iid, r] : items.items()) {
            r["note"] = long_text;
            r["evidence"] = nlohmann::json::array({{{"kind", "text"}, {"text", long_text}},
                                                   {{"kind", "link"}, {"text", short_text}, {"url", "https://example.org/" + std::string(1900, 'x')}}});
        }
    for (auto& [cid, items] : a["actions"].items())  // checklist -> item -> action -> progress
        for (auto& [iid, acts] : items.items())
            for (auto& [aid, st] : acts.items()) {
                st["owner"] = short_text;
                st["cost_estimate"] = short_text;
                st["notes"] = long_text;
            }
    return a.dump(2);
}

const Screen kScreens[] = {Screen::Start, Screen::Library, Screen::Checklists, Screen::Audit,
                           Screen::Review, Screen::Plan, Screen::Export, Screen::Compare, Screen::Progress};

// Every screen, at 100% and 200% text, wide and narrow; every item on the walk.
void draw_everything(App& app, bool every_item) {
    for (float scale : {1.0f, 2.0f}) {
        AppProbe::text_scale(app, scale);
        for (Screen s : kScreens) {
            AppProbe::go(app, s);
            draw_settled(app, "screen");
            draw_settled(app, "narrow screen", 390, 700);
        }
        if (!AppProbe::has_audit(app)) continue;
        AppProbe::go(app, Screen::Audit);
        const int n = AppProbe::items(app);
        for (int k = 0; k < n; k += every_item ? 1 : std::max(1, n / 7)) {
            AppProbe::item(app, k);
            draw_settled(app, "walk item");
        }
    }
    AppProbe::text_scale(app, 1.0f);
}

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

}  // namespace

TEST_CASE("every screen draws stress text in many scripts, and every export keeps it whole") {
    Frame f;
    App app;
    app.start();
    const std::string text = stress_audit_text();
    const std::string api = app.load_json_api(text);
    INFO(api.substr(0, 2000));
    REQUIRE(nlohmann::json::parse(api).value("ok", false));
    draw_everything(app, true);

    // The record the page gets holds the long text whole (no cut character).
    AppProbe::go(app, Screen::Audit);
    AppProbe::item(app, 0);
    draw(app);
    draw(app);
    bool found = false;
    for (const ui::Node& n : ui::nodes()) found = found || contains(n.label, stress(12000));
    CHECK(found);
    // Text the UI font lacks characters of (kScripts: Chinese, Arabic...) is
    // drawn by the page, in the colour and size the canvas would have used;
    // text the font has is drawn on the canvas (Node::ink).
    int inked = 0;
    for (const ui::Node& n : ui::nodes()) {
        if ((n.role == ui::Role::Text || n.role == ui::Role::Heading) && contains(n.label, kScripts)) {
            INFO(n.id);
            CHECK(n.ink.size() == 7);
            CHECK(n.ink[0] == '#');
            CHECK(n.text_px > 10.0f);
            ++inked;
        }
        if (n.id == "walk-next" || n.id == "how-heading" || n.id == "evidence-remove-0") CHECK(n.ink.empty());
    }
    CHECK(inked > 0);

    // The plan screen with an action's details open.
    Loaded<Audit> loaded = load_audit(text, "stress.json");
    REQUIRE(loaded.ok());
    const Audit& a = *loaded.value;
    const std::vector<PlanAction> plan = build_plan(a);
    REQUIRE_FALSE(plan.empty());
    AppProbe::go(app, Screen::Plan);
    AppProbe::open_plan_action(app, plan.front().key);
    draw_settled(app, "plan, details open");
    // A plan row's text the font lacks characters of: the page draws it, wrapped from the row's corner.
    int rows_inked = 0;
    for (const ui::Node& n : ui::nodes())
        if (n.id.rfind("action-", 0) == 0 && contains(n.label, kScripts)) {
            CHECK_FALSE(n.ink.empty());
            CHECK(n.ink_wraps);
            CHECK(n.ink_left > 0);
            ++rows_inked;
        }
    CHECK(rows_inked > 0);

    // A branch's plan on the Compare screen.
    app.add_compare_file("stress-plan.json", plan_to_json(a, "2026-11-26T10:00:00Z"));
    AppProbe::go(app, Screen::Compare);
    draw_settled(app, "compare");
    // The same audit as last year's: Progress with every long text, wide and narrow.
    app.open_previous_file("last-year.json", text);
    AppProbe::go(app, Screen::Progress);
    for (float scale : {1.0f, 2.0f}) {
        AppProbe::text_scale(app, scale);
        draw_settled(app, "progress");
        draw_settled(app, "progress, narrow", 390, 700);
    }
    AppProbe::text_scale(app, 1.0f);

    // Exports: every format holds the text byte for byte; the audit file reloads equal.
    const std::string piece = kScripts;
    CHECK(contains(plan_to_json(a, "2026-11-26T10:00:00Z"), piece));
    CHECK(contains(plan_to_csv(a), piece));
    CHECK(contains(plan_to_markdown(a), piece));
    CHECK(contains(plan_to_html(a), piece));
    CHECK(contains(summary_text(a), piece));
    const std::string saved = audit_to_json_text(a);
    Loaded<Audit> again = load_audit(saved, "saved.json");
    REQUIRE(again.ok());
    CHECK(*again.value == a);
    CHECK(audit_to_json_text(*again.value) == saved);
}

TEST_CASE("every screen draws with no audit, an empty audit, every answer, and 1,000 items") {
    Frame f;
    {
        App app;  // nothing open: Start and Compare
        app.start();
        draw_everything(app, false);
    }
    {
        App app;  // an audit with no checklist chosen yet
        app.start();
        Audit empty = new_audit(Profile{}, {}, "2026-11-26T10:00:00Z");
        REQUIRE(nlohmann::json::parse(app.load_json_api(audit_to_json_text(empty))).value("ok", false));
        draw_everything(app, false);
    }
    {
        App app;  // every answer, on the shipped-size mini checklist
        app.start();
        Audit a = wa_test::mini_audit();
        const Answer answers[] = {Answer::Met, Answer::Partly, Answer::NotMet, Answer::NotApplicable, Answer::NotSure};
        int k = 0;
        for (const Section& s : a.checklists[0].sections)
            for (const Item& it : s.items) set_answer(a, a.checklists[0].id, it.id, answers[k++ % 5], "2026-11-26T10:00:00Z");
        REQUIRE(nlohmann::json::parse(app.load_json_api(audit_to_json_text(a))).value("ok", false));
        draw_everything(app, true);
    }
    {
        App app;  // 1,000 items, tricky text, about 600 plan actions
        app.start();
        GenerateOptions o;
        o.checklists = 4;
        o.sections_per_checklist = 10;
        o.items_per_section = 25;
        Audit big = generate_audit(o);
        REQUIRE(nlohmann::json::parse(app.load_json_api(audit_to_json_text(big))).value("ok", false));
        REQUIRE(AppProbe::items(app) == 1000);
        draw_everything(app, false);
    }
}

// The mini audit open on its first item.
void open_mini_on_walk(App& app) {
    app.start();
    REQUIRE(nlohmann::json::parse(app.load_json_api(audit_to_json_text(wa_test::mini_audit()))).value("ok", false));
    AppProbe::go(app, Screen::Audit);
}

// A save reuses each checklist's text from the last save (App::saved_audit_text)
// until the audit's checklists change: another audit opened in its place,
// with a checklist of the same id but other content, is written afresh.
TEST_CASE("a save writes the open audit's checklists, never those kept from another audit") {
    Frame f;
    App app;
    open_mini_on_walk(app);
    CHECK(AppProbe::saved_text(app) == app.audit_json());
    Audit other = wa_test::mini_audit();
    other.checklists[0].title = "Another checklist under the same id";
    other.checklists[0].sections[0].items[0].prompt = "Another first question?";
    REQUIRE(nlohmann::json::parse(app.load_json_api(audit_to_json_text(other))).value("ok", false));
    const std::string saved = AppProbe::saved_text(app);
    CHECK(saved == app.audit_json());
    CHECK(saved.find("Another first question?") != std::string::npos);
    draw(app);
    CHECK(AppProbe::saved_text(app) == saved);
}

// main.cpp puts a frame on the canvas only when its picture changed
// (FrameChange). A key press in the note, the field the page's own textarea
// covers and has focus, must leave the picture as it was: the page shows the
// key at once, without the canvas being drawn again.
TEST_CASE("typing in the focused note leaves the canvas picture unchanged; other changes do not") {
    Frame f;
    App app;
    open_mini_on_walk(app);
    FrameChange change;
    auto frame_changed = [&](bool force = false) {
        draw(app);
        return change.changed(*ImGui::GetDrawData(), 0xffffff, force);
    };
    for (int i = 0; i < 4; ++i) frame_changed();  // the screen settles
    CHECK_FALSE(frame_changed());                 // the same picture again
    CHECK(frame_changed(true));                   // a new font texture: always drawn

    ui::set_dom_focus("item-note");
    for (int i = 0; i < 3; ++i) frame_changed();  // the focus ring appears
    CHECK_FALSE(frame_changed());
    for (const char* typed : {"T", "Th", "The ramp is steep", "The ramp is steep · منحدر · 坡道"}) {
        ui::queue_text("item-note", typed);
        CHECK_FALSE(frame_changed());
        CHECK(ui::nodes().size() > 0);
    }
    // The app took the text all the same: it is in the record the page reads.
    bool found = false;
    for (const ui::Node& n : ui::nodes())
        if (n.id == "item-note") found = n.value == "The ramp is steep · منحدر · 坡道";
    CHECK(found);

    // Focus elsewhere: the canvas draws the note's text again, so it changes.
    ui::set_dom_focus("");
    CHECK(frame_changed());
    AppProbe::item(app, 1);  // another item: another picture
    CHECK(frame_changed());
    ui::set_dom_focus("");
}

// FrameChange on hand-made draw data: a change anywhere (a vertex in the
// middle, one more or one fewer index, a clip rectangle) is a new picture;
// the same bytes again are not.
TEST_CASE("FrameChange sees a change anywhere in the frame, and only a change") {
    ImDrawList list(nullptr);
    for (int i = 0; i < 300; ++i) {
        ImDrawVert v{};
        v.pos = ImVec2(float(i), float(i * 2));
        v.col = 0xff000000u + unsigned(i);
        list.VtxBuffer.push_back(v);
        list.IdxBuffer.push_back(ImDrawIdx(i));
    }
    ImDrawCmd cmd;
    cmd.ClipRect = ImVec4(0, 0, 100, 100);
    cmd.ElemCount = 300;
    list.CmdBuffer.push_back(cmd);
    ImDrawData d;
    d.Valid = true;
    d.CmdLists.push_back(&list);
    d.CmdListsCount = 1;
    d.DisplaySize = ImVec2(640, 480);
    d.FramebufferScale = ImVec2(1, 1);

    FrameChange change;
    CHECK(change.changed(d, 0xffffff, false));        // the first frame
    CHECK_FALSE(change.changed(d, 0xffffff, false));  // the same bytes
    CHECK(change.changed(d, 0xffffff, true));         // forced
    CHECK(change.changed(d, 0x000000, false));        // another background
    CHECK_FALSE(change.changed(d, 0x000000, false));
    list.VtxBuffer[150].col ^= 1u;                    // one vertex in the middle
    CHECK(change.changed(d, 0x000000, false));
    CHECK_FALSE(change.changed(d, 0x000000, false));
    list.IdxBuffer.pop_back();                        // shorter
    CHECK(change.changed(d, 0x000000, false));
    CHECK_FALSE(change.changed(d, 0x000000, false));
    list.IdxBuffer.push_back(ImDrawIdx(299));         // longer again
    CHECK(change.changed(d, 0x000000, false));
    list.CmdBuffer[0].ClipRect.w = 99;                // the last bytes of the frame
    CHECK(change.changed(d, 0x000000, false));
    CHECK_FALSE(change.changed(d, 0x000000, false));
}

// The page's mirror gets the whole node list only when elements came, went or
// moved; a key typed in a note sends that one node (ui::end_frame_changes).
TEST_CASE("the mirror gets only the nodes that changed when the page's elements stay the same") {
    Frame f;
    App app;
    open_mini_on_walk(app);
    for (int i = 0; i < 4; ++i) draw(app);
    CHECK(draw(app).empty());  // nothing changed: nothing sent

    ui::set_dom_focus("item-note");
    for (int i = 0; i < 4; ++i) draw(app);  // the content scrolls to the focused note
    ui::queue_text("item-note", "Ramp: 1:10 · منحدر");
    std::string sent;
    for (int i = 0; i < 3 && sent.empty(); ++i) sent = draw(app);
    const auto j = nlohmann::json::parse(sent);
    REQUIRE(j.is_object());
    bool note_sent = false;
    for (const auto& change : j["patch"]) {
        const std::size_t at = change[0].get<std::size_t>();
        REQUIRE(at < ui::nodes().size());
        if (change[1].is_array()) continue;  // a node that only moved (see the next test)
        CHECK(ui::nodes()[at].id == change[1]["id"].get<std::string>());
        if (change[1]["id"] == "item-note") note_sent = change[1]["value"] == "Ramp: 1:10 · منحدر";
    }
    CHECK(note_sent);
    CHECK(j["patch"].size() < ui::nodes().size() / 4);

    ui::set_dom_focus("");
    AppProbe::go(app, Screen::Review);  // another screen: the whole list again
    std::string whole;
    for (int i = 0; i < 3 && whole.empty(); ++i) whole = draw(app);
    CHECK(nlohmann::json::parse(whole).is_array());
}

// Scrolling moves every element and changes nothing else: each is sent as its
// rectangle and clip (eight figures), which the page applies as a translation.
TEST_CASE("a scroll sends the moved nodes as their rectangles only") {
    Frame f;
    App app;
    open_mini_on_walk(app);
    for (int i = 0; i < 4; ++i) draw(app, 1280, 400);  // short window: the item scrolls
    CHECK(draw(app, 1280, 400).empty());
    app.touch_scroll(60.0f);  // down by 60 px
    std::string sent;
    for (int i = 0; i < 3 && sent.empty(); ++i) sent = draw(app, 1280, 400);
    REQUIRE_FALSE(sent.empty());
    const auto j = nlohmann::json::parse(sent);
    REQUIRE(j.is_object());
    REQUIRE(j["patch"].size() > 5);
    int moved = 0;
    for (const auto& change : j["patch"]) {
        const ui::Node& n = ui::nodes()[change[0].get<std::size_t>()];
        if (!change[1].is_array()) continue;
        REQUIRE(change[1].size() == 8);
        CHECK(change[1][0].get<float>() == n.x);
        CHECK(change[1][1].get<float>() == n.y);
        CHECK(change[1][5].get<float>() == n.clip_y);
        ++moved;
    }
    CHECK(moved >= static_cast<int>(j["patch"].size()) - 2);  // the rest: a focus ring, a hover
}

// A question that another checklist of the audit asks (same_as) is not a stop
// on the walk; the section and checklist buttons still find every stop.
TEST_CASE("the walk leaves out a question asked in another checklist of the audit") {
    Frame f;
    Audit a = wa_test::mini_audit();
    Checklist copy = a.checklists[0];
    copy.id = "mini-copy";
    copy.title = "Copy of the mini checklist";
    const std::string home = a.checklists[0].id + "/" + copy.sections[0].items[0].id;
    copy.sections[0].items[0].same_as = home;
    REQUIRE(add_or_update_checklist(a, copy));
    App app;
    app.start();
    REQUIRE(nlohmann::json::parse(app.load_json_api(audit_to_json_text(a))).value("ok", false));
    const int items = static_cast<int>(item_count(a.checklists[0]) + item_count(a.checklists[1]));
    CHECK(AppProbe::items(app) == items - 1);
    AppProbe::go(app, Screen::Audit);
    for (int k = 0; k < AppProbe::items(app); ++k) {
        AppProbe::item(app, k);
        draw_settled(app, "walk item");
        bool has_section_button = false;
        for (const ui::Node& n : ui::nodes()) has_section_button = has_section_button || n.id.rfind("section-", 0) == 0;
        CHECK(has_section_button);
    }
}

namespace {

const ui::Node* node(const std::string& id) {
    for (const ui::Node& n : ui::nodes())
        if (n.id == id) return &n;
    return nullptr;
}

}  // namespace

TEST_CASE("Review: the summary at a glance comes first, its chart is a table for the mirror, at any size") {
    Frame f;
    for (const bool long_text : {false, true}) {
        CAPTURE(long_text);
        App app;
        app.start();
        const std::string text = long_text ? stress_audit_text() : audit_to_json_text(wa_test::mini_audit());
        REQUIRE(nlohmann::json::parse(app.load_json_api(text)).value("ok", false));
        Loaded<Audit> loaded = load_audit(text, "a.json");
        REQUIRE(loaded.ok());
        const Glance g = make_glance(*loaded.value);
        AppProbe::go(app, Screen::Review);
        for (float scale : {1.0f, 2.0f})
            for (float width : {1280.0f, 390.0f}) {
                CAPTURE(scale);
                CAPTURE(width);
                AppProbe::text_scale(app, scale);
                draw_settled(app, "review", width, 800);
                // One cell per node, as every table (ui::table): "glance-chart-r<row>-<column>".
                const ui::Node* corner = node("glance-chart-r0-0");
                REQUIRE(corner);
                CHECK(corner->role == ui::Role::ColumnHeader);
                CHECK(corner->table_label == "Scores: each bar runs from 0 to 100%, with a mark at every quarter");
                // Header, the overall row, one row per checklist; four columns each when
                // there is room, else two (the score cell says the rest in words).
                const bool narrow = node("glance-chart-r0-2") == nullptr;
                if (width < 400) CHECK(narrow);
                if (scale == 1.0f && width > 1000) CHECK_FALSE(narrow);
                const size_t columns = narrow ? 2 : 4;
                for (size_t r = 0; r < g.checklists.size() + 2; ++r)
                    for (size_t c = 0; c < columns; ++c) {
                        const ui::Node* cell = node(say("glance-chart-r%zu-%zu", r, c));
                        REQUIRE(cell);
                        CHECK(cell->role == (r == 0 ? ui::Role::ColumnHeader : c == 0 ? ui::Role::RowHeader : ui::Role::Cell));
                        CHECK(cell->x + cell->w <= width + 0.5f);  // nothing runs off to the right
                        CHECK(cell->w > 0);
                        CHECK(cell->h > 0);
                    }
                CHECK_FALSE(node(say("glance-chart-r%zu-0", g.checklists.size() + 2)));
                CHECK(node("glance-chart-r1-0")->label == g.overall.label);
                if (narrow) CHECK(node("glance-chart-r1-1")->label.rfind(g.overall.score_text + ",", 0) == 0);
                else CHECK(node("glance-chart-r1-1")->label == g.overall.score_text);
                CHECK(node("glance-chart-r2-0")->label == g.checklists[0].label);  // long titles whole
                const ui::Node* chart = corner;
                // Summary first, then the detail.
                const ui::Node* glance = node("glance-heading");
                const ui::Node* details = node("details-heading");
                REQUIRE(glance);
                REQUIRE(details);
                CHECK(glance->y < chart->y);
                CHECK(chart->y < details->y);
                for (const char* id : {"glance-gaps", "glance-wins", "glance-open"}) CHECK(node(id));
            }
    }
    {
        // The mini audit's figures as the Review screen says them.
        App app;
        app.start();
        REQUIRE(nlohmann::json::parse(app.load_json_api(audit_to_json_text(wa_test::mini_audit()))).value("ok", false));
        AppProbe::go(app, Screen::Review);
        // A screen's first frame sends the whole list (later ones may send only changes).
        AppProbe::go(app, Screen::Start);
        draw(app);
        AppProbe::go(app, Screen::Review);
        // The overall row as the mirror gets it: a row header and three cells, one node each.
        std::vector<std::string> row;
        for (int i = 0; i < 3 && row.empty(); ++i) {
            const auto tree = nlohmann::json::parse(draw(app), nullptr, false);
            if (!tree.is_array()) continue;
            for (const auto& n : tree)
                if (n.value("group", "") == "glance-chart-r1") {
                    CHECK(n["table"] == "glance-chart");
                    CHECK(n["role"] == (row.empty() ? "rowheader" : "cell"));
                    row.push_back(n.value("label", ""));
                }
        }
        CHECK(row == std::vector<std::string>{"All checklists", "42%", "5 of 5", "1"});
        REQUIRE(node("glance-win-0"));
        CHECK(node("glance-win-0")->label == "1. Ask staff to hold the door and post a sign with the bell. (Mini welcome check)");
        REQUIRE(node("glance-open-0"));
        CHECK(node("glance-open-0")->label == "Mini welcome check: 0 not answered, 1 not sure yet");
    }
}

namespace {

// The cells the mirror gets, by table: role and text.
std::vector<std::pair<ui::Role, std::string>> cells_of(const char* table) {
    std::vector<std::pair<ui::Role, std::string>> out;
    for (const ui::Node& n : ui::nodes())
        if (n.table == table) out.emplace_back(n.role, n.label);
    return out;
}

std::string table_label(const char* table) {
    for (const ui::Node& n : ui::nodes())
        if (n.table == table) return n.table_label;
    return "";
}

}  // namespace

TEST_CASE("branches at a glance: 12 branches in a table the mirror gets, ordered, paged when narrow") {
    Frame f;
    App app;
    app.start();
    const Audit base = wa_test::mini_audit();
    for (int b = 0; b < 12; ++b) {
        Audit a = base;
        a.profile.branch = b % 3 == 0 ? stress(300) : "Branch " + std::to_string(b);
        set_answer(a, "mini-welcome", "sign-visible", b % 2 ? Answer::Met : Answer::NotMet, "2026-11-26T10:00:00Z");
        app.add_compare_file("plan-" + std::to_string(b) + ".json", plan_to_json(a, "2026-11-26T10:00:00Z"));
    }
    AppProbe::go(app, Screen::Compare);
    for (float scale : {1.0f, 2.0f}) {
        AppProbe::text_scale(app, scale);
        for (float width : {1280.0f, 390.0f}) {
            draw_settled(app, "grid", width, 900);
            const auto cells = cells_of("grid");
            REQUIRE_FALSE(cells.empty());
            CHECK(cells.front().first == ui::Role::ColumnHeader);
            int headers = 0, scored = 0;
            for (const auto& [role, label] : cells) {
                headers += role == ui::Role::ColumnHeader;
                scored += role == ui::Role::Cell && (contains(label, "Good") || contains(label, "Fair") || contains(label, "Low"));
            }
            CHECK(headers >= 2);       // the corner and at least one branch
            CHECK(scored >= 1);        // every band in words
            if (width < 400) CHECK(headers < 13);  // paged: not all 12 squeezed in
            CHECK(contains(table_label("grid"), "of 12"));
            // A branch named in scripts the UI font lacks: the page draws that header cell.
            int inked = 0;
            for (const ui::Node& n : ui::nodes())
                if (n.table == "grid" && contains(n.label, "Доступность")) {
                    CHECK_FALSE(n.ink.empty());
                    CHECK(n.ink_left > 0);
                    CHECK(n.ink_wraps);  // wrapped in its column, as the canvas wraps a cell
                    ++inked;
                }
            CHECK(inked > 0);
        }
    }
    AppProbe::text_scale(app, 1.0f);
    // Ordered by score, highest first: said in the table's name; sections on demand.
    ui::queue_activate("grid-order-2");
    draw_settled(app, "grid ordered");
    CHECK(contains(table_label("grid"), "by overall score, highest first"));
    const size_t rows_before = cells_of("grid").size();
    ui::queue_activate("grid-sections");
    draw_settled(app, "grid with sections");
    CHECK(cells_of("grid").size() > rows_before);
    // The next page of branches, from the keyboard's button.
    AppProbe::text_scale(app, 2.0f);
    draw_settled(app, "grid at 200%", 390, 900);
    const auto first_page = cells_of("grid");
    ui::queue_activate("grid-next");
    draw_settled(app, "grid, next branches", 390, 900);
    CHECK(cells_of("grid") != first_page);
}

TEST_CASE("progress: next year's audit from this one, then the changes in a table") {
    Frame f;
    App app;
    app.start();
    Audit last = wa_test::mini_audit();
    Audit now = follow_up_audit(last, "2026-11-26", "2026-11-26T10:00:00Z");
    set_answer(now, "mini-welcome", "door-open", Answer::Met, "2026-11-26T10:00:00Z");
    REQUIRE(nlohmann::json::parse(app.load_json_api(audit_to_json_text(now))).value("ok", false));
    AppProbe::go(app, Screen::Progress);
    for (float scale : {1.0f, 2.0f}) {
        AppProbe::text_scale(app, scale);
        draw_settled(app, "progress");
        draw_settled(app, "progress narrow", 390, 700);
        const auto cells = cells_of("progress-mini-welcome-table");
        REQUIRE(cells.size() >= 9);  // a header row, the checklist, two sections; three columns
        bool better = false;
        for (const auto& [role, label] : cells) better = better || contains(label, "1 better");
        CHECK(better);
    }
    // Forgetting it: the screen offers to open a file again.
    ui::queue_activate("progress-forget");
    draw_settled(app, "progress forgotten");
    bool offer = false;
    for (const ui::Node& n : ui::nodes()) offer = offer || (n.id == "progress-open" && n.picker == "previous");
    CHECK(offer);
}

// Items that measure and count themselves (screen_audit_figures.cpp), driven as the
// mirror drives them: text typed into the field, buttons pressed by id.
TEST_CASE("a measured item takes a figure in either unit and a counted item takes taps; both suggest") {
    Frame f;
    App app;
    app.start();
    Audit start = new_audit(Profile{"Riverside", "Eastside", "2026-11-26", {}, "", ""},
                            {*load_checklist(wa_test::fixture("checklist-measured.json"), "m.json").value},
                            "2026-11-26T09:00:00Z");
    REQUIRE(nlohmann::json::parse(app.load_json_api(audit_to_json_text(start))).value("ok", false));
    auto saved = [&] {
        Loaded<Audit> l = load_audit(app.audit_json(), "app.json");
        REQUIRE(l.ok());
        return *l.value;
    };
    auto node = [](const char* id) {
        for (const ui::Node& n : ui::nodes())
            if (n.id == id) return n;
        return ui::Node{};
    };
    AppProbe::go(app, Screen::Audit);
    AppProbe::item(app, 0);  // door opening force, in lbf
    draw_settled(app, "measure");
    CHECK(node("measure-value").label == "Measured door opening force (unit: lbf)");
    CHECK(node("figure-suggestion").label == "Measure or count first: the rule then suggests an answer here.");
    ui::queue_text("measure-value", "8,5");  // a decimal comma is a decimal point
    draw_settled(app, "measure typed");
    Audit a = saved();
    CHECK(a.responses["mini-measured/door-force"].measurement.value == 8.5);
    CHECK(node("figure-suggestion").label.find(": suggests Partly met") != std::string::npos);
    ui::queue_text("measure-value", "8.x");  // not a number: said, and the figure before is kept
    draw_settled(app, "measure not a number");
    CHECK_FALSE(node("measure-error").label.empty());
    CHECK(saved().responses["mini-measured/door-force"].measurement.value == 8.5);
    ui::queue_text("measure-value", "9");
    draw_settled(app, "measure retyped");
    ui::queue_activate("use-suggestion");
    draw_settled(app, "suggestion used");
    CHECK(saved().responses["mini-measured/door-force"].answer == Answer::NotMet);
    CHECK(node("use-suggestion").disabled);
    // An override is kept and said.
    ui::queue_activate("answer-partly");
    draw_settled(app, "override");
    CHECK(saved().responses["mini-measured/door-force"].answer == Answer::Partly);
    CHECK_FALSE(node("figure-override").label.empty());

    // The counter, measured in millimetres: judged against the Standards' 915 mm.
    AppProbe::item(app, 1);
    draw_settled(app, "counter");
    ui::queue_activate("measure-unit-metric");
    draw_settled(app, "metric chosen");
    ui::queue_text("measure-value", "915");
    draw_settled(app, "metric typed");
    a = saved();
    CHECK(a.responses["mini-measured/counter-height"].measurement.unit == "mm");
    CHECK(node("figure-suggestion").label.find("915 mm (36.02 in); must be at most 36 in (915 mm): suggests Met") !=
          std::string::npos);

    // The desk: taps add up, one can be taken back, and the counts are a live status.
    AppProbe::item(app, 2);
    draw_settled(app, "tally");
    CHECK(node("tally-counts").role == ui::Role::Status);
    // The accessible name starts with the visible word (WCAG 2.5.3) and says what is counted.
    CHECK(node("tally-yes").label == "Yes: add one, acknowledged within 10 seconds (0 so far)");
    for (int i = 0; i < 9; ++i) {
        ui::queue_activate("tally-yes");
        draw(app);
    }
    ui::queue_activate("tally-no");
    draw(app);
    ui::queue_activate("tally-no");
    draw(app);
    ui::queue_activate("tally-no-undo");
    draw_settled(app, "tallied");
    a = saved();
    const TallyTotal n = tally_total(a.responses["mini-measured/acknowledge"].tally);
    CHECK(n.yes == 9);
    CHECK(n.no == 1);
    CHECK(node("tally-counts").label == "Yes 9, no 1: 90% yes of 10 observed.");
    CHECK(node("figure-suggestion").label.find("suggests Met") != std::string::npos);

    // At 200% text and on a narrow screen, each figure item still draws whole.
    AppProbe::text_scale(app, 2.0f);
    for (int k = 0; k < 3; ++k) {
        AppProbe::item(app, k);
        draw_settled(app, "200% text");
        draw_settled(app, "200% narrow", 390, 700);
    }
    AppProbe::text_scale(app, 1.0f);
}

TEST_CASE("the plan and compare screens show measured and counted figures") {
    Frame f;
    App app;
    app.start();
    const std::string text = wa_test::fixture("audit-measured.json");
    REQUIRE(nlohmann::json::parse(app.load_json_api(text)).value("ok", false));
    const Audit a = *load_audit(text, "m.json").value;
    AppProbe::go(app, Screen::Plan);
    draw_settled(app, "plan");
    bool door = false;
    for (const ui::Node& n : ui::nodes())
        door = door || (n.id.rfind("figure-", 0) == 0 && n.label.find("door opening force 9 lbf") != std::string::npos);
    CHECK(door);
    app.add_compare_file("east.plan.json", plan_to_json(a, "2026-11-26T12:00:00Z"));
    AppProbe::go(app, Screen::Compare);
    draw_settled(app, "compare");
    bool counted = false;
    for (const ui::Node& n : ui::nodes())
        counted = counted || n.label.find("acknowledged within 10 seconds: 6 of 10 (60%)") != std::string::npos;
    CHECK(counted);
    AppProbe::text_scale(app, 2.0f);
    draw_settled(app, "compare 200%", 390, 700);
    AppProbe::go(app, Screen::Plan);
    draw_settled(app, "plan 200%", 390, 700);
}

// A consortium's config.json (core/config.h, app/consortium.cpp): Start shows
// it whole in any script at 100% and 200% text, wide and narrow; Choose offers
// only what it offers, recommended ones marked and ticked; a broken one is
// explained on Start and changes nothing else.
namespace {


std::string config_text(const std::string& name) {
    nlohmann::json c = nlohmann::json::parse(wa_test::fixture("config-riverside.json"));
    c["name"] = name;
    c["tagline"] = stress(400);
    c["contact"] = stress(400);
    c["logo"]["alt"] = name;
    c["checklists"] = nlohmann::json::array({nlohmann::json::parse(wa_test::fixture("checklist-mini.json"))});
    c["recommended"] = {"physical-access", "mini-welcome"};
    return c.dump();
}

}  // namespace

TEST_CASE("Start shows a consortium's config, long names in many scripts, at 100% and 200%") {
    Frame f;
    App app;
    std::string name = "Bibliothèques publiques";  // near the 200-byte limit, cut between whole characters
    for (const char* piece : {" · Доступность", " · إمكانية الوصول", " · 无障碍图书馆", " · 접근성", " · 😀👩\u200D🦽📚",
                              " · Προσβασιμότητα", " · נגישות", " · アクセシビリティ", " · e\u0301 a\u0308"})
        if (name.size() + std::string(piece).size() <= 200) name += piece;
    REQUIRE(name.size() > 150);
    AppProbe::page_config(app, "config.json", config_text(name));
    app.start();
    for (float scale : {1.0f, 2.0f}) {
        AppProbe::text_scale(app, scale);
        AppProbe::go(app, Screen::Start);
        draw_settled(app, "start with a config");
        draw_settled(app, "start with a config, narrow", 390, 700);
        const ui::Node* heading = node_by_id("consortium-name");
        REQUIRE(heading);
        CHECK(heading->label == name);
        const ui::Node* logo = node_by_id("consortium-logo");
        REQUIRE(logo);
        CHECK(logo->role == ui::Role::Image);
        CHECK(logo->label == name);
        CHECK(logo->value == "riverside-logo.svg");
        const ui::Node* link = node_by_id("send-plan-link");
        REQUIRE(link);
        CHECK(link->role == ui::Role::Link);
        CHECK(link->value == "mailto:audits@riverside.example");
        REQUIRE(node_by_id("consortium-contact"));
        CHECK(node_by_id("consortium-contact")->label == stress(400));
        CHECK_FALSE(stress(400).empty());
        CHECK_FALSE(node_by_id("consortium-contact")->ink.empty());  // many scripts: the page draws it
        REQUIRE(node_by_id("consortium-recommends"));
        CHECK(contains(node_by_id("consortium-recommends")->label, "Physical access"));
        CHECK(contains(node_by_id("consortium-recommends")->label, "Mini welcome check"));
        CHECK_FALSE(node_by_id("config-problem-0"));
        // The footer: the app's version and each checklist's.
        REQUIRE(node_by_id("version-app"));
        CHECK(contains(node_by_id("version-app")->label, WA_VERSION));
        REQUIRE(node_by_id("version-checklists"));
        REQUIRE(node_by_id("version-mini-welcome"));
        CHECK(node_by_id("version-mini-welcome")->label == "Mini welcome check, version 1.0.0");
    }
    AppProbe::text_scale(app, 1.0f);
    // Choose: the two shipped checklists offered and the consortium's own; recommended ones ticked.
    AppProbe::new_audit(app);
    AppProbe::go(app, Screen::Checklists);
    draw_settled(app, "choose with a config");
    int boxes = 0;
    for (const ui::Node& n : ui::nodes()) boxes += n.role == ui::Role::Checkbox;
    CHECK(boxes == 3);
    const ui::Node* physical = node_by_id("choose-physical-access");
    REQUIRE(physical);
    CHECK(contains(physical->label, "(recommended)"));
    CHECK(physical->checked == 1);
    const ui::Node* welcome = node_by_id("choose-welcome-behaviors");
    REQUIRE(welcome);
    CHECK_FALSE(contains(welcome->label, "(recommended)"));
    CHECK(welcome->checked == 0);
    CHECK(node_by_id("choose-mini-welcome"));
    CHECK_FALSE(node_by_id("choose-sensory-storytime"));
}

TEST_CASE("a broken config is explained on Start, and the app keeps its usual settings") {
    Frame f;
    App app;
    AppProbe::page_config(app, "config.json", R"({"format": "welcome-audit/config", "format_version": 1, "name": 7,
        "logo": {"src": "logo.png"}, "offered": ["welcome-behaviors"]})");
    app.start();
    for (float scale : {1.0f, 2.0f}) {
        AppProbe::text_scale(app, scale);
        AppProbe::go(app, Screen::Start);
        draw_settled(app, "start with a broken config");
        draw_settled(app, "start with a broken config, narrow", 390, 700);
    }
    REQUIRE(node_by_id("config-problem-0"));
    CHECK(contains(node_by_id("config-problem-0")->label, "could not be used"));
    std::string all;
    for (const ui::Node& n : ui::nodes()) all += n.label + "\n";
    CHECK(contains(all, "\"name\" must be text"));
    CHECK(contains(all, "the logo has no \"alt\""));
    CHECK_FALSE(node_by_id("consortium-name"));
    AppProbe::text_scale(app, 1.0f);
    AppProbe::new_audit(app);
    AppProbe::go(app, Screen::Checklists);
    draw_settled(app, "choose with a broken config");
    CHECK(node_by_id("choose-sensory-storytime"));  // every shipped checklist, as without a config
}

TEST_CASE("notes about a config that works: an offered checklist this version lacks, another language") {
    Frame f;
    App app;
    AppProbe::page_config(app, "config.json", R"({"format": "welcome-audit/config", "format_version": 1,
        "name": "Consorcio", "language": "ko", "offered": ["welcome-behaviors", "no-such-list"]})");
    app.start();
    draw_settled(app, "start with notes");
    std::string all;
    for (const ui::Node& n : ui::nodes()) all += n.label + "\n";
    CHECK(contains(all, "which this page does not have"));
    CHECK(contains(all, "\"no-such-list\""));
    REQUIRE(node_by_id("consortium-name"));
}

TEST_CASE("the Library screen asks which law applies; the walk, a glossary and Export follow it") {
    Frame f;
    App app;
    app.start();
    Audit start = new_audit(Profile{"Riverside", "Eastside", "2026-12-01", {}, "", ""},
                            {wa_test::shipped_checklist("access-rights.json")}, "2026-12-01T09:00:00Z");
    REQUIRE(nlohmann::json::parse(app.load_json_api(audit_to_json_text(start))).value("ok", false));
    auto saved = [&] {
        Loaded<Audit> l = load_audit(app.audit_json(), "app.json");
        REQUIRE(l.ok());
        return *l.value;
    };
    auto node = [](const char* id) {
        for (const ui::Node& n : ui::nodes())
            if (n.id == id) return n;
        return ui::Node{};
    };
    // Not said yet: no choice is marked, and the walk says what differs "if" the library is private.
    AppProbe::go(app, Screen::Audit);
    AppProbe::item(app, 0);  // ar-coordinator
    draw_settled(app, "walk, kind not said");
    CHECK(node("item-law").label.rfind("If the library is private or nonprofit (ADA Title III): ", 0) == 0);
    CHECK(node("toggle-glossary").label == "Words used here");
    CHECK(node("glossary-heading").label.empty());
    ui::queue_activate("toggle-glossary");
    draw_settled(app, "glossary open");
    CHECK(node("glossary-heading").label == "Words used here");

    AppProbe::go(app, Screen::Library);
    draw_settled(app, "profile");
    CHECK(node("kind-public").role == ui::Role::Radio);
    CHECK(node("kind-public").checked == 0);
    ui::queue_activate("kind-private");
    draw_settled(app, "private chosen");
    CHECK(saved().profile.library_kind == "private");

    AppProbe::go(app, Screen::Audit);
    AppProbe::item(app, 0);
    draw_settled(app, "walk, private library");
    CHECK(node("item-law").label.rfind("Private or nonprofit library (ADA Title III): Title III has no duty", 0) == 0);

    AppProbe::go(app, Screen::Library);
    draw_settled(app, "profile again");
    ui::queue_activate("kind-public");
    draw_settled(app, "public chosen");
    CHECK(saved().profile.library_kind == "public");
    AppProbe::go(app, Screen::Audit);
    draw_settled(app, "walk, public library");
    CHECK(node("item-law").id.empty());  // nothing differs for a public library

    AppProbe::go(app, Screen::Export);
    draw_settled(app, "export");
    CHECK(node("which-file-heading").label == "Which file to send");
    // At 200% text on a narrow screen, the Library screen's choices still draw.
    AppProbe::text_scale(app, 2.0f);
    AppProbe::go(app, Screen::Library);
    draw_settled(app, "profile 200% narrow", 390, 700);
    AppProbe::text_scale(app, 1.0f);
}
