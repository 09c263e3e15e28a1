// Compare: the plans branches send back, side by side (core/compare.h). For a
// library system's coordinator; it needs no audit of its own. Each checklist
// is a heading with one line per branch, so a screen reader reads it as a
// list and nothing overflows at 200% text, where a wide table would.
#include <cstdio>

#include <imgui.h>

#include "app/app.h"
#include "core/say.h"
#include "app/browser.h"
#include "app/strings.h"
#include "app/ui.h"
#include "core/document.h"

namespace wa {

void App::add_compare_file(const std::string& file_name, const std::string& text) {
    const UiText& t = tr();
    std::string line;
    AnyDocument doc = load_any(text, file_name);
    if (doc.plan) {
        compare_screen_.plans.push_back({file_name, std::move(*doc.plan)});
    } else if (doc.audit) {
        compare_screen_.plans.push_back({file_name, make_plan_doc(*doc.audit, browser::now_iso())});
    } else if (doc.checklist) {
        line = say(t.compare_not_plan, file_name.c_str());
        set_messages({line}, true);
        announce_ = line;
        return;
    } else {
        line = say(t.open_problem, file_name.c_str());
        std::vector<std::string> lines = {line};
        for (const Problem& p : doc.problems) lines.push_back(to_string(p));
        set_messages(std::move(lines), true);
        announce_ = line;
        return;
    }
    line = say(t.compare_added, file_name.c_str());
    set_messages({line}, false);
    announce_ = line;
}

void App::draw_compare() {
    const UiText& t = tr();
    std::string buf;
    ui::heading("screen-heading", 1, t.compare_title);
    ui::text(t.compare_help);
    ImGui::Spacing();
    ui::ButtonStyle add;
    add.primary = compare_screen_.plans.empty();
    add.picker = "plans";
    add.description = t.compare_add_hint;
    ui::button("compare-add", t.compare_add, add);
    ui::text(t.compare_add_hint, true);

    if (!compare_screen_.plans.empty()) {
        const Comparison c = compare_plans(compare_screen_.plans);
        ImGui::Spacing();
        buf = say(t.compare_files, static_cast<int>(c.columns.size()));
        ui::heading("compare-files", 2, buf.c_str());
        for (size_t i = 0; i < c.columns.size(); ++i) {
            std::string id = say("compare-file-%zu", i);
            ui::text_id(id.c_str(), (c.columns[i].name + " (" + c.columns[i].file + ")").c_str());
        }
        auto row = [&](const CompareRow& r, const char* id) {
            ImGui::Spacing();
            ui::heading(id, 2, r.title.c_str());
            if (r.versions_differ) ui::text(t.compare_versions_differ, true);
            for (size_t i = 0; i < r.cells.size(); ++i) {
                std::string cell_id = say("%s-%zu", id, i);
                ui::text_id(cell_id.c_str(), (c.columns[i].name + ": " + cell_text(r.cells[i])).c_str());
            }
        };
        draw_branch_grid(compare_screen_.plans);  // screen_compare_grid.cpp
        row(c.overall, "compare-overall");
        for (const CompareRow& r : c.rows) row(r, ("compare-" + r.checklist_id).c_str());
        // Measured and counted items, branch by branch (core/compare.h).
        if (!c.figures.empty()) {
            ImGui::Spacing();
            ui::heading("compare-figures", 2, t.compare_figures);
            for (size_t f = 0; f < c.figures.size(); ++f) {
                ui::text_id(say("compare-figure-%zu", f).c_str(), c.figures[f].prompt.c_str(), true);
                for (size_t i = 0; i < c.figures[f].cells.size(); ++i) {
                    const std::string& cell = c.figures[f].cells[i];
                    ui::text_id(say("compare-figure-%zu-%zu", f, i).c_str(),
                                (c.columns[i].name + ": " + (cell.empty() ? t.compare_not_measured : cell)).c_str());
                }
            }
        }

        ImGui::Spacing();
        if (ui::button("compare-csv", t.compare_download_csv)) {
            browser::download("branches-compared.csv", "text/csv;charset=utf-8", comparison_to_csv(c));
            buf = say(t.downloaded, "branches-compared.csv");
            announce_ = buf;
        }
        if (ui::button("compare-md", t.compare_download_md)) {
            browser::download("branches-compared.md", "text/markdown;charset=utf-8", comparison_to_markdown(c));
            buf = say(t.downloaded, "branches-compared.md");
            announce_ = buf;
        }
        if (ui::button("compare-clear", t.compare_clear)) {
            compare_screen_.plans.clear();
            messages_.clear();
            ui::request_focus("compare-add");
        }
    }
    ImGui::Spacing();
    if (ui::button("compare-back", t.compare_back)) go(Screen::Start);
}

}  // namespace wa
