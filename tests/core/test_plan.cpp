#include <doctest/doctest.h>

#include "core/plan.h"
#include "test_util.h"

using namespace wa;
using wa_test::all_text;
using wa_test::fixture;

TEST_CASE("priority formula") {
    // impact = weight x (essential 2) x (not met 2); ease = 1 + cost points + effort points
    CHECK(priority_of(3, true, Answer::NotMet, Cost::None, Effort::Hours) == 72);  // the maximum
    CHECK(priority_of(1, false, Answer::Partly, Cost::Over1000, Effort::Weeks) == 1);  // the minimum
    CHECK(priority_of(2, false, Answer::NotMet, Cost::Under100, Effort::Days) == 4 * 4);
    CHECK(priority_of(2, true, Answer::NotSure, Cost::None, Effort::Hours) == 4 * 6);
    // A no-cost quick fix beats an expensive one of the same item.
    CHECK(priority_of(3, true, Answer::NotMet, Cost::None, Effort::Hours) >
          priority_of(3, true, Answer::NotMet, Cost::Over1000, Effort::Weeks));
    // Not met outranks partly met, essential outranks not essential.
    CHECK(priority_of(2, false, Answer::NotMet, Cost::None, Effort::Days) >
          priority_of(2, false, Answer::Partly, Cost::None, Effort::Days));
    CHECK(priority_of(2, true, Answer::Partly, Cost::None, Effort::Days) >
          priority_of(2, false, Answer::Partly, Cost::None, Effort::Days));
    CHECK(is_quick_win(Cost::None, Effort::Hours));
    CHECK(is_quick_win(Cost::Under100, Effort::Hours));
    CHECK_FALSE(is_quick_win(Cost::From100To1000, Effort::Hours));
    CHECK_FALSE(is_quick_win(Cost::None, Effort::Days));
}

TEST_CASE("the mini audit's plan: actions, find-out task, order and state") {
    auto l = load_audit(fixture("audit-mini.json"), "a.json");
    REQUIRE(l.ok());
    std::vector<PlanAction> plan = build_plan(*l.value);
    REQUIRE(plan.size() == 4);
    CHECK(plan[0].key == "mini-welcome/door-open/prop-hours");
    CHECK(plan[0].priority == 72);
    CHECK(plan[0].quick_win);
    CHECK(plan[0].essential);
    CHECK(plan[0].answer == Answer::NotMet);
    CHECK(plan[0].state.status == "doing");  // merged from audit.actions
    CHECK(plan[0].state.owner == "Desk lead");
    CHECK(plan[0].section_title == "Entrance");
    CHECK(plan[0].checklist_title == "Mini welcome check");
    CHECK(plan[0].suggested_owner == "Branch manager");

    CHECK(plan[1].key == "mini-welcome/quiet-room/find-out");
    CHECK(plan[1].find_out);
    CHECK(plan[1].text == "Find out: Is there a quiet room people can use during programs?");
    CHECK(plan[1].priority == 24);
    CHECK(plan[1].suggested_owner == std::string(kFindOutOwner));
    CHECK(plan[1].state.status == "todo");  // default

    CHECK(plan[2].key == "mini-welcome/door-open/install-opener");
    CHECK(plan[2].priority == 12);
    CHECK_FALSE(plan[2].quick_win);
    CHECK(plan[3].key == "mini-welcome/greeting/huddle");
    CHECK(plan[3].priority == 6);
    CHECK(plan[3].answer == Answer::Partly);
}

TEST_CASE("met, not applicable and unanswered items make no actions") {
    auto l = load_audit(fixture("audit-mini.json"), "a.json");
    REQUIRE(l.ok());
    for (const PlanAction& p : build_plan(*l.value)) {
        CHECK(p.item_id != "sign-visible");
        CHECK(p.item_id != "visual-schedule");
    }
}

TEST_CASE("equal priorities keep checklist and item order") {
    auto l = load_audit(fixture("audit-mini.json"), "a.json");
    REQUIRE(l.ok());
    Audit a = *l.value;
    // greeting/huddle (w1, partly, none/hours) = 6; visual-schedule partly,
    // under-100/days: 1 x (1 + 2 + 1) = 4; sign-visible partly 100-1000/days: 2 x 3 = 6.
    set_answer(a, "mini-welcome", "sign-visible", Answer::Partly, "2024-06-01T00:00:00Z");
    std::vector<PlanAction> plan = build_plan(a);
    std::vector<std::string> keys;
    for (const PlanAction& p : plan) keys.push_back(p.key);
    REQUIRE(keys.size() == 5);
    CHECK(keys[3] == "mini-welcome/sign-visible/new-sign");  // 6, earlier item
    CHECK(keys[4] == "mini-welcome/greeting/huddle");        // 6, later item
    CHECK(build_plan(a) == plan);  // deterministic
}

TEST_CASE("plan document round-trips exactly") {
    auto l = load_audit(fixture("audit-mini.json"), "a.json");
    REQUIRE(l.ok());
    PlanDoc p = make_plan_doc(*l.value, "2024-05-03T08:00:00Z");
    CHECK(p.checklists.size() == 1);
    CHECK(p.checklists[0].version == "1.0.0");
    CHECK(p.generator.find("Welcome Audit ") == 0);
    std::string text = plan_doc_to_json_text(p);
    auto back = load_plan(text, "p.json");
    REQUIRE_MESSAGE(back.ok(), all_text(back.problems));
    CHECK(*back.value == p);
    CHECK(plan_doc_to_json_text(*back.value) == text);
}

TEST_CASE("apply_plan_states brings a manager's edits back into the audit") {
    auto l = load_audit(fixture("audit-mini.json"), "a.json");
    REQUIRE(l.ok());
    PlanDoc p = make_plan_doc(*l.value, "2024-05-03T08:00:00Z");
    p.actions[1].state.owner = "Facilities lead";  // the find-out task
    p.actions[1].state.status = "done";
    PlanAction ghost = p.actions[0];
    ghost.key = "mini-welcome/door-open/gone";
    ghost.state.owner = "x";
    p.actions.push_back(ghost);
    Audit a = *l.value;
    std::vector<std::string> skipped;
    CHECK(apply_plan_states(a, p, &skipped) == 2);  // prop-hours (already set) and find-out
    CHECK(skipped == std::vector<std::string>{"mini-welcome/door-open/gone"});
    CHECK(find_action_state(a, "mini-welcome/quiet-room/find-out")->status == "done");
}
