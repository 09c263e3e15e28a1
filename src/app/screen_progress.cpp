// Progress since the last audit (core/progress.h), reached from Review: what
// got better, stayed the same or got worse, and the plan actions done. The
// last audit is remembered in the audit itself (Audit::previous), so this
// screen shows the same after a reload or on another computer.
#include <imgui.h>

#include "app/app.h"
#include "app/browser.h"
#include "core/say.h"
#include "app/strings.h"
#include "app/ui.h"
#include "core/document.h"
#include "core/progress.h"

namespace wa {
namespace {

std::string pct(double p) {
    return p < 0 ? std::string(tr_results().no_score) : say("%d%%", static_cast<int>(p + 0.5));
}

std::string then_now(double before, double now) {
    return say(tr_results().progress_then_now, pct(before).c_str(), pct(now).c_str());
}

std::string answer_word(Answer a) {
    return a == Answer::Unanswered ? std::string(tr_results().not_answered) : std::string(answer_label(a));
}

// "2 better, 5 the same, 1 worse, 3 answered for the first time": the counts in words.
std::string counts_words(const ChangeCounts& c) {
    const ResultsText& r = tr_results();
    std::string s = say(r.progress_counts, c.improved, c.unchanged, c.worse, c.newly_answered);
    if (c.no_score_now) s += say(r.progress_counts_open, c.no_score_now);
    if (c.unknown) s += say(r.progress_counts_unknown, c.unknown);
    return s;
}

}  // namespace

void App::set_previous(PreviousAudit p, const std::string& title) {
    const ResultsText& r = tr_results();
    const std::string name = p.empty() ? audit_.previous.name : title;
    std::string line = say(p.empty() ? r.progress_forgotten : r.progress_set, name.c_str());
    audit_.previous = std::move(p);
    audit_.updated_at = browser::now_iso();
    mark_changed();
    set_messages({line}, false);
    announce_ = line;
}

void App::open_previous_file(const std::string& file_name, const std::string& text) {
    if (!has_audit_) return;
    AnyDocument doc = load_any(text, file_name);
    if (doc.audit) return set_previous(previous_of(*doc.audit), file_name);
    if (doc.plan) return set_previous(previous_of(*doc.plan), file_name);
    const ResultsText& r = tr_results();
    std::vector<std::string> lines;
    if (doc.checklist) lines.push_back(say(r.progress_not_audit, file_name.c_str()));
    else {
        lines.push_back(say(tr().open_problem, file_name.c_str()));
        for (const Problem& p : doc.problems) lines.push_back(to_string(p));
    }
    announce_ = lines.front();
    set_messages(std::move(lines), true);
}

void App::draw_progress() {
    const ResultsText& r = tr_results();
    ui::heading("screen-heading", 1, r.progress_title);
    ui::text(r.progress_help, true);
    if (!has_audit_) return;

    if (!audit_.previous.empty()) {
        const Progress& p = current_progress();
        ImGui::Spacing();
        ui::heading("progress-changed", 2, r.progress_what_changed);
        const std::vector<std::string> lines = what_changed(p);
        for (size_t i = 0; i < lines.size(); ++i) ui::text_id(say("progress-line-%zu", i).c_str(), lines[i].c_str());

        const float avail = ui::readable_width();
        const std::vector<float> widths = {avail * 0.34f, avail * 0.24f, avail * 0.42f};
        for (const ChecklistProgress& cp : p.checklists) {
            ImGui::Spacing();
            const std::string id = "progress-" + cp.id;
            ui::heading(id.c_str(), 2, cp.title.c_str());
            if (cp.version_before.empty()) ui::text(r.progress_new_checklist, true);
            std::vector<std::vector<ui::TableCell>> rows;
            rows.push_back({{r.col_section}, {r.col_score}, {r.col_items}});
            rows.push_back({{cp.title}, {then_now(cp.before_percent, cp.now_percent)}, {counts_words(cp.counts)}});
            for (const SectionProgress& sp : cp.sections) {
                ui::TableCell head{sp.title};
                head.indent = true;
                rows.push_back({head, {then_now(sp.before_percent, sp.now_percent)}, {counts_words(sp.counts)}});
            }
            const std::string label = say(r.progress_table_label, cp.title.c_str());
            ui::table((id + "-table").c_str(), label.c_str(), widths, rows);

            ImGui::Spacing();
            ui::heading((id + "-items").c_str(), 3, r.progress_items_title);
            if (cp.changed.empty()) ui::text(r.progress_no_items, true);
            const int count = static_cast<int>(cp.changed.size());
            const int first = draw_pager((id + "-items").c_str(), r.progress_items_title, &gap_pages_[id], count);
            for (int i = first; i < std::min(count, first + kPageSize); ++i) {
                const ItemChange& ic = cp.changed[static_cast<size_t>(i)];
                std::string line = say(r.progress_item_line, change_label(ic.change), ic.prompt.c_str(),
                                          answer_word(ic.before).c_str(), answer_word(ic.now).c_str());
                if (!ic.moved_from.empty()) line = say(r.progress_moved, line.c_str(), ic.moved_from.c_str());
                ui::text_id(say("%s-item-%d", id.c_str(), i).c_str(), line.c_str());
            }
        }

        ImGui::Spacing();
        ui::heading("progress-done", 2, r.progress_done_title);
        auto done_list = [](const char* id, const std::string& title, const std::vector<DoneAction>& list) {
            ui::text_id(id, title.c_str());
            ImGui::Indent();
            for (size_t i = 0; i < list.size(); ++i) {
                const std::string line = list[i].checklist_title.empty() ? list[i].text
                                                                         : list[i].checklist_title + ": " + list[i].text;
                ui::text_id(say("%s-%zu", id, i).c_str(), line.c_str());
            }
            ImGui::Unindent();
        };
        done_list("done-then", say(r.progress_done_then, static_cast<int>(p.done_then.size())), p.done_then);
        done_list("done-since", say(r.progress_done_since, static_cast<int>(p.done_since.size())), p.done_since);
        ImGui::Spacing();
        if (ui::button("progress-forget", r.progress_forget)) set_previous({}, "");
    } else {
        ImGui::Spacing();
        ui::text_id("progress-none", r.progress_none);
    }

    ImGui::Spacing();
    ui::ButtonStyle open;
    open.primary = audit_.previous.empty();
    open.picker = "previous";
    open.description = r.progress_open_hint;
    ui::button("progress-open", r.progress_open_file, open);
    ui::text(r.progress_open_hint, true);
    bool any = false;
    for (const StoredAudit& s : store_.audits) {
        if (s.id == audit_id_ || s.unreadable) continue;
        if (!any) {
            ImGui::Spacing();
            ui::heading("progress-stored", 2, r.progress_stored_title);
            any = true;
        }
        const std::string label = say(r.progress_use_stored, stored_title(s).c_str());
        if (ui::button(("progress-use-" + s.id).c_str(), label.c_str())) browser::store_do("previous", s.id);
    }
    ImGui::Spacing();
    if (ui::button("progress-back", r.progress_back)) go(Screen::Review);
}

}  // namespace wa
