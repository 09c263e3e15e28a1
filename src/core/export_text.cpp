#include "core/export.h"
#include "core/progress.h"

#include "core/export_common.h"
#include "core/law.h"
#include "core/plan.h"
#include "core/report_words.h"
#include "core/scoring.h"
#include "core/version.h"

namespace wa {

std::string summary_text(const Audit& a) {
    Scores s = score(a);
    std::vector<PlanAction> plan = build_plan(a);
    const ReportWords& w = report_words();
    std::string t = std::string(kProductName) + ": " + library_line(a.profile);
    if (!a.profile.date.empty()) t += " (" + date_text(a.profile.date) + ")";
    t += "\n" + law_assumed_text(library_kind_of(a.profile.library_kind));
    t += "\n" + say(w.text_overall, percent_text(s.overall).c_str(), s.overall.answered(), s.overall.total,
                    tally_counts(s.overall).c_str()) + "\n";
    for (const ChecklistScore& cs : s.checklists)
        t += "- " + cs.title + " " + cs.version + ": " + percent_text(cs.tally) + "\n";
    std::vector<std::string> gaps = essential_gap_texts(a, s);
    t += std::string(w.essential_heading) + ": " + std::to_string(gaps.size()) + "\n";
    for (const std::string& g : gaps) t += "  - " + g + "\n";
    t += progress_text(a);
    int quick = 0, done = 0;
    for (const PlanAction& p : plan) {
        quick += p.quick_win ? 1 : 0;
        done += p.state.status == "done" ? 1 : 0;
    }
    t += say(w.text_plan, static_cast<int>(plan.size()), quick, done) + "\n";
    const std::vector<PlanFigure> figures = plan_figures(a);
    if (!figures.empty()) t += std::string(w.measured_counted) + ":\n";
    for (const PlanFigure& f : figures) t += "  - " + f.text + "\n";
    t += say(w.made_with, (std::string(kProductName) + " " + kVersion).c_str()) + ".\n";
    return t;
}

} // namespace wa
