#include <doctest/doctest.h>

#include "core/checklist.h"
#include "test_util.h"

using namespace wa;
using wa_test::all_text;
using wa_test::fixture;

TEST_CASE("the mini checklist loads with every field") {
    auto l = load_checklist(fixture("checklist-mini.json"), "checklist-mini.json");
    REQUIRE_MESSAGE(l.ok(), all_text(l.problems));
    CHECK(l.problems.empty());
    const Checklist& c = *l.value;
    CHECK(c.id == "mini-welcome");
    CHECK(c.version == "1.0.0");
    CHECK(c.language == "en");
    REQUIRE(c.sections.size() == 2);
    CHECK(c.sections[0].summary == "Getting in.");
    CHECK(c.sections[1].summary.empty());
    CHECK(item_count(c) == 5);
    const Item* door = find_item(c, "door-open");
    REQUIRE(door != nullptr);
    CHECK(door->weight == 3);
    CHECK(door->essential);
    CHECK(door->helps == std::vector<std::string>{"wheelchair", "families"});
    CHECK(door->change == "space");
    REQUIRE(door->actions.size() == 2);
    CHECK(door->actions[1].cost == Cost::Over1000);
    CHECK(door->actions[1].effort == Effort::Weeks);
    CHECK(door->actions[1].owner == "Facilities");
    REQUIRE(door->references.size() == 1);
    CHECK(door->references[0].url.find("https://") == 0);
    CHECK(find_section_of_item(c, "quiet-room")->id == "programs");
    CHECK(find_item(c, "nope") == nullptr);
}

TEST_CASE("a checklist round-trips through JSON") {
    auto l = load_checklist(fixture("checklist-mini.json"), "c.json");
    REQUIRE(l.ok());
    std::string text = checklist_to_json_text(*l.value);
    auto again = load_checklist(text, "again.json");
    REQUIRE(again.ok());
    CHECK(*again.value == *l.value);
    CHECK(checklist_to_json_text(*again.value) == text);
}

TEST_CASE("ids and versions") {
    CHECK(is_valid_id("sensory-storytime"));
    CHECK(is_valid_id("a1"));
    CHECK_FALSE(is_valid_id("a"));
    CHECK_FALSE(is_valid_id("Has-Caps"));
    CHECK_FALSE(is_valid_id("under_score"));
    CHECK_FALSE(is_valid_id(std::string(65, 'a')));
    CHECK(is_valid_version("1.0.0"));
    CHECK(is_valid_version("10.20.300"));
    CHECK_FALSE(is_valid_version("1.0"));
    CHECK_FALSE(is_valid_version("01.0.0"));
    CHECK_FALSE(is_valid_version("1.0.0-beta"));
    CHECK(compare_versions("1.10.0", "1.9.9") > 0);
    CHECK(compare_versions("2.0.0", "2.0.0") == 0);
    CHECK(compare_versions("0.9.0", "1.0.0") < 0);
}

TEST_CASE("vocabularies have ids and labels") {
    Cost c;
    CHECK(parse_cost("100-1000", c));
    CHECK(c == Cost::From100To1000);
    CHECK(std::string(cost_label(c)) == "$100 to $1,000");
    CHECK_FALSE(parse_cost("cheap", c));
    Effort e;
    CHECK(parse_effort("days", e));
    CHECK(std::string(effort_label(e)) == "Days");
    CHECK(helps_ids().size() == 6);
    CHECK(std::string(helps_label("deaf-hoh")) == "Deaf and hard of hearing people");
    CHECK(std::string(helps_label("cats")).empty());
    CHECK(change_ids().size() == 5);
    CHECK(std::string(change_label("staff-behavior")) == "Staff behaviour");
}

TEST_CASE("every problem in a checklist is reported, not only the first") {
    std::string text = wa_test::edited("checklist-mini.json", [](nlohmann::json& j) {
        j["sections"][0]["items"][0]["weight"] = 7;
        j["sections"][1]["items"][1]["change"] = "vibes";
        j["language"] = "english please";
    });
    auto l = load_checklist(text, "c.json");
    CHECK_FALSE(l.ok());
    CHECK(l.problems.size() == 3);
}

// Checklists v2 retired items whose question has one home elsewhere now
// ("retired" in the checklist). An audit made with the v1 checklists keeps
// every answer when it takes v2: each moves to its new home.
TEST_CASE("an audit made with the v1 checklists keeps its answers when it takes v2") {
    auto l = load_audit(wa_test::fixture("audit-checklists-v1.json"), "v1.json");
    REQUIRE(l.ok());
    Audit a = *l.value;
    std::vector<std::string> notes;
    for (const char* name : {"welcome-behaviors.json", "service-recovery.json"}) {
        auto c = load_checklist(wa_test::read_text(std::string(WA_CHECKLISTS_DIR) + "/" + name), name);
        REQUIRE(c.ok());
        REQUIRE(add_or_update_checklist(a, *c.value, &notes));
    }
    INFO(notes.size());
    const auto answer = [&](const char* c, const char* i) {
        const Response* r = find_response(a, c, i);
        return r ? r->answer : Answer::Unanswered;
    };
    // wb-heat -> sr-hear-out (unanswered there): the answer and the note move.
    CHECK(answer("service-recovery", "sr-hear-out") == Answer::NotMet);
    CHECK(find_response(a, "service-recovery", "sr-hear-out")->note == "Staff argued back at the desk twice.");
    CHECK(find_response(a, "welcome-behaviors", "wb-heat") == nullptr);
    // wb-offer-alternative -> sr-alternative, answered in both: the answer there is kept.
    CHECK(answer("service-recovery", "sr-alternative") == Answer::NotMet);
    CHECK(find_response(a, "welcome-behaviors", "wb-offer-alternative") == nullptr);
    // sr-follow-up -> wb-follow-through, answered in both: kept there, the note joins it.
    CHECK(answer("welcome-behaviors", "wb-follow-through") == Answer::Partly);
    CHECK(find_response(a, "welcome-behaviors", "wb-follow-through")->note == "Callbacks logged.");
    // Nothing is left answered on a retired item, so nothing goes uncounted.
    Diagnostics diag("v2");
    check_audit_consistency(a, diag);
    CHECK(diag.take().empty());
    // The moves are said.
    bool said = false;
    for (const std::string& n : notes) said = said || n.find("moved to \"service-recovery/sr-hear-out\"") != std::string::npos;
    CHECK(said);
    // A v2 audit saved and reopened keeps the retired lists.
    auto again = load_audit(audit_to_json_text(a), "again.json");
    REQUIRE(again.ok());
    CHECK(*again.value == a);
}

// Measured and counted items (physical-access 2.1.0, welcome-behaviors 2.1.0) add
// figures to items that audits made with 2.0.0 already answered: every answer stays.
TEST_CASE("an audit made with the 2.0.0 checklists keeps every answer when it takes measured items") {
    auto l = load_audit(wa_test::fixture("audit-checklists-v2.json"), "v2.json");
    REQUIRE(l.ok());
    const Audit before = *l.value;
    Audit a = before;
    for (const char* name : {"physical-access.json", "welcome-behaviors.json"}) {
        auto c = load_checklist(wa_test::read_text(std::string(WA_CHECKLISTS_DIR) + "/" + name), name);
        REQUIRE(c.ok());
        CHECK(compare_versions(c.value->version, find_checklist(a, c.value->id)->version) > 0);
        std::vector<std::string> notes;
        REQUIRE(add_or_update_checklist(a, *c.value, &notes));
        CHECK(notes.empty());
    }
    REQUIRE(a.responses.size() == before.responses.size());
    for (const auto& [key, r] : before.responses) {
        CAPTURE(key);
        REQUIRE(a.responses.count(key) == 1);
        CHECK(a.responses.at(key) == r);
    }
    Diagnostics diag("updated");
    check_audit_consistency(a, diag);
    CHECK(diag.take().empty());
    // Figures are suggested from now on; the answers given before stay the auditors'.
    int measured = 0;
    for (const Checklist& c : a.checklists)
        for (const Section& s : c.sections)
            for (const Item& it : s.items) measured += (it.measure || it.tally) ? 1 : 0;
    CHECK(measured >= 25);
    auto again = load_audit(audit_to_json_text(a), "again.json");
    REQUIRE(again.ok());
    CHECK(*again.value == a);
}

// Checklists v3 (issue 24): new tally rules, measure bands, Title III notes and a new
// item in five checklists. An audit made with the versions before them (physical-access
// and welcome-behaviors 2.1.0, access-rights 1.0.0, digital-program-access and
// service-recovery 2.0.0) keeps every answer, note, figure, count and action state.
TEST_CASE("an audit made with the checklists before v3 keeps every answer when it takes them") {
    auto l = load_audit(wa_test::fixture("audit-checklists-v2-1.json"), "v2-1.json");
    REQUIRE(l.ok());
    const Audit before = *l.value;
    Audit a = before;
    int updated = 0;
    for (const char* name : {"physical-access.json", "welcome-behaviors.json", "access-rights.json",
                             "digital-program-access.json", "service-recovery.json"}) {
        CAPTURE(name);
        auto c = load_checklist(wa_test::read_text(std::string(WA_CHECKLISTS_DIR) + "/" + name), name);
        REQUIRE(c.ok());
        REQUIRE(find_checklist(a, c.value->id) != nullptr);
        CHECK(compare_versions(c.value->version, find_checklist(a, c.value->id)->version) > 0);
        std::vector<std::string> notes;
        REQUIRE(add_or_update_checklist(a, *c.value, &notes));
        CHECK(notes.empty());
        ++updated;
    }
    CHECK(updated == 5);
    REQUIRE(a.responses.size() == before.responses.size());
    CHECK(a.responses.size() >= 130);
    for (const auto& [key, r] : before.responses) {
        CAPTURE(key);
        REQUIRE(a.responses.count(key) == 1);
        CHECK(a.responses.at(key) == r);
    }
    CHECK(a.actions == before.actions);
    Diagnostics diag("updated");
    check_audit_consistency(a, diag);
    CHECK(diag.take().empty());
    // The answers stay the auditors'; the new rules only change what is suggested.
    const Checklist* wb = find_checklist(a, "welcome-behaviors");
    REQUIRE(wb != nullptr);
    CHECK(wb->version == "2.2.0");
    auto again = load_audit(audit_to_json_text(a), "again.json");
    REQUIRE(again.ok());
    CHECK(*again.value == a);
}

TEST_CASE("retired items: a wrong moved_to or a reused id is refused with a plain message") {
    auto c = load_checklist(wa_test::read_text(std::string(WA_CHECKLISTS_DIR) + "/welcome-behaviors.json"), "wb.json");
    REQUIRE(c.ok());
    REQUIRE_FALSE(c.value->retired.empty());
    std::string text = checklist_to_json_text(*c.value);
    const std::string target = c.value->retired[0].moved_to;
    std::string bad = text;
    bad.replace(bad.find("\"moved_to\": \"" + target), 13 + target.size(), "\"moved_to\": \"no slash here");
    auto l = load_checklist(bad, "bad.json");
    REQUIRE_FALSE(l.ok());
    CHECK(l.problems[0].message.find("moved_to must name the question's new home as checklist-id/item-id") !=
          std::string::npos);
    Checklist reused = *c.value;
    reused.retired[0].id = reused.sections[0].items[0].id;
    auto r = load_checklist(checklist_to_json_text(reused), "reused.json");
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems[0].message.find("is listed as retired but is still in the checklist") != std::string::npos);
}
