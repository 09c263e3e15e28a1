#include "core/compare.h"

#include "core/export.h"
#include "core/export_common.h"

namespace wa {

namespace {

// "Riverside Public Library, Eastside (2026-11-25)": what people call a column.
std::string column_name(const Profile& p) {
    std::string name = library_line(p);
    if (!p.date.empty()) name += " (" + p.date + ")";
    return name;
}

void count_actions(const PlanDoc& plan, const std::string& checklist_id, CompareCell& cell) {
    for (const PlanAction& a : plan.actions) {
        if (!checklist_id.empty() && a.checklist_id != checklist_id) continue;
        ++cell.actions;
        if (a.state.status == "done") ++cell.done;
        else if (a.state.status == "doing") ++cell.doing;
    }
}

CompareRow* find_row(std::vector<CompareRow>& rows, const std::string& id) {
    for (CompareRow& r : rows)
        if (r.checklist_id == id) return &r;
    return nullptr;
}

void add_figure_rows(const std::vector<NamedPlan>& plans, std::vector<FigureRow>& rows) {
    for (std::size_t col = 0; col < plans.size(); ++col)
        for (const PlanFigure& f : plans[col].plan.figures) {
            FigureRow* row = nullptr;
            for (FigureRow& r : rows)
                if (r.key == f.key) row = &r;
            if (!row) {
                rows.push_back({f.key, f.prompt, std::vector<std::string>(plans.size())});
                row = &rows.back();
            }
            row->cells[col] = f.text;
        }
}

} // namespace

Comparison compare_plans(const std::vector<NamedPlan>& plans) {
    Comparison out;
    const std::size_t n = plans.size();
    out.overall.title = "All checklists";
    out.overall.cells.resize(n);
    // Rows first (every checklist any branch used), so each has a cell per column.
    for (const NamedPlan& np : plans)
        for (const ChecklistScore& cs : np.plan.summary.checklists)
            if (!find_row(out.rows, cs.id)) {
                CompareRow row;
                row.checklist_id = cs.id;
                row.title = cs.title;
                row.cells.resize(n);
                out.rows.push_back(std::move(row));
            }
    for (std::size_t col = 0; col < n; ++col) {
        const PlanDoc& plan = plans[col].plan;
        out.columns.push_back({column_name(plan.profile), plans[col].file});
        CompareCell& all = out.overall.cells[col];
        all.audited = true;
        all.tally = plan.summary.overall;
        count_actions(plan, "", all);
        for (const ChecklistScore& cs : plan.summary.checklists) {
            CompareCell& cell = find_row(out.rows, cs.id)->cells[col];
            cell.audited = true;
            cell.version = cs.version;
            cell.tally = cs.tally;
            cell.essential_gaps = static_cast<int>(cs.essential_gaps.size());
            all.essential_gaps += cell.essential_gaps;
            count_actions(plan, cs.id, cell);
        }
    }
    // Two columns with the same name (the same branch twice, same day): the
    // file names tell them apart.
    std::vector<bool> shared(n, false);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
            if (out.columns[i].name == out.columns[j].name) shared[i] = shared[j] = true;
    for (std::size_t i = 0; i < n; ++i)
        if (shared[i]) out.columns[i].name += " [" + out.columns[i].file + "]";
    for (CompareRow& row : out.rows) {
        std::string first;
        for (const CompareCell& c : row.cells) {
            if (!c.audited) continue;
            if (first.empty()) first = c.version;
            else if (c.version != first) row.versions_differ = true;
        }
    }
    add_figure_rows(plans, out.figures);
    return out;
}

std::string cell_text(const CompareCell& c) {
    if (!c.audited) return "not audited";
    std::string s = percent_text(c.tally) + " · " + std::to_string(c.tally.answered()) + " of " +
                    std::to_string(c.tally.total) + " answered · " + std::to_string(c.essential_gaps) +
                    (c.essential_gaps == 1 ? " essential gap · " : " essential gaps · ") + std::to_string(c.done) +
                    " of " + std::to_string(c.actions) + " actions done";
    return s;
}

std::string comparison_to_csv(const Comparison& c) {
    std::string out = "\xEF\xBB\xBF";  // spreadsheets read UTF-8 with it
    std::vector<std::string> header = {"Checklist", "Checklist id"};
    for (const CompareColumn& col : c.columns)
        for (const char* what : {"score", "version", "answered", "items", "essential gaps", "actions", "doing",
                                 "done"})
            header.push_back(col.name + ": " + what);
    auto line = [&out](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i) out += ',';
            out += csv_cell(cells[i]);
        }
        out += "\r\n";
    };
    line(header);
    auto row_cells = [](const CompareRow& r) {
        std::vector<std::string> cells = {r.title, r.checklist_id};
        for (const CompareCell& cell : r.cells) {
            if (!cell.audited) {
                cells.insert(cells.end(), {"not audited", "", "", "", "", "", "", ""});
                continue;
            }
            const double p = cell.tally.percent();
            cells.push_back(p < 0 ? "" : percent_text(cell.tally));
            cells.push_back(cell.version);
            for (int v : {cell.tally.answered(), cell.tally.total, cell.essential_gaps, cell.actions, cell.doing,
                          cell.done})
                cells.push_back(std::to_string(v));
        }
        return cells;
    };
    line(row_cells(c.overall));
    for (const CompareRow& r : c.rows) line(row_cells(r));
    if (!c.figures.empty()) {
        line({});
        std::vector<std::string> head = {"Measured and counted", "Item key"};
        for (const CompareColumn& col : c.columns) head.push_back(col.name);
        line(head);
        for (const FigureRow& f : c.figures) {
            std::vector<std::string> cells = {f.prompt, f.key};
            cells.insert(cells.end(), f.cells.begin(), f.cells.end());
            line(cells);
        }
    }
    return out;
}

std::string comparison_to_markdown(const Comparison& c) {
    std::string out = "# Branches compared\n\n";
    out += std::to_string(c.columns.size()) + (c.columns.size() == 1 ? " plan" : " plans") + ": ";
    for (std::size_t i = 0; i < c.columns.size(); ++i)
        out += (i ? "; " : "") + markdown_escape(c.columns[i].name);
    out += ".\n";
    auto table = [&out, &c](const CompareRow& r) {
        out += "\n## " + markdown_escape(r.title) + "\n\n";
        if (r.versions_differ)
            out += "The branches used different versions of this checklist; compare their scores with care.\n\n";
        out += "| Branch | Score | Answered | Essential gaps | Actions done |\n|---|---|---|---|---|\n";
        for (std::size_t i = 0; i < r.cells.size(); ++i) {
            const CompareCell& cell = r.cells[i];
            out += "| " + markdown_escape(c.columns[i].name) + " | ";
            if (!cell.audited) {
                out += "not audited | | | |\n";
                continue;
            }
            out += percent_text(cell.tally) + " | " + std::to_string(cell.tally.answered()) + " of " +
                   std::to_string(cell.tally.total) + " | " + std::to_string(cell.essential_gaps) + " | " +
                   std::to_string(cell.done) + " of " + std::to_string(cell.actions) + " |\n";
        }
    };
    table(c.overall);
    for (const CompareRow& r : c.rows) table(r);
    if (!c.figures.empty()) {
        out += "\n## Measured and counted\n\n| Item |";
        for (const CompareColumn& col : c.columns) out += " " + markdown_escape(col.name) + " |";
        out += "\n|---|";
        for (std::size_t i = 0; i < c.columns.size(); ++i) out += "---|";
        out += "\n";
        for (const FigureRow& f : c.figures) {
            out += "| " + markdown_escape(f.prompt) + " |";
            for (const std::string& cell : f.cells) out += " " + (cell.empty() ? "not measured" : markdown_escape(cell)) + " |";
            out += "\n";
        }
    }
    return out;
}

} // namespace wa
