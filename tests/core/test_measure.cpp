// Items that measure and score themselves (measure.h): the checklist fields,
// the suggestion, the audit file, merging, the plan and the exports.
#include <doctest/doctest.h>

#include "core/compare.h"
#include "core/export.h"
#include "core/measure.h"
#include "core/merge.h"
#include "core/plan.h"
#include "test_util.h"

using namespace wa;
using wa_test::fixture;

namespace {

Checklist measured_checklist() {
    auto l = load_checklist(fixture("checklist-measured.json"), "checklist-measured.json");
    for (const Problem& p : l.problems) INFO(p.where << ": " << p.message);
    REQUIRE(l.ok());
    return *l.value;
}

Audit measured_audit() {
    return new_audit(Profile{"Riverside", "Eastside", "2026-11-26", {"Branch manager"}, "", ""}, {measured_checklist()},
                     "2026-11-26T09:00:00Z");
}

const Item& item(const Audit& a, const char* id) { return *find_item(a.checklists[0], id); }
Response& resp(Audit& a, const char* id) { return response_for(a, "mini-measured", id); }

// The messages a checklist whose door-force item is edited by `edit` gets.
template <class Edit>
std::vector<std::string> problems_with(Edit edit) {
    std::string text = wa_test::edited("checklist-measured.json", [&](nlohmann::json& j) {
        edit(j["sections"][0]["items"][0]);
    });
    auto l = load_checklist(text, "c.json");
    std::vector<std::string> out;
    for (const Problem& p : l.problems) out.push_back(p.where + ": " + p.message);
    return out;
}

bool has(const std::vector<std::string>& v, const std::string& part) {
    for (const std::string& s : v)
        if (s.find(part) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("measure: a checklist with measures and tallies loads, and writes the same bytes back") {
    Checklist c = measured_checklist();
    const Item& door = *find_item(c, "door-force");
    REQUIRE(door.measure);
    CHECK(door.measure->met.max.value == 5);
    CHECK(door.measure->met.max.metric == doctest::Approx(22.2));
    CHECK(door.measure->partly.max.value == 8.5);
    CHECK_FALSE(door.tally);
    const Item& ack = *find_item(c, "acknowledge");
    REQUIRE(ack.tally);
    CHECK(ack.tally->min_count == 10);
    CHECK(ack.tally->partly_percent == 70);

    const std::string text = checklist_to_json_text(c);
    auto again = load_checklist(text, "again.json");
    REQUIRE(again.ok());
    CHECK(*again.value == c);
    CHECK(checklist_to_json_text(*again.value) == text);
    // Key order: measure after change, before actions; whole figures stay whole.
    CHECK(text.find("\"change\": \"space\",\n          \"measure\"") != std::string::npos);
    CHECK(text.find("\"max\": 5,") != std::string::npos);
}

TEST_CASE("measure: every problem is reported in plain words") {
    auto p = problems_with([](nlohmann::json& it) { it["measure"]["met"] = nlohmann::json::object(); });
    CHECK(has(p, "the met rule needs \"min\", \"max\" or both"));

    p = problems_with([](nlohmann::json& it) {
        it["measure"]["met"]["max_metric"] = 40;           // 5 lbf is not 40 N
        it["measure"]["partly"]["max"] = 4;                // stricter than met
        it["measure"]["partly"]["max_metric"] = 17.8;
    });
    CHECK(has(p, "/measure/met/max_metric: 40 N is not 5 lbf (that is about 22.24 N)"));
    CHECK(has(p, "the partly rule's max 4 is stricter than the met rule's 5"));

    p = problems_with([](nlohmann::json& it) { it["measure"]["met"].erase("max_metric"); });
    CHECK(has(p, "gives 5 lbf without its metric twin; add \"max_metric\" in N"));

    p = problems_with([](nlohmann::json& it) {
        it["measure"].erase("metric_per_unit");
        it["tally"] = {{"each", "x"}, {"what", "y"}, {"min_count", 0}, {"met_percent", 120}};
    });
    CHECK(has(p, "this measure has no \"metric_per_unit\"; it is required"));
    CHECK(has(p, "min_count must be a whole number from 1 to 1000"));
    CHECK(has(p, "met_percent must be a whole number from 1 to 100"));
    CHECK(has(p, "an item has a \"measure\" or a \"tally\", not both"));

    p = problems_with([](nlohmann::json& it) { it["measure"]["units"] = "lbf"; });
    CHECK(has(p, "unknown field \"units\"; did you mean \"unit\"?"));

    p = problems_with([](nlohmann::json& it) {
        it.erase("measure");
        it["tally"] = {{"each", "x"}, {"what", "y"}, {"min_count", 5}, {"met_percent", 80}, {"partly_percent", 80}};
    });
    CHECK(has(p, "partly_percent must be at least 1 and below met_percent (80)"));
}

TEST_CASE("measure: the rule suggests the answer, in either unit, and says why") {
    Audit a = measured_audit();
    const Item& door = item(a, "door-force");
    Response& r = resp(a, "door-force");
    CHECK(suggested_answer(door, &r) == Answer::Unanswered);
    CHECK(figure_text(door, &r).empty());

    set_measurement(r, 8, "lbf", "2026-11-26T09:05:00Z");
    CHECK(suggested_answer(door, &r) == Answer::Partly);
    set_measurement(r, 9, "lbf", "2026-11-26T09:05:00Z");
    CHECK(suggestion_text(door, &r) ==
          "door opening force 9 lbf (40.03 N); must be at most 5 lbf (22.2 N); partly met at most 8.5 lbf (37.8 N): "
          "suggests Not met");
    set_measurement(r, 5, "lbf", "2026-11-26T09:05:00Z");
    CHECK(suggested_answer(door, &r) == Answer::Met);
    // Typed in newtons, judged against the source's own metric figure.
    set_measurement(r, 22.2, "N", "2026-11-26T09:05:00Z");
    CHECK(suggested_answer(door, &r) == Answer::Met);
    CHECK(measurement_text(*door.measure, r.measurement) == "22.2 N (4.99 lbf)");

    // 915 mm is exactly the Standards' 36 in: met, not failed by a rounding.
    const Item& counter = item(a, "counter-height");
    Response& c = resp(a, "counter-height");
    set_measurement(c, 915, "mm", "2026-11-26T09:06:00Z");
    CHECK(suggested_answer(counter, &c) == Answer::Met);
    set_measurement(c, 38, "in", "2026-11-26T09:06:00Z");
    CHECK(suggested_answer(counter, &c) == Answer::NotMet);  // no partly rule: over is not met

    // Confirm or override: an override is kept and said.
    set_answer(a, "mini-measured", "counter-height", Answer::NotMet, "2026-11-26T09:07:00Z");
    CHECK_FALSE(is_override(counter, &c));
    set_answer(a, "mini-measured", "counter-height", Answer::Partly, "2026-11-26T09:07:00Z");
    CHECK(is_override(counter, &c));
    CHECK(suggestion_text(counter, &c).find("suggests Not met; answered Partly met (override)") != std::string::npos);
}

TEST_CASE("tally: counts, the share, the minimum, and taking one back") {
    Audit a = measured_audit();
    const Item& ack = item(a, "acknowledge");
    Response& r = resp(a, "acknowledge");
    for (int i = 0; i < 8; ++i) tally_step(r, true, +1, "2026-11-26T10:00:00Z");
    tally_step(r, false, +1, "2026-11-26T10:01:00Z");
    CHECK(suggested_answer(ack, &r) == Answer::Unanswered);  // 9 observed, 10 needed
    CHECK(suggestion_text(ack, &r) == "acknowledged within 10 seconds: 8 of 9 (89%); met at 90% or more of at least "
                                      "10 observed (partly met at 70%): 1 more observation needed before it suggests an answer");
    tally_step(r, true, +1, "2026-11-26T10:02:00Z");
    CHECK(tally_total(r.tally).count() == 10);
    CHECK(r.tally.size() == 1);  // one sitting that day
    CHECK(suggested_answer(ack, &r) == Answer::Met);  // 9 of 10 is exactly 90%
    tally_step(r, true, -1, "2026-11-26T10:03:00Z");
    tally_step(r, false, +1, "2026-11-26T10:03:00Z");
    CHECK(suggested_answer(ack, &r) == Answer::Partly);  // 8 of 10
    // The next day starts a new sitting; taking back never goes below zero.
    tally_step(r, false, +1, "2026-11-27T10:00:00Z");
    CHECK(r.tally.size() == 2);
    for (int i = 0; i < 5; ++i) tally_step(r, false, -1, "2026-11-27T10:00:00Z");
    CHECK(tally_total(r.tally).no == 0);
    CHECK(r.tally.size() == 1);
    tally_step(r, false, -1, "2026-11-27T10:00:00Z");
    CHECK(tally_total(r.tally).yes == 8);
}

TEST_CASE("measure: figures are saved, loaded and kept through a round trip") {
    Audit a = measured_audit();
    set_measurement(resp(a, "door-force"), 8.25, "lbf", "2026-11-26T09:05:00Z");
    for (int i = 0; i < 3; ++i) tally_step(resp(a, "acknowledge"), i != 1, +1, "2026-11-26T10:00:00Z");
    const std::string text = audit_to_json_text(a);
    CHECK(text.find("\"measurement\": {\n          \"value\": 8.25,\n          \"unit\": \"lbf\"") != std::string::npos);
    CHECK(text.find("\"tally\": [") != std::string::npos);
    auto l = load_audit(text, "a.json");
    REQUIRE(l.ok());
    CHECK(*l.value == a);
    CHECK(audit_to_json_text(*l.value) == text);

    // Bad figures in a file are reported where they are, and cost only that
    // item's count: the rest of the audit opens.
    std::string bad = text;
    bad.replace(bad.find("\"yes\": 2"), 8, "\"yes\": -2");
    auto b = load_audit(bad, "a.json");
    REQUIRE(b.ok());
    CHECK_FALSE(has_errors(b.problems));
    CHECK(b.problems[0].where == "a.json at /responses/mini-measured/acknowledge/tally/0/yes");
    CHECK(b.problems[0].message ==
          "\"yes\" must be a count from 0 to 100,000, but it is -2. That value was left out; the rest opened");
    CHECK(resp(*b.value, "acknowledge").tally.empty());
    CHECK(resp(*b.value, "acknowledge").measurement == resp(a, "acknowledge").measurement);
}

TEST_CASE("merge: two people's tallies add up; the same copy merged twice counts once") {
    Audit mine = measured_audit();
    Audit theirs = measured_audit();
    for (int i = 0; i < 6; ++i) tally_step(resp(mine, "acknowledge"), true, +1, "2026-11-26T10:00:00Z");
    for (int i = 0; i < 4; ++i) tally_step(resp(theirs, "acknowledge"), i < 2, +1, "2026-11-26T15:00:00Z");
    set_measurement(resp(mine, "door-force"), 8, "lbf", "2026-11-26T09:00:00Z");
    set_measurement(resp(theirs, "door-force"), 6, "lbf", "2026-11-26T11:00:00Z");

    MergeReport r1 = merge_audits(mine, theirs);
    TallyTotal t = tally_total(find_response(mine, "mini-measured", "acknowledge")->tally);
    CHECK(t.yes == 8);
    CHECK(t.no == 2);
    CHECK(find_response(mine, "mini-measured", "door-force")->measurement.value == 6);  // the later one
    REQUIRE(r1.conflicts.size() == 1);
    CHECK(r1.conflicts[0] == "Item mini-measured/door-force was measured 8 lbf here and 6 lbf in the other audit; "
                             "kept 6 lbf, the later measurement.");

    const Audit once = mine;
    merge_audits(mine, theirs);
    merge_audits(mine, once);
    CHECK(tally_total(find_response(mine, "mini-measured", "acknowledge")->tally).count() == 10);
}

TEST_CASE("plan and every export show the figure") {
    Audit a = measured_audit();
    set_measurement(resp(a, "door-force"), 9, "lbf", "2026-11-26T09:05:00Z");
    set_answer(a, "mini-measured", "door-force", Answer::NotMet, "2026-11-26T09:05:00Z");
    for (int i = 0; i < 10; ++i) tally_step(resp(a, "acknowledge"), i < 6, +1, "2026-11-26T10:00:00Z");
    set_answer(a, "mini-measured", "acknowledge", Answer::Partly, "2026-11-26T10:10:00Z");  // overrides Not met

    const std::string door = "door opening force 9 lbf (40.03 N); must be at most 5 lbf (22.2 N)";
    const std::string ack = "acknowledged within 10 seconds: 6 of 10 (60%)";
    std::vector<PlanAction> plan = build_plan(a);
    bool door_seen = false;
    for (const PlanAction& p : plan)
        if (p.item_id == "door-force") {
            door_seen = true;
            CHECK(p.figure.rfind(door, 0) == 0);
            CHECK(p.figure.find("suggests Not met") != std::string::npos);
        }
    CHECK(door_seen);

    PlanDoc doc = make_plan_doc(a, "2026-11-26T12:00:00Z");
    REQUIRE(doc.figures.size() == 2);
    const std::string json = plan_doc_to_json_text(doc);
    CHECK(json.find("\"figure\": \"" + door) != std::string::npos);
    auto back = load_plan(json, "p.json");
    REQUIRE(back.ok());
    CHECK(*back.value == doc);

    for (const std::string& out : {plan_to_csv(a), plan_to_markdown(a, "2026-11-26T12:00:00Z"),
                                   plan_to_html(a, "2026-11-26T12:00:00Z"), summary_text(a)}) {
        CHECK(out.find("9 lbf") != std::string::npos);
        CHECK(out.find("60%") != std::string::npos);
    }
    CHECK(summary_text(a).find(ack + "; met at 90% or more of at least 10 observed (partly met at 70%): suggests "
                                     "Not met (a small sample: the usual share is probably between 35% and 81%); "
                                     "answered Partly met (override)") != std::string::npos);

    // Compare between branches: the figures side by side.
    Audit other = measured_audit();
    other.profile.branch = "Westside";
    set_measurement(resp(other, "door-force"), 4, "lbf", "2026-11-26T09:05:00Z");
    Comparison cmp = compare_plans({{"east.json", doc}, {"west.json", make_plan_doc(other, "2026-11-26T12:00:00Z")}});
    REQUIRE(cmp.figures.size() == 2);
    CHECK(cmp.figures[0].key == "mini-measured/door-force");
    CHECK(cmp.figures[0].cells[1].find("4 lbf") != std::string::npos);
    CHECK(cmp.figures[1].cells[1].empty());
    CHECK(comparison_to_markdown(cmp).find("not measured") != std::string::npos);
    CHECK(comparison_to_csv(cmp).find("4 lbf (17.79 N)") != std::string::npos);
}

TEST_CASE("retired items take their figures to their new home") {
    Audit a = measured_audit();
    for (int i = 0; i < 3; ++i) tally_step(resp(a, "acknowledge"), true, +1, "2026-11-26T10:00:00Z");
    Checklist next = measured_checklist();
    next.version = "2.0.0";
    Item moved = *find_item(next, "acknowledge");
    moved.id = "acknowledge-10s";
    next.sections[1].items[0] = moved;
    next.retired.push_back({"acknowledge", "mini-measured/acknowledge-10s", "renamed"});
    REQUIRE(add_or_update_checklist(a, next));
    const Response* r = find_response(a, "mini-measured", "acknowledge-10s");
    REQUIRE(r);
    CHECK(tally_total(r->tally).yes == 3);
}

TEST_CASE("the measured audit fixture loads and saves to the same bytes") {
    const std::string text = fixture("audit-measured.json");
    auto l = load_audit(text, "audit-measured.json");
    for (const Problem& p : l.problems) INFO(p.where << ": " << p.message);
    REQUIRE(l.ok());
    CHECK(audit_to_json_text(*l.value) == text);
    const Audit& a = *l.value;
    const Response* ack = find_response(a, "mini-measured", "acknowledge");
    REQUIRE(ack);
    CHECK(is_override(item(a, "acknowledge"), ack));
    CHECK(suggested_answer(item(a, "counter-height"), find_response(a, "mini-measured", "counter-height")) ==
          Answer::Met);
}

// How sure a count is (issue 24): the chance of a result, and the range a count points to.
TEST_CASE("a tally's suggestion says how sure a small sample is") {
    // 9 of 10 is what a desk that greets 80% of people shows 38 times in 100;
    // 10 of 10 is what a desk right 95% of the time misses 40 times in 100.
    CHECK(binomial_at_least(10, 9, 0.8) == doctest::Approx(0.3758).epsilon(0.001));
    CHECK(1.0 - binomial_at_least(10, 10, 0.95) == doctest::Approx(0.4013).epsilon(0.001));
    CHECK(binomial_at_least(20, 0, 0.3) == 1.0);
    CHECK(binomial_at_least(20, 21, 0.9) == 0.0);
    CHECK(binomial_at_least(8, 8, 1.0) == doctest::Approx(1.0));
    CHECK(binomial_at_least(8, 1, 0.0) == doctest::Approx(0.0));
    CHECK(yes_needed(10, 90) == 9);
    CHECK(yes_needed(8, 87) == 7);
    CHECK(yes_needed(20, 85) == 17);
    const ShareRange r = likely_share(TallyTotal{9, 1});
    CHECK(r.low == 65);
    CHECK(r.high == 98);
    CHECK(sureness_text(TallyTotal{9, 1}) == "a small sample: the usual share is probably between 65% and 98%");
    CHECK(sureness_text(TallyTotal{97, 3}) == "the usual share is probably between 92% and 99%");
    CHECK(sureness_text(TallyTotal{}).empty());
}
