// Photos kept by the browser (web/storage.js): the audit holds references,
// which only the app's store may hand the loaders; files never carry them.
#include <doctest/doctest.h>

#include "core/audit.h"
#include "core/document.h"
#include "test_util.h"

using namespace wa;

namespace {
const char* kRef = "wa-photo:0123456789abcdef:163840";
}

TEST_CASE("photo references: shape") {
    CHECK(is_photo_ref(kRef));
    CHECK(is_photo_ref("wa-photo:0123456789abcdef:1"));
    CHECK_FALSE(is_photo_ref("wa-photo:0123456789ABCDEF:1"));   // lowercase hex only
    CHECK_FALSE(is_photo_ref("wa-photo:0123456789abcde:1"));    // 15 digits
    CHECK_FALSE(is_photo_ref("wa-photo:0123456789abcdef:"));    // no length
    CHECK_FALSE(is_photo_ref("wa-photo:0123456789abcdef:12a"));
    CHECK_FALSE(is_photo_ref("wa-photo:0123456789abcdef:1234567890123"));  // absurd length
    CHECK_FALSE(is_photo_ref("data:image/png;base64,AAAA"));
    CHECK_FALSE(is_photo_ref(""));
}

TEST_CASE("photo references: added by the app, sized from the reference") {
    Audit a = wa_test::mini_audit();
    const std::string c = a.checklists.at(0).id;
    const std::string i = a.checklists.at(0).sections.at(0).items.at(0).id;
    REQUIRE(add_photo_evidence(a, c, i, kRef, "2026-11-26T10:00:00Z") == EvidenceResult::Added);
    const Evidence& e = find_response(a, c, i)->evidence.back();
    CHECK(e.kind == "image");
    CHECK(photo_bytes(e) == 163840u * 3 / 4);
    // A reference may not claim a picture over the limit either.
    CHECK(add_photo_evidence(a, c, i, "wa-photo:0123456789abcdef:999999", "2026-11-26T10:00:00Z") ==
          EvidenceResult::TooBig);
}

TEST_CASE("photo references: the store's text loads, a file with them loads without those photos, said plainly") {
    Audit a = wa_test::mini_audit();
    const std::string c = a.checklists.at(0).id;
    const std::string i = a.checklists.at(0).sections.at(0).items.at(0).id;
    REQUIRE(add_photo_evidence(a, c, i, kRef, "2026-11-26T10:00:00Z") == EvidenceResult::Added);
    const std::string text = audit_to_json_text(a);

    Loaded<Audit> from_store = load_audit(text, "stored", PhotoRefs::Allowed);
    REQUIRE(from_store.ok());
    CHECK(*from_store.value == a);
    CHECK(load_any(text, "stored", PhotoRefs::Allowed).ok());

    // From a file, the photo is not there: that piece of evidence is left
    // out, said plainly, and the rest of the audit opens.
    Loaded<Audit> from_file = load_audit(text, "branch.json");
    REQUIRE(from_file.ok());
    REQUIRE(from_file.problems.size() == 1);
    CHECK(from_file.problems[0].severity == Severity::Warning);
    CHECK(from_file.problems[0].message.find("left in the browser") != std::string::npos);
    CHECK(from_file.value->responses.at(item_key(c, i)).evidence.size() + 1 == a.responses.at(item_key(c, i)).evidence.size());
    CHECK(load_any(text, "branch.json").ok());
}

TEST_CASE("next year's audit: same library and checklists, nothing answered") {
    Audit a = wa_test::mini_audit();
    REQUIRE_FALSE(a.responses.empty());
    Audit next = follow_up_audit(a, "2027-11-26", "2027-11-26T09:00:00Z");
    CHECK(next.profile.library == a.profile.library);
    CHECK(next.profile.branch == a.profile.branch);
    CHECK(next.profile.auditor_roles == a.profile.auditor_roles);
    CHECK(next.profile.date == "2027-11-26");
    CHECK(next.checklists.size() == a.checklists.size());
    CHECK(next.responses.empty());
    CHECK(next.actions.empty());
    CHECK(next.created_at == "2027-11-26T09:00:00Z");
    CHECK_FALSE(wa_test::mini_audit().responses.empty());  // the old one is untouched
}
