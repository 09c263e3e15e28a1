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
