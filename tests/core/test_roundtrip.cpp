// Round trips on generated audits: save -> load -> save gives the same bytes
// and an equal Audit; the same for plan documents.
#include <doctest/doctest.h>

#include "core/document.h"
#include "core/export.h"
#include "generate.h"
#include "core/json_reader.h"
#include "test_util.h"

using namespace wa;
using wa_test::all_text;

TEST_CASE("generated audits round-trip exactly") {
    for (std::uint64_t seed = 1; seed <= 25; ++seed) {
        CAPTURE(seed);
        GenerateOptions o;
        o.seed = seed;
        o.checklists = 1 + static_cast<int>(seed % 3);
        o.sections_per_checklist = 1 + static_cast<int>(seed % 4);
        o.items_per_section = 2 + static_cast<int>(seed % 6);
        o.with_images = seed % 2 == 0;
        Audit a = generate_audit(o);
        std::string text = audit_to_json_text(a);
        auto back = load_audit(text, "generated.json");
        REQUIRE_MESSAGE(back.ok(), all_text(back.problems));
        CHECK_MESSAGE(back.problems.empty(), all_text(back.problems));
        CHECK(*back.value == a);
        CHECK(audit_to_json_text(*back.value) == text);

        std::string plan = plan_to_json(a, "2024-12-31T23:59:59Z");
        auto p = load_plan(plan, "plan.json");
        REQUIRE_MESSAGE(p.ok(), all_text(p.problems));
        CHECK(*p.value == make_plan_doc(a, "2024-12-31T23:59:59Z"));
        CHECK(plan_doc_to_json_text(*p.value) == plan);
    }
}

TEST_CASE("generated audits exercise every answer and tricky text") {
    GenerateOptions o;
    o.seed = 3;
    o.items_per_section = 20;
    Audit a = generate_audit(o);
    int seen[6] = {0, 0, 0, 0, 0, 0};
    for (const auto& [k, r] : a.responses) seen[static_cast<int>(r.answer)]++;
    for (int i = 0; i < 6; ++i) CHECK(seen[i] > 0);
    std::string text = audit_to_json_text(a);
    CHECK(text.find("<script>") != std::string::npos);  // it is JSON; escaping is the exports' job
    CHECK(generate_audit(o) == a);  // same seed, same audit
}

TEST_CASE("load_any tells the kinds apart") {
    GenerateOptions o;
    Audit a = generate_audit(o);
    AnyDocument da = load_any(audit_to_json_text(a), "a.json");
    CHECK(da.kind == DocKind::Audit);
    REQUIRE(da.audit);
    CHECK(describe(da).find("audit of ") == 0);
    AnyDocument dc = load_any(checklist_to_json_text(a.checklists[0]), "c.json");
    CHECK(dc.kind == DocKind::Checklist);
    REQUIRE(dc.checklist);
    CHECK(describe(dc) == "checklist generated-0 " + a.checklists[0].version + ", " +
                              std::to_string(item_count(a.checklists[0])) + " items");
    AnyDocument dp = load_any(plan_to_json(a, "2024-01-01T00:00:00Z"), "p.json");
    CHECK(dp.kind == DocKind::Plan);
    REQUIRE(dp.plan);
    CHECK(describe(dp).find("plan for ") == 0);
    AnyDocument d0 = load_any(wa_test::fixture("audit-v0.json"), "old.json");
    CHECK(d0.kind == DocKind::Audit);
    CHECK(d0.ok());
}

TEST_CASE("the fast writer gives exactly nlohmann's dump(2) output") {
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        CAPTURE(seed);
        GenerateOptions o;
        o.seed = seed;
        o.with_images = true;
        Audit a = generate_audit(o);
        using nlohmann::ordered_json;
        std::string text = audit_to_json_text(a);
        CHECK(ordered_json::parse(text).dump(2) + "\n" == text);
        std::string plan = plan_to_json(a, "2024-12-31T23:59:59Z");
        CHECK(ordered_json::parse(plan).dump(2) + "\n" == plan);
        std::string cl = checklist_to_json_text(a.checklists[0]);
        CHECK(ordered_json::parse(cl).dump(2) + "\n" == cl);
    }
}

TEST_CASE("the fast reader agrees with nlohmann on escapes and numbers") {
    std::string text = R"({"format": "welcome-audit/checklist", "s": "a\"b\\c\/d\b\f\n\r\t\u00e9\u2603\ud83d\ude00\u0001", "n": [0, -12, 3.5, 1e3, -0.25, 123456789012345678901]})";
    auto mine = read_json(text, "x.json");
    REQUIRE(mine.ok());
    nlohmann::json theirs = nlohmann::json::parse(text);
    const JsonNode& root = mine.value->root();
    CHECK(root.find("s")->text() == theirs["s"].get<std::string>());
    const JsonNode& n = *root.find("n");
    REQUIRE(n.size() == 6);
    CHECK(n[0].as_double() == 0);
    CHECK(n[1].as_double() == -12);
    CHECK(n[2].as_double() == 3.5);
    CHECK(n[3].as_double() == 1000.0);
    CHECK(n[3].is_number_float());
    CHECK(n[4].as_double() == -0.25);
    CHECK(n[5].is_number_float());  // too big for an integer: read as a number
    CHECK(n[5].as_double() == 123456789012345678901.0);
    CHECK(root.find("missing") == nullptr);
    CHECK(root[0].key() == "format");  // members keep file order
}
