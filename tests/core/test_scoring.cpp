#include <doctest/doctest.h>

#include "core/scoring.h"
#include "test_util.h"

using namespace wa;
using wa_test::fixture;

// The mini audit: door-open (w3, essential) not met, sign-visible (w2) met,
// greeting (w1) partly, quiet-room (w2, essential) not sure,
// visual-schedule (w1) not applicable.
TEST_CASE("weighted scores per section, checklist and overall") {
    auto l = load_audit(fixture("audit-mini.json"), "a.json");
    REQUIRE(l.ok());
    Scores s = score(*l.value);
    REQUIRE(s.checklists.size() == 1);
    const ChecklistScore& c = s.checklists[0];
    CHECK(c.id == "mini-welcome");
    CHECK(c.version == "1.0.0");
    REQUIRE(c.sections.size() == 2);

    const Tally& entrance = c.sections[0].tally;
    CHECK(entrance.earned == 2.5);    // 0 x 3 + 1 x 2 + 0.5 x 1
    CHECK(entrance.possible == 6.0);  // 3 + 2 + 1
    CHECK(entrance.percent() == doctest::Approx(41.6667).epsilon(0.001));
    CHECK(entrance.met == 1);
    CHECK(entrance.partly == 1);
    CHECK(entrance.not_met == 1);
    CHECK(entrance.total == 3);

    const Tally& programs = c.sections[1].tally;
    CHECK(programs.possible == 0);  // not sure and not applicable don't count
    CHECK(programs.percent() == -1);
    CHECK(programs.not_sure == 1);
    CHECK(programs.not_applicable == 1);
    CHECK(percent_text(programs) == "no score yet");

    CHECK(c.tally.earned == 2.5);
    CHECK(c.tally.possible == 6.0);
    CHECK(c.tally.total == 5);
    CHECK(c.tally.answered() == 5);
    CHECK(s.overall == c.tally);
    CHECK(percent_text(s.overall) == "42%");

    // Essential and not met (door-open); quiet-room is not sure, so not a gap yet.
    CHECK(c.essential_gaps == std::vector<std::string>{"mini-welcome/door-open"});
}

TEST_CASE("unanswered items are counted apart and never lower the score") {
    auto l = load_audit(fixture("audit-mini.json"), "a.json");
    REQUIRE(l.ok());
    Audit a = *l.value;
    double before = score(a).overall.percent();
    a.responses.erase("mini-welcome/greeting");
    Scores s = score(a);
    CHECK(s.overall.unanswered == 1);
    CHECK(s.overall.possible == 5.0);
    CHECK(s.overall.earned == 2.0);
    CHECK(s.overall.percent() == doctest::Approx(40.0));
    CHECK(before != s.overall.percent());
    // A response with only a note is still unanswered.
    response_for(a, "mini-welcome", "greeting").note = "later";
    CHECK(score(a).overall.unanswered == 1);
}

TEST_CASE("partly essential counts as a gap; all met is 100%") {
    auto l = load_audit(fixture("audit-mini.json"), "a.json");
    REQUIRE(l.ok());
    Audit a = *l.value;
    set_answer(a, "mini-welcome", "door-open", Answer::Partly, "2024-06-01T00:00:00Z");
    CHECK(score(a).checklists[0].essential_gaps.size() == 1);
    for (const Section& sec : a.checklists[0].sections)
        for (const Item& it : sec.items) set_answer(a, "mini-welcome", it.id, Answer::Met, "2024-06-01T00:00:00Z");
    Scores s = score(a);
    CHECK(s.overall.percent() == 100.0);
    CHECK(percent_text(s.overall) == "100%");
    CHECK(s.checklists[0].essential_gaps.empty());
}

TEST_CASE("percent text never rounds to a perfect or zero score that wasn't reached") {
    Tally t;
    t.possible = 300;
    t.earned = 299;
    CHECK(percent_text(t) == "99%");
    t.earned = 1;
    CHECK(percent_text(t) == "1%");
}

TEST_CASE("an empty audit has no score") {
    Audit a;
    Scores s = score(a);
    CHECK(s.checklists.empty());
    CHECK(s.overall.percent() == -1);
}
