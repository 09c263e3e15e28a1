#include <doctest/doctest.h>

#include "core/merge.h"
#include "test_util.h"

using namespace wa;
using wa_test::fixture;

namespace {
Audit mini() { return wa_test::mini_audit(); }
} // namespace

TEST_CASE("merge: newer answers win, conflicts are reported, evidence is kept") {
    Audit mine = mini();
    Audit theirs = mini();
    // They answered greeting later, differently.
    set_answer(theirs, "mini-welcome", "greeting", Answer::Met, "2024-05-03T09:00:00Z");
    // I answered quiet-room later than they did.
    set_answer(mine, "mini-welcome", "quiet-room", Answer::Met, "2024-05-04T09:00:00Z");
    set_answer(theirs, "mini-welcome", "quiet-room", Answer::NotMet, "2024-05-03T09:00:00Z");
    theirs.responses["mini-welcome/quiet-room"].evidence.push_back({"text", "Room 2 is free", "", ""});
    // Only they answered visual-schedule... (it exists in both; remove mine)
    mine.responses.erase("mini-welcome/visual-schedule");

    MergeReport r = merge_audits(mine, theirs);
    CHECK(r.responses_added == 1);
    CHECK(r.responses_replaced == 1);
    CHECK(r.conflicts.size() == 2);
    CHECK(find_response(mine, "mini-welcome", "greeting")->answer == Answer::Met);
    CHECK(find_response(mine, "mini-welcome", "greeting")->note == "Busy at opening time.");
    CHECK(find_response(mine, "mini-welcome", "quiet-room")->answer == Answer::Met);
    CHECK(find_response(mine, "mini-welcome", "quiet-room")->evidence.size() == 1);  // theirs kept
    CHECK(find_response(mine, "mini-welcome", "visual-schedule")->answer == Answer::NotApplicable);
    CHECK(mine.updated_at == "2024-05-04T09:00:00Z");
}

TEST_CASE("merge: action states and checklist versions") {
    Audit mine = mini();
    Audit theirs = mini();
    auto v2 = load_checklist(fixture("checklist-mini-v2.json"), "v2.json");
    REQUIRE(v2.ok());
    theirs.checklists[0] = *v2.value;
    theirs.responses.erase("mini-welcome/greeting");
    action_state_for(theirs, "mini-welcome/quiet-room/find-out").owner = "Facilities";
    action_state_for(theirs, "mini-welcome/door-open/prop-hours").status = "done";  // differs from mine

    MergeReport r = merge_audits(mine, theirs);
    CHECK(r.checklists_updated == 1);
    CHECK(mine.checklists[0].version == "1.1.0");
    bool dropped_note = false;
    for (const std::string& n : r.notes)
        dropped_note = dropped_note || n.find("\"greeting\" is not in checklist \"mini-welcome\" version 1.1.0") !=
                                           std::string::npos;
    CHECK(dropped_note);
    CHECK(r.actions_added == 1);
    CHECK(find_action_state(mine, "mini-welcome/quiet-room/find-out")->owner == "Facilities");
    CHECK(find_action_state(mine, "mini-welcome/door-open/prop-hours")->status == "doing");  // mine kept
    CHECK(r.conflicts.size() == 1);
}

TEST_CASE("merge: a new checklist is added; merging twice changes nothing more") {
    Audit mine = mini();
    Audit theirs = mini();
    Checklist extra = theirs.checklists[0];
    extra.id = "extra-list";
    theirs.checklists.push_back(extra);
    set_answer(theirs, "extra-list", "door-open", Answer::Met, "2024-05-05T00:00:00Z");
    theirs.profile.auditor_roles.push_back("Volunteer coordinator");
    MergeReport r = merge_audits(mine, theirs);
    CHECK(r.checklists_added == 1);
    CHECK(mine.checklists.size() == 2);
    CHECK(mine.profile.auditor_roles.size() == 3);
    Audit snapshot = mine;
    MergeReport again = merge_audits(mine, theirs);
    CHECK(again.responses_added == 0);
    CHECK(again.responses_replaced == 0);
    CHECK(mine == snapshot);
}
