#include <doctest/doctest.h>

#include "core/migrate.h"
#include "core/audit.h"
#include "core/json_reader.h"
#include "test_util.h"

using namespace wa;
using wa_test::all_text;
using wa_test::fixture;

TEST_CASE("a format-0 audit is migrated to the current format") {
    auto l = load_audit(fixture("audit-v0.json"), "old.json");
    REQUIRE_MESSAGE(l.ok(), all_text(l.problems));
    const Audit& a = *l.value;
    CHECK(a.format_version == kAuditFormatVersion);
    CHECK(a.profile.library == "Riverside Public Library");
    CHECK(a.profile.branch == "Eastside");
    CHECK(a.profile.date == "2023-04-12");
    CHECK(a.profile.auditor_roles == std::vector<std::string>{"Branch manager"});
    CHECK(a.created_at == "2023-04-12T15:00:00Z");
    CHECK(a.updated_at == "2023-04-12T15:00:00Z");
    CHECK(a.responses.size() == 4);
    CHECK(find_response(a, "mini-welcome", "door-open")->answer == Answer::NotMet);
    CHECK(find_response(a, "mini-welcome", "door-open")->note == "Heavy door");
    CHECK(find_response(a, "mini-welcome", "door-open")->answered_at == "2023-04-12T14:00:00Z");
    CHECK(find_response(a, "mini-welcome", "sign-visible")->answer == Answer::Met);
    CHECK(find_response(a, "mini-welcome", "sign-visible")->answered_at.empty());
    CHECK(find_response(a, "mini-welcome", "greeting")->answer == Answer::Partly);
    CHECK(find_response(a, "mini-welcome", "visual-schedule")->answer == Answer::NotApplicable);
    CHECK(a.actions.empty());

    // Saved again, it is a normal current-format file.
    std::string text = audit_to_json_text(a);
    CHECK(text.find("\"format_version\": 1") != std::string::npos);
    auto again = load_audit(text, "new.json");
    REQUIRE(again.ok());
    CHECK(*again.value == a);
}

TEST_CASE("audit_from_any_version reports the original version") {
    std::string text = fixture("audit-v0.json");
    auto doc = read_json(text, "old.json");
    REQUIRE(doc.ok());
    Diagnostics d("old.json");
    Audit a;
    int from = -5;
    CHECK(audit_from_any_version(doc.value->root(), d, a, PhotoRefs::Refused, &from));
    CHECK(from == 0);
    CHECK(a.format_version == kAuditFormatVersion);
    CHECK_FALSE(d.has_errors());
}

TEST_CASE("a newer format is refused with a message saying what to do") {
    auto l = load_audit(fixture("audit-newer.json"), "new.json");
    REQUIRE_FALSE(l.ok());
    REQUIRE(l.problems.size() == 1);  // one clear message, not a list of unknown fields
    CHECK(l.problems[0].where == "new.json at /format_version");
    CHECK(l.problems[0].message ==
          "This file was made by a newer version of Welcome Audit (format 3). This copy understands format 1 at "
          "most; ask whoever sent it for an export from the same version, or update this page.");
}

TEST_CASE("missing or negative format versions") {
    auto none = load_audit("{\"format\": \"welcome-audit/audit\"}", "x.json");
    REQUIRE_FALSE(none.ok());
    CHECK(none.problems[0].message.find("has no \"format_version\"") != std::string::npos);
    auto neg = load_audit("{\"format\": \"welcome-audit/audit\", \"format_version\": -1}", "x.json");
    REQUIRE_FALSE(neg.ok());
    CHECK(neg.problems[0].message.find("must be 0 or more") != std::string::npos);
}
