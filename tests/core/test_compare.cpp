#include <doctest/doctest.h>

#include "core/compare.h"
#include "core/export.h"
#include "test_util.h"

using namespace wa;
using wa_test::fixture;

namespace {

// Eastside as in the fixture; Westside a month later, with the door fixed,
// the quiet room's find-out task done, checklist version 1.1.0 and the sensory storytime list.
std::vector<NamedPlan> two_branches() {
    Audit east = wa_test::mini_audit();
    Audit west = wa_test::mini_audit();
    west.profile.branch = "Westside";
    west.profile.date = "2024-06-01";
    auto v2 = load_checklist(fixture("checklist-mini-v2.json"), "v2.json");
    REQUIRE(v2.ok());
    add_or_update_checklist(west, *v2.value);
    auto story = load_checklist(wa_test::read_text(std::string(WA_CHECKLISTS_DIR) + "/sensory-storytime.json"), "s.json");
    REQUIRE(story.ok());
    add_or_update_checklist(west, *story.value);
    set_answer(west, "mini-welcome", "door-open", Answer::Met, "2024-06-01T10:00:00Z");
    set_answer(west, "sensory-storytime", story.value->sections[0].items[0].id, Answer::NotMet, "2024-06-01T10:00:00Z");
    action_state_for(west, "mini-welcome/quiet-room/find-out").status = "done";  // 1.1.0 has no greeting
    return {{"east-plan.json", make_plan_doc(east, "2024-05-02T00:00:00Z")},
            {"west-plan.json", make_plan_doc(west, "2024-06-02T00:00:00Z")}};
}

} // namespace

TEST_CASE("compare: one column per branch, one row per checklist any branch used") {
    Comparison c = compare_plans(two_branches());
    REQUIRE(c.columns.size() == 2);
    CHECK(c.columns[0].name == "Riverside Public Library, Eastside (2024-05-01)");
    CHECK(c.columns[1].name == "Riverside Public Library, Westside (2024-06-01)");
    CHECK(c.columns[1].file == "west-plan.json");
    REQUIRE(c.rows.size() == 2);
    CHECK(c.rows[0].checklist_id == "mini-welcome");
    CHECK(c.rows[0].versions_differ);  // 1.0.0 and 1.1.0
    CHECK(c.rows[1].checklist_id == "sensory-storytime");
    CHECK_FALSE(c.rows[1].versions_differ);

    const CompareCell& east = c.rows[0].cells[0];
    CHECK(east.audited);
    CHECK(east.version == "1.0.0");
    CHECK(percent_text(east.tally) == "42%");  // 2.5 of 6
    CHECK(east.essential_gaps == 1);            // the door
    CHECK(east.actions == 4);
    CHECK(east.doing == 1);
    CHECK(east.done == 0);
    CHECK(cell_text(east) == "42% · 5 of 5 answered · 1 essential gap · 0 of 4 actions done");

    const CompareCell& west = c.rows[0].cells[1];
    CHECK(west.version == "1.1.0");
    CHECK(west.essential_gaps == 0);
    CHECK(west.done == 1);
    CHECK_FALSE(c.rows[1].cells[0].audited);
    CHECK(cell_text(c.rows[1].cells[0]) == "not audited");
    CHECK(c.rows[1].cells[1].essential_gaps + west.essential_gaps == c.overall.cells[1].essential_gaps);
    CHECK(c.overall.cells[0].tally == c.rows[0].cells[0].tally);
    CHECK(c.overall.cells[1].actions == c.rows[0].cells[1].actions + c.rows[1].cells[1].actions);
}

TEST_CASE("compare: the same branch twice is told apart by file; no plans is an empty comparison") {
    std::vector<NamedPlan> plans = two_branches();
    plans[1] = plans[0];
    plans[1].file = "east-plan (1).json";
    Comparison c = compare_plans(plans);
    CHECK(c.columns[0].name == "Riverside Public Library, Eastside (2024-05-01) [east-plan.json]");
    CHECK(c.columns[1].name == "Riverside Public Library, Eastside (2024-05-01) [east-plan (1).json]");
    Comparison none = compare_plans({});
    CHECK(none.columns.empty());
    CHECK(none.rows.empty());
}

TEST_CASE("compare: spreadsheet and Markdown exports") {
    Comparison c = compare_plans(two_branches());
    std::string csv = comparison_to_csv(c);
    REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    CHECK(csv.find("Checklist,Checklist id,\"Riverside Public Library, Eastside (2024-05-01): score\"") !=
          std::string::npos);
    CHECK(csv.find("\r\nAll checklists,,") != std::string::npos);
    CHECK(csv.find("not audited") != std::string::npos);
    std::size_t lines = 0;
    for (char ch : csv) lines += ch == '\n';
    CHECK(lines == 4);  // header, overall, two checklists

    std::string md = comparison_to_markdown(c);
    CHECK(md.find("# Branches compared") == 0);
    CHECK(md.find("## Sensory storytime readiness") != std::string::npos);
    CHECK(md.find("different versions of this checklist") != std::string::npos);
    CHECK(md.find("| Riverside Public Library, Eastside \\(2024-05-01\\) | not audited |") != std::string::npos);
}
