// Every number in every file kind, written every way JSON allows: as an
// integer, a fraction, with an exponent, negative, -0, and huge. A number
// is read as the value it means however it is written (7, 7.0 and 7e0 are
// all seven; a plan's "possible": 7 once loaded as 3.46e-323), and a number
// that cannot be used gets a message that is true and names the place.
#include <doctest/doctest.h>

#include <cmath>
#include <functional>

#include "core/audit.h"
#include "core/checklist.h"
#include "core/json_reader.h"
#include "core/plan.h"
#include "test_util.h"

using namespace wa;
using wa_test::all_text;

namespace {

// Fixture `name` with the value at `pointer` replaced by the raw JSON text `number`.
std::string with_number(const std::string& name, const std::string& pointer, const std::string& number) {
    std::string text = wa_test::edited(name, [&](nlohmann::json& j) {
        nlohmann::json::json_pointer p(pointer);
        REQUIRE(j.contains(p));
        j[p] = "@@number@@";
    });
    std::size_t at = text.find("\"@@number@@\"");
    REQUIRE(at != std::string::npos);
    return text.replace(at, 12, number);
}

struct Case {
    const char* written;     // the JSON text of the number
    bool loads;              // true: it is read as `value`
    double value;
    const char* message;     // else: part of the message
    const char* at = nullptr;  // where the message is, when not at the number itself
};

// Loads a file of some kind and returns the field under test, as a double.
using Reader = std::function<bool(const std::string& text, double& value, std::string& problems)>;

template <class T>
Reader reader(Loaded<T> (*load)(std::string_view, std::string_view), std::function<double(const T&)> field) {
    return [load, field](const std::string& text, double& value, std::string& problems) {
        Loaded<T> l = load(text, "f.json");
        problems = all_text(l.problems);
        if (!l.ok()) return false;
        value = field(*l.value);
        return true;
    };
}

void check_field(const char* fixture_name, const std::string& pointer, const Reader& read,
                 const std::vector<Case>& cases) {
    for (const Case& c : cases) {
        const std::string where = std::string(fixture_name) + " " + pointer + " = " + c.written;
        CAPTURE(where);
        double value = 0;
        std::string problems;
        bool ok = read(with_number(fixture_name, pointer, c.written), value, problems);
        if (c.loads) {
            REQUIRE_MESSAGE(ok, problems);
            CHECK(value == c.value);
        } else {
            CHECK_FALSE(ok);
            CHECK_MESSAGE(problems.find(c.message) != std::string::npos, problems);
            const std::string place = c.at ? c.at : "at " + pointer + ":";
            CHECK_MESSAGE(problems.find(place) != std::string::npos, problems);
        }
    }
}

// load_audit with its default (files never carry photo references).
Loaded<Audit> load_audit_file(std::string_view text, std::string_view name) { return load_audit(text, name); }

// A whole-number field that accepts 2 and refuses what is below its range
// with `below` (-2) and `below_zero` (0, written -0).
std::vector<Case> whole(double two, const char* below, const char* below_zero) {
    const bool zero_ok = below_zero == nullptr;
    return {
        {"2", true, two, ""},
        {"2.0", true, two, ""},
        {"2e0", true, two, ""},
        {"0.2E+1", true, two, ""},
        {"2.5", false, 0, "must be a whole number, but it is the number 2.5, which has a fraction"},
        {"2.0000001", false, 0, "the number 2.0000001, which has a fraction"},
        {"-2", false, 0, below},
        {"-0", zero_ok, 0, zero_ok ? "" : below_zero},
        {"-0.0", zero_ok, 0, zero_ok ? "" : below_zero},
        {"1e300", false, 0, "is far too large: the number 1e+300"},
        {"123456789012345678901234567890", false, 0, "is far too large"},
        {"9999999999", false, 0, "is far too large: the number 9999999999"},
        {"\"2\"", false, 0, "must be a whole number, but it is the text \"2\""},
    };
}

// A score (earned, possible): any finite number that is not negative.
std::vector<Case> score_cases() {
    return {
        {"7", true, 7, ""},
        {"7.0", true, 7, ""},
        {"7e0", true, 7, ""},
        {"7.5", true, 7.5, ""},
        {"0.75e1", true, 7.5, ""},
        {"-7", false, 0, "must not be negative, but it is the number -7"},
        {"-0.5", false, 0, "must not be negative, but it is the number -0.5"},
        {"-0", true, 0, ""},
        {"1e300", true, 1e300, ""},
        {"1e400", false, 0, "a number here is too large to be stored", "f.json, line "},  // the reader's place
        {"null", false, 0, "must be a number, but it is null"},
    };
}

} // namespace

TEST_CASE("checklist numbers: format_version and weight, written every way") {
    Reader weight = reader<Checklist>(load_checklist, [](const Checklist& c) { return double(c.sections[0].items[0].weight); });
    auto w = whole(2, "weight must be 1, 2 or 3, but it is -2", "weight must be 1, 2 or 3, but it is 0");
    check_field("checklist-mini.json", "/sections/0/items/0/weight", weight, w);

    Reader version = reader<Checklist>(load_checklist, [](const Checklist& c) { return double(c.format_version); });
    check_field("checklist-mini.json", "/format_version", version,
                {{"1", true, 1, ""}, {"1.0", true, 1, ""}, {"1e0", true, 1, ""},
                 {"1.5", false, 0, "must be a whole number, but it is the number 1.5, which has a fraction"},
                 {"-1", false, 0, "format_version must be 1, but it is -1"},
                 {"-0", false, 0, "format_version must be 1, but it is 0"},
                 {"2", false, 0, "made by a newer version of Welcome Audit (format 2)"},
                 {"1e300", false, 0, "is far too large"}});
}

TEST_CASE("audit numbers: format_version, written every way") {
    Reader version = reader<Audit>(load_audit_file, [](const Audit& a) { return double(a.format_version); });
    check_field("audit-mini.json", "/format_version", version,
                {{"1", true, 1, ""}, {"1.0", true, 1, ""}, {"1e0", true, 1, ""}, {"10e-1", true, 1, ""},
                 {"1.5", false, 0, "must be a whole number, but it is the number 1.5, which has a fraction"},
                 {"-1", false, 0, "format_version must be 0 or more, but it is -1"},
                 // -0 is 0: the 2023 prototype's format, which this file does not follow.
                 {"-0", false, 0, "this format-0 audit has an unknown field \"profile\"", "at /profile:"},
                 {"2", false, 0, "made by a newer version of Welcome Audit (format 2)"},
                 {"1e300", false, 0, "is far too large"},
                 {"\"1\"", false, 0, "must be a whole number, but it is the text \"1\""}});
    // A format-0 file says 0 any way it likes.
    Reader v0 = reader<Audit>(load_audit_file, [](const Audit& a) { return double(a.responses.size()); });
    check_field("audit-v0.json", "/format_version", v0, {{"0", true, 4, ""}, {"0.0", true, 4, ""}, {"-0", true, 4, ""}, {"0e5", true, 4, ""}});
}

TEST_CASE("plan numbers: every score, count, weight and priority, written every way") {
    auto tally_reader = [](std::function<const Tally&(const PlanDoc&)> tally, std::function<double(const Tally&)> f) {
        return reader<PlanDoc>(load_plan, [=](const PlanDoc& p) { return f(tally(p)); });
    };
    struct Where {
        std::string pointer;
        std::function<const Tally&(const PlanDoc&)> tally;
    };
    const Where tallies[] = {
        {"/summary/overall", [](const PlanDoc& p) -> const Tally& { return p.summary.overall; }},
        {"/summary/checklists/0/score", [](const PlanDoc& p) -> const Tally& { return p.summary.checklists[0].tally; }},
        {"/summary/checklists/0/sections/0/score",
         [](const PlanDoc& p) -> const Tally& { return p.summary.checklists[0].sections[0].tally; }},
    };
    for (const Where& w : tallies) {
        // The bug this file was written for: a whole number read as the bits of a double.
        check_field("plan-westside.json", w.pointer + "/earned", tally_reader(w.tally, [](const Tally& t) { return t.earned; }), score_cases());
        check_field("plan-westside.json", w.pointer + "/possible", tally_reader(w.tally, [](const Tally& t) { return t.possible; }), score_cases());
        struct Count {
            const char* key;
            int Tally::*member;
        };
        for (Count c : {Count{"met", &Tally::met}, {"partly", &Tally::partly}, {"not_met", &Tally::not_met},
                        {"not_applicable", &Tally::not_applicable}, {"not_sure", &Tally::not_sure},
                        {"unanswered", &Tally::unanswered}, {"total", &Tally::total}}) {
            std::string neg = std::string("\"") + c.key + "\" must not be negative, but it is -2";
            check_field("plan-westside.json", w.pointer + "/" + c.key,
                        tally_reader(w.tally, [m = c.member](const Tally& t) { return double(t.*m); }),
                        whole(2, neg.c_str(), nullptr));
        }
        // percent is any number or null (it is recomputed, not read).
        Reader any = reader<PlanDoc>(load_plan, [](const PlanDoc&) { return 0.0; });
        check_field("plan-westside.json", w.pointer + "/percent", any,
                    {{"91", true, 0, ""}, {"91.7", true, 0, ""}, {"9.17e1", true, 0, ""}, {"-0", true, 0, ""},
                     {"null", true, 0, ""}, {"\"91%\"", false, 0, "\"percent\" must be a number or null, but it is the text \"91%\""}});
    }
    Reader weight = reader<PlanDoc>(load_plan, [](const PlanDoc& p) { return double(p.actions[0].weight); });
    check_field("plan-westside.json", "/actions/0/weight", weight,
                whole(2, "weight must be 1, 2 or 3, but it is -2", "weight must be 1, 2 or 3, but it is 0"));
    Reader priority = reader<PlanDoc>(load_plan, [](const PlanDoc& p) { return double(p.actions[0].priority); });
    check_field("plan-westside.json", "/actions/0/priority", priority,
                whole(2, "priority must be between 1 and 72, but it is -2", "priority must be between 1 and 72, but it is 0"));
    Reader version = reader<PlanDoc>(load_plan, [](const PlanDoc& p) { return double(p.format_version); });
    check_field("plan-westside.json", "/format_version", version,
                {{"1", true, 1, ""}, {"1.0", true, 1, ""}, {"1e0", true, 1, ""},
                 {"1.5", false, 0, "which has a fraction"},
                 {"-0", false, 0, "format_version must be 1 or 2, but it is 0"},
                 {"2", false, 0, "the summary has no \"glance\"", "at /summary:"},  // format 2 carries it
                 {"3", false, 0, "made by a newer version of Welcome Audit (format 3)"}});
}

TEST_CASE("a plan with whole-number scores loads them as the numbers they are") {
    std::string text = with_number("plan-westside.json", "/summary/overall/possible", "7");
    auto l = load_plan(text, "p.json");
    REQUIRE_MESSAGE(l.ok(), all_text(l.problems));
    CHECK(l.value->summary.overall.possible == 7.0);  // was 3.46e-323
    // Saved again, a whole score is written as 7.0 and reads back the same.
    auto again = load_plan(plan_doc_to_json_text(*l.value), "p2.json");
    REQUIRE(again.ok());
    CHECK(*again.value == *l.value);
}

TEST_CASE("the checked accessors of the JSON tree") {
    std::string text = R"([7, 7.0, 7e0, 7.5, -0, -0.0, 1e300, 123456789012345678901, "7", true, null, [], {}])";
    auto doc = read_json(text, "x.json");
    REQUIRE(doc.ok());
    const JsonNode& n = doc.value->root();
    long long i = -1;
    CHECK((n[0].as_integer(i) && i == 7));
    CHECK((n[1].as_integer(i) && i == 7));
    CHECK((n[2].as_integer(i) && i == 7));
    i = -1;
    CHECK_FALSE(n[3].as_integer(i));
    CHECK(i == -1);  // left alone
    CHECK((n[4].as_integer(i) && i == 0));
    CHECK((n[5].as_integer(i) && i == 0));
    CHECK_FALSE(n[6].as_integer(i));  // whole, but beyond 64 bits
    CHECK_FALSE(n[7].as_integer(i));
    CHECK_FALSE(n[8].as_integer(i));  // text is not a number
    for (int k = 0; k < 3; ++k) CHECK(n[static_cast<std::size_t>(k)].as_double() == 7.0);
    CHECK(n[3].as_double() == 7.5);
    CHECK(n[6].as_double() == 1e300);
    CHECK(n[8].as_double() == 0.0);
    CHECK(n[8].text() == "7");
    CHECK(n[0].text().empty());  // a number has no text
    CHECK(n[9].as_bool());
    CHECK_FALSE(n[10].as_bool());
    CHECK(n[11].empty());
    CHECK(n[12].empty());
}
