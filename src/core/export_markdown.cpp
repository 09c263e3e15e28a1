#include "core/export.h"
#include "core/progress.h"

#include "core/export_common.h"
#include "core/law.h"
#include "core/plan.h"
#include "core/report_words.h"
#include "core/scoring.h"
#include "core/version.h"

namespace wa {

std::string markdown_escape(std::string_view text) {
    // Backslash-escape what Markdown (and its tables) would interpret, turn
    // < and > into entities so no raw HTML gets through, and keep each
    // value on one line so it stays in its table cell.
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        switch (c) {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '#':
        case '{': case '}': case '(': case ')': case '!': case '~':
            out += '\\';
            out += c;
            break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '&': out += "&amp;"; break;
        case '\r': break;
        case '\n': out += "<br>"; break;
        default: out += c;
        }
    }
    return out;
}

std::string plan_to_markdown(const Audit& a, const std::string& generated_at) {
    Scores s = score(a);
    std::vector<PlanAction> plan = build_plan(a);
    const ReportWords& w = report_words();
    const Words& v = words();
    auto label = [](const char* l) { return std::string("- ") + l + ": "; };
    std::string md;
    md += "# " + say(w.plan_title, markdown_escape(library_line(a.profile)).c_str()) + "\n\n";
    if (!a.profile.date.empty()) md += label(w.audit_date) + markdown_escape(date_text(a.profile.date)) + "\n";
    if (!a.profile.auditor_roles.empty())
        md += label(w.auditors) + markdown_escape(join(a.profile.auditor_roles, ", ")) + "\n";
    if (!generated_at.empty()) md += label(w.report_made) + markdown_escape(readable_time(generated_at)) + "\n";
    md += "- " + markdown_escape(law_assumed_text(library_kind_of(a.profile.library_kind))) + "\n";
    md += label(v.csv_header[20]) + std::string(kProductName) + " " + kVersion + "\n";
    md += label(w.overall_score) + percent_text(s.overall) + " (" + tally_counts(s.overall) + ")\n\n";

    // Column heads: the answer names (words.h) where they are the same.
    md += std::string("## ") + w.summary + "\n\n| " + v.csv_header[2] + " | " + w.version + " | " + w.score + " | " +
          v.answers[1] + " | " + w.partly + " | " + v.answers[3] + " | " + v.answers[4] + " | " + v.answers[5] +
          " | " + v.answers[0] + " |\n|---|---|---|---|---|---|---|---|---|\n";
    for (const ChecklistScore& cs : s.checklists) {
        const Tally& t = cs.tally;
        md += "| " + markdown_escape(cs.title) + " | " + markdown_escape(cs.version) + " | " + percent_text(t) +
              " | " + std::to_string(t.met) + " | " + std::to_string(t.partly) + " | " + std::to_string(t.not_met) +
              " | " + std::to_string(t.not_applicable) + " | " + std::to_string(t.not_sure) + " | " +
              std::to_string(t.unanswered) + " |\n";
    }
    std::vector<std::string> gaps = essential_gap_texts(a, s);
    md += std::string("\n## ") + w.essential_heading + "\n\n";
    if (gaps.empty()) md += std::string(w.none) + "\n";
    for (const std::string& g : gaps) md += "- " + markdown_escape(g) + "\n";
    if (std::string since = progress_markdown(a); !since.empty()) md += "\n" + since;

    bool explained = false;  // what "priority" means, once, above the first table
    for (const Checklist& c : a.checklists) {
        md += "\n## " + say(w.actions_heading, markdown_escape(c.title).c_str()) + "\n\n";
        int n = 0;
        for (const PlanAction& p : plan) {
            if (p.checklist_id != c.id) continue;
            if (n++ == 0 && !explained) {
                explained = true;
                md += markdown_escape(w.priority_explained) + "\n\n";
            }
            if (n == 1)
                md += std::string("| ") + v.csv_header[0] + " | " + v.csv_header[9] + " | " + v.csv_header[4] +
                      " | " + w.cost + " | " + v.csv_header[11] + " | " + v.csv_header[13] + " | " +
                      v.csv_header[14] + " | " + v.csv_header[15] + " |\n|---|---|---|---|---|---|---|---|\n";
            std::string action = markdown_escape(p.text);
            if (p.quick_win) action += std::string(" ") + w.quick_win_tag;
            if (p.essential) action += std::string(" ") + w.essential_tag;
            std::string owner = p.state.owner.empty() ? p.suggested_owner : p.state.owner;
            std::string item = markdown_escape(p.item_prompt);
            if (!p.figure.empty()) item += "<br>" + markdown_escape(p.figure);
            if (std::string law = plan_law_text(a, p); !law.empty()) item += "<br>" + markdown_escape(law);
            md += "| " + std::to_string(p.priority) + " | " + action + " | " + item +
                  " | " + cost_label(p.cost) + " | " + effort_label(p.effort) + " | " + markdown_escape(owner) +
                  " | " + markdown_escape(date_text(p.state.due)) + " | " + status_label(p.state.status) + " |\n";
        }
        if (n == 0) md += std::string(w.no_actions) + "\n";
    }
    const std::vector<PlanFigure> figures = plan_figures(a);
    if (!figures.empty()) {
        md += std::string("\n## ") + w.measured_counted + "\n\n";
        for (const PlanFigure& f : figures)
            md += "- " + markdown_escape(f.prompt) + ": " + markdown_escape(f.text) + "\n";
    }
    return md;
}

} // namespace wa
