// Issue 20: one set of rules at entry and at load. The setters of edit.h take
// what people type; whatever they keep, the loader reads back equal and
// without a word, and so do the plan, Compare and next year's audit. A file
// whose typed value breaks a rule still opens, with the value kept and said.
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <random>

#include "core/dates.h"
#include "core/document.h"
#include "core/edit.h"
#include "core/export.h"
#include "core/field_rules.h"
#include "core/measure.h"
#include "core/plan.h"
#include "core/progress.h"
#include "test_util.h"

using namespace wa;

namespace {

const char* kNow = "2026-12-04T10:00:00Z";

std::string iso(std::string_view typed) {
    const TypedDate d = read_typed_date(typed);
    return d.ok ? d.iso : "refused: " + d.problem;
}

}  // namespace

TEST_CASE("typed dates: the forms people type are read, the rest refused with a reason") {
    CHECK(iso("2025-05-15") == "2025-05-15");
    CHECK(iso(" 2025-05-15 ") == "2025-05-15");  // a trailing space, as in the issue
    CHECK(iso("05/15/2025") == "2025-05-15");
    CHECK(iso("5/15/2025 ") == "2025-05-15");
    CHECK(iso("5/15/25") == "2025-05-15");
    CHECK(iso("5-15-2025") == "2025-05-15");
    CHECK(iso("2025/5/15") == "2025-05-15");
    CHECK(iso("14/03/2025") == "2025-03-14");  // the first number cannot be a month: day first
    CHECK(iso("03/04/2025") == "2025-03-04");  // both could be: month first, as US libraries write
    CHECK(iso("May 15, 2025") == "2025-05-15");
    CHECK(iso("may 15 2025") == "2025-05-15");
    CHECK(iso("15 May 2025") == "2025-05-15");
    CHECK(iso("Thursday, May 15, 2025") == "2025-05-15");
    CHECK(iso("Sept. 3rd, 2025") == "2025-09-03");
    CHECK(iso("15 de mayo de 2025") == "2025-05-15");
    CHECK(iso("2024-02-29") == "2024-02-29");
    CHECK(read_typed_date("   ").empty);
    CHECK(iso("2025-02-30") == "refused: there is no February 30 in 2025");
    CHECK(iso("13/13/2025").rfind("refused: there is no month 13", 0) == 0);
    CHECK(iso("next tuesday").rfind("refused: this is not a date", 0) == 0);
    CHECK(iso("May 15 25") == "refused: write the year with four digits, like May 15, 2025");
    CHECK(iso("5/15/1850") == "refused: the year 1850 is not one an audit can have");
    CHECK(iso("99999999999/1/1").rfind("refused:", 0) == 0);
    CHECK(long_date_text("2025-05-15") == "Thursday, May 15, 2025");
    CHECK(long_date_text("2000-01-01") == "Saturday, January 1, 2000");
}

TEST_CASE("setters: a date is kept as a day or refused, text is cut at its length and said") {
    Audit a = wa_test::mini_audit();
    Edit e = set_profile_date(a, "05/15/2025", kNow);
    CHECK(e.result == Edit::Kept);
    CHECK(a.profile.date == "2025-05-15");
    CHECK(e.read_as == "Thursday, May 15, 2025");
    CHECK(a.updated_at == kNow);
    e = set_profile_date(a, "someday", "2026-12-05T00:00:00Z");
    CHECK(e.result == Edit::Refused);
    CHECK(e.message == "\"someday\": this is not a date the app can read; type it like 5/15/2025 or 2025-05-15, or "
                       "choose the day from the calendar.");
    CHECK(a.profile.date == "2025-05-15");  // refused: nothing changed
    CHECK(a.updated_at == kNow);
    CHECK(set_profile_date(a, "", kNow).changed());
    CHECK(a.profile.date.empty());

    // Lengths in characters: 300 Chinese characters are a name, 301 are cut.
    std::string name;
    for (int i = 0; i < 301; ++i) name += "\xE5\x9B\xBE";  // 图
    e = set_profile_text(a, ProfileText::Branch, name, kNow);
    CHECK(e.result == Edit::Cut);
    CHECK(utf8_chars(a.profile.branch) == 300);
    CHECK(a.profile.branch.size() == 900);
    CHECK(e.message.find("at most 300 characters") != std::string::npos);

    // Roles: one a line, blank lines are no roles.
    CHECK(set_auditor_roles(a, "Branch manager\n\n  \nYouth services librarian\r\n", kNow).changed());
    CHECK(a.profile.auditor_roles == std::vector<std::string>{"Branch manager", "Youth services librarian"});

    // Bytes that are not UTF-8 (a lone surrogate's bytes) become the replacement sign.
    CHECK(set_profile_text(a, ProfileText::Library, "Caf\xED\xA0\x80 Library\0x", kNow).changed());
    CHECK(a.profile.library == "Caf\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD Library");

    // Plan progress: a due date refused leaves no empty entry behind.
    const std::string key = action_key("mini-welcome", "door-open", "prop-hours");
    a.actions.erase(key);
    CHECK(set_action_due(a, key, "May 15, 2025", kNow).changed());
    CHECK(a.actions.at(key).due == "2025-05-15");
    CHECK(set_action_due(a, key, "soon", kNow).result == Edit::Refused);
    CHECK(a.actions.at(key).due == "2025-05-15");
    const std::string other = action_key("mini-welcome", "door-open", "other");
    CHECK(set_action_due(a, other, "soon", kNow).result == Edit::Refused);
    CHECK(a.actions.count(other) == 0);
    CHECK(set_action_status(a, key, "finished", kNow).result == Edit::Refused);
    CHECK(set_action_status(a, key, "done", kNow).changed());
}

TEST_CASE("an audit kept with a bad date and a due date in words opens, with both said and kept") {
    // As the version before issue 20 saved it: the date typed as a US date,
    // a due date in words. Both were refused at load; now the audit opens.
    const std::string text = wa_test::edited("audit-mini.json", [](nlohmann::json& j) {
        j["profile"]["date"] = "05/15/2025 ";
        j["actions"]["mini-welcome"]["door-open"]["prop-hours"]["due"] = "May 15, 2025";
    });
    Loaded<Audit> l = load_audit(text, "kept in the browser", PhotoRefs::Allowed);
    REQUIRE(l.ok());
    CHECK_FALSE(has_errors(l.problems));
    CHECK(l.value->profile.date == "05/15/2025 ");  // kept as it was, until the person fixes it
    const std::string all = wa_test::all_text(l.problems);
    CHECK(all.find("Date of the audit: \"05/15/2025 \" is not a date the app can read (it may mean Thursday, May "
                   "15, 2025). Choose the day on the Library screen.") != std::string::npos);
    CHECK(all.find("the due date \"May 15, 2025\" is not a date (it may mean Thursday, May 15, 2025)") !=
          std::string::npos);
    CHECK(all.find("Plan action \"") != std::string::npos);  // named by its text, not a JSON path alone

    const std::vector<ValueToFix> fixes = values_to_fix(*l.value);
    REQUIRE(fixes.size() == 2);
    CHECK(fixes[0].field == "profile-date");
    CHECK(fixes[1].field == "due");
    CHECK(fixes[1].key == "mini-welcome/door-open/prop-hours");

    // Written back unchanged, it opens again the same way; the plan file, the
    // CLI's reader (load_any) and next year's audit take it too.
    Audit a = *l.value;
    const std::string again = audit_to_json_text(a);
    Loaded<Audit> l2 = load_audit(again, "again");
    REQUIRE(l2.ok());
    CHECK(*l2.value == a);
    CHECK(load_any(again, "again.json").ok());
    Loaded<PlanDoc> plan = load_plan(plan_to_json(a, kNow), "plan.json");
    REQUIRE(plan.ok());
    CHECK_FALSE(has_errors(plan.problems));
    const Audit next = follow_up_audit(a, "2026-05-01", kNow);
    CHECK(load_audit(audit_to_json_text(next), "next.json").ok());

    // Fixed through the setters, nothing is left to say.
    CHECK(set_profile_date(a, a.profile.date, kNow).changed());
    CHECK(set_action_due(a, "mini-welcome/door-open/prop-hours", "May 15, 2025", kNow).changed());
    CHECK(values_to_fix(a).empty());
    Loaded<Audit> l3 = load_audit(audit_to_json_text(a), "fixed");
    REQUIRE(l3.ok());
    CHECK(l3.problems.empty());
}

namespace {

// Text of any script and length, as people type or paste it (and worse).
std::string random_text(std::mt19937& rng, std::size_t max_chars) {
    static const char* const kPieces[] = {
        "a", "Z", " ", "  ", "\n", "\t", "\"", "\\", "/", "<b>", "&amp;", "=1+2", "-", "0", "9", ",", ".",
        "\xC3\xA9", "\xC3\xB1", "\xD0\x96", "\xD7\xA9", "\xD8\xB9", "\xE0\xA4\x95", "\xE0\xB8\x81", "\xE5\x9B\xBE",
        "\xED\x95\x9C", "\xF0\x9F\x98\x80", "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\xA6\xBD", "e\xCC\x81",
        "\xE2\x80\xAE", "\x01", "\x1F", "\x7F", "\xED\xA0\x80", "\xFF", "\xC3", "\0"};
    std::uniform_int_distribution<int> piece(0, static_cast<int>(sizeof kPieces / sizeof *kPieces) - 1);
    std::uniform_int_distribution<int> kind(0, 9);
    std::size_t n = 0;
    switch (kind(rng)) {
        case 0: n = 0; break;
        case 1: n = max_chars + std::uniform_int_distribution<std::size_t>(0, 30)(rng); break;  // over the rule
        case 2: n = std::uniform_int_distribution<std::size_t>(0, max_chars)(rng); break;
        default: n = std::uniform_int_distribution<std::size_t>(1, 40)(rng); break;
    }
    std::string s;
    for (std::size_t i = 0; i < n; ++i) {
        const char* p = kPieces[piece(rng)];
        s.append(p, p[0] == '\0' ? 1 : std::strlen(p));
    }
    return s;
}

std::string random_date_text(std::mt19937& rng) {
    static const char* const kDates[] = {"2025-05-15", "05/15/2025", "May 15, 2025", "15/05/2025", "2025-02-30",
                                         "next week", "", " 2026-01-31 ", "13/13/2013", "2024-02-29", "5/15/25",
                                         "Thursday, May 15, 2025", "1899-12-31", "2025-5-1"};
    std::uniform_int_distribution<int> d(0, static_cast<int>(sizeof kDates / sizeof *kDates));
    const int i = d(rng);
    if (i == static_cast<int>(sizeof kDates / sizeof *kDates)) return random_text(rng, 12);
    return kDates[i];
}

// Random edits through the model's own setters and the core functions the
// app calls; what they keep must load back equal, with no problem at all.
void random_edits(Audit& a, std::mt19937& rng, int count) {
    std::vector<std::pair<const Checklist*, const Item*>> items;
    for (const Checklist& c : a.checklists)
        for (const Section& s : c.sections)
            for (const Item& it : s.items) items.push_back({&c, &it});
    REQUIRE_FALSE(items.empty());
    std::uniform_int_distribution<std::size_t> pick_item(0, items.size() - 1);
    std::uniform_int_distribution<int> op(0, 14);
    for (int k = 0; k < count; ++k) {
        const auto [c, it] = items[pick_item(rng)];
        const std::string action = it->actions.empty() ? kFindOutActionId
                                   : it->actions[std::uniform_int_distribution<std::size_t>(0, it->actions.size() - 1)(rng)].id;
        const std::string akey = action_key(c->id, it->id, action);
        switch (op(rng)) {
            case 0: set_profile_text(a, ProfileText::Library, random_text(rng, kMaxNameChars), kNow); break;
            case 1: set_profile_text(a, ProfileText::Branch, random_text(rng, kMaxNameChars), kNow); break;
            case 2: set_profile_date(a, random_date_text(rng), kNow); break;
            case 3: set_auditor_roles(a, random_text(rng, 2 * kMaxNameChars), kNow); break;
            case 4: set_item_note(a, c->id, it->id, random_text(rng, kMaxLongTextChars), kNow); break;
            case 5: set_action_text(a, akey, ActionText::Owner, random_text(rng, kMaxNameChars), kNow); break;
            case 6: set_action_text(a, akey, ActionText::CostEstimate, random_text(rng, kMaxNameChars), kNow); break;
            case 7: set_action_text(a, akey, ActionText::Notes, random_text(rng, kMaxLongTextChars), kNow); break;
            case 8: set_action_due(a, akey, random_date_text(rng), kNow); break;
            case 9: {
                static const char* const kStatus[] = {"todo", "doing", "done", "finished", ""};
                set_action_status(a, akey, kStatus[std::uniform_int_distribution<int>(0, 4)(rng)], kNow);
                break;
            }
            case 10:
                set_answer(a, c->id, it->id, static_cast<Answer>(std::uniform_int_distribution<int>(0, 5)(rng)), kNow);
                break;
            case 11: add_link_evidence(a, c->id, it->id, "https://example.org/" + random_text(rng, 30), kNow); break;
            case 12:
                if (it->tally) tally_step(response_for(a, c->id, it->id), rng() % 2 == 0, rng() % 4 == 0 ? -1 : 1, kNow);
                break;
            case 14: {
                static const char* const kKinds[] = {"public", "private", "not-sure", "county", ""};
                set_library_kind(a, kKinds[std::uniform_int_distribution<int>(0, 4)(rng)], kNow);
                break;
            }
            case 13:
                if (it->measure) {
                    // As the Audit screen does: the typed figure, read and checked, in either unit.
                    double v = 0;
                    const std::string unit = rng() % 2 == 0 || it->measure->metric_unit.empty() ? it->measure->unit
                                                                                               : it->measure->metric_unit;
                    const std::string typed = std::to_string(static_cast<int>(rng() % 4000) - 100) +
                                              (rng() % 2 ? ",5" : "");
                    if (read_typed_figure(typed, v) && check_figure(*it->measure, v, unit) == FigureCheck::Fine)
                        set_measurement(response_for(a, c->id, it->id), v, unit, kNow);
                }
                break;
        }
    }
}

}  // namespace

TEST_CASE("property: random edits through the setters always load back equal, without a word") {
    // Seeded, and the seed printed, so a failure is found again: WA_EDIT_SEED=n.
    const char* env = std::getenv("WA_EDIT_SEED");
    const unsigned seed = env ? static_cast<unsigned>(std::strtoul(env, nullptr, 10)) : std::random_device{}();
    MESSAGE("edit property seed " << seed << " (WA_EDIT_SEED=" << seed << " to repeat)");
    std::mt19937 rng(seed);
    Audit a = new_audit(Profile{}, {wa_test::shipped_checklist("physical-access.json"),
                                    wa_test::shipped_checklist("welcome-behaviors.json")}, kNow);
    for (int round = 0; round < 40; ++round) {
        CAPTURE(round);
        random_edits(a, rng, 25);
        CHECK(values_to_fix(a).empty());
        const std::string text = audit_to_json_text(a);
        Loaded<Audit> back = load_audit(text, "audit.json");
        CAPTURE(wa_test::all_text(back.problems));
        REQUIRE(back.ok());
        CHECK(back.problems.empty());
        CHECK(*back.value == a);
        CHECK(audit_to_json_text(*back.value) == text);
        if (round % 8 != 7) continue;
        // What the app writes from it loads too: the plan (Compare), next year's audit, the exports.
        const std::string plan = plan_to_json(a, kNow);
        Loaded<PlanDoc> p = load_plan(plan, "plan.json");
        CAPTURE(wa_test::all_text(p.problems));
        REQUIRE(p.ok());
        CHECK(p.problems.empty());
        CHECK(load_any(plan, "plan.json").ok());
        const Audit next = follow_up_audit(a, "2027-05-01", kNow);
        Loaded<Audit> n = load_audit(audit_to_json_text(next), "next.json");
        REQUIRE(n.ok());
        CHECK(n.problems.empty());
        CHECK_FALSE(plan_to_csv(a).empty());
        CHECK_FALSE(plan_to_html(a, kNow).empty());
        CHECK_FALSE(plan_to_markdown(a, kNow).empty());
        CHECK_FALSE(summary_text(a).empty());
    }
}
