// same_as: a consortium's checklist reuses a shipped question without it
// being asked, scored or planned twice when an audit holds both checklists.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/audit.h"
#include "core/edit.h"
#include "core/plan.h"
#include "core/scoring.h"
#include "test_util.h"

using namespace wa;

namespace {

Checklist shipped(const char* name) { return wa_test::shipped_checklist(name); }

// A consortium checklist of two items: a copy of welcome-behaviors' first
// question that says where its home is, and a question of its own.
std::string consortium_text(const std::string& same_as) {
    nlohmann::json wb = nlohmann::json::parse(wa_test::read_text(std::string(WA_CHECKLISTS_DIR) + "/welcome-behaviors.json"));
    nlohmann::json copied = wb["sections"][0]["items"][0];
    copied["id"] = "cw-greet";
    if (!same_as.empty()) copied["same_as"] = same_as;
    nlohmann::json own = wb["sections"][0]["items"][1];
    own["id"] = "cw-own";
    own["prompt"] = "Does the branch hand new visitors the consortium's welcome card?";
    return nlohmann::json({{"format", "welcome-audit/checklist"}, {"format_version", 1}, {"id", "consortium-welcome"},
                           {"version", "1.0.0"}, {"title", "Consortium welcome"}, {"summary", "Our own checks."},
                           {"language", "en"},
                           {"sections", {{{"id", "desk"}, {"title", "At the desk"}, {"items", {copied, own}}}}}})
        .dump(2);
}

Checklist consortium(const std::string& same_as = "welcome-behaviors/wb-greet-promptly") {
    auto c = load_checklist(consortium_text(same_as), "consortium.json");
    INFO(wa_test::all_text(c.problems));
    REQUIRE(c.ok());
    return *c.value;
}

}  // namespace

TEST_CASE("same_as is read, written and checked with plain messages") {
    Checklist c = consortium();
    CHECK(c.sections[0].items[0].same_as == "welcome-behaviors/wb-greet-promptly");
    auto again = load_checklist(checklist_to_json_text(c), "again.json");
    REQUIRE(again.ok());
    CHECK(*again.value == c);

    auto bad = load_checklist(consortium_text("wb-greet-promptly"), "bad.json");
    CHECK_FALSE(bad.ok());
    CHECK(wa_test::all_text(bad.problems).find("same_as must name the question's home in another checklist") !=
          std::string::npos);
    auto own = load_checklist(consortium_text("consortium-welcome/cw-own"), "own.json");
    CHECK_FALSE(own.ok());
    CHECK(wa_test::all_text(own.problems).find("points to another checklist") != std::string::npos);
}

TEST_CASE("a question with a home in the audit is asked, scored and planned once; without it, here") {
    Audit alone = new_audit(Profile{}, {}, "2026-11-26T10:00:00Z");
    REQUIRE(add_or_update_checklist(alone, consortium()));
    const Item& copy = alone.checklists[0].sections[0].items[0];
    CHECK(asked_elsewhere(alone, copy) == nullptr);  // no welcome-behaviors here: asked here
    set_answer(alone, "consortium-welcome", "cw-greet", Answer::NotMet, "2026-11-26T10:01:00Z");
    set_item_note(alone, "consortium-welcome", "cw-greet", "Nobody looked up for a minute.", "2026-11-26T10:01:00Z");
    CHECK(score(alone).overall.total == 2);
    CHECK(score(alone).overall.not_met == 1);

    // Welcome behaviors joins the audit: the question's home. The answer
    // given in the consortium's copy moves there, and is counted once.
    std::vector<std::string> notes;
    REQUIRE(add_or_update_checklist(alone, shipped("welcome-behaviors.json"), &notes));
    const Item* home = asked_elsewhere(alone, alone.checklists[0].sections[0].items[0]);
    REQUIRE(home != nullptr);
    CHECK(home->id == "wb-greet-promptly");
    CHECK(find_response(alone, "consortium-welcome", "cw-greet") == nullptr);
    const Response* moved = find_response(alone, "welcome-behaviors", "wb-greet-promptly");
    REQUIRE(moved != nullptr);
    CHECK(moved->answer == Answer::NotMet);
    CHECK(moved->note == "Nobody looked up for a minute.");
    bool said = false;
    for (const std::string& n : notes) said = said || n.find("the same question in another checklist") != std::string::npos;
    CHECK(said);

    const Scores s = score(alone);
    CHECK(s.checklists[0].tally.total == 1);  // only cw-own is the consortium's to score
    CHECK(s.overall.not_met == 1);            // the one failure, counted once
    int greet_actions = 0;
    for (const PlanAction& p : build_plan(alone)) {
        CHECK(p.item_id != "cw-greet");
        greet_actions += p.item_id == "wb-greet-promptly";
    }
    CHECK(greet_actions > 0);

    // Saved and reopened: the same.
    auto again = load_audit(audit_to_json_text(alone), "again.json");
    REQUIRE(again.ok());
    CHECK(*again.value == alone);
}

TEST_CASE("two items naming each other are both asked: a home never points elsewhere") {
    Audit a = new_audit(Profile{}, {}, "2026-11-26T10:00:00Z");
    REQUIRE(add_or_update_checklist(a, consortium()));
    Checklist wb = shipped("welcome-behaviors.json");
    wb.sections[0].items[0].same_as = "consortium-welcome/cw-greet";
    REQUIRE(add_or_update_checklist(a, wb));
    for (const Checklist& c : a.checklists)
        for (const Section& sec : c.sections)
            for (const Item& it : sec.items) CHECK(asked_elsewhere(a, it) == nullptr);
}
