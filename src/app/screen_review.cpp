// Review: scores per checklist and section as bars (always with the number
// beside them, never colour alone), counts of what is not scored, essential gaps.
#include <cstdio>

#include <imgui.h>

#include "app/app.h"
#include "app/format.h"
#include "app/strings.h"
#include "app/theme.h"
#include "app/ui.h"
#include "core/scoring.h"

namespace wa {
namespace {

void score_bar(const char* id, const std::string& name, const Tally& tally) {
    const UiText& t = tr();
    const double pct = tally.percent();
    std::string overlay;
    if (pct < 0) overlay = format("%s", t.not_scored_yet);
    else overlay = format("%d%%", static_cast<int>(pct + 0.5));
    const std::string label = name + ": " + overlay;
    ui::progress(id, label.c_str(), pct < 0 ? 0.0f : static_cast<float>(pct / 100.0), label.c_str());
}

std::string counts_line(const Tally& tally) {
    std::string buf = format(tr().counts_line, tally.met, tally.partly, tally.not_met, tally.not_applicable,
                  tally.not_sure, tally.unanswered);
    return buf;
}

}  // namespace

void App::draw_review() {
    const UiText& t = tr();
    const Scores scores = score(audit_);
    ui::heading("screen-heading", 1, t.review_title);
    ui::text(t.review_help, true);

    ui::heading("overall-heading", 2, t.overall);
    score_bar("score-overall", t.overall, scores.overall);
    ui::text_id("counts-overall", counts_line(scores.overall).c_str());

    for (const ChecklistScore& cs : scores.checklists) {
        ImGui::Spacing();
        const std::string hid = "review-" + cs.id;
        ui::heading(hid.c_str(), 2, cs.title.c_str());
        score_bar(("score-" + cs.id).c_str(), cs.title, cs.tally);
        ui::text_id(("counts-" + cs.id).c_str(), counts_line(cs.tally).c_str());
        ImGui::Indent();
        for (const SectionScore& ss : cs.sections) {
            score_bar(("score-" + cs.id + "-" + ss.id).c_str(), ss.title, ss.tally);
        }
        ImGui::Unindent();
        ui::heading(("gaps-" + cs.id).c_str(), 3, t.essential_gaps);
        if (cs.essential_gaps.empty()) ui::text(t.no_essential_gaps, true);
        const int rows = static_cast<int>(cs.essential_gaps.size());
        const int first = draw_pager(("gaps-" + cs.id).c_str(), t.gaps_word, &gap_pages_[cs.id], rows);
        for (int g = first; g < std::min(rows, first + kPageSize); ++g) {
            // Each gap is a button that opens the item, so it can be re-checked.
            auto at = walk_index_.find(cs.essential_gaps[static_cast<size_t>(g)]);
            if (at == walk_index_.end()) continue;
            const WalkStop& w = walk_[static_cast<size_t>(at->second)];
            const Item& item = item_of(w);
            const std::string gid = "gap-" + cs.id + "-" + item.id;
            if (page_turned_ && g == first) {  // the page just turned: focus goes to its first row
                page_turned_ = false;
                ui::request_focus(gid);
            }
            if (ui::button(gid.c_str(), item.prompt.c_str())) {
                walk_pos_ = at->second;
                go(Screen::Walk);
            }
        }
    }
    ImGui::Spacing();
    if (ui::button("review-progress", tr_results().progress_button)) go(Screen::Progress);  // screen_progress.cpp
    ui::ButtonStyle primary;
    primary.primary = true;
    if (ui::button("review-to-plan", t.to_plan, primary)) go(Screen::Plan);
}

}  // namespace wa
