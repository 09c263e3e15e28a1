// Branches at a glance, on the Compare screen (core/compare_grid.h): branches
// as columns, checklists (and on demand sections) as rows. Each cell says its
// score and band in words; a coloured strip repeats the band for the eye. As
// many branch columns are shown as fit the width (at 200% text on a phone,
// one); the others are a "Next branches" away, so nothing is cut off and no
// sideways scrolling is needed. The mirror gets a real table whose name says
// the order and which branches are shown.
#include <imgui.h>

#include "app/app.h"
#include "app/browser.h"
#include "core/say.h"
#include "app/strings.h"
#include "app/theme.h"
#include "app/ui.h"
#include "core/compare_grid.h"

namespace wa {
namespace {

unsigned int band_mark(ScoreBand b) {
    switch (b) {
    case ScoreBand::Good: return theme::good_u32();
    case ScoreBand::Fair: return theme::warn_u32();
    case ScoreBand::Low: return theme::bad_u32();
    default: return 0;
    }
}

}  // namespace

void App::draw_branch_grid(const std::vector<NamedPlan>& plans) {
    const ResultsText& r = tr_results();
    ImGui::Spacing();
    ui::heading("grid-heading", 2, r.grid_title);
    ui::text(r.grid_help, true);

    const char* orders[] = {r.grid_order_opened, r.grid_order_name, r.grid_order_high, r.grid_order_low};
    for (int i = 0; i < 4; ++i) {
        if (i) ImGui::SameLine();
        const float w = ImGui::CalcTextSize(orders[i]).x + ImGui::GetStyle().FramePadding.x * 2;
        if (i && ImGui::GetContentRegionAvail().x < w) ImGui::NewLine();
        if (ui::radio("grid-order", r.grid_order_label, say("grid-order-%d", i).c_str(), orders[i], compare_screen_.grid_order == i)) {
            compare_screen_.grid_order = i;
            announce_ = say(r.grid_ordered, grid_order_label(static_cast<GridOrder>(i)));
        }
    }
    ui::checkbox("grid-sections", r.grid_sections, &compare_screen_.grid_sections);

    const BranchGrid g = branch_grid(plans, static_cast<GridOrder>(compare_screen_.grid_order), compare_screen_.grid_sections);
    const int n = static_cast<int>(g.columns.size());
    const float avail = ui::readable_width();
    const float head_w = std::min(avail * 0.4f, ImGui::GetFontSize() * 12.0f);
    const int per_page = std::max(1, std::min(n, static_cast<int>((avail - head_w) / (ImGui::GetFontSize() * 8.0f))));
    compare_screen_.grid_first = std::max(0, std::min(compare_screen_.grid_first, n - 1));
    compare_screen_.grid_first -= compare_screen_.grid_first % per_page;
    const int last = std::min(n, compare_screen_.grid_first + per_page);

    if (per_page < n) {
        const std::string shown = say(r.grid_page, compare_screen_.grid_first + 1, last, n, grid_order_label(g.order));
        ui::text_id("grid-page", shown.c_str());
        ui::ButtonStyle prev, next;
        prev.disabled = compare_screen_.grid_first == 0;
        next.disabled = last >= n;
        if (ui::button("grid-prev", r.grid_prev, prev)) compare_screen_.grid_first = std::max(0, compare_screen_.grid_first - per_page);
        ImGui::SameLine();
        if (ui::button("grid-next", r.grid_next, next)) compare_screen_.grid_first = std::min(n - 1, compare_screen_.grid_first + per_page);
    }

    std::vector<float> widths = {head_w};
    std::vector<std::vector<ui::TableCell>> rows(1);
    rows[0].push_back({r.grid_corner});
    for (int c = compare_screen_.grid_first; c < last; ++c) {
        widths.push_back((avail - head_w) / static_cast<float>(last - compare_screen_.grid_first));
        rows[0].push_back({g.short_columns[static_cast<size_t>(c)]});
    }
    for (const GridRow& gr : g.rows) {
        std::vector<ui::TableCell> row;
        ui::TableCell head{gr.title};
        head.indent = gr.is_section;
        row.push_back(head);
        for (int c = compare_screen_.grid_first; c < last; ++c) {
            const GridCell& cell = gr.cells[static_cast<size_t>(c)];
            ui::TableCell tc{cell.text};
            tc.mark = band_mark(cell.band);
            row.push_back(tc);
        }
        rows.push_back(std::move(row));
    }
    std::string label = say(r.grid_caption, grid_order_label(g.order), compare_screen_.grid_first + 1, last, n);
    if (!g.library.empty()) {
        const std::string all_of = say(r.grid_library, g.library.c_str());
        ui::text_id("grid-library", all_of.c_str());
        label += ". " + all_of;
    }
    ui::table("grid", label.c_str(), widths, rows);

    ImGui::Spacing();
    if (ui::button("grid-csv", r.grid_csv)) {
        browser::download("branches-at-a-glance.csv", "text/csv;charset=utf-8", grid_to_csv(g));
        announce_ = say(tr().downloaded, "branches-at-a-glance.csv");
    }
    if (ui::button("grid-html", r.grid_html)) {
        browser::download("branches-at-a-glance.html", "text/html;charset=utf-8", grid_to_html(g, browser::today()));
        announce_ = say(tr().downloaded, "branches-at-a-glance.html");
    }
}

}  // namespace wa
