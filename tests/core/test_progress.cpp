// Progress since the last audit (core/progress.h): matched by stable item
// ids, across a checklist version that moved and merged items.
#include <algorithm>

#include <doctest/doctest.h>

#include "core/export.h"
#include "core/progress.h"
#include "core/scoring.h"
#include "test_util.h"

using namespace wa;

namespace {

const std::string kNow = "2025-05-01T09:00:00Z";

// mini-welcome 1.1.0 as a checklist editor would write it: "greeting" and
// "sign-visible" are merged into one new question, "welcome-at-door".
Checklist merged_version(const Checklist& v1) {
    Checklist c = v1;
    c.version = "1.1.0";
    Section& entrance = c.sections[0];
    Item merged = *find_item(c, "greeting");
    merged.id = "welcome-at-door";
    merged.prompt = "Are people greeted, and is the welcome sign visible, at the door?";
    entrance.items.erase(std::remove_if(entrance.items.begin(), entrance.items.end(),
                                        [](const Item& i) { return i.id == "greeting" || i.id == "sign-visible"; }),
                         entrance.items.end());
    entrance.items.push_back(merged);
    c.retired.push_back({"greeting", "mini-welcome/welcome-at-door", "Merged with the sign question."});
    c.retired.push_back({"sign-visible", "mini-welcome/welcome-at-door", "Merged with the greeting question."});
    return c;
}

// Last year's audit (the fixture: door not met, sign met, greeting partly,
// quiet room not sure, visual schedule not applicable), its door action done
// during the year; this year's started from it and moved to 1.1.0.
Audit this_year() {
    Audit last = wa_test::mini_audit();
    action_state_for(last, "mini-welcome/door-open/prop-hours").status = "done";
    Audit now = follow_up_audit(last, "2025-05-01", kNow);
    REQUIRE(add_or_update_checklist(now, merged_version(last.checklists[0])));
    set_answer(now, "mini-welcome", "door-open", Answer::Met, kNow);          // not met -> met: better
    set_answer(now, "mini-welcome", "welcome-at-door", Answer::Met, kNow);    // partly (greeting) -> met: better
    set_answer(now, "mini-welcome", "quiet-room", Answer::NotMet, kNow);      // not sure -> not met: first answer
    set_answer(now, "mini-welcome", "visual-schedule", Answer::NotApplicable, kNow);  // the same
    return now;
}

} // namespace

TEST_CASE("progress: next year's audit remembers last year's answers and plan, in short") {
    Audit last = wa_test::mini_audit();
    Audit now = follow_up_audit(last, "2025-05-01", kNow);
    CHECK(now.responses.empty());
    CHECK(now.previous.source == "audit");
    CHECK(now.previous.name == "Riverside Public Library, Eastside (2024-05-01)");
    CHECK(now.previous.date == "2024-05-01");
    CHECK(now.previous.versions.at("mini-welcome") == "1.0.0");
    CHECK(now.previous.answers.size() == 5);
    CHECK(now.previous.answers.at("mini-welcome/greeting") == Answer::Partly);
    CHECK(now.previous.actions.at("mini-welcome/door-open/prop-hours") == "doing");
    CHECK(progress_since(last).has_previous == false);
}

TEST_CASE("progress: a version change that merged two items compares them with their new home") {
    const Audit now = this_year();
    const Progress p = progress_since(now);
    REQUIRE(p.has_previous);
    REQUIRE(p.checklists.size() == 1);
    const ChecklistProgress& c = p.checklists[0];
    CHECK(c.version_before == "1.0.0");
    CHECK(c.version_now == "1.1.0");
    CHECK(p.overall.improved == 2);
    CHECK(p.overall.worse == 0);
    CHECK(p.overall.newly_answered == 1);
    CHECK(p.overall.unchanged == 1);
    CHECK(p.overall.unknown == 0);
    REQUIRE(c.changed.size() == 3);
    CHECK(c.changed[0].key == "mini-welcome/door-open");
    CHECK(c.changed[0].before == Answer::NotMet);
    CHECK(c.changed[0].change == Change::Improved);
    CHECK(c.changed[1].key == "mini-welcome/welcome-at-door");
    CHECK(c.changed[1].moved_from == "greeting");  // the first retired item wins, as in add_or_update_checklist
    CHECK(c.changed[1].before == Answer::Partly);
    CHECK(c.changed[1].change == Change::Improved);
    CHECK(c.changed[2].key == "mini-welcome/quiet-room");
    CHECK(c.changed[2].change == Change::NewlyAnswered);
    // Sections: entrance got better; the score before is last year's answers on this year's items.
    REQUIRE(c.sections.size() == 2);
    CHECK(c.sections[0].counts.improved == 2);
    // Entrance last year on this year's items: door (weight 3) not met, the merged item (1) partly: 0.5 of 4.
    CHECK(c.sections[0].before_percent == doctest::Approx(12.5));
    CHECK(c.sections[0].now_percent == doctest::Approx(100.0));
    CHECK(c.now_percent == doctest::Approx(100.0 * 4.0 / 6.0));  // the quiet room (2) not met
    // Last year's plan: the door action was done during the year.
    REQUIRE(p.done_then.size() == 1);
    CHECK(p.done_then[0].text == find_item(now.checklists[0], "door-open")->actions[0].text);
    CHECK(p.done_since.empty());
}

TEST_CASE("progress: a worse answer, and an action done since the audit began") {
    Audit now = this_year();
    set_answer(now, "mini-welcome", "door-open", Answer::Partly, kNow);
    set_answer(now, "mini-welcome", "welcome-at-door", Answer::NotMet, kNow);
    action_state_for(now, "mini-welcome/door-open/prop-hours").status = "done";  // done then too: not counted again
    action_state_for(now, "mini-welcome/quiet-room/find-out").status = "done";
    const Progress p = progress_since(now);
    CHECK(p.overall.improved == 1);
    CHECK(p.overall.worse == 1);
    REQUIRE(p.done_since.size() == 1);
    CHECK(p.done_since[0].text.rfind("Find out: ", 0) == 0);
    const std::vector<std::string> lines = what_changed(p);
    std::string all;
    for (const std::string& l : lines) all += l + "\n";
    CHECK(all.find("Compared with the audit of Riverside Public Library, Eastside (2024-05-01).") != std::string::npos);
    CHECK(all.find("1 item better, 1 worse, 1 the same, 1 answered for the first time.") != std::string::npos);
    CHECK(all.find("checklist version 1.0.0 then, 1.1.0 now") != std::string::npos);
    CHECK(all.find("Worse: Are people greeted, and is the welcome sign visible, at the door? (Partly met then, Not met now).") !=
          std::string::npos);
    CHECK(all.find("1 action of last year's plan done; 1 more done since this audit began.") != std::string::npos);
}

TEST_CASE("progress: the summary survives saving and reopening, and reaches every report") {
    const Audit now = this_year();
    const std::string text = audit_to_json_text(now);
    CHECK(text.find("\"previous\": {") != std::string::npos);
    auto back = load_audit(text, "now.json");
    REQUIRE_MESSAGE(back.ok(), wa_test::all_text(back.problems));
    CHECK(back.value->previous == now.previous);
    CHECK(*back.value == now);
    CHECK(audit_to_json_text(*back.value) == text);
    CHECK(progress_since(*back.value).overall == progress_since(now).overall);

    CHECK(plan_to_html(now).find("<h2 id=\"since-last\">Since the last audit</h2>") != std::string::npos);
    CHECK(plan_to_markdown(now).find("## Since the last audit\n\n- Compared with") != std::string::npos);
    CHECK(summary_text(now).find("Since the last audit:\n- Compared with") != std::string::npos);
    // An audit without a previous one: no section, and the file has no "previous".
    const Audit first = wa_test::mini_audit();
    CHECK(plan_to_html(first).find("Since the last audit") == std::string::npos);
    CHECK(audit_to_json_text(first).find("\"previous\"") == std::string::npos);
}

TEST_CASE("progress: a bad summary in a file is left out with a warning in words; the audit opens") {
    const std::string text = wa_test::edited("audit-mini.json", [](nlohmann::json& j) {
        j["previous"] = {{"source", "guess"}, {"name", "x"}, {"date", "2024-13-01"}, {"versions", {{"mini-welcome", "one"}}},
                         {"answers", {{"mini-welcome", {{"door-open", "great"}}}}},
                         {"actions", {{"mini-welcome", {{"door-open", {{"prop-hours", "todo"}}}}}}}};
    });
    auto l = load_audit(text, "a.json");
    REQUIRE(l.ok());
    CHECK(l.value->previous.empty());
    CHECK(l.value->responses.size() == 5);
    const std::string all = wa_test::all_text(l.problems);
    CHECK(all.find("a.json at /previous: warning: the comparison with the last audit could not be read") != std::string::npos);
    CHECK(all.find("source must be \"audit\" or \"plan\"") != std::string::npos);
    // Each rule on its own.
    auto check_one = [&](nlohmann::json prev, const char* words) {
        const std::string t = wa_test::edited("audit-mini.json", [&](nlohmann::json& j) { j["previous"] = prev; });
        auto one = load_audit(t, "x.json");
        REQUIRE(one.ok());
        CHECK_MESSAGE(wa_test::all_text(one.problems).find(words) != std::string::npos, words);
    };
    const nlohmann::json good = {{"source", "audit"}, {"name", "x"}, {"date", ""}, {"versions", nlohmann::json::object()},
                                 {"answers", nlohmann::json::object()}, {"actions", nlohmann::json::object()}};
    auto with = [&](const char* key, nlohmann::json v) { nlohmann::json g = good; g[key] = v; return g; };
    check_one(with("date", "2024-13-01"), "date must be a day like 2024-05-01");
    check_one(with("versions", {{"mini-welcome", "one"}}), "a checklist version must be like 1.2.0");
    check_one(with("answers", {{"mini-welcome", {{"door-open", "great"}}}}), "an answer must be met, partly");
    check_one(with("actions", {{"mini-welcome", {{"door-open", {{"prop-hours", "todo"}}}}}}), "must be doing or done");
    auto fine = load_audit(wa_test::edited("audit-mini.json", [&](nlohmann::json& j) { j["previous"] = good; }), "x.json");
    REQUIRE(fine.ok());
    CHECK(fine.problems.empty());
    CHECK(fine.value->previous.source == "audit");
}

TEST_CASE("progress: last year's plan instead of its audit knows only the items that needed action") {
    Audit last = wa_test::mini_audit();
    Audit now = follow_up_audit(last, "2025-05-01", kNow);
    now.previous = previous_of(make_plan_doc(last, "2024-05-02T00:00:00Z"));
    CHECK(now.previous.source == "plan");
    CHECK(now.previous.answers.size() == 3);  // door, greeting, quiet room (find out); not the met sign
    set_answer(now, "mini-welcome", "door-open", Answer::Met, kNow);
    set_answer(now, "mini-welcome", "sign-visible", Answer::Met, kNow);
    const Progress p = progress_since(now);
    CHECK(p.overall.improved == 1);
    CHECK(p.overall.unknown == 1);
    CHECK(p.before_percent < 0);  // a plan's items alone give no fair score
    const std::vector<std::string> lines = what_changed(p);
    REQUIRE(!lines.empty());
    CHECK(lines[0] == "Compared with the plan of Riverside Public Library, Eastside (2024-05-01).");
}

TEST_CASE("progress: the overall score compares like with like, and says which checklists it leaves out") {
    // Last year: the mini checklist and a second one, all answered; this year:
    // the mini checklist only, and a checklist that is new this time.
    Audit last = wa_test::mini_audit();
    Checklist other = last.checklists[0];
    other.id = "other-check";
    other.title = "Other check";
    REQUIRE(add_or_update_checklist(last, other));
    for (const Section& s : other.sections)
        for (const Item& it : s.items) set_answer(last, other.id, it.id, Answer::NotMet, kNow);
    Audit now = follow_up_audit(last, "2025-05-01", kNow);
    now.checklists.erase(std::remove_if(now.checklists.begin(), now.checklists.end(),
                                        [](const Checklist& c) { return c.id == "other-check"; }),
                         now.checklists.end());
    Checklist fresh = last.checklists[0];
    fresh.id = "fresh-check";
    fresh.title = "Fresh check";
    REQUIRE(add_or_update_checklist(now, fresh));
    for (const Checklist& c : {last.checklists[0], fresh})
        for (const Section& s : c.sections)
            for (const Item& it : s.items) set_answer(now, c.id, it.id, Answer::Met, kNow);
    const Progress p = progress_since(now);
    CHECK(p.shared_checklists == 1);
    CHECK(p.dropped_checklists == 1);
    REQUIRE(p.new_checklists.size() == 1);
    CHECK(p.new_checklists[0] == "Fresh check");
    // Then: the mini checklist's own score last year (not pulled down by the
    // other checklist's Not met); now: the mini checklist alone (not the fresh one).
    const Scores then_scores = score(last);
    CHECK(p.before_percent == doctest::Approx(then_scores.checklists[0].tally.percent()));
    CHECK(p.now_percent == doctest::Approx(100.0));
    std::string all;
    for (const std::string& l : what_changed(p)) all += l + "\n";
    CAPTURE(all);
    CHECK(all.find("Overall score, on the 1 checklist both audits used: ") != std::string::npos);
    CHECK(all.find("New this time, so not in that score: Fresh check.") != std::string::npos);
    CHECK(all.find("The last audit also used 1 checklist this one does not; it is not in that score.") !=
          std::string::npos);
}
