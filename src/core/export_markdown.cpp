#include "core/export.h"
#include "core/progress.h"

#include "core/export_common.h"
#include "core/law.h"
#include "core/plan.h"
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
    std::string md;
    md += "# Improvement plan: " + markdown_escape(library_line(a.profile)) + "\n\n";
    if (!a.profile.date.empty()) md += "- Audit date: " + markdown_escape(a.profile.date) + "\n";
    if (!a.profile.auditor_roles.empty())
        md += "- Auditors: " + markdown_escape(join(a.profile.auditor_roles, ", ")) + "\n";
    if (!generated_at.empty()) md += "- Report made: " + markdown_escape(readable_time(generated_at)) + "\n";
    md += "- " + markdown_escape(law_assumed_text(library_kind_of(a.profile.library_kind))) + "\n";
    md += "- Made with: " + std::string(kProductName) + " " + kVersion + "\n";
    md += "- Overall score: " + percent_text(s.overall) + " (" + tally_counts(s.overall) + ")\n\n";

    md += "## Summary\n\n| Checklist | Version | Score | Met | Partly | Not met | Not applicable | Not sure yet | Not answered |\n"
          "|---|---|---|---|---|---|---|---|---|\n";
    for (const ChecklistScore& cs : s.checklists) {
        const Tally& t = cs.tally;
        md += "| " + markdown_escape(cs.title) + " | " + markdown_escape(cs.version) + " | " + percent_text(t) +
              " | " + std::to_string(t.met) + " | " + std::to_string(t.partly) + " | " + std::to_string(t.not_met) +
              " | " + std::to_string(t.not_applicable) + " | " + std::to_string(t.not_sure) + " | " +
              std::to_string(t.unanswered) + " |\n";
    }
    std::vector<std::string> gaps = essential_gap_texts(a, s);
    md += "\n## Essential items not fully met (Not met or Partly met)\n\n";
    if (gaps.empty()) md += "None.\n";
    for (const std::string& g : gaps) md += "- " + markdown_escape(g) + "\n";
    if (std::string since = progress_markdown(a); !since.empty()) md += "\n" + since;

    bool explained = false;  // what "priority" means, once, above the first table
    for (const Checklist& c : a.checklists) {
        md += "\n## Actions: " + markdown_escape(c.title) + "\n\n";
        int n = 0;
        for (const PlanAction& p : plan) {
            if (p.checklist_id != c.id) continue;
            if (n++ == 0 && !explained) {
                explained = true;
                md += markdown_escape(kPriorityExplained) + "\n\n";
            }
            if (n == 1)
                md += "| Priority | Action | Item | Cost | Effort | Owner | Due | Status |\n"
                      "|---|---|---|---|---|---|---|---|\n";
            std::string action = markdown_escape(p.text);
            if (p.quick_win) action += " (quick win)";
            if (p.essential) action += " (essential)";
            std::string owner = p.state.owner.empty() ? p.suggested_owner : p.state.owner;
            std::string item = markdown_escape(p.item_prompt);
            if (!p.figure.empty()) item += "<br>" + markdown_escape(p.figure);
            if (std::string law = plan_law_text(a, p); !law.empty()) item += "<br>" + markdown_escape(law);
            md += "| " + std::to_string(p.priority) + " | " + action + " | " + item +
                  " | " + cost_label(p.cost) + " | " + effort_label(p.effort) + " | " + markdown_escape(owner) +
                  " | " + markdown_escape(p.state.due) + " | " + status_label(p.state.status) + " |\n";
        }
        if (n == 0) md += "No actions: nothing in this checklist was answered not met, partly met or not sure yet.\n";
    }
    const std::vector<PlanFigure> figures = plan_figures(a);
    if (!figures.empty()) {
        md += "\n## Measured and counted\n\n";
        for (const PlanFigure& f : figures)
            md += "- " + markdown_escape(f.prompt) + ": " + markdown_escape(f.text) + "\n";
    }
    return md;
}

} // namespace wa
