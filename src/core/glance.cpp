#include "core/glance.h"

#include <cmath>
#include <map>

#include "core/audit.h"
#include "core/json_fields.h"
#include "core/json_writer.h"
#include "core/plan.h"
#include "core/report_words.h"
#include "core/scoring.h"

namespace wa {

bool operator==(const GlanceBar& a, const GlanceBar& b) {
    return a.id == b.id && a.label == b.label && a.percent == b.percent && a.score_text == b.score_text &&
           a.answered == b.answered && a.total == b.total && a.essential_gaps == b.essential_gaps;
}
bool operator==(const GlanceGap& a, const GlanceGap& b) {
    return a.key == b.key && a.checklist_title == b.checklist_title && a.prompt == b.prompt;
}
bool operator==(const GlanceWin& a, const GlanceWin& b) {
    return a.key == b.key && a.text == b.text && a.checklist_title == b.checklist_title && a.priority == b.priority;
}
bool operator==(const GlanceOpen& a, const GlanceOpen& b) {
    return a.checklist_id == b.checklist_id && a.title == b.title && a.unanswered == b.unanswered &&
           a.not_sure == b.not_sure;
}
bool operator==(const Glance& a, const Glance& b) {
    return a.overall == b.overall && a.checklists == b.checklists && a.essential_gaps == b.essential_gaps &&
           a.quick_wins == b.quick_wins && a.quick_wins_total == b.quick_wins_total &&
           a.not_answered == b.not_answered && a.measured == b.measured;
}

namespace {

GlanceBar bar_of(const std::string& id, const std::string& label, const Tally& t, int gaps) {
    GlanceBar b;
    b.id = id;
    b.label = label;
    const double pct = t.percent();
    // One decimal, as the plan file writes scores: the file and the picture agree.
    b.percent = pct < 0 ? -1 : std::round(pct * 10.0) / 10.0;
    b.score_text = percent_text(t);
    b.answered = t.answered();
    b.total = t.total;
    b.essential_gaps = gaps;
    return b;
}

// The prompt of each item: from the audit's checklists when there is one,
// else from the plan's actions (a plan file carries only those).
std::string prompt_of(const Audit* a, const std::vector<PlanAction>& plan, const std::string& checklist_id,
                      const std::string& key) {
    // "checklist/item"; a plan file edited by hand may hold any text there: then that text.
    const std::string prefix = checklist_id + "/";
    const std::string item_id = key.compare(0, prefix.size(), prefix) == 0 ? key.substr(prefix.size()) : key;
    if (a) {
        if (const Checklist* c = find_checklist(*a, checklist_id))
            if (const Item* it = find_item(*c, item_id)) return it->prompt;
    }
    for (const PlanAction& p : plan)
        if (p.checklist_id == checklist_id && p.item_id == item_id) return p.item_prompt;
    return item_id;
}

Glance build(const Audit* a, const Scores& s, const std::vector<PlanAction>& plan,
             const std::vector<PlanFigure>& figures) {
    Glance g;
    int all_gaps = 0;
    for (const ChecklistScore& cs : s.checklists) {
        const int gaps = static_cast<int>(cs.essential_gaps.size());
        all_gaps += gaps;
        g.checklists.push_back(bar_of(cs.id, cs.title, cs.tally, gaps));
        for (const std::string& key : cs.essential_gaps)
            g.essential_gaps.push_back({key, cs.title, prompt_of(a, plan, cs.id, key)});
        if (cs.tally.unanswered > 0 || cs.tally.not_sure > 0)
            g.not_answered.push_back({cs.id, cs.title, cs.tally.unanswered, cs.tally.not_sure});
    }
    g.overall = bar_of("", report_words().all_checklists, s.overall, all_gaps);
    // The plan is in priority order; among no-cost, hours-long actions that
    // is impact order, so the first ones are the biggest wins.
    for (const PlanAction& p : plan) {
        if (p.find_out || p.cost != Cost::None || p.effort != Effort::Hours || p.state.status == "done") continue;
        ++g.quick_wins_total;
        if (static_cast<int>(g.quick_wins.size()) < kGlanceQuickWins)
            g.quick_wins.push_back({p.key, p.text, p.checklist_title, p.priority});
    }
    // Measured figures: one line per item that measures or counts, in checklist order.
    for (const PlanFigure& f : figures) g.measured.push_back(f.prompt + ": " + f.text);
    return g;
}

}  // namespace

Glance make_glance(const Audit& a, const Scores& s, const std::vector<PlanAction>& plan) {
    return build(&a, s, plan, plan_figures(a));
}
Glance make_glance(const Audit& a) { return build(&a, score(a), build_plan(a), plan_figures(a)); }
Glance glance_from_plan(const PlanDoc& p) { return build(nullptr, p.summary, p.actions, p.figures); }

std::string glance_bar_line(const GlanceBar& b) {
    return b.label + ": " + b.score_text + ", " + std::to_string(b.answered) + " of " + std::to_string(b.total) +
           " answered";
}

// --- in a plan file ----------------------------------------------------------------

namespace {

void write_bar(JsonWriter& w, const GlanceBar& b) {
    w.begin_object();
    if (!b.id.empty()) w.field_str("id", b.id);
    w.field_str("label", b.label);
    w.key("percent");
    if (b.percent < 0) w.null();
    else w.number(b.percent);
    w.field_str("score_text", b.score_text);
    w.field_int("answered", b.answered);
    w.field_int("total", b.total);
    w.field_int("essential_gaps", b.essential_gaps);
    w.end_object();
}

bool count_field(Fields& f, Diagnostics& diag, const char* key, int& out) {
    if (!f.integer(key, out, kRequired)) return false;
    if (out >= 0) return true;
    diag.error(f.path(key), std::string("\"") + key + "\" must not be negative, but it is " + std::to_string(out));
    return false;
}

bool read_bar(const JsonNode& j, const std::string& path, Diagnostics& diag, bool overall, GlanceBar& b) {
    if (!expect_object(j, path, diag, "each bar of the chart")) return false;
    const std::size_t before = diag.error_count();
    Fields f(j, path, diag, "this bar");
    f.reject_unknown({"id", "label", "percent", "score_text", "answered", "total", "essential_gaps"});
    if (!overall) f.text("id", b.id, kRequired | kNotEmpty, 200);
    f.text("label", b.label, kRequired | kNotEmpty, 300);
    const JsonNode* pct = f.find("percent");
    if (!pct) diag.error(path, "this bar has no \"percent\"; it is required");
    else if (pct->is_null()) b.percent = -1;
    else if (!f.number("percent", b.percent, kRequired) || b.percent < 0 || b.percent > 100)
        diag.error(f.path("percent"), "\"percent\" must be a number from 0 to 100, or null");
    f.text("score_text", b.score_text, kRequired | kNotEmpty, 40);
    count_field(f, diag, "answered", b.answered);
    count_field(f, diag, "total", b.total);
    count_field(f, diag, "essential_gaps", b.essential_gaps);
    return diag.error_count() == before;
}

// Each entry of a list of objects, read by `one`; entries with problems are left out.
template <typename T, typename Read>
void read_list(Fields& f, const char* key, const char* what, Diagnostics& diag, std::vector<T>& out, Read one) {
    const JsonNode* list = f.array(key, kRequired);
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string p = json_path(f.path(key), i);
        if (!expect_object((*list)[i], p, diag, what)) continue;
        Fields ef((*list)[i], p, diag, what);
        T v;
        if (one(ef, v)) out.push_back(std::move(v));
    }
}

}  // namespace

namespace {

// One writer per kind of row, each beside its reader in read_glance.
void write_gap(JsonWriter& w, const GlanceGap& x) {
    w.begin_object();
    w.field_str("key", x.key);
    w.field_str("checklist_title", x.checklist_title);
    w.field_str("prompt", x.prompt);
    w.end_object();
}

void write_win(JsonWriter& w, const GlanceWin& x) {
    w.begin_object();
    w.field_str("key", x.key);
    w.field_str("text", x.text);
    w.field_str("checklist_title", x.checklist_title);
    w.field_int("priority", x.priority);
    w.end_object();
}

void write_open(JsonWriter& w, const GlanceOpen& x) {
    w.begin_object();
    w.field_str("checklist_id", x.checklist_id);
    w.field_str("title", x.title);
    w.field_int("unanswered", x.unanswered);
    w.field_int("not_sure", x.not_sure);
    w.end_object();
}

template <class T, class Write>
void write_array(JsonWriter& w, const char* key, const std::vector<T>& rows, Write write_one) {
    w.key(key);
    w.begin_array();
    for (const T& x : rows) write_one(w, x);
    w.end_array();
}

}  // namespace

void write_glance(JsonWriter& w, const Glance& g) {
    w.begin_object();
    w.key("overall");
    write_bar(w, g.overall);
    write_array(w, "checklists", g.checklists, write_bar);
    write_array(w, "essential_gaps", g.essential_gaps, write_gap);
    write_array(w, "quick_wins", g.quick_wins, write_win);
    w.field_int("quick_wins_total", g.quick_wins_total);
    write_array(w, "not_answered", g.not_answered, write_open);
    w.field_strings("measured", g.measured);
    w.end_object();
}

bool read_glance(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, Glance& out) {
    const std::string path = place.str();  // a plan has one glance: spelled out once
    if (!expect_object(j, path, diag, "the summary at a glance")) return false;
    const std::size_t before = diag.error_count();
    Fields f(j, path, diag, "the summary at a glance");
    f.reject_unknown({"overall", "checklists", "essential_gaps", "quick_wins", "quick_wins_total", "not_answered",
                      "measured"});
    if (const JsonNode* o = f.object("overall", kRequired)) read_bar(*o, f.path("overall"), diag, true, out.overall);
    if (const JsonNode* list = f.array("checklists", kRequired))
        for (std::size_t i = 0; i < list->size(); ++i) {
            GlanceBar b;
            if (read_bar((*list)[i], json_path(f.path("checklists"), i), diag, false, b)) out.checklists.push_back(b);
        }
    read_list(f, "essential_gaps", "each essential gap", diag, out.essential_gaps, [](Fields& ef, GlanceGap& v) {
        ef.reject_unknown({"key", "checklist_title", "prompt"});
        bool ok = ef.text("key", v.key, kRequired | kNotEmpty, 300);
        ok = ef.text("checklist_title", v.checklist_title, kRequired | kNotEmpty, 300) && ok;
        return ef.text("prompt", v.prompt, kRequired | kNotEmpty, 20000) && ok;
    });
    read_list(f, "quick_wins", "each quick win", diag, out.quick_wins, [&](Fields& ef, GlanceWin& v) {
        ef.reject_unknown({"key", "text", "checklist_title", "priority"});
        bool ok = ef.text("key", v.key, kRequired | kNotEmpty, 300);
        ok = ef.text("text", v.text, kRequired | kNotEmpty, 20000) && ok;
        ok = ef.text("checklist_title", v.checklist_title, kRequired | kNotEmpty, 300) && ok;
        return count_field(ef, diag, "priority", v.priority) && ok;
    });
    count_field(f, diag, "quick_wins_total", out.quick_wins_total);
    read_list(f, "not_answered", "each checklist with open items", diag, out.not_answered, [&](Fields& ef, GlanceOpen& v) {
        ef.reject_unknown({"checklist_id", "title", "unanswered", "not_sure"});
        bool ok = ef.text("checklist_id", v.checklist_id, kRequired | kNotEmpty, 200);
        ok = ef.text("title", v.title, kRequired | kNotEmpty, 300) && ok;
        ok = count_field(ef, diag, "unanswered", v.unanswered) && ok;
        return count_field(ef, diag, "not_sure", v.not_sure) && ok;
    });
    if (const JsonNode* m = f.array("measured", kRequired))
        for (std::size_t i = 0; i < m->size(); ++i) {
            if ((*m)[i].is_string()) out.measured.emplace_back((*m)[i].text());
            else diag.error(json_path(f.path("measured"), i), "each measured figure must be a line of text");
        }
    return diag.error_count() == before;
}

}  // namespace wa
