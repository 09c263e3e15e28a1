#include <doctest/doctest.h>

#include "core/audit.h"
#include "core/edit.h"
#include "core/dates.h"
#include "test_util.h"

using namespace wa;
using wa_test::all_text;
using wa_test::fixture;

TEST_CASE("the mini audit loads with every field") {
    auto l = load_audit(fixture("audit-mini.json"), "audit-mini.json");
    REQUIRE_MESSAGE(l.ok(), all_text(l.problems));
    CHECK(l.problems.empty());
    const Audit& a = *l.value;
    CHECK(a.format_version == 1);
    CHECK(a.created_at == "2024-05-01T09:00:00Z");
    CHECK(a.profile.library == "Riverside Public Library");
    CHECK(a.profile.branch == "Eastside");
    CHECK(a.profile.date == "2024-05-01");
    CHECK(a.profile.auditor_roles.size() == 2);
    REQUIRE(a.checklists.size() == 1);
    CHECK(a.responses.size() == 5);
    const Response* door = find_response(a, "mini-welcome", "door-open");
    REQUIRE(door != nullptr);
    CHECK(door->answer == Answer::NotMet);
    CHECK(door->note == "Door is heavy: 9 kg of force.");
    REQUIRE(door->evidence.size() == 2);
    CHECK(door->evidence[1].kind == "link");
    CHECK(door->evidence[1].url == "https://example.org/album/1");
    CHECK(door->answered_at == "2024-05-01T10:00:00Z");
    const ActionState* st = find_action_state(a, "mini-welcome/door-open/prop-hours");
    REQUIRE(st != nullptr);
    CHECK(st->status == "doing");
    CHECK(st->due == "2024-06-01");
}

TEST_CASE("answers: ids, labels and parsing") {
    Answer a;
    CHECK(parse_answer("not-applicable", a));
    CHECK(a == Answer::NotApplicable);
    CHECK_FALSE(parse_answer("", a));
    CHECK_FALSE(parse_answer("yes", a));
    CHECK(std::string(answer_id(Answer::Unanswered)).empty());
    CHECK(std::string(answer_label(Answer::Partly)) == "Partly met");
    CHECK(std::string(answer_label(Answer::NotSure)) == "Not sure yet");
}

TEST_CASE("editing helpers keep times and keys") {
    auto l = load_audit(fixture("audit-mini.json"), "a.json");
    REQUIRE(l.ok());
    Audit a = *l.value;
    set_answer(a, "mini-welcome", "greeting", Answer::Met, "2024-06-01T12:00:00Z");
    CHECK(find_response(a, "mini-welcome", "greeting")->answer == Answer::Met);
    CHECK(find_response(a, "mini-welcome", "greeting")->note == "Busy at opening time.");  // kept
    CHECK(find_response(a, "mini-welcome", "greeting")->answered_at == "2024-06-01T12:00:00Z");
    CHECK(a.updated_at == "2024-06-01T12:00:00Z");
    set_item_note(a, "mini-welcome", "quiet-room", "Ask facilities", "2024-06-01T12:01:00Z");
    CHECK(find_response(a, "mini-welcome", "quiet-room")->note == "Ask facilities");
    CHECK(find_response(a, "nope", "x") == nullptr);

    ActionState& s = action_state_for(a, action_key("mini-welcome", "greeting", "huddle"));
    CHECK(s.status == "todo");
    CHECK(is_default(s));
    s.owner = "Desk lead";
    CHECK_FALSE(is_default(s));

    std::string_view parts[3];
    CHECK(split_key("a/b/c", parts) == 3);
    CHECK(parts[2] == "c");
    CHECK(split_key("a/b", parts) == 2);
    CHECK(split_key("a//c", parts) == 0);
    CHECK(split_key("abc", parts) == 0);
    CHECK(split_key("a/b/c/d", parts) == 0);
    CHECK(item_key("x", "y") == "x/y");
}

TEST_CASE("new_audit and add_or_update_checklist") {
    auto c1 = load_checklist(fixture("checklist-mini.json"), "c1.json");
    auto c2 = load_checklist(fixture("checklist-mini-v2.json"), "c2.json");
    REQUIRE(c1.ok());
    REQUIRE(c2.ok());
    Profile p;
    p.library = "Test";
    Audit a = new_audit(p, {*c1.value}, "2024-01-01T00:00:00Z");
    CHECK(a.created_at == a.updated_at);
    set_answer(a, "mini-welcome", "greeting", Answer::Met, "2024-01-01T00:01:00Z");
    std::vector<std::string> notes;
    CHECK(add_or_update_checklist(a, *c2.value, &notes));
    CHECK(a.checklists[0].version == "1.1.0");
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].find("\"greeting\" is not in checklist \"mini-welcome\" version 1.1.0") != std::string::npos);
    // The answer is kept, so going back to 1.0.0 would restore it.
    CHECK(find_response(a, "mini-welcome", "greeting") != nullptr);
    notes.clear();
    CHECK_FALSE(add_or_update_checklist(a, *c1.value, &notes));  // older: refused
    CHECK(a.checklists[0].version == "1.1.0");
}

TEST_CASE("the saved audit is stable and round-trips") {
    auto l = load_audit(fixture("audit-mini.json"), "a.json");
    REQUIRE(l.ok());
    std::string text = audit_to_json_text(*l.value);
    auto again = load_audit(text, "again.json");
    REQUIRE_MESSAGE(again.ok(), all_text(again.problems));
    CHECK(*again.value == *l.value);
    CHECK(audit_to_json_text(*again.value) == text);
    // Key order is fixed: format first, then the version and the times.
    CHECK(text.find("\"format\"") < text.find("\"format_version\""));
    CHECK(text.find("\"format_version\"") < text.find("\"created_at\""));
    CHECK(text.find("\"profile\"") < text.find("\"checklists\""));
    CHECK(text.find("\n  \"responses\"") < text.find("\n  \"actions\""));
    CHECK(text.back() == '\n');
}

// The app keeps each checklist's saved text between saves
// (checklist_text_in_audit) and hands it back: the bytes must be exactly those
// of a save that writes every checklist again.
TEST_CASE("a save with the checklists' kept texts gives the same bytes") {
    Audit a = wa_test::mini_audit();
    a.checklists.push_back(wa_test::shipped_checklist("physical-access.json"));
    a.checklists.push_back(wa_test::shipped_checklist("welcome-behaviors.json"));
    a.checklists.back().title = "Odd \"title\" \xFF with a bad byte and \x01 a control";
    response_for(a, "mini-welcome", "greeting").note = "kept";
    std::vector<std::string> kept;
    for (const Checklist& c : a.checklists) kept.push_back(checklist_text_in_audit(c));
    const std::string plain = audit_to_json_text(a);
    CHECK(audit_to_json_text(a, &kept) == plain);
    CHECK(load_audit(plain, "a.json").ok());
    // Texts that do not match the checklists one for one are not used.
    kept.pop_back();
    CHECK(audit_to_json_text(a, &kept) == plain);
    Audit none = a;
    none.checklists.clear();
    std::vector<std::string> empty;
    CHECK(audit_to_json_text(none, &empty) == audit_to_json_text(none));
}

TEST_CASE("an invalid byte in a note cannot break saving") {
    auto l = load_audit(fixture("audit-mini.json"), "a.json");
    REQUIRE(l.ok());
    Audit a = *l.value;
    response_for(a, "mini-welcome", "greeting").note = "bad \xFF byte";
    std::string text = audit_to_json_text(a);  // must not abort
    auto again = load_audit(text, "again.json");
    CHECK(again.ok());
}

TEST_CASE("dates") {
    CHECK(is_iso_date("2024-02-29"));
    CHECK_FALSE(is_iso_date("2023-02-29"));
    CHECK_FALSE(is_iso_date("2024-13-01"));
    CHECK_FALSE(is_iso_date("24-01-01"));
    CHECK(is_iso_timestamp("2024-05-01T14:03:00Z"));
    CHECK(is_iso_timestamp("2024-05-01T14:03:00.123Z"));
    CHECK_FALSE(is_iso_timestamp("2024-05-01T14:03:00"));
    CHECK_FALSE(is_iso_timestamp("2024-05-01T14:03:00+02:00"));
    CHECK_FALSE(is_iso_timestamp("2024-05-01 14:03:00Z"));
    CHECK(is_iso_timestamp(iso_utc_now()));
    CHECK(is_iso_date(today_utc()));
}

TEST_CASE("consistency: answers and plan notes the checklists no longer have are named, not lost") {
    Audit a = wa_test::mini_audit();
    set_answer(a, "mini-welcome", "gone-item", Answer::Met, "2024-05-02T10:00:00Z");
    set_answer(a, "other-list", "door-open", Answer::NotMet, "2024-05-02T10:00:00Z");
    response_for(a, "mini-welcome", "empty-item");  // nothing entered: no warning
    action_state_for(a, "mini-welcome/door-open/retired-action").owner = "Desk lead";
    action_state_for(a, "mini-welcome/door-open/find-out").owner = "Branch manager";  // always known
    action_state_for(a, "mini-welcome/door-open/untouched");  // default state: no warning
    action_state_for(a, "other-list/greeting/huddle").notes = "Kept";

    Diagnostics diag("a.json");
    check_audit_consistency(a, diag);
    CHECK_FALSE(diag.has_errors());
    std::vector<Problem> p = diag.take();
    INFO(wa_test::all_text(p));
    REQUIRE(p.size() == 4);
    // Answers first, then plan notes; each in key order.
    CHECK(p[0].where == "a.json at /responses/mini-welcome/gone-item");
    CHECK(p[0].message ==
          "answered item \"gone-item\" is not in checklist \"mini-welcome\" version 1.0.0; the answer is kept but not counted");
    CHECK(p[1].where == "a.json at /responses/other-list/door-open");
    CHECK(p[1].message.find("belongs to checklist \"other-list\", which this audit does not include") !=
          std::string::npos);
    CHECK(p[2].where == "a.json at /actions/mini-welcome/door-open/retired-action");
    CHECK(p[2].message.find("action \"retired-action\" of item \"door-open\", which checklist \"mini-welcome\" "
                            "version 1.0.0 no longer recommends") != std::string::npos);
    CHECK(p[3].where == "a.json at /actions/other-list/greeting/huddle");
    CHECK(p[3].message.find("which any checklist in this audit no longer recommends") != std::string::npos);

    // The same warnings come back when the file is reopened, and nothing is dropped.
    auto l = load_audit(audit_to_json_text(a), "a.json");
    REQUIRE(l.ok());
    CHECK(l.problems.size() == 4);
    CHECK(*l.value == a);
}

TEST_CASE("link evidence: added trimmed, refused when not a link or when the item is full, removed by index") {
    Audit a = wa_test::mini_audit();
    const std::string now = "2024-06-01T08:00:00Z";
    const std::size_t before = find_response(a, "mini-welcome", "door-open")->evidence.size();
    CHECK(add_link_evidence(a, "mini-welcome", "door-open", "  https://example.org/photos/door \n", now) ==
          EvidenceResult::Added);
    const Response* r = find_response(a, "mini-welcome", "door-open");
    REQUIRE(r->evidence.size() == before + 1);
    CHECK(r->evidence.back().kind == "link");
    CHECK(r->evidence.back().url == "https://example.org/photos/door");
    CHECK(a.updated_at == now);

    for (const char* bad : {"", "   ", "example.org", "ftp://example.org", "https://exa mple.org", "javascript:alert(1)"}) {
        CAPTURE(bad);
        CHECK(add_link_evidence(a, "mini-welcome", "door-open", bad, now) == EvidenceResult::NotALink);
    }
    CHECK(r->evidence.size() == before + 1);
    // A web address that is merely too long is not called "not a web address".
    const std::string long_link = "https://example.org/" + std::string(1981, 'a');
    CHECK(add_link_evidence(a, "mini-welcome", "door-open", long_link, now) == EvidenceResult::LinkTooLong);
    CHECK(add_link_evidence(a, "mini-welcome", "door-open", long_link.substr(0, 2000), now) == EvidenceResult::Added);
    remove_evidence(a, "mini-welcome", "door-open", r->evidence.size() - 1, now);
    CHECK(r->evidence.size() == before + 1);

    // A new item gets a response; the saved file reloads with the link.
    CHECK(add_link_evidence(a, "mini-welcome", "quiet-room", "http://intranet.example/quiet", now) ==
          EvidenceResult::Added);
    auto l = load_audit(audit_to_json_text(a), "a.json");
    REQUIRE_MESSAGE(l.ok(), wa_test::all_text(l.problems));
    CHECK(*l.value == a);

    while (find_response(a, "mini-welcome", "quiet-room")->evidence.size() < kMaxEvidence)
        add_link_evidence(a, "mini-welcome", "quiet-room", "https://example.org/x", now);
    CHECK(add_link_evidence(a, "mini-welcome", "quiet-room", "https://example.org/y", now) == EvidenceResult::Full);
    CHECK(load_audit(audit_to_json_text(a), "a.json").ok());  // 100 is allowed in a file

    CHECK(remove_evidence(a, "mini-welcome", "door-open", before, "2024-06-02T08:00:00Z"));
    CHECK(find_response(a, "mini-welcome", "door-open")->evidence.size() == before);
    CHECK(a.updated_at == "2024-06-02T08:00:00Z");
    CHECK_FALSE(remove_evidence(a, "mini-welcome", "door-open", 99, now));
    CHECK_FALSE(remove_evidence(a, "mini-welcome", "no-such-item", 0, now));
}

TEST_CASE("photo evidence: a small picture as a data: URL is added; anything else is refused") {
    Audit a = wa_test::mini_audit();
    const std::string now = "2024-06-01T08:00:00Z";
    const std::string png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    CHECK(add_photo_evidence(a, "mini-welcome", "quiet-room", png, now) == EvidenceResult::Added);
    const Response* r = find_response(a, "mini-welcome", "quiet-room");
    REQUIRE(r != nullptr);
    REQUIRE(r->evidence.size() == 1);
    CHECK(r->evidence[0].kind == "image");
    CHECK(r->evidence[0].data_url == png);
    CHECK(r->evidence[0].text.empty());  // no caption: a file name could name a person

    for (const char* bad : {"", "data:image/png;base64,", "data:image/svg+xml;base64,PHN2Zz4=",
                            "data:text/html;base64,PGI+", "data:image/png;base64,abc def",
                            "https://example.org/photo.jpg"}) {
        CAPTURE(bad);
        CHECK(add_photo_evidence(a, "mini-welcome", "quiet-room", bad, now) == EvidenceResult::NotAPhoto);
    }
    const std::string huge = "data:image/jpeg;base64," + std::string(kMaxImageBytes, 'A');
    CHECK(add_photo_evidence(a, "mini-welcome", "quiet-room", huge, now) == EvidenceResult::TooBig);
    CHECK(find_response(a, "mini-welcome", "quiet-room")->evidence.size() == 1);

    auto l = load_audit(audit_to_json_text(a), "a.json");
    REQUIRE_MESSAGE(l.ok(), wa_test::all_text(l.problems));
    CHECK(*l.value == a);
}
