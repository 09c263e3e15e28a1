#include "core/export.h"

#include "core/export_common.h"
#include "core/plan.h"
#include "core/scoring.h"
#include "core/version.h"

namespace wa {

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

namespace {

const char* kStyle = R"(
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
h1 { font-size: 1.8rem; margin-bottom: .25rem; }
h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 2px solid #1a1a1a; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0; }
caption { text-align: left; font-weight: bold; padding: .25rem 0; }
th, td { border: 1px solid #767676; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
.num { text-align: right; white-space: nowrap; }
.tag { display: inline-block; border: 1px solid #1a1a1a; border-radius: .25rem; padding: 0 .3rem; font-size: .85rem; margin-left: .25rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dt { font-weight: bold; }
dd { margin: 0; }
footer { margin-top: 2rem; font-size: .9rem; color: #444; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; }
  tr, li { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; }
}
)";

std::string pct_cell(const Tally& t) { return "<td class=\"num\">" + percent_text(t) + "</td>"; }

} // namespace

std::string plan_to_html(const Audit& a, const std::string& generated_at) {
    Scores s = score(a);
    std::vector<PlanAction> plan = build_plan(a);
    std::string lib = html_escape(library_line(a.profile));
    std::string h;
    h += "<!DOCTYPE html>\n<html lang=\"" + html_escape(report_language(a)) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    h += "<title>Improvement plan: " + lib + "</title>\n<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
    h += "<header>\n<h1>Improvement plan: " + lib + "</h1>\n<dl>\n";
    if (!a.profile.date.empty()) h += "<dt>Audit date</dt><dd>" + html_escape(a.profile.date) + "</dd>\n";
    if (!a.profile.auditor_roles.empty())
        h += "<dt>Auditors</dt><dd>" + html_escape(join(a.profile.auditor_roles, ", ")) + "</dd>\n";
    if (!generated_at.empty()) h += "<dt>Plan generated</dt><dd>" + html_escape(generated_at) + "</dd>\n";
    h += "<dt>Overall score</dt><dd>" + percent_text(s.overall) + " (" + tally_counts(s.overall) + ")</dd>\n";
    h += "</dl>\n</header>\n<main>\n";

    h += "<h2 id=\"summary\">Summary</h2>\n<table>\n<caption>Scores by checklist</caption>\n<thead><tr>"
         "<th scope=\"col\">Checklist</th><th scope=\"col\">Version</th><th scope=\"col\">Score</th>"
         "<th scope=\"col\">Met</th><th scope=\"col\">Partly</th><th scope=\"col\">Not met</th>"
         "<th scope=\"col\">Not applicable</th><th scope=\"col\">Not sure yet</th><th scope=\"col\">Not answered</th>"
         "</tr></thead>\n<tbody>\n";
    for (const ChecklistScore& cs : s.checklists) {
        const Tally& t = cs.tally;
        h += "<tr><th scope=\"row\">" + html_escape(cs.title) + "</th><td>" + html_escape(cs.version) + "</td>" +
             pct_cell(t) + "<td class=\"num\">" + std::to_string(t.met) + "</td><td class=\"num\">" +
             std::to_string(t.partly) + "</td><td class=\"num\">" + std::to_string(t.not_met) +
             "</td><td class=\"num\">" + std::to_string(t.not_applicable) + "</td><td class=\"num\">" +
             std::to_string(t.not_sure) + "</td><td class=\"num\">" + std::to_string(t.unanswered) + "</td></tr>\n";
    }
    h += "</tbody>\n</table>\n";

    std::vector<std::string> gaps = essential_gap_texts(a, s);
    h += "<h2 id=\"essential\">Essential items not met</h2>\n";
    if (gaps.empty()) h += "<p>None.</p>\n";
    else {
        h += "<ul>\n";
        for (const std::string& g : gaps) h += "<li>" + html_escape(g) + "</li>\n";
        h += "</ul>\n";
    }

    int ci = 0;
    for (const Checklist& c : a.checklists) {
        ++ci;
        h += "<h2 id=\"checklist-" + std::to_string(ci) + "\">Actions: " + html_escape(c.title) + "</h2>\n";
        int n = 0;
        for (const PlanAction& p : plan) {
            if (p.checklist_id != c.id) continue;
            if (n++ == 0)
                h += "<table>\n<caption>Actions for " + html_escape(c.title) +
                     ", highest priority first</caption>\n<thead><tr><th scope=\"col\">Priority</th>"
                     "<th scope=\"col\">Action</th><th scope=\"col\">Item</th><th scope=\"col\">Cost</th>"
                     "<th scope=\"col\">Effort</th><th scope=\"col\">Owner</th><th scope=\"col\">Due</th>"
                     "<th scope=\"col\">Status</th><th scope=\"col\">Notes</th></tr></thead>\n<tbody>\n";
            std::string owner = p.state.owner.empty() ? p.suggested_owner : p.state.owner;
            h += "<tr><td class=\"num\">" + std::to_string(p.priority) + "</td><td>" + html_escape(p.text);
            if (p.quick_win) h += " <span class=\"tag\">Quick win</span>";
            if (p.essential) h += " <span class=\"tag\">Essential</span>";
            h += "</td><td>" + html_escape(p.item_prompt) + " <span class=\"tag\">" + answer_label(p.answer) +
                 "</span></td><td>" + html_escape(cost_label(p.cost));
            if (!p.state.cost_estimate.empty()) h += " (" + html_escape(p.state.cost_estimate) + ")";
            h += "</td><td>" + std::string(effort_label(p.effort)) + "</td><td>" + html_escape(owner) + "</td><td>" +
                 html_escape(p.state.due) + "</td><td>" + status_label(p.state.status) + "</td><td>" +
                 html_escape(p.state.notes) + "</td></tr>\n";
        }
        if (n == 0) h += "<p>No actions: nothing in this checklist was answered not met, partly met or not sure yet.</p>\n";
        else h += "</tbody>\n</table>\n";
    }
    h += "</main>\n<footer><p>Made with " + std::string(kProductName) + " " + kVersion +
         ". This report holds no patron's personal data.</p></footer>\n</body>\n</html>\n";
    return h;
}

} // namespace wa
