#include "core/plan.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <utility>

#include "core/report_words.h"
#include "core/dates.h"
#include "core/export_common.h"
#include "core/json_fields.h"
#include "core/json_reader.h"
#include "core/json_writer.h"
#include "core/measure.h"
#include "core/migrate.h"
#include "core/version.h"

namespace wa {


bool operator==(const PlanAction& a, const PlanAction& b) {
    return a.key == b.key && a.checklist_id == b.checklist_id && a.item_id == b.item_id &&
           a.action_id == b.action_id && a.find_out == b.find_out && a.text == b.text &&
           a.item_prompt == b.item_prompt && a.section_title == b.section_title &&
           a.checklist_title == b.checklist_title && a.cost == b.cost && a.effort == b.effort &&
           a.suggested_owner == b.suggested_owner && a.weight == b.weight && a.essential == b.essential &&
           a.answer == b.answer && a.priority == b.priority && a.quick_win == b.quick_win && a.state == b.state &&
           a.figure == b.figure;
}
bool operator==(const PlanFigure& a, const PlanFigure& b) {
    return a.key == b.key && a.prompt == b.prompt && a.text == b.text;
}
bool operator==(const PlanChecklistRef& a, const PlanChecklistRef& b) {
    return a.id == b.id && a.version == b.version && a.title == b.title;
}
bool operator==(const PlanDoc& a, const PlanDoc& b) {
    return a.format_version == b.format_version && a.generated_at == b.generated_at &&
           a.generator == b.generator && a.audit_created_at == b.audit_created_at &&
           a.audit_updated_at == b.audit_updated_at && a.profile == b.profile &&
           a.checklists == b.checklists && a.summary == b.summary && a.actions == b.actions &&
           a.figures == b.figures && a.glance == b.glance;
}

// --- priority ----------------------------------------------------------------

int priority_of(int weight, bool essential, Answer answer, Cost cost, Effort effort) {
    int w = std::clamp(weight, 1, 3);
    int impact = w * (essential ? 2 : 1) * (answer == Answer::NotMet ? 2 : 1);
    int cost_points = 3 - static_cast<int>(cost);     // none 3 .. over $1,000 0
    int effort_points = 2 - static_cast<int>(effort); // hours 2 .. weeks 0
    return impact * (1 + cost_points + effort_points);
}

bool is_quick_win(Cost cost, Effort effort) {
    return (cost == Cost::None || cost == Cost::Under100) && effort == Effort::Hours;
}

std::vector<PlanAction> build_plan(const Audit& a) {
    std::vector<PlanAction> plan;
    std::string key;
    for (const Checklist& c : a.checklists) {
        for (const Section& sec : c.sections) {
            for (const Item& it : sec.items) {
                if (asked_elsewhere(a, it)) continue;  // planned once, at its home
                auto r = a.responses.find(item_key(c.id, it.id));
                if (r == a.responses.end()) continue;
                Answer ans = r->second.answer;
                if (ans != Answer::NotMet && ans != Answer::Partly && ans != Answer::NotSure) continue;
                auto make = [&](const std::string& action_id) {
                    PlanAction p;
                    p.key = action_key(c.id, it.id, action_id);
                    p.checklist_id = c.id;
                    p.item_id = it.id;
                    p.action_id = action_id;
                    p.item_prompt = it.prompt;
                    p.section_title = sec.title;
                    p.checklist_title = c.title;
                    p.weight = it.weight;
                    p.essential = it.essential;
                    p.answer = ans;
                    p.figure = suggestion_text(it, &r->second);
                    auto st = a.actions.find(p.key);
                    if (st != a.actions.end()) p.state = st->second;
                    return p;
                };
                if (ans == Answer::NotSure) {
                    PlanAction p = make(kFindOutActionId);
                    p.find_out = true;
                    p.text = say(report_words().find_out, it.prompt.c_str());
                    p.cost = Cost::None;
                    p.effort = Effort::Hours;
                    p.suggested_owner = report_words().find_out_owner;
                    p.priority = priority_of(it.weight, it.essential, ans, p.cost, p.effort);
                    p.quick_win = is_quick_win(p.cost, p.effort);
                    plan.push_back(std::move(p));
                    continue;
                }
                for (const RecommendedAction& ra : it.actions) {
                    PlanAction p = make(ra.id);
                    p.text = ra.text;
                    p.cost = ra.cost;
                    p.effort = ra.effort;
                    p.suggested_owner = ra.owner;
                    p.priority = priority_of(it.weight, it.essential, ans, ra.cost, ra.effort);
                    p.quick_win = is_quick_win(ra.cost, ra.effort);
                    plan.push_back(std::move(p));
                }
            }
        }
    }
    // Stable: equal priorities keep checklist, item and action order.
    std::stable_sort(plan.begin(), plan.end(),
                     [](const PlanAction& x, const PlanAction& y) { return x.priority > y.priority; });
    return plan;
}

// --- the plan document ----------------------------------------------------------

PlanDoc make_plan_doc(const Audit& a, const std::string& generated_at) {
    PlanDoc p;
    p.generated_at = generated_at;
    p.generator = std::string(kProductName) + " " + kVersion;
    p.audit_created_at = a.created_at;
    p.audit_updated_at = a.updated_at;
    p.profile = a.profile;
    p.language = report_language(a);
    for (const Checklist& c : a.checklists) p.checklists.push_back({c.id, c.version, c.title});
    p.summary = score(a);
    p.actions = build_plan(a);
    p.figures = plan_figures(a);
    p.glance = make_glance(a, p.summary, p.actions);
    return p;
}

std::vector<PlanFigure> plan_figures(const Audit& a) {
    std::vector<PlanFigure> out;
    for (const Checklist& c : a.checklists)
        for (const Section& sec : c.sections)
            for (const Item& it : sec.items) {
                if (!it.measure && !it.tally) continue;
                const std::string key = item_key(c.id, it.id);
                auto r = a.responses.find(key);
                if (r == a.responses.end()) continue;
                std::string text = suggestion_text(it, &r->second);
                if (!text.empty()) out.push_back({key, it.prompt, std::move(text)});
            }
    return out;
}

namespace {

void write_tally(JsonWriter& w, const Tally& t) {
    w.begin_object();
    double pct = t.percent();
    w.key("percent");
    if (pct < 0) w.null();
    else w.number(std::round(pct * 10.0) / 10.0);
    w.field_num("earned", t.earned);
    w.field_num("possible", t.possible);
    w.field_int("met", t.met);
    w.field_int("partly", t.partly);
    w.field_int("not_met", t.not_met);
    w.field_int("not_applicable", t.not_applicable);
    w.field_int("not_sure", t.not_sure);
    w.field_int("unanswered", t.unanswered);
    w.field_int("total", t.total);
    w.end_object();
}

} // namespace

std::string plan_doc_to_json_text(const PlanDoc& p) {
    std::string out;
    out.reserve(4096 + p.actions.size() * 700);
    JsonWriter w(out);
    w.begin_object();
    w.field_str("format", kPlanFormat);
    w.field_int("format_version", p.format_version);
    w.field_str("generated_at", p.generated_at);
    w.field_str("generator", p.generator);
    // Only when not English, as the audit's profile.language: older copies of the
    // app refuse a field they do not know, and an English plan stays as it was.
    if (!p.language.empty() && p.language != "en") w.field_str("language", p.language);
    w.key("audit");
    w.begin_object();
    w.field_str("created_at", p.audit_created_at);
    w.field_str("updated_at", p.audit_updated_at);
    w.end_object();
    w.key("profile");
    write_profile(w, p.profile);
    w.key("checklists");
    w.begin_array();
    for (const PlanChecklistRef& c : p.checklists) {
        w.begin_object();
        w.field_str("id", c.id);
        w.field_str("version", c.version);
        w.field_str("title", c.title);
        w.end_object();
    }
    w.end_array();
    w.key("summary");
    w.begin_object();
    w.key("overall");
    write_tally(w, p.summary.overall);
    w.key("checklists");
    w.begin_array();
    for (const ChecklistScore& cs : p.summary.checklists) {
        w.begin_object();
        w.field_str("id", cs.id);
        w.field_str("title", cs.title);
        w.field_str("version", cs.version);
        w.key("score");
        write_tally(w, cs.tally);
        w.field_strings("essential_gaps", cs.essential_gaps);
        w.key("sections");
        w.begin_array();
        for (const SectionScore& ss : cs.sections) {
            w.begin_object();
            w.field_str("id", ss.id);
            w.field_str("title", ss.title);
            w.key("score");
            write_tally(w, ss.tally);
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
    w.key("glance");
    write_glance(w, p.glance);
    w.end_object();
    w.key("actions");
    w.begin_array();
    for (const PlanAction& a : p.actions) {
        w.begin_object();
        w.field_str("key", a.key);
        w.field_str("kind", a.find_out ? "find-out" : "action");
        w.field_str("checklist_id", a.checklist_id);
        w.field_str("item_id", a.item_id);
        w.field_str("action_id", a.action_id);
        w.field_str("text", a.text);
        w.field_str("item_prompt", a.item_prompt);
        w.field_str("section_title", a.section_title);
        w.field_str("checklist_title", a.checklist_title);
        w.field_str("answer", answer_id(a.answer));
        w.field_int("weight", a.weight);
        w.field_bool("essential", a.essential);
        w.field_str("cost", cost_id(a.cost));
        w.field_str("effort", effort_id(a.effort));
        w.field_str("suggested_owner", a.suggested_owner);
        w.field_int("priority", a.priority);
        w.field_bool("quick_win", a.quick_win);
        write_action_state_fields(w, a.state, EmptyFields::Write);
        if (!a.figure.empty()) w.field_str("figure", a.figure);
        w.end_object();
    }
    w.end_array();
    if (!p.figures.empty()) {
        w.key("figures");
        w.begin_array();
        for (const PlanFigure& fig : p.figures) {
            w.begin_object();
            w.field_str("key", fig.key);
            w.field_str("prompt", fig.prompt);
            w.field_str("text", fig.text);
            w.end_object();
        }
        w.end_array();
    }
    w.end_object();
    out += '\n';
    return out;
}

// --- reading a plan ---------------------------------------------------------------

namespace {

constexpr std::size_t kMaxText = 20000;

bool read_tally(const JsonNode& j, const std::string& path, Diagnostics& diag, Tally& t) {
    if (!expect_object(j, path, diag, "a score")) return false;
    std::size_t before = diag.error_count();
    Fields f(j, path, diag, "this score");
    f.reject_unknown({"percent", "earned", "possible", "met", "partly", "not_met", "not_applicable",
                      "not_sure", "unanswered", "total"});
    const JsonNode* pct = f.find("percent");
    if (!pct) diag.error(path, "this score has no \"percent\"; it is required");
    else if (!pct->is_null() && !pct->is_number())
        diag.error(f.path("percent"), "\"percent\" must be a number or null, but it is " + describe_value(*pct));
    // Scores are sums of weights and halves: 7, 7.0 and 7.5 are all fine.
    for (auto& [key, dst] : {std::pair<const char*, double*>{"earned", &t.earned}, {"possible", &t.possible}})
        if (f.number(key, *dst, kRequired) && *dst < 0)
            diag.error(f.path(key), std::string("\"") + key + "\" must not be negative, but it is " +
                                        describe_value(*f.find(key)));
    struct { const char* key; int* dst; } counts[] = {
        {"met", &t.met}, {"partly", &t.partly}, {"not_met", &t.not_met}, {"not_applicable", &t.not_applicable},
        {"not_sure", &t.not_sure}, {"unanswered", &t.unanswered}, {"total", &t.total}};
    for (auto& c : counts)
        if (f.integer(c.key, *c.dst, kRequired) && *c.dst < 0)
            diag.error(f.path(c.key), std::string("\"") + c.key + "\" must not be negative, but it is " +
                                          std::to_string(*c.dst));
    return diag.error_count() == before;
}

bool read_plan_action(const JsonNode& j, const std::string& path, Diagnostics& diag, PlanAction& a) {
    if (!expect_object(j, path, diag, "each action")) return false;
    std::size_t before = diag.error_count();
    Fields f(j, path, diag, "this action");
    f.reject_unknown({"key", "kind", "checklist_id", "item_id", "action_id", "text", "item_prompt",
                      "section_title", "checklist_title", "answer", "weight", "essential", "cost", "effort",
                      "suggested_owner", "priority", "quick_win", "owner", "due", "status", "cost_estimate",
                      "notes", "figure"});
    std::string kind, s;
    f.text("key", a.key, kRequired | kNotEmpty, 300);
    if (f.text("kind", kind, kRequired | kNotEmpty, 20)) {
        if (kind == "find-out") a.find_out = true;
        else if (kind != "action") diag.error(f.path("kind"), "kind must be action or find-out, but it is " + quote_text(kind));
    }
    f.text("checklist_id", a.checklist_id, kRequired | kNotEmpty, 200);
    f.text("item_id", a.item_id, kRequired | kNotEmpty, 200);
    f.text("action_id", a.action_id, kRequired | kNotEmpty, 200);
    if (diag.error_count() == before && a.key != action_key(a.checklist_id, a.item_id, a.action_id))
        diag.error(f.path("key"), "key " + quote_text(a.key) + " does not match checklist_id/item_id/action_id (" +
                                      action_key(a.checklist_id, a.item_id, a.action_id) + ")");
    if (a.find_out && a.action_id != kFindOutActionId)
        diag.error(f.path("action_id"), "a find-out task must have action_id \"find-out\"");
    f.text("text", a.text, kRequired | kNotEmpty, kMaxText);
    f.text("item_prompt", a.item_prompt, kRequired | kNotEmpty, kMaxText);
    f.text("section_title", a.section_title, kRequired | kNotEmpty, 300);
    f.text("checklist_title", a.checklist_title, kRequired | kNotEmpty, 300);
    if (f.text("answer", s, kRequired | kNotEmpty, 40)) {
        if (!parse_answer(s, a.answer) ||
            (a.answer != Answer::NotMet && a.answer != Answer::Partly && a.answer != Answer::NotSure))
            diag.error(f.path("answer"), "answer must be not-met, partly or not-sure (only those make actions), but it is " +
                                             quote_text(s));
    }
    if (f.integer("weight", a.weight, kRequired) && (a.weight < 1 || a.weight > 3))
        diag.error(f.path("weight"), "weight must be 1, 2 or 3, but it is " + std::to_string(a.weight));
    f.boolean("essential", a.essential, kRequired);
    if (f.text("cost", s, kRequired | kNotEmpty, 40) && !parse_cost(s, a.cost))
        diag.error(f.path("cost"), "cost must be none, under-100, 100-1000 or over-1000, but it is " + quote_text(s));
    if (f.text("effort", s, kRequired | kNotEmpty, 40) && !parse_effort(s, a.effort))
        diag.error(f.path("effort"), "effort must be hours, days or weeks, but it is " + quote_text(s));
    f.text("suggested_owner", a.suggested_owner, kRequired, kMaxText);  // a checklist's owner, as long as it may be there
    if (f.integer("priority", a.priority, kRequired) && (a.priority < 1 || a.priority > 72))
        diag.error(f.path("priority"), "priority must be between 1 and 72, but it is " + std::to_string(a.priority));
    f.boolean("quick_win", a.quick_win, kRequired);
    {
        // Typed by the branch: a bad due date costs that date, not the plan (audit.cpp's rule).
        Diagnostics::Lenient lenient(diag);
        read_action_state_fields(f, diag, a.state);
    }
    f.text("figure", a.figure, kOptional, kMaxText);
    return diag.error_count() == before;
}

} // namespace

bool read_plan(const JsonNode& j, Diagnostics& diag, PlanDoc& out) {
    std::size_t before = diag.error_count();
    if (!expect_object(j, {}, diag, "a plan file")) return false;
    Fields f(j, {}, diag, "this plan");
    std::string format;
    if (f.text("format", format, kRequired | kNotEmpty, 100) && format != kPlanFormat) {
        diag.error(f.path("format"), "\"format\" must be \"" + std::string(kPlanFormat) + "\", but it is " +
                                         quote_text(format));
        return false;
    }
    if (!f.integer("format_version", out.format_version, kRequired)) return false;
    if (out.format_version > kPlanFormatVersion) {
        diag.error(f.path("format_version"), newer_format_message(out.format_version, kPlanFormatVersion, "plan"));
        return false;
    }
    if (out.format_version < 1) {
        diag.error(f.path("format_version"), "format_version must be 1 or 2, but it is " + std::to_string(out.format_version));
        return false;
    }
    f.reject_unknown({"format", "format_version", "generated_at", "generator", "language", "audit", "profile", "checklists",
                      "summary", "actions", "figures"});
    if (f.text("language", out.language, kOptional, 40) && !is_valid_language(out.language)) out.language = "en";
    if (f.text("generated_at", out.generated_at, kRequired | kNotEmpty, 40) && !is_iso_timestamp(out.generated_at))
        diag.error(f.path("generated_at"), "generated_at must be a UTC time like 2024-05-01T14:03:00Z, but it is " +
                                               quote_text(out.generated_at));
    f.text("generator", out.generator, kRequired, 200);
    if (const JsonNode* au = f.object("audit", kRequired)) {
        const std::string audit_path = f.path("audit");
        Fields af(*au, audit_path, diag, "the audit's dates");
        af.reject_unknown({"created_at", "updated_at"});
        af.text("created_at", out.audit_created_at, kRequired, 40);
        af.text("updated_at", out.audit_updated_at, kRequired, 40);
    }
    if (const JsonNode* p = f.object("profile", kRequired)) read_profile(*p, JsonPlace(f.place(), "profile"), diag, out.profile);
    if (const JsonNode* cls = f.array("checklists", kRequired)) {
        std::map<std::string, std::string> seen;
        for (std::size_t i = 0; i < cls->size(); ++i) {
            std::string cp = json_path(f.path("checklists"), i);
            if (!expect_object((*cls)[i], cp, diag, "each checklist")) continue;
            Fields cf((*cls)[i], cp, diag, "this checklist");
            cf.reject_unknown({"id", "version", "title"});
            PlanChecklistRef r;
            // Check all three (each reports its own problem), then give up on this entry.
            bool ok = cf.text("id", r.id, kRequired | kNotEmpty, 200);
            ok = cf.text("version", r.version, kRequired | kNotEmpty, 40) && ok;
            ok = cf.text("title", r.title, kRequired | kNotEmpty, 300) && ok;
            if (!ok) continue;
            if (!is_valid_version(r.version))
                diag.error(cf.path("version"), "version must look like 1.0.0, but it is " + quote_text(r.version));
            auto ins = seen.emplace(r.id, cp);
            if (!ins.second)
                diag.error(cf.path("id"), "checklist " + quote_text(r.id) + " is listed twice: at " +
                                              ins.first->second + " and at " + cp);
            out.checklists.push_back(std::move(r));
        }
    }
    if (const JsonNode* sm = f.object("summary", kRequired)) {
        const std::string summary_path = f.path("summary");
        Fields sf(*sm, summary_path, diag, "the summary");
        sf.reject_unknown({"overall", "checklists", "glance"});
        if (const JsonNode* ov = sf.object("overall", kRequired)) read_tally(*ov, sf.path("overall"), diag, out.summary.overall);
        if (const JsonNode* cls = sf.array("checklists", kRequired)) {
            for (std::size_t i = 0; i < cls->size(); ++i) {
                std::string cp = json_path(sf.path("checklists"), i);
                if (!expect_object((*cls)[i], cp, diag, "each checklist score")) continue;
                Fields cf((*cls)[i], cp, diag, "this checklist score");
                cf.reject_unknown({"id", "title", "version", "score", "essential_gaps", "sections"});
                ChecklistScore cs;
                cf.text("id", cs.id, kRequired | kNotEmpty, 200);
                cf.text("title", cs.title, kRequired | kNotEmpty, 300);
                cf.text("version", cs.version, kRequired | kNotEmpty, 40);
                if (const JsonNode* t = cf.object("score", kRequired)) read_tally(*t, cf.path("score"), diag, cs.tally);
                if (const JsonNode* gaps = cf.array("essential_gaps", kRequired)) {
                    for (std::size_t g = 0; g < gaps->size(); ++g) {
                        const JsonNode& k = (*gaps)[g];
                        if (!k.is_string()) diag.error(json_path(cf.path("essential_gaps"), g), "each essential gap must be an item key (text)");
                        else cs.essential_gaps.emplace_back(k.text());
                    }
                }
                if (const JsonNode* secs = cf.array("sections", kRequired)) {
                    for (std::size_t s = 0; s < secs->size(); ++s) {
                        std::string sp = json_path(cf.path("sections"), s);
                        if (!expect_object((*secs)[s], sp, diag, "each section score")) continue;
                        Fields ssf((*secs)[s], sp, diag, "this section score");
                        ssf.reject_unknown({"id", "title", "score"});
                        SectionScore ss;
                        ssf.text("id", ss.id, kRequired | kNotEmpty, 200);
                        ssf.text("title", ss.title, kRequired | kNotEmpty, 300);
                        if (const JsonNode* t = ssf.object("score", kRequired)) read_tally(*t, ssf.path("score"), diag, ss.tally);
                        cs.sections.push_back(std::move(ss));
                    }
                }
                out.summary.checklists.push_back(std::move(cs));
            }
        }
        if (out.format_version >= 2) {
            if (const JsonNode* g = sf.object("glance", kRequired)) read_glance(*g, JsonPlace(sf.place(), "glance"), diag, out.glance);
        }
    }
    if (const JsonNode* acts = f.array("actions", kRequired)) {
        const std::string actions_path = f.path("actions");
        std::map<std::string, std::string> seen;
        for (std::size_t i = 0; i < acts->size(); ++i) {
            std::string ap = json_path(actions_path, i);
            PlanAction a;
            if (!read_plan_action((*acts)[i], ap, diag, a)) continue;
            auto ins = seen.emplace(a.key, ap);
            if (!ins.second) {
                diag.error(json_path(ap, "key"), "action " + quote_text(a.key) + " is listed twice: at " +
                                                     ins.first->second + " and at " + ap);
                continue;
            }
            out.actions.push_back(std::move(a));
        }
    }
    if (const JsonNode* figs = f.array("figures", kOptional)) {
        const std::string figures_path = f.path("figures");
        for (std::size_t i = 0; i < figs->size(); ++i) {
            const std::string fp = json_path(figures_path, i);
            if (!expect_object((*figs)[i], fp, diag, "each figure")) continue;
            Fields ff((*figs)[i], fp, diag, "this figure");
            ff.reject_unknown({"key", "prompt", "text"});
            PlanFigure fig;
            ff.text("key", fig.key, kRequired | kNotEmpty, 300);
            ff.text("prompt", fig.prompt, kRequired | kNotEmpty, kMaxText);
            ff.text("text", fig.text, kRequired | kNotEmpty, kMaxText);
            out.figures.push_back(std::move(fig));
        }
    }
    if (out.format_version < 2) out.glance = glance_from_plan(out);  // format 1 had none
    return diag.error_count() == before;
}

Loaded<PlanDoc> load_plan(std::string_view text, std::string_view file_name) {
    Loaded<PlanDoc> result;
    Loaded<JsonDoc> doc = read_json(text, file_name);
    if (!doc.ok()) {
        result.problems = std::move(doc.problems);
        return result;
    }
    Diagnostics diag(file_name);
    PlanDoc p;
    if (read_plan(doc.value->root(), diag, p) && !diag.has_errors()) result.value = std::move(p);
    result.problems = diag.take();
    return result;
}

int apply_plan_states(Audit& a, const PlanDoc& p, std::vector<std::string>* skipped) {
    std::set<std::string> current;
    for (const PlanAction& pa : build_plan(a)) current.insert(pa.key);
    int copied = 0;
    for (const PlanAction& pa : p.actions) {
        if (is_default(pa.state)) continue;
        if (!current.count(pa.key)) {
            if (skipped) skipped->push_back(pa.key);
            continue;
        }
        a.actions[pa.key] = pa.state;
        ++copied;
    }
    return copied;
}

} // namespace wa
