// compare_grid.h: branches at a glance, a grid for a consortium's coordinator.
//
// Branches are the columns, checklists (and, on demand, their sections) the
// rows; each cell holds the score, a band that names how it stands ("Good",
// "Fair", "Low": the app colours it, but the word is always there, so
// colour never carries the meaning alone) and the essential gaps counted.
// The columns can be ordered by branch name or by overall score. Built from
// the same plan files as compare.h.
#pragma once

#include <string>
#include <vector>

#include "core/compare.h"

namespace wa {

enum class ScoreBand { NotAudited, NoScore, Low, Fair, Good };
// 80% and over Good, 50% to 79% Fair, under 50% Low.
ScoreBand score_band(const Tally& t);
const char* band_label(ScoreBand b);  // "Good", "Fair", "Low", "No score yet", "Not audited"

enum class GridOrder { AsOpened, NameAZ, ScoreHighFirst, ScoreLowFirst };
const char* grid_order_label(GridOrder o);  // "in the order opened", "by name, A to Z", ...

struct GridCell {
    bool audited = false;
    double percent = -1;   // -1: no score
    ScoreBand band = ScoreBand::NotAudited;
    int essential_gaps = 0;
    std::string text;      // "72% Fair, 2 essential gaps" / "Not audited": what the cell says
};

struct GridRow {
    std::string checklist_id, section_id;  // "" for the overall row; section_id "" for a checklist row
    std::string title;                     // "All checklists", a checklist's title, or a section's
    bool is_section = false;
    std::vector<GridCell> cells;           // one per column, in the grid's column order
};

struct BranchGrid {
    GridOrder order = GridOrder::AsOpened;
    bool sections = false;
    std::vector<std::string> columns;      // branch names, in display order
    // When every plan is from the same library: its name, and the columns
    // without it ("Eastside (2026-05-01)"), for headers where space is short.
    std::string library;
    std::vector<std::string> short_columns;
    std::vector<std::size_t> opened;       // for each column, its index among the plans as opened
    std::vector<GridRow> rows;             // the overall row first, then each checklist (and its sections)
};

BranchGrid branch_grid(const std::vector<NamedPlan>& plans, GridOrder order, bool sections);

// A spreadsheet (UTF-8 with BOM, CRLF rows, quoted and formula-guarded like
// every CSV here): a row per grid row, per branch its score, band and gaps.
std::string grid_to_csv(const BranchGrid& g);
// A printable page: one table, a caption that says the order, every band in words.
std::string grid_to_html(const BranchGrid& g, const std::string& generated_at = "");

} // namespace wa
