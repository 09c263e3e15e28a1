#include "core/progress.h"

#include <map>

#include "core/dates.h"
#include "core/export.h"
#include "core/export_common.h"
#include "core/json_fields.h"
#include "core/json_writer.h"
#include "core/report_words.h"
#include "core/scoring.h"

namespace wa {

bool operator==(const PreviousAudit& a, const PreviousAudit& b) {
    return a.source == b.source && a.name == b.name && a.date == b.date && a.versions == b.versions &&
           a.answers == b.answers && a.actions == b.actions;
}

namespace {

std::string name_of(const Profile& p) {
    std::string name = library_line(p);
    if (!p.date.empty()) name += " (" + p.date + ")";
    return name;
}

// Only "doing" and "done" are kept: "todo" is what an action is when nothing was entered.
void keep_status(PreviousAudit& p, const std::string& key, const std::string& status) {
    if (status == "doing" || status == "done") p.actions[key] = status;
}

} // namespace

// What either kind of file says about itself: the library, the date.
static PreviousAudit previous_from(const char* source, const Profile& profile) {
    PreviousAudit p;
    p.source = source;
    p.name = name_of(profile);
    p.date = profile.date;
    return p;
}

PreviousAudit previous_of(const Audit& last) {
    PreviousAudit p = previous_from("audit", last.profile);
    for (const Checklist& c : last.checklists) p.versions[c.id] = c.version;
    for (const auto& [key, r] : last.responses)
        if (r.answer != Answer::Unanswered) p.answers[key] = r.answer;
    for (const auto& [key, s] : last.actions) keep_status(p, key, s.status);
    return p;
}

PreviousAudit previous_of(const PlanDoc& last) {
    PreviousAudit p = previous_from("plan", last.profile);
    for (const PlanChecklistRef& c : last.checklists) p.versions[c.id] = c.version;
    for (const PlanAction& a : last.actions) {
        if (a.answer != Answer::Unanswered) p.answers.emplace(item_key(a.checklist_id, a.item_id), a.answer);
        keep_status(p, a.key, a.state.status);
    }
    return p;
}

// --- in the audit file ----------------------------------------------------------

namespace {

// {"a": {"b": value}} from keys "a/b" (or {"a": {"b": {"c": value}}} from "a/b/c").
template <class Map, class Write>
void write_nested(JsonWriter& w, const Map& m, std::size_t depth, Write write_value) {
    std::map<std::string, std::map<std::string, std::map<std::string, const typename Map::mapped_type*>>> tree;
    std::string_view parts[3];
    for (const auto& [key, v] : m) {
        if (split_key(key, parts) != depth) continue;
        tree[std::string(parts[0])][std::string(parts[1])][depth == 3 ? std::string(parts[2]) : ""] = &v;
    }
    w.begin_object();
    for (const auto& [c, items] : tree) {
        w.key(c);
        w.begin_object();
        for (const auto& [i, leaves] : items) {
            w.key(i);
            if (depth == 2) {
                write_value(*leaves.begin()->second);
                continue;
            }
            w.begin_object();
            for (const auto& [a, v] : leaves) {
                w.key(a);
                write_value(*v);
            }
            w.end_object();
        }
        w.end_object();
    }
    w.end_object();
}

bool check_id(std::string_view key, const JsonPlace& place, Diagnostics& diag) {
    if (is_valid_id(key)) return true;
    diag.error(place.str(), quote_text(key) + " is not a valid id (2 to 64 lowercase letters, digits and dashes)");
    return false;
}

// Each leaf of {"a": {"b": "text"}} (depth 2) or {"a": {"b": {"c": "text"}}} (depth 3).
template <class Use>
void read_nested(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, int depth, Use use) {
    if (!expect_object(j, place, diag, "this list")) return;
    for (const JsonNode& c : j) {
        const JsonPlace cp(place, c.key());
        if (!check_id(c.key(), cp, diag) || !expect_object(c, cp, diag, "the entries of a checklist")) continue;
        for (const JsonNode& i : c) {
            const JsonPlace ip(cp, i.key());
            if (!check_id(i.key(), ip, diag)) continue;
            if (depth == 2) {
                use(item_key(c.key(), i.key()), i, ip);
                continue;
            }
            if (!expect_object(i, ip, diag, "the actions of an item")) continue;
            for (const JsonNode& a : i) {
                const JsonPlace ap(ip, a.key());
                if (check_id(a.key(), ap, diag)) use(action_key(c.key(), i.key(), a.key()), a, ap);
            }
        }
    }
}

} // namespace

void write_previous(JsonWriter& w, const PreviousAudit& p) {
    w.key("previous");
    w.begin_object();
    w.field_str("source", p.source);
    w.field_str("name", p.name);
    w.field_str("date", p.date);
    w.key("versions");
    w.begin_object();
    for (const auto& [id, v] : p.versions) w.field_str(id, v);
    w.end_object();
    w.key("answers");
    write_nested(w, p.answers, 2, [&w](Answer a) { w.string(answer_id(a)); });
    w.key("actions");
    write_nested(w, p.actions, 3, [&w](const std::string& s) { w.string(s); });
    w.end_object();
}

namespace {

void read_previous_fields(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, PreviousAudit& out) {
    if (!expect_object(j, place, diag, "the previous audit")) return;
    Fields f(j, place, diag, "the previous audit");
    f.reject_unknown({"source", "name", "date", "versions", "answers", "actions"});
    if (f.text("source", out.source, kRequired | kNotEmpty, 20) && out.source != "audit" && out.source != "plan")
        diag.error(f.path("source"), "source must be \"audit\" or \"plan\", but it is " + quote_text(out.source));
    f.text("name", out.name, kRequired, 2000);
    if (f.text("date", out.date, kRequired, 20) && !out.date.empty() && !is_iso_date(out.date))
        diag.error(f.path("date"), "date must be a day like 2024-05-01, but it is " + quote_text(out.date));
    if (const JsonNode* v = f.object("versions", kRequired)) {
        const JsonPlace vp(place, "versions");
        for (const JsonNode& c : *v) {
            const JsonPlace cp(vp, c.key());
            if (!check_id(c.key(), cp, diag)) continue;
            if (!is_valid_version(c.text()))
                diag.error(cp.str(), "a checklist version must be like 1.2.0, but it is " + describe_value(c));
            else out.versions[std::string(c.key())] = std::string(c.text());
        }
    }
    if (const JsonNode* a = f.object("answers", kRequired))
        read_nested(*a, JsonPlace(place, "answers"), diag, 2, [&](std::string key, const JsonNode& v, const JsonPlace& p) {
            Answer answer;
            if (!parse_answer(v.text(), answer))
                diag.error(p.str(), "an answer must be met, partly, not-met, not-applicable or not-sure, but it is " +
                                        describe_value(v));
            else out.answers[key] = answer;
        });
    if (const JsonNode* a = f.object("actions", kRequired))
        read_nested(*a, JsonPlace(place, "actions"), diag, 3, [&](std::string key, const JsonNode& v, const JsonPlace& p) {
            if (v.text() != "doing" && v.text() != "done")
                diag.error(p.str(), "an action's state here must be doing or done, but it is " + describe_value(v));
            else out.actions[key] = std::string(v.text());
        });
}

} // namespace

// A broken summary never costs the audit: it is left out, with a warning
// that names its first problem.
void read_previous(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, PreviousAudit& out) {
    Diagnostics mine(diag.file_name());
    read_previous_fields(j, place, mine, out);
    if (!mine.has_errors()) return;
    out = {};
    std::string first;
    for (const Problem& p : mine.take())
        if (p.severity == Severity::Error && first.empty()) first = p.where + ": " + p.message;
    diag.warning(place.str(), "the comparison with the last audit could not be read, so it is left out (the rest of "
                              "the audit is fine). The first problem: " + first);
}

// --- the comparison ------------------------------------------------------------------

const char* change_label(Change c) {
    const int i = static_cast<int>(c);
    return i >= 0 && i < 6 ? report_words().changes[i] : "";
}

void ChangeCounts::add(Change c) {
    switch (c) {
    case Change::Improved: ++improved; break;
    case Change::Unchanged: ++unchanged; break;
    case Change::Worse: ++worse; break;
    case Change::NewlyAnswered: ++newly_answered; break;
    case Change::NoScoreNow: ++no_score_now; break;
    case Change::Unknown: ++unknown; break;
    }
}

void ChangeCounts::add(const ChangeCounts& o) {
    improved += o.improved;
    unchanged += o.unchanged;
    worse += o.worse;
    newly_answered += o.newly_answered;
    no_score_now += o.no_score_now;
    unknown += o.unknown;
}

bool operator==(const ChangeCounts& a, const ChangeCounts& b) {
    return a.improved == b.improved && a.unchanged == b.unchanged && a.worse == b.worse &&
           a.newly_answered == b.newly_answered && a.no_score_now == b.no_score_now && a.unknown == b.unknown;
}

namespace {

// met 1 > partly 0.5 > not met 0; -1 for no score.
double rank(Answer a) { return answer_is_scored(a) ? answer_credit(a) : -1; }

// false: nothing to say about this item (no answer either time).
bool classify(Answer before, bool known, Answer now, Change& out) {
    if (!known) {
        if (now == Answer::Unanswered) return false;
        out = Change::Unknown;
        return true;
    }
    const double rb = rank(before), rn = rank(now);
    if (rb < 0 && rn < 0) {
        if (now == Answer::Unanswered || before == Answer::Unanswered) {
            if (now == Answer::Unanswered) return false;
            out = Change::NewlyAnswered;  // e.g. not answered -> not applicable: an answer, if not a score
            return true;
        }
        out = Change::Unchanged;
        return true;
    }
    if (rb < 0) out = Change::NewlyAnswered;
    else if (rn < 0) out = Change::NoScoreNow;
    else out = rn > rb ? Change::Improved : rn < rb ? Change::Worse : Change::Unchanged;
    return true;
}

// Last year's answers carried to this year's checklists: retired items'
// answers move to their new homes, as when an audit takes a new version.
Audit carried_forward(const Audit& now, std::map<std::string, std::string>& moved_from) {
    const PreviousAudit& prev = now.previous;
    Audit then;
    for (const auto& [key, answer] : prev.answers) then.responses[key].answer = answer;
    for (const Checklist& c : now.checklists)
        for (const RetiredItem& r : c.retired)
            if (!r.moved_to.empty() && prev.answers.count(item_key(c.id, r.id)) && !prev.answers.count(r.moved_to) &&
                !moved_from.count(r.moved_to))
                moved_from[r.moved_to] = r.id;
    for (const Checklist& c : now.checklists) add_or_update_checklist(then, c);
    return then;
}

std::string action_text(const Audit& now, const std::string& key, std::string* checklist_title) {
    std::string_view parts[3];
    if (split_key(key, parts) != 3) return key;
    const Checklist* c = find_checklist(now, parts[0]);
    if (!c) return key;
    *checklist_title = c->title;
    const Item* item = find_item(*c, parts[1]);
    if (!item)
        for (const RetiredItem& r : c->retired)
            if (r.id == parts[1] && r.moved_to.size() > c->id.size() && r.moved_to.compare(0, c->id.size() + 1, c->id + "/") == 0)
                item = find_item(*c, std::string_view(r.moved_to).substr(c->id.size() + 1));
    if (!item) return key;
    if (parts[2] == kFindOutActionId) return "Find out: " + item->prompt;
    for (const RecommendedAction& a : item->actions)
        if (a.id == parts[2]) return a.text;
    return key;
}

const ChecklistScore* find_score(const Scores& s, const std::string& id) {
    for (const ChecklistScore& cs : s.checklists)
        if (cs.id == id) return &cs;
    return nullptr;
}

} // namespace

Progress progress_since(const Audit& now) {
    Progress p;
    const PreviousAudit& prev = now.previous;
    if (prev.empty()) return p;
    p.has_previous = true;
    p.previous_name = prev.name;
    p.previous_date = prev.date;
    p.source = prev.source;
    const bool complete = prev.source == "audit";  // a plan lists only items that needed action

    std::map<std::string, std::string> moved_from;
    const Audit then = carried_forward(now, moved_from);
    const Scores before = score(then), after = score(now);
    // The overall figures compare like with like: only the checklists both
    // audits used (a checklist new this time would pull "now" one way, and one
    // dropped since would pull "then" the other). The rest is named, not mixed in.
    Tally shared_before, shared_now;

    for (const Checklist& c : now.checklists) {
        ChecklistProgress cp;
        cp.id = c.id;
        cp.title = c.title;
        cp.version_now = c.version;
        auto v = prev.versions.find(c.id);
        if (v != prev.versions.end()) cp.version_before = v->second;
        const ChecklistScore* sb = find_score(before, c.id);
        const ChecklistScore* sa = find_score(after, c.id);
        if (complete && sb && !cp.version_before.empty()) cp.before_percent = sb->tally.percent();
        if (sa) cp.now_percent = sa->tally.percent();
        if (cp.version_before.empty()) {
            p.new_checklists.push_back(c.title);
        } else {
            ++p.shared_checklists;
            if (sb) shared_before.add(sb->tally);
            if (sa) shared_now.add(sa->tally);
        }
        for (std::size_t si = 0; si < c.sections.size(); ++si) {
            const Section& s = c.sections[si];
            SectionProgress sp;
            sp.id = s.id;
            sp.title = s.title;
            if (complete && sb && !cp.version_before.empty() && si < sb->sections.size())
                sp.before_percent = sb->sections[si].tally.percent();
            if (sa && si < sa->sections.size()) sp.now_percent = sa->sections[si].tally.percent();
            for (const Item& item : s.items) {
                if (asked_elsewhere(now, item)) continue;  // compared once, at its home, as it is scored
                const std::string key = item_key(c.id, item.id);
                const Response* rb = find_response(then, c.id, item.id);
                const Response* rn = find_response(now, c.id, item.id);
                const Answer before_answer = rb ? rb->answer : Answer::Unanswered;
                const Answer now_answer = rn ? rn->answer : Answer::Unanswered;
                const bool known = complete || before_answer != Answer::Unanswered;
                Change change;
                if (!classify(before_answer, known, now_answer, change)) continue;
                sp.counts.add(change);
                if (change == Change::Improved || change == Change::Worse || change == Change::NewlyAnswered) {
                    ItemChange ic;
                    ic.key = key;
                    ic.prompt = item.prompt;
                    auto m = moved_from.find(key);
                    if (m != moved_from.end()) ic.moved_from = m->second;
                    ic.before = before_answer;
                    ic.now = now_answer;
                    ic.change = change;
                    cp.changed.push_back(std::move(ic));
                }
            }
            cp.counts.add(sp.counts);
            cp.sections.push_back(std::move(sp));
        }
        p.overall.add(cp.counts);
        p.checklists.push_back(std::move(cp));
    }
    if (complete && p.shared_checklists > 0) p.before_percent = shared_before.percent();
    if (p.shared_checklists > 0) p.now_percent = shared_now.percent();
    for (const auto& [id, version] : prev.versions)
        if (!find_checklist(now, id)) ++p.dropped_checklists;

    for (const auto& [key, s] : now.actions) {
        auto was = prev.actions.find(key);
        if (s.status != "done" || (was != prev.actions.end() && was->second == "done")) continue;
        DoneAction d;
        d.key = key;
        d.text = action_text(now, key, &d.checklist_title);
        p.done_since.push_back(std::move(d));
    }
    for (const auto& [key, status] : prev.actions) {
        if (status != "done") continue;
        DoneAction d;
        d.key = key;
        d.text = action_text(now, key, &d.checklist_title);
        p.done_then.push_back(std::move(d));
    }
    return p;
}

namespace {

std::string percent_word(double pct) {
    return pct < 0 ? std::string(report_words().no_score) : percent_number(static_cast<long>(pct + 0.5));
}

const char* answer_word(Answer a) { return a == Answer::Unanswered ? report_words().not_answered : answer_label(a); }

} // namespace

std::vector<std::string> what_changed(const Progress& p) {
    std::vector<std::string> out;
    if (!p.has_previous) return out;
    const ReportWords& w = report_words();
    out.push_back(say(p.source == "plan" ? w.compared_plan : w.compared_audit, p.previous_name.c_str()));
    if (p.before_percent >= 0 || p.now_percent >= 0) {
        const std::string n = p.shared_checklists == 1 ? std::string(w.checklists_one)
                                                       : say(w.checklists_many, p.shared_checklists);
        out.push_back(say(w.overall_then_now, n.c_str(), percent_word(p.before_percent).c_str(),
                          percent_word(p.now_percent).c_str()));
    }
    if (!p.new_checklists.empty()) {
        std::string names;
        for (std::size_t i = 0; i < p.new_checklists.size(); ++i)
            names += (i == 0 ? "" : i + 1 == p.new_checklists.size() ? w.list_and : ", ") + p.new_checklists[i];
        out.push_back(say(w.new_this_time, names.c_str()));
    }
    if (p.dropped_checklists > 0)
        out.push_back(p.dropped_checklists == 1 ? std::string(w.dropped_one) : say(w.dropped_many, p.dropped_checklists));
    const ChangeCounts& c = p.overall;
    std::string counts = say(c.improved == 1 ? w.counts_one : w.counts_many, c.improved, c.worse, c.unchanged,
                             c.newly_answered);
    if (c.no_score_now) counts += say(w.counts_no_score, c.no_score_now);
    if (c.unknown) counts += say(w.counts_unknown, c.unknown);
    out.push_back(counts + ".");
    for (const ChecklistProgress& cp : p.checklists) {
        if (cp.version_before.empty()) {
            out.push_back(say(w.checklist_new, cp.title.c_str()));
            continue;
        }
        std::string line = say(w.checklist_then_now, cp.title.c_str(), percent_word(cp.before_percent).c_str(),
                               percent_word(cp.now_percent).c_str());
        if (cp.version_before != cp.version_now)
            line += say(w.version_moved, cp.version_before.c_str(), cp.version_now.c_str());
        out.push_back(line + ".");
    }
    // A few items by name, better first: the full list is in the app.
    for (Change want : {Change::Improved, Change::Worse}) {
        int shown = 0, more = 0;
        for (const ChecklistProgress& cp : p.checklists)
            for (const ItemChange& ic : cp.changed) {
                if (ic.change != want) continue;
                if (shown == 3) {
                    ++more;
                    continue;
                }
                ++shown;
                out.push_back(say(w.item_change, change_label(want), ic.prompt.c_str(), answer_word(ic.before),
                                  answer_word(ic.now)));
            }
        const bool better = want == Change::Improved;
        if (more == 1) out.push_back(better ? w.more_better_one : w.more_worse_one);
        else if (more) out.push_back(say(better ? w.more_better_many : w.more_worse_many, more));
    }
    if (!p.done_since.empty() || !p.done_then.empty())
        out.push_back(p.done_then.size() == 1 ? say(w.done_then_one, static_cast<int>(p.done_since.size()))
                                              : say(w.done_then_many, static_cast<int>(p.done_then.size()),
                                                    static_cast<int>(p.done_since.size())));
    return out;
}

namespace {

// The "what changed" list in a report's own markup; "" without a previous audit.
std::string progress_section(const Audit& a, const std::string& head, const char* item, const char* item_end,
                             std::string (*escape)(std::string_view), const char* foot) {
    const std::vector<std::string> lines = what_changed(progress_since(a));
    if (lines.empty()) return "";
    std::string out = head;
    for (const std::string& l : lines) out += item + escape(l) + item_end;
    return out + foot;
}

std::string as_is(std::string_view s) { return std::string(s); }

} // namespace

std::string progress_html(const Audit& a) {
    return progress_section(a,
                            "<section class=\"progress\" aria-labelledby=\"since-last\">\n<h2 id=\"since-last\">" +
                                html_escape(report_words().since_heading) + "</h2>\n<ul>\n",
                            "<li>", "</li>\n", html_escape, "</ul>\n</section>\n");
}

std::string progress_markdown(const Audit& a) {
    return progress_section(a, std::string("## ") + report_words().since_heading + "\n\n", "- ", "\n",
                            markdown_escape, "\n");
}

std::string progress_text(const Audit& a) {
    return progress_section(a, std::string(report_words().since_heading) + ":\n", "- ", "\n", as_is, "");
}

} // namespace wa
