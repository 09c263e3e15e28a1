// Review: first the summary at a glance (core/glance.h: the same data as the
// plan file's summary.glance and the report's first page): a chart of the
// scores, the essential gaps, the top quick wins, what is not yet answered and
// measured figures. Then scores per checklist and section as bars (always with
// the number beside them, never colour alone), counts of what is not scored,
// essential gaps that open their item.
#include <cstdio>

#include <imgui.h>

#include "app/app.h"
#include "core/say.h"
#include "app/strings.h"
#include "app/theme.h"
#include "app/ui.h"
#include "core/glance.h"
#include "core/scoring.h"

namespace wa {
namespace {

void score_bar(const char* id, const std::string& name, const Tally& tally) {
    const UiText& t = tr();
    const double pct = tally.percent();
    std::string overlay;
    if (pct < 0) overlay = say("%s", t.not_scored_yet);
    else overlay = say("%d%%", static_cast<int>(pct + 0.5));
    const std::string label = name + ": " + overlay;
    ui::progress(id, label.c_str(), pct < 0 ? 0.0f : static_cast<float>(pct / 100.0), label.c_str());
}

std::string counts_line(const Tally& tally) {
    std::string buf = say(tr().counts_line, tally.met, tally.partly, tally.not_met, tally.not_applicable,
                  tally.not_sure, tally.unanswered);
    return buf;
}

constexpr int kGapsAtAGlance = kGlanceGapsShown;

// The scores at a glance as a table with a bar in each score cell: the same
// figures as the plan file's summary.glance, read cell by cell by a screen
// reader, and a picture for the eye. On a narrow screen (a phone, or 200%
// text) four columns leave a word no room, so the score cell holds the
// answered count and the gaps too, in words.
void glance_table(const Glance& g) {
    const UiText& t = tr();
    const float avail = ui::readable_width();
    const bool narrow = avail < ImGui::GetFontSize() * 32.0f;
    std::vector<float> widths;
    std::vector<std::vector<ui::TableCell>> rows;
    if (narrow) {
        widths = {avail * 0.4f, avail * 0.6f};
        rows.push_back({{t.glance_columns[0]}, {t.glance_columns[1]}});
    } else {
        widths = {avail * 0.3f, avail * 0.3f, avail * 0.2f, avail * 0.2f};
        rows.push_back({{t.glance_columns[0]}, {t.glance_columns[1]}, {t.glance_columns[2]}, {t.glance_columns[3]}});
    }
    auto add = [&](const GlanceBar& b) {
        ui::TableCell score{b.percent < 0 ? std::string(t.not_scored_yet) : b.score_text};
        score.bar = true;
        score.fraction = b.percent < 0 ? -1.0f : static_cast<float>(b.percent / 100.0);
        if (narrow) {
            score.text = say(t.glance_beside, score.text.c_str(), b.answered, b.total, b.essential_gaps);
            rows.push_back({{b.label}, score});
        } else {
            rows.push_back({{b.label}, score, {say(t.glance_answered, b.answered, b.total)}, {std::to_string(b.essential_gaps)}});
        }
    };
    add(g.overall);
    for (const GlanceBar& b : g.checklists) add(b);
    ui::table("glance-chart", t.glance_chart, widths, rows);
}

// Lines of text with ids "<prefix>-0", "<prefix>-1", ...
void lines(const char* prefix, const std::vector<std::string>& texts) {
    for (size_t i = 0; i < texts.size(); ++i)
        ui::text_id(say("%s-%d", prefix, static_cast<int>(i)).c_str(), texts[i].c_str());
}

void draw_glance(const Glance& g) {
    const UiText& t = tr();
    ui::heading("glance-heading", 2, t.glance_title);
    glance_table(g);

    const int gaps = static_cast<int>(g.essential_gaps.size());
    ImGui::Spacing();
    ui::heading("glance-gaps", 3, say(t.glance_gaps, gaps).c_str());
    std::vector<std::string> texts;
    for (int i = 0; i < std::min(gaps, kGapsAtAGlance); ++i)
        texts.push_back("\xE2\x80\xA2 " + g.essential_gaps[static_cast<size_t>(i)].prompt + " (" +
                        g.essential_gaps[static_cast<size_t>(i)].checklist_title + ")");
    if (gaps == 0) texts.push_back(t.no_essential_gaps);
    if (gaps > kGapsAtAGlance) texts.push_back(say(t.glance_more_gaps, gaps - kGapsAtAGlance));
    lines("glance-gap", texts);

    ImGui::Spacing();
    ui::heading("glance-wins", 3, t.glance_wins);
    texts.clear();
    for (size_t i = 0; i < g.quick_wins.size(); ++i)
        texts.push_back(say("%d. ", static_cast<int>(i + 1)) + g.quick_wins[i].text + " (" +
                        g.quick_wins[i].checklist_title + ")");
    if (g.quick_wins.empty()) texts.push_back(t.glance_no_wins);
    if (g.quick_wins_total > static_cast<int>(g.quick_wins.size())) texts.push_back(say(t.glance_all_wins, g.quick_wins_total));
    lines("glance-win", texts);

    ImGui::Spacing();
    ui::heading("glance-open", 3, t.glance_open);
    texts.clear();
    for (const GlanceOpen& o : g.not_answered) texts.push_back(say(t.glance_open_line, o.title.c_str(), o.unanswered, o.not_sure));
    if (g.not_answered.empty()) texts.push_back(t.glance_all_answered);
    lines("glance-open", texts);

    if (!g.measured.empty()) {
        ImGui::Spacing();
        ui::heading("glance-measured", 3, t.glance_measured);
        lines("glance-measure", g.measured);
    }
}

}  // namespace

void App::draw_review() {
    const UiText& t = tr();
    const Scores& scores = current_scores();
    ui::heading("screen-heading", 1, t.review_title);
    ui::text(t.review_help, true);

    draw_glance(current_glance());

    ImGui::Spacing();
    ui::heading("details-heading", 2, t.details_title);
    ui::heading("overall-heading", 3, t.overall);
    score_bar("score-overall", t.overall, scores.overall);
    ui::text_id("counts-overall", counts_line(scores.overall).c_str());

    for (const ChecklistScore& cs : scores.checklists) {
        ImGui::Spacing();
        const std::string hid = "review-" + cs.id;
        ui::heading(hid.c_str(), 3, cs.title.c_str());
        score_bar(("score-" + cs.id).c_str(), cs.title, cs.tally);
        ui::text_id(("counts-" + cs.id).c_str(), counts_line(cs.tally).c_str());
        ImGui::Indent();
        for (const SectionScore& ss : cs.sections) {
            score_bar(("score-" + cs.id + "-" + ss.id).c_str(), ss.title, ss.tally);
        }
        ImGui::Unindent();
        ui::heading(("gaps-" + cs.id).c_str(), 4, t.essential_gaps);
        if (cs.essential_gaps.empty()) ui::text(t.no_essential_gaps, true);
        const int rows = static_cast<int>(cs.essential_gaps.size());
        const int first = draw_pager(("gaps-" + cs.id).c_str(), t.gaps_word, &gap_pages_[cs.id], rows);
        for (int g = first; g < std::min(rows, first + kPageSize); ++g) {
            // Each gap is a button that opens the item, so it can be re-checked.
            auto at = audit_screen_.index.find(cs.essential_gaps[static_cast<size_t>(g)]);
            if (at == audit_screen_.index.end()) continue;
            const WalkStop& w = audit_screen_.stops[static_cast<size_t>(at->second)];
            const Item& item = item_of(w);
            const std::string gid = "gap-" + cs.id + "-" + item.id;
            if (page_turned_ && g == first) {  // the page just turned: focus goes to its first row
                page_turned_ = false;
                ui::request_focus(gid);
            }
            if (ui::button(gid.c_str(), item.prompt.c_str())) {
                audit_screen_.pos = at->second;
                go(Screen::Audit);
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
