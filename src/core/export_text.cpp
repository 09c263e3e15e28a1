#include "core/export.h"
#include "core/progress.h"

#include "core/export_common.h"
#include "core/law.h"
#include "core/plan.h"
#include "core/scoring.h"
#include "core/version.h"

namespace wa {

std::string summary_text(const Audit& a) {
    Scores s = score(a);
    std::vector<PlanAction> plan = build_plan(a);
    std::string t = "Welcome Audit: " + library_line(a.profile);
    if (!a.profile.date.empty()) t += " (" + a.profile.date + ")";
    t += "\n" + law_assumed_text(library_kind_of(a.profile.library_kind));
    t += "\nOverall: " + percent_text(s.overall) + ". " + std::to_string(s.overall.answered()) + " of " +
         std::to_string(s.overall.total) + " items answered: " + tally_counts(s.overall) + ".\n";
    for (const ChecklistScore& cs : s.checklists)
        t += "- " + cs.title + " " + cs.version + ": " + percent_text(cs.tally) + "\n";
    std::vector<std::string> gaps = essential_gap_texts(a, s);
    t += "Essential items not fully met (Not met or Partly met): " + std::to_string(gaps.size()) + "\n";
    for (const std::string& g : gaps) t += "  - " + g + "\n";
    t += progress_text(a);
    int quick = 0, done = 0;
    for (const PlanAction& p : plan) {
        quick += p.quick_win ? 1 : 0;
        done += p.state.status == "done" ? 1 : 0;
    }
    t += "Plan: " + std::to_string(plan.size()) + " actions, " + std::to_string(quick) + " quick wins, " +
         std::to_string(done) + " done.\n";
    const std::vector<PlanFigure> figures = plan_figures(a);
    if (!figures.empty()) t += "Measured and counted:\n";
    for (const PlanFigure& f : figures) t += "  - " + f.text + "\n";
    t += std::string("Made with ") + kProductName + " " + kVersion + ".\n";
    return t;
}

} // namespace wa
