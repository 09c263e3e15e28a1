// The malformed-input suite: every bad file gets a message that names the
// place (file, line/column or JSON path) and the problem, never a crash and
// never a half-loaded value. A bad value a person entered (an answer, a date,
// a note, a piece of evidence, the plan's progress) costs that value, with a
// warning that says so, never the whole file (issue 20).
#include <doctest/doctest.h>

#include <functional>

#include "core/audit.h"
#include "core/checklist.h"
#include "core/document.h"
#include "core/export.h"
#include "core/plan.h"
#include "test_util.h"

using namespace wa;
using nlohmann::json;
using wa_test::all_text;
using wa_test::edited;
using wa_test::fixture;

namespace {

enum class As { Checklist, Audit, Plan, Any };

struct Case {
    const char* name;
    As as;
    std::string text;
    std::string where;    // expected substring of Problem::where
    std::string message;  // expected substring of Problem::message
    bool loads_with_warning = false;
};

std::vector<Problem> run(const Case& c, bool& ok) {
    const char* file = c.as == As::Checklist ? "c.json" : c.as == As::Audit ? "a.json" : "p.json";
    switch (c.as) {
    case As::Checklist: { auto l = load_checklist(c.text, file); ok = l.ok(); return l.problems; }
    case As::Audit: { auto l = load_audit(c.text, file); ok = l.ok(); return l.problems; }
    case As::Plan: { auto l = load_plan(c.text, file); ok = l.ok(); return l.problems; }
    case As::Any: { auto d = load_any(c.text, file); ok = d.ok(); return d.problems; }
    }
    ok = false;
    return {};
}

std::string cl(std::function<void(json&)> f) { return edited("checklist-mini.json", f); }
std::string au(std::function<void(json&)> f) { return edited("audit-mini.json", f); }
json& item0(json& j) { return j["sections"][0]["items"][0]; }
json& a_item0(json& j) { return j["checklists"][0]["sections"][0]["items"][0]; }

std::string plan_text() {
    auto a = load_audit(fixture("audit-mini.json"), "a.json");
    REQUIRE(a.ok());
    return plan_to_json(*a.value, "2024-05-03T08:00:00Z");
}
std::string pl(std::function<void(json&)> f) {
    json j = json::parse(plan_text(), nullptr, false);
    f(j);
    return j.dump(2);
}

std::vector<Case> cases() {
    std::vector<Case> v;
    // --- the bytes themselves -------------------------------------------------
    v.push_back({"empty file", As::Checklist, fixture("empty.json"), "c.json", "the file is empty"});
    v.push_back({"only spaces", As::Audit, "  \n\t ", "a.json", "the file is empty"});
    v.push_back({"truncated", As::Audit, fixture("truncated-audit.json"), "a.json, line",
                 "ends before the JSON is complete"});
    v.push_back({"not JSON (a CSV)", As::Any, fixture("not-json.csv.json"), "p.json, line 1, column",
                 "not valid JSON"});
    v.push_back({"invalid UTF-8", As::Checklist, fixture("invalid-utf8.json"), "c.json, line 1, column 52",
                 "not valid UTF-8"});
    v.push_back({"UTF-16", As::Checklist, std::string("\xFF\xFE{\0}\0", 6), "c.json", "saved as UTF-16"});
    v.push_back({"trailing comma", As::Checklist, "{\"id\": \"ab\",\n}", "c.json, line 2", "not valid JSON"});
    v.push_back({"key given twice", As::Checklist, "{\"format\": \"x\", \"format\": \"y\"}", "c.json at /format",
                 "appears twice in the same object"});
    v.push_back({"nested too deep", As::Any, std::string(100, '[') + std::string(100, ']'), "p.json at /0/0/0",
                 "nested more than 64 levels deep"});
    v.push_back({"huge file", As::Audit, std::string(21u * 1024u * 1024u, ' '), "a.json",
                 "the file is too big for Welcome Audit: 21 MB; the limit is 20 MB"});
    v.push_back({"a number, not an object", As::Any, "42", "p.json", "not a Welcome Audit file"});
    v.push_back({"array, not an object", As::Audit, "[1, 2]", "a.json", "should be a JSON object"});
    // --- checklists -----------------------------------------------------------
    v.push_back({"weight out of range", As::Checklist, cl([](json& j) { item0(j)["weight"] = 7; }),
                 "c.json at /sections/0/items/0/weight", "weight must be 1, 2 or 3, but it is 7"});
    v.push_back({"weight as text", As::Checklist, cl([](json& j) { item0(j)["weight"] = "3"; }),
                 "c.json at /sections/0/items/0/weight", "must be a whole number, but it is the text \"3\""});
    v.push_back({"weight with decimals", As::Checklist, cl([](json& j) { item0(j)["weight"] = 2.5; }),
                 "/sections/0/items/0/weight", "must be a whole number, but it is the number 2.5"});
    v.push_back({"essential as text", As::Checklist, cl([](json& j) { item0(j)["essential"] = "yes"; }),
                 "/sections/0/items/0/essential", "must be true or false, but it is the text \"yes\""});
    v.push_back({"missing prompt", As::Checklist, cl([](json& j) { item0(j).erase("prompt"); }),
                 "c.json at /sections/0/items/0", "this item has no \"prompt\""});
    v.push_back({"empty prompt", As::Checklist, cl([](json& j) { item0(j)["prompt"] = ""; }),
                 "/sections/0/items/0/prompt", "\"prompt\" is empty; write something here"});
    v.push_back({"prompt of spaces", As::Checklist, cl([](json& j) { item0(j)["prompt"] = "  "; }),
                 "/sections/0/items/0/prompt", "\"prompt\" holds only spaces; write something here"});
    v.push_back({"typo in a field name", As::Checklist,
                 cl([](json& j) { item0(j)["wieght"] = 1; }), "/sections/0/items/0/wieght",
                 "unknown field \"wieght\"; did you mean \"weight\"?"});
    v.push_back({"duplicate item id", As::Checklist,
                 cl([](json& j) { j["sections"][1]["items"][0]["id"] = "door-open"; }),
                 "c.json at /sections/1/items/0/id",
                 "item id \"door-open\" is used twice: at /sections/0/items/0 and at /sections/1/items/0"});
    v.push_back({"duplicate section id", As::Checklist, cl([](json& j) { j["sections"][1]["id"] = "entrance"; }),
                 "/sections/1/id", "section id \"entrance\" is used twice: at /sections/0 and at /sections/1"});
    v.push_back({"duplicate action id", As::Checklist,
                 cl([](json& j) { item0(j)["actions"][1]["id"] = "prop-hours"; }), "/sections/0/items/0/actions/1/id",
                 "action id \"prop-hours\" is used twice in this item: at /sections/0/items/0/actions/0 and at "
                 "/sections/0/items/0/actions/1"});
    v.push_back({"unknown cost band", As::Checklist, cl([](json& j) { item0(j)["actions"][0]["cost"] = "cheap"; }),
                 "/sections/0/items/0/actions/0/cost",
                 "cost must be none, under-100, 100-1000 or over-1000, but it is \"cheap\""});
    v.push_back({"unknown effort", As::Checklist, cl([](json& j) { item0(j)["actions"][0]["effort"] = "months"; }),
                 "/sections/0/items/0/actions/0/effort", "effort must be hours, days or weeks"});
    v.push_back({"unknown helps tag", As::Checklist, cl([](json& j) { item0(j)["helps"][1] = "cats"; }),
                 "/sections/0/items/0/helps/1", "\"helps\" must be one of everyone, autistic"});
    v.push_back({"no actions", As::Checklist, cl([](json& j) { item0(j)["actions"] = json::array(); }),
                 "/sections/0/items/0/actions", "empty list; it needs at least one entry"});
    v.push_back({"bad item id", As::Checklist, cl([](json& j) { item0(j)["id"] = "Door Open"; }),
                 "/sections/0/items/0/id", "item id \"Door Open\" is not a valid id"});
    v.push_back({"bad version", As::Checklist, cl([](json& j) { j["version"] = "1.0"; }), "c.json at /version",
                 "version must look like 1.0.0"});
    v.push_back({"reference not a web address", As::Checklist,
                 cl([](json& j) { item0(j)["references"][0]["url"] = "ftp://example.org/x"; }),
                 "/sections/0/items/0/references/0/url", "url must be a web address starting with https://"});
    v.push_back({"wrong format", As::Checklist, cl([](json& j) { j["format"] = "something/else"; }),
                 "c.json at /format", "this is not a Welcome Audit checklist"});
    v.push_back({"checklist from a newer version", As::Checklist, cl([](json& j) { j["format_version"] = 2; }),
                 "c.json at /format_version",
                 "This checklist was made by a newer version of Welcome Audit (format 2)."});
    v.push_back({"sections not a list", As::Checklist, cl([](json& j) { j["sections"] = "entrance"; }),
                 "c.json at /sections", "\"sections\" must be a list ([...]), but it is the text \"entrance\""});
    v.push_back({"reserved action id", As::Checklist, cl([](json& j) { item0(j)["actions"][0]["id"] = "find-out"; }),
                 "/sections/0/items/0/actions/0/id", "reserved"});
    v.push_back({"bad language tag", As::Checklist, cl([](json& j) { j["language"] = "English"; }),
                 "c.json at /language", "language must be a language tag like \"en\""});
    // --- audits ----------------------------------------------------------------
    v.push_back({"unknown answer", As::Audit,
                 au([](json& j) { j["responses"]["mini-welcome"]["door-open"]["answer"] = "yes"; }),
                 "a.json at /responses/mini-welcome/door-open/answer",
                 "the item is left unanswered. That value was left out; the rest opened", true});
    v.push_back({"bad answer time", As::Audit,
                 au([](json& j) { j["responses"]["mini-welcome"]["door-open"]["answered_at"] = "yesterday"; }),
                 "/responses/mini-welcome/door-open/answered_at", "answered_at must be a UTC time", true});
    v.push_back({"unknown status", As::Audit,
                 au([](json& j) { j["actions"]["mini-welcome"]["door-open"]["prop-hours"]["status"] = "finished"; }),
                 "a.json at /actions/mini-welcome/door-open/prop-hours/status",
                 "it is set to To do", true});
    v.push_back({"due date not a date", As::Audit,
                 au([](json& j) { j["actions"]["mini-welcome"]["door-open"]["prop-hours"]["due"] = "next week"; }),
                 "a.json", "the due date \"next week\" is not a date. Choose the day on the Plan screen.", true});
    v.push_back({"impossible profile date", As::Audit, au([](json& j) { j["profile"]["date"] = "2024-02-30"; }),
                 "a.json", "Date of the audit: \"2024-02-30\" is not a date the app can read", true});
    v.push_back({"link evidence without a web address", As::Audit,
                 au([](json& j) { j["responses"]["mini-welcome"]["door-open"]["evidence"][1]["url"] = "album"; }),
                 "/responses/mini-welcome/door-open/evidence/1/url", "a link must be a web address", true});
    // Messages that say exactly what is wrong (issue 11, item 8): a long
    // link is still a web address, a link with a space starts fine.
    v.push_back({"link too long", As::Audit,
                 au([](json& j) {
                     j["responses"]["mini-welcome"]["door-open"]["evidence"][1]["url"] =
                         "https://example.org/" + std::string(1990, 'a');
                 }),
                 "/responses/mini-welcome/door-open/evidence/1/url",
                 "but it is 2010 characters long; the limit is 2000", true});
    v.push_back({"link with a space", As::Audit,
                 au([](json& j) { j["responses"]["mini-welcome"]["door-open"]["evidence"][1]["url"] = "https://example.org/my photo"; }),
                 "/responses/mini-welcome/door-open/evidence/1/url", "but it has a space in it (write a space as %20)", true});
    v.push_back({"link that is not http", As::Audit,
                 au([](json& j) { j["responses"]["mini-welcome"]["door-open"]["evidence"][1]["url"] = "ftp://example.org/x"; }),
                 "/responses/mini-welcome/door-open/evidence/1/url", "but it does not start with https:// or http://", true});
    v.push_back({"link with an empty url", As::Audit,
                 au([](json& j) { j["responses"]["mini-welcome"]["door-open"]["evidence"][1]["url"] = ""; }),
                 "/responses/mini-welcome/door-open/evidence/1/url", "a link's \"url\" is empty", true});
    v.push_back({"empty text evidence", As::Audit,
                 au([](json& j) { j["responses"]["mini-welcome"]["door-open"]["evidence"][0] = {{"kind", "text"}, {"text", ""}}; }),
                 "/responses/mini-welcome/door-open/evidence/0/text", "text evidence is empty", true});
    v.push_back({"text evidence without text", As::Audit,
                 au([](json& j) { j["responses"]["mini-welcome"]["door-open"]["evidence"][0] = {{"kind", "text"}}; }),
                 "/responses/mini-welcome/door-open/evidence/0", "text evidence has no \"text\"; it is required", true});
    v.push_back({"reference url with a space", As::Checklist,
                 cl([](json& j) { item0(j)["references"] = {{{"title", "A guide"}, {"url", "https://example.org/a guide"}}}; }),
                 "/sections/0/items/0/references/0/url", "but it has a space in it"});
    v.push_back({"auditor role too long in Cyrillic", As::Audit,
                 au([](json& j) {
                     std::string role;
                     // Counted in letters, not bytes: 400 letters (800 bytes) are over; 200 would not be.
                     for (int i = 0; i < 400; ++i) role += "\xD0\x96";
                     j["profile"]["auditor_roles"][0] = role;
                 }),
                 "a.json", "is 400 characters long; the most is 300. Shorten it on the Library screen.", true});
    v.push_back({"plan profile without a library", As::Plan, pl([](json& j) { j["profile"].erase("library"); }),
                 "p.json at /profile", "the library profile has no \"library\"; it is required", true});
    v.push_back({"audit profile without a library", As::Audit, au([](json& j) { j["profile"].erase("library"); }),
                 "a.json at /profile", "the library profile has no \"library\"; it is required", true});
    v.push_back({"image too big", As::Audit,
                 au([](json& j) {
                     j["responses"]["mini-welcome"]["door-open"]["evidence"][0] = {
                         {"kind", "image"}, {"data_url", "data:image/png;base64," + std::string(300000, 'A')}};
                 }),
                 "/responses/mini-welcome/door-open/evidence/0/data_url",
                 "this image is too big: it takes 300,022 bytes; the limit is 262,144 bytes (256 KB) for one image", true});
    v.push_back({"image not a data URL", As::Audit,
                 au([](json& j) {
                     j["responses"]["mini-welcome"]["door-open"]["evidence"][0] = {
                         {"kind", "image"}, {"data_url", "javascript:alert(1)"}};
                 }),
                 "/responses/mini-welcome/door-open/evidence/0/data_url", "data: URL of a PNG, JPEG, GIF or WebP", true});
    v.push_back({"unknown evidence kind", As::Audit,
                 au([](json& j) { j["responses"]["mini-welcome"]["door-open"]["evidence"][0]["kind"] = "video"; }),
                 "/responses/mini-welcome/door-open/evidence/0/kind", "kind must be text, link or image", true});
    v.push_back({"audit from a newer version", As::Audit, fixture("audit-newer.json"), "a.json at /format_version",
                 "This file was made by a newer version of Welcome Audit (format 3). This copy understands format 1 "
                 "at most; ask whoever sent it for an export from the same version, or update this page."});
    v.push_back({"checklist included twice", As::Audit,
                 au([](json& j) { j["checklists"].push_back(j["checklists"][0]); }), "a.json at /checklists/1/id",
                 "checklist \"mini-welcome\" is included twice: at /checklists/0 and at /checklists/1"});
    v.push_back({"bad checklist key in responses", As::Audit,
                 au([](json& j) { j["responses"]["Mini Welcome"] = json::object(); }),
                 "a.json at /responses/Mini Welcome", "checklist id \"Mini Welcome\" is not a valid id", true});
    v.push_back({"missing created_at", As::Audit, au([](json& j) { j.erase("created_at"); }), "a.json",
                 "this audit has no \"created_at\""});
    v.push_back({"a checklist opened as an audit", As::Audit, fixture("checklist-mini.json"), "a.json at /format",
                 "this is a checklist, not an audit"});
    v.push_back({"problem inside an embedded checklist", As::Audit,
                 au([](json& j) { a_item0(j)["weight"] = 0; }), "a.json at /checklists/0/sections/0/items/0/weight",
                 "weight must be 1, 2 or 3, but it is 0"});
    v.push_back({"note too long", As::Audit,
                 au([](json& j) { j["responses"]["mini-welcome"]["door-open"]["note"] = std::string(25000, 'x'); }),
                 "a.json", "is 25,000 characters long; the most is 20,000. Shorten it on the Audit screen.", true});
    v.push_back({"format_version as text", As::Audit, au([](json& j) { j["format_version"] = "one"; }),
                 "a.json at /format_version", "\"format_version\" must be a whole number, but it is the text \"one\""});
    v.push_back({"format-0 audit with an unknown value", As::Audit,
                 edited("audit-v0.json", [](json& j) { j["answers"][1]["value"] = "maybe"; }),
                 "a.json at /answers/1/value", "value must be yes, no, partial or na, but it is \"maybe\""});
    v.push_back({"format-0 audit answering an item twice", As::Audit,
                 edited("audit-v0.json", [](json& j) { j["answers"].push_back(j["answers"][0]); }),
                 "a.json at /answers/4", "is answered twice: at /answers/0 and at /answers/4"});
    v.push_back({"answer to an item a newer checklist dropped", As::Audit, fixture("audit-orphan-answer.json"),
                 "a.json at /responses/mini-welcome/greeting",
                 "answered item \"greeting\" is not in checklist \"mini-welcome\" version 1.1.0", true});
    v.push_back({"answer for a checklist that is not included", As::Audit,
                 au([](json& j) { j["responses"]["other-list"]["x1"] = {{"answer", "met"}}; }),
                 "a.json at /responses/other-list/x1", "which this audit does not include", true});
    // --- plans -----------------------------------------------------------------
    v.push_back({"plan with an unknown status", As::Plan, pl([](json& j) { j["actions"][0]["status"] = "later"; }),
                 "p.json at /actions/0/status", "status must be todo, doing or done", true});
    v.push_back({"plan key that does not match", As::Plan, pl([](json& j) { j["actions"][0]["key"] = "a/b/c"; }),
                 "p.json at /actions/0/key", "does not match checklist_id/item_id/action_id"});
    v.push_back({"plan listing an action twice", As::Plan,
                 pl([](json& j) { j["actions"].push_back(j["actions"][0]); }), "p.json at /actions/4/key",
                 "is listed twice: at /actions/0 and at /actions/4"});
    v.push_back({"plan action for a met item", As::Plan, pl([](json& j) { j["actions"][0]["answer"] = "met"; }),
                 "p.json at /actions/0/answer", "only those make actions"});
    v.push_back({"plan from a newer version", As::Plan, pl([](json& j) { j["format_version"] = 5; }),
                 "p.json at /format_version", "This plan was made by a newer version of Welcome Audit (format 5)."});
    v.push_back({"plan score with a text count", As::Plan, pl([](json& j) { j["summary"]["overall"]["met"] = "2"; }),
                 "p.json at /summary/overall/met", "\"met\" must be a whole number"});
    v.push_back({"unknown kind of file", As::Any, "{\"format\": \"spreadsheet\"}", "p.json",
                 "not a Welcome Audit file: it is not a checklist, an audit or a plan"});
    return v;
}

} // namespace

TEST_CASE("malformed input: every case names the place and the problem") {
    std::vector<Case> all = cases();
    CHECK(all.size() >= 30);
    for (const Case& c : all) {
        std::string name = c.name;
        CAPTURE(name);
        bool ok = true;
        std::vector<Problem> problems = run(c, ok);
        std::string text = all_text(problems);
        CAPTURE(text);
        REQUIRE_FALSE(problems.empty());
        if (c.loads_with_warning) {
            CHECK(ok);
            CHECK_FALSE(has_errors(problems));
        } else {
            CHECK_FALSE(ok);  // nothing half-loaded
            CHECK(has_errors(problems));
        }
        bool found = false;
        for (const Problem& p : problems)
            found = found || (p.where.find(c.where) != std::string::npos &&
                              p.message.find(c.message) != std::string::npos);
        CHECK_MESSAGE(found, "expected where~\"" << c.where << "\" and message~\"" << c.message << "\"");
    }
}

TEST_CASE("cutting an audit at every byte never crashes and never half-loads") {
    std::string text = fixture("audit-mini.json");
    for (std::size_t n = 0; n < text.size(); n += 7) {
        std::string cut = text.substr(0, n);
        auto l = load_audit(cut, "cut.json");
        CHECK_FALSE(l.ok());
        CHECK_FALSE(l.problems.empty());
        auto d = load_any(cut, "cut.json");
        CHECK_FALSE(d.ok());
    }
}

TEST_CASE("random byte damage never crashes") {
    std::string text = fixture("audit-mini.json");
    std::uint64_t s = 42;
    auto next = [&s]() {
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::size_t>(s >> 33);
    };
    for (int round = 0; round < 300; ++round) {
        std::string t = text;
        for (int k = 0; k < 3; ++k) t[next() % t.size()] = static_cast<char>(next() & 0xFF);
        auto d = load_any(t, "damaged.json");
        // Either it still loads (the damage hit a note) or it says why not.
        CHECK((d.ok() || !d.problems.empty()));
    }
}

TEST_CASE("a long list of problems is capped") {
    std::string text = wa_test::edited("checklist-mini.json", [](json& j) {
        json item = j["sections"][0]["items"][0];
        item["weight"] = 9;
        for (int i = 0; i < 300; ++i) {
            item["id"] = "item-" + std::to_string(i);
            j["sections"][0]["items"].push_back(item);
        }
    });
    auto l = load_checklist(text, "many.json");
    REQUIRE_FALSE(l.ok());
    CHECK(l.problems.size() == Diagnostics::kMaxProblems + 1);
    CHECK(l.problems.back().message.find("and 200 more problems") != std::string::npos);
}
