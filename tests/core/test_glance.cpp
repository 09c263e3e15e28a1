// The summary at a glance: its numbers, its place in the plan file, and the
// report's first page and plan by owner that draw from it.
#include <doctest/doctest.h>

#include "core/export.h"
#include "core/glance.h"
#include "core/plan.h"
#include "core/report_pages.h"
#include "core/scoring.h"
#include "generate.h"
#include "test_util.h"

using namespace wa;
using wa_test::all_text;
using wa_test::fixture;

namespace {
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("glance of the mini audit: bars, gaps, quick wins, open items") {
    const Audit a = wa_test::mini_audit();
    const Glance g = make_glance(a);
    CHECK(g.overall.id.empty());
    CHECK(g.overall.label == "All checklists");
    CHECK(g.overall.percent == doctest::Approx(41.7));
    CHECK(g.overall.score_text == "42%");
    CHECK(g.overall.answered == 5);
    CHECK(g.overall.total == 5);
    CHECK(g.overall.essential_gaps == 1);
    REQUIRE(g.checklists.size() == 1);
    CHECK(g.checklists[0].id == "mini-welcome");
    CHECK(g.checklists[0].label == "Mini welcome check");
    CHECK(glance_bar_line(g.checklists[0]) == "Mini welcome check: 42%, 5 of 5 answered");

    REQUIRE(g.essential_gaps.size() == 1);
    CHECK(g.essential_gaps[0].key == "mini-welcome/door-open");
    CHECK(g.essential_gaps[0].prompt == "Can the main door be opened without help?");

    // Quick wins: no cost, hours, not a find-out task; highest priority first.
    REQUIRE(g.quick_wins.size() == 2);
    CHECK(g.quick_wins_total == 2);
    CHECK(g.quick_wins[0].key == "mini-welcome/door-open/prop-hours");
    CHECK(g.quick_wins[0].priority == 72);
    CHECK(g.quick_wins[1].key == "mini-welcome/greeting/huddle");

    // The quiet room is "not sure yet": still open.
    REQUIRE(g.not_answered.size() == 1);
    CHECK(g.not_answered[0].checklist_id == "mini-welcome");
    CHECK(g.not_answered[0].unanswered == 0);
    CHECK(g.not_answered[0].not_sure == 1);
    CHECK(g.measured.empty());
}

TEST_CASE("glance: nothing answered, done actions and the five-win limit") {
    Audit a = wa_test::mini_audit();
    for (const Item& it : a.checklists[0].sections[0].items) a.responses.erase(item_key("mini-welcome", it.id));
    for (const Item& it : a.checklists[0].sections[1].items) a.responses.erase(item_key("mini-welcome", it.id));
    Glance empty = make_glance(a);
    CHECK(empty.overall.percent == -1);
    CHECK(empty.overall.score_text == "no score yet");
    CHECK(empty.quick_wins.empty());
    REQUIRE(empty.not_answered.size() == 1);
    CHECK(empty.not_answered[0].unanswered == 5);

    Audit b = wa_test::mini_audit();
    action_state_for(b, "mini-welcome/door-open/prop-hours").status = "done";
    Glance g = make_glance(b);
    REQUIRE(g.quick_wins.size() == 1);  // a done action is no longer a win to make
    CHECK(g.quick_wins[0].key == "mini-welcome/greeting/huddle");

    GenerateOptions o;
    o.seed = 3;
    o.checklists = 2;
    o.sections_per_checklist = 4;
    o.items_per_section = 10;
    Glance big = make_glance(generate_audit(o));
    CHECK(big.quick_wins.size() <= static_cast<size_t>(kGlanceQuickWins));
    CHECK(big.quick_wins_total >= static_cast<int>(big.quick_wins.size()));
    for (size_t i = 1; i < big.quick_wins.size(); ++i) CHECK(big.quick_wins[i - 1].priority >= big.quick_wins[i].priority);
}

TEST_CASE("the plan file carries the glance: written, read back equal, and format 1 plans still open") {
    const Audit a = wa_test::mini_audit();
    PlanDoc p = make_plan_doc(a, "2024-05-03T08:00:00Z");
    CHECK(p.format_version == 2);
    CHECK(p.glance == make_glance(a));
    p.glance.measured = {"Greeting rate: 85% (17 of 20 visitors)"};
    const std::string text = plan_doc_to_json_text(p);
    CHECK(has(text, "\"glance\": {"));
    CHECK(has(text, "\"score_text\": \"42%\""));
    CHECK(has(text, "\"measured\": [\n        \"Greeting rate: 85% (17 of 20 visitors)\""));
    auto back = load_plan(text, "p.json");
    REQUIRE_MESSAGE(back.ok(), all_text(back.problems));
    CHECK(back.value->glance == p.glance);

    // A plan from before the glance: worked out from its summary and actions.
    auto old = load_plan(fixture("plan-westside.json"), "plan-westside.json");
    REQUIRE_MESSAGE(old.ok(), all_text(old.problems));
    CHECK(old.value->format_version == 1);
    CHECK(old.value->glance == glance_from_plan(*old.value));
    CHECK(old.value->glance.checklists.size() == old.value->summary.checklists.size());
    // From a plan alone, the mini audit's glance is the same as from the audit.
    CHECK(glance_from_plan(make_plan_doc(a, "2024-05-03T08:00:00Z")) == make_glance(a));
}

// Found by fuzz_plan: a plan file edited by hand may name an essential gap with
// text that is not "checklist/item", shorter than the checklist's id. It is shown as it is.
TEST_CASE("an essential gap that is not a key of its checklist is shown as its text") {
    PlanDoc p = make_plan_doc(wa_test::mini_audit(), "2024-05-03T08:00:00Z");
    REQUIRE_FALSE(p.summary.checklists.empty());
    p.summary.checklists[0].essential_gaps = {"x", "other-checklist/door"};
    const Glance g = glance_from_plan(p);
    REQUIRE(g.essential_gaps.size() == 2);
    CHECK(g.essential_gaps[0].prompt == "x");
    CHECK(g.essential_gaps[1].prompt == "other-checklist/door");
}

TEST_CASE("a broken glance in a plan file is reported in plain words") {
    std::string text = plan_to_json(wa_test::mini_audit(), "2024-05-03T08:00:00Z");
    auto with = [&](const std::string& from, const std::string& to) {
        std::string t = text;
        const size_t at = t.find(from, t.find("\"glance\""));
        REQUIRE(at != std::string::npos);
        t.replace(at, from.size(), to);
        return load_plan(t, "p.json");
    };
    auto neg = with("\"quick_wins_total\": 2", "\"quick_wins_total\": -2");
    CHECK_FALSE(neg.ok());
    CHECK(has(all_text(neg.problems), "\"quick_wins_total\" must not be negative, but it is -2"));
    auto pct = with("\"percent\": 41.7,", "\"percent\": 141.7,");
    CHECK_FALSE(pct.ok());
    CHECK(has(all_text(pct.problems), "must be a number from 0 to 100"));
    auto unknown = with("\"measured\": []", "\"measured\": [], \"colour\": \"red\"");
    CHECK_FALSE(unknown.ok());
    CHECK(has(all_text(unknown.problems), "unknown field \"colour\""));
}

TEST_CASE("report: the summary page comes first, with a chart that is a table") {
    Audit a = wa_test::mini_audit();
    const std::string html = plan_to_html(a, "2024-05-03T08:00:00Z");
    const size_t glance = html.find("<h2 id=\"glance\">Summary at a glance</h2>");
    const size_t owner = html.find("<h2 id=\"by-owner\">The plan by owner and due date</h2>");
    const size_t detail = html.find("<h2 id=\"summary\">Detail: scores by checklist</h2>");
    REQUIRE(glance != std::string::npos);
    REQUIRE(owner != std::string::npos);
    REQUIRE(detail != std::string::npos);
    CHECK(glance < owner);
    CHECK(owner < detail);
    // The bars are pictures of the numbers beside them: hidden from screen readers.
    CHECK(has(html, "<svg class=\"bar\" viewBox=\"0 0 160 20\" preserveAspectRatio=\"none\" aria-hidden=\"true\""));
    CHECK(has(html, "<tr class=\"overall\"><th scope=\"row\">All checklists</th><td class=\"score\"><svg"));
    CHECK(has(html, "</svg>42%</td><td class=\"num\">5 of 5</td><td class=\"num\">1</td></tr>"));
    CHECK(has(html, "<caption>Scores: each bar runs from 0 to 100%"));
    CHECK(has(html, "<li>Ask staff to hold the door and post a sign with the bell. <span class=\"muted\">(Mini welcome check)</span></li>"));
    CHECK(has(html, "<li>Mini welcome check: 0 not answered, 1 not sure yet</li>"));
    CHECK_FALSE(has(html, "Measured figures"));  // none in this audit
    CHECK(has(html, "@media print"));
    CHECK(has(html, ".glance { break-after: page; }"));
    CHECK(has(html, "<tr data-item=\"door-open\">"));  // the detail keeps each item's id for scripts
    CHECK_FALSE(has(html, "(item door-open)"));  // and shows people the section, not the id

    Glance g = make_glance(a);
    g.measured = {"Door force: 9 kg <heavy>"};
    CHECK(has(glance_html(g), "<h3 id=\"glance-measured\">Measured figures</h3>\n<ul>\n<li>Door force: 9 kg &lt;heavy&gt;</li>"));
}

TEST_CASE("report: the plan by owner and due date") {
    Audit a = wa_test::mini_audit();
    ActionState& huddle = action_state_for(a, "mini-welcome/greeting/huddle");
    huddle.owner = "Desk lead";
    huddle.due = "2024-05-15";
    action_state_for(a, "mini-welcome/door-open/install-opener").status = "done";
    const std::string h = plan_by_owner_html(build_plan(a));
    // Desk lead has the soonest due date: first; the huddle (May 15) before the door (June 1).
    const size_t desk = h.find("<h3 id=\"owner-1\">Desk lead</h3>");
    const size_t team = h.find(">Audit team</h3>");
    REQUIRE(desk != std::string::npos);
    REQUIRE(team != std::string::npos);
    CHECK(desk < team);
    CHECK(h.find("2024-05-15") < h.find("2024-06-01"));
    CHECK(has(h, "<td class=\"num\">Not set</td><td>Find out: Is there a quiet room"));
    CHECK(has(h, "1 action is done already"));
    CHECK_FALSE(has(h, "Install an automatic door opener"));
}

TEST_CASE("measured figures of the plan become the glance's measured lines") {
    PlanDoc p = make_plan_doc(wa_test::mini_audit(), "2024-05-03T08:00:00Z");
    p.figures = {{"mini-welcome/door-open", "Can the main door be opened without help?", "8 lbf; must be at most 5 lbf (22.2 N): suggests Not met"}};
    CHECK(glance_from_plan(p).measured ==
          std::vector<std::string>{"Can the main door be opened without help?: 8 lbf; must be at most 5 lbf (22.2 N): suggests Not met"});
}
