// Which ADA title a library answers to (law.h): the Library screen's answer is
// kept in the profile, old files load without it, and the reports say which law
// was assumed and what differs for a private or nonprofit library.
#include <doctest/doctest.h>

#include "core/audit.h"
#include "core/export.h"
#include "core/law.h"
#include "core/plan.h"
#include "test_util.h"

using namespace wa;

namespace {
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The shipped access-rights checklist, with every item answered Not met.
Audit rights_audit(const std::string& kind) {
    Profile p{"Riverside Public Library", "Eastside", "2026-12-01", {"Branch manager"}, kind, ""};
    Audit a = new_audit(p, {wa_test::shipped_checklist("access-rights.json")}, "2026-12-01T09:00:00Z");
    for (const Section& s : a.checklists.front().sections)
        for (const Item& it : s.items) set_answer(a, "access-rights", it.id, Answer::NotMet, "2026-12-01T10:00:00Z");
    return a;
}
}  // namespace

TEST_CASE("library kind: a missing field is 'not said', a kind round-trips, a wrong one is refused in words") {
    auto old = load_audit(wa_test::fixture("audit-mini.json"), "mini.json");
    REQUIRE(old.ok());
    CHECK(old.value->profile.library_kind.empty());
    // Not said is not written, so the file still opens in copies of the app from before the field.
    CHECK_FALSE(has(audit_to_json_text(*old.value), "library_kind"));

    for (const char* kind : {"public", "private", "not-sure"}) {
        CAPTURE(kind);
        Audit a = *old.value;
        a.profile.library_kind = kind;
        const std::string text = audit_to_json_text(a);
        CHECK(has(text, std::string("\"library_kind\": \"") + kind + "\""));
        auto back = load_audit(text, "a.json");
        REQUIRE(back.ok());
        CHECK(*back.value == a);
        // The next year's audit keeps it.
        CHECK(follow_up_audit(a, "2027-12-01", "2027-12-01T09:00:00Z").profile.library_kind == kind);
    }
    Audit a = *old.value;
    a.profile.library_kind = "county";
    // A wrong kind costs that value (said), never the audit (issue 20).
    auto bad = load_audit(audit_to_json_text(a), "bad.json");
    REQUIRE(bad.ok());
    CHECK(bad.value->profile.library_kind.empty());
    CHECK(has(wa_test::all_text(bad.problems), "library_kind must be \"public\", \"private\" or \"not-sure\""));

    LibraryKind k = LibraryKind::Public;
    CHECK(parse_library_kind("", k));
    CHECK(k == LibraryKind::NotSaid);
    CHECK_FALSE(parse_library_kind("Public", k));
    CHECK(library_kind_of("private") == LibraryKind::Private);
    CHECK(library_kind_of("nonsense") == LibraryKind::NotSaid);
}

TEST_CASE("items say what differs for a Title III library, and the reports say which law was assumed") {
    const Checklist rights = wa_test::shipped_checklist("access-rights.json");
    const Item* coordinator = find_item(rights, "ar-coordinator");
    const Item* horse = find_item(rights, "ar-miniature-horse");
    REQUIRE(coordinator != nullptr);
    REQUIRE(horse != nullptr);
    CHECK_FALSE(coordinator->title_iii_applies);
    CHECK(horse->title_iii_applies);

    CHECK(item_law_text(*coordinator, LibraryKind::Public).empty());
    CHECK(item_law_text(*coordinator, LibraryKind::Private).rfind("Private or nonprofit library (ADA Title III): ", 0) == 0);
    CHECK(item_law_text(*coordinator, LibraryKind::NotSure).rfind("If the library is private or nonprofit", 0) == 0);
    CHECK(item_law_text(*coordinator, LibraryKind::NotSaid).rfind("If the library is private or nonprofit", 0) == 0);
    CHECK(not_required_here(*coordinator, LibraryKind::Private));
    CHECK_FALSE(not_required_here(*coordinator, LibraryKind::Public));
    CHECK_FALSE(not_required_here(*horse, LibraryKind::Private));

    const Audit pub = rights_audit("public"), priv = rights_audit("private"), unsure = rights_audit("");
    const std::string at = "2026-12-04T18:18:55Z";
    CHECK(has(plan_to_html(pub, at), "<dt>Law assumed</dt><dd>ADA Title II, for a public library run by a city, county, "
                                     "district or state.</dd>"));
    for (const std::string& out : {plan_to_html(pub, at), plan_to_markdown(pub, at), summary_text(pub)}) {
        CHECK(has(out, "ADA Title II, for a public library run by a city, county, district or state."));
        CHECK_FALSE(has(out, "Private or nonprofit library (ADA Title III)"));
    }
    for (const std::string& out : {plan_to_html(priv, at), plan_to_markdown(priv, at)}) {
        CHECK(has(out, "ADA Title III, for a private or nonprofit library"));
        CHECK(has(out, "Title III has no duty to name an ADA coordinator"));
    }
    CHECK(has(plan_to_html(priv, at), "Private or nonprofit library (ADA Title III): Title III has no duty"));
    CHECK(has(summary_text(priv), "Law assumed: ADA Title III"));
    CHECK(has(plan_to_html(unsure, at), "<dd>ADA Title II (the kind of library was not given)"));
    CHECK(has(plan_to_html(unsure, at), "If the library is private or nonprofit (ADA Title III): "));

    // The report's own words: when it was made, what priority means, no bare item ids.
    const std::string html = plan_to_html(pub, at);
    CHECK(has(html, "<dt>Report made</dt><dd>4 December 2026, 18:18 UTC</dd>"));
    CHECK_FALSE(has(html, "Plan generated"));
    CHECK(has(html, "Priority: a number from 1 to 72 that orders the plan."));
    CHECK_FALSE(has(html, "(item ar-"));
    CHECK(has(plan_to_markdown(pub, at), "- Report made: 4 December 2026, 18:18 UTC"));
}

TEST_CASE("a checklist item's title_iii is read, checked and written back") {
    Checklist c = wa_test::shipped_checklist("access-rights.json");
    const std::string text = checklist_text_in_audit(c);
    CHECK(has(text, "\"title_iii\": {"));
    CHECK(has(text, "\"applies\": false"));
    // A title_iii without its note, or with an unknown field, is refused with the place.
    std::string broken = text;
    const std::string from = "\"applies\": false,";
    broken.replace(broken.find(from), from.size(), "\"applies\": false, \"reason\": \"x\",");
    auto l = load_checklist(broken, "rights.json");
    CHECK_FALSE(l.ok());
    CHECK(has(wa_test::all_text(l.problems), "reason"));
}
