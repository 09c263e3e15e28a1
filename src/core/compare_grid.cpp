#include "core/compare_grid.h"

#include <algorithm>
#include <numeric>

#include "core/export.h"
#include "core/version.h"

namespace wa {

ScoreBand score_band(const Tally& t) {
    const double p = t.percent();
    if (p < 0) return ScoreBand::NoScore;
    if (p >= 79.5) return ScoreBand::Good;  // as shown: 79.5% reads "80%"
    if (p >= 49.5) return ScoreBand::Fair;
    return ScoreBand::Low;
}

const char* band_label(ScoreBand b) {
    switch (b) {
    case ScoreBand::NotAudited: return "Not audited";
    case ScoreBand::NoScore: return "No score yet";
    case ScoreBand::Low: return "Low";
    case ScoreBand::Fair: return "Fair";
    case ScoreBand::Good: return "Good";
    }
    return "";
}

const char* grid_order_label(GridOrder o) {
    switch (o) {
    case GridOrder::AsOpened: return "in the order the plans were opened";
    case GridOrder::NameAZ: return "by name, A to Z";
    case GridOrder::ScoreHighFirst: return "by overall score, highest first";
    case GridOrder::ScoreLowFirst: return "by overall score, lowest first";
    }
    return "";
}

namespace {

GridCell make_cell(bool audited, const Tally& t, int gaps) {
    GridCell c;
    c.audited = audited;
    if (!audited) {
        c.text = band_label(ScoreBand::NotAudited);
        return c;
    }
    c.percent = t.percent();
    c.band = score_band(t);
    c.essential_gaps = gaps;
    c.text = c.percent < 0 ? std::string(band_label(c.band)) : percent_text(t) + " " + band_label(c.band);
    if (gaps) c.text += ", " + std::to_string(gaps) + (gaps == 1 ? " essential gap" : " essential gaps");
    return c;
}

GridRow make_row(const CompareRow& r) {
    GridRow g;
    g.checklist_id = r.checklist_id;
    g.title = r.title;
    for (const CompareCell& c : r.cells) g.cells.push_back(make_cell(c.audited, c.tally, c.essential_gaps));
    return g;
}

const ChecklistScore* find_checklist_score(const PlanDoc& p, const std::string& id) {
    for (const ChecklistScore& cs : p.summary.checklists)
        if (cs.id == id) return &cs;
    return nullptr;
}

// The sections of a checklist as any branch had them, in the order first met.
std::vector<const SectionScore*> section_list(const std::vector<NamedPlan>& plans, const std::string& id) {
    std::vector<const SectionScore*> out;
    for (const NamedPlan& np : plans)
        if (const ChecklistScore* cs = find_checklist_score(np.plan, id))
            for (const SectionScore& ss : cs->sections)
                if (std::none_of(out.begin(), out.end(), [&](const SectionScore* s) { return s->id == ss.id; }))
                    out.push_back(&ss);
    return out;
}

std::string folded(const std::string& s) {
    std::string out = s;
    for (char& ch : out)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return out;
}

} // namespace

BranchGrid branch_grid(const std::vector<NamedPlan>& plans, GridOrder order, bool sections) {
    const Comparison c = compare_plans(plans);
    BranchGrid g;
    g.order = order;
    g.sections = sections;
    std::vector<GridRow> rows;  // in the order opened
    rows.push_back(make_row(c.overall));
    for (const CompareRow& r : c.rows) {
        rows.push_back(make_row(r));
        if (!sections) continue;
        for (const SectionScore* ss : section_list(plans, r.checklist_id)) {
            GridRow sr;
            sr.checklist_id = r.checklist_id;
            sr.section_id = ss->id;
            sr.title = ss->title;
            sr.is_section = true;
            for (const NamedPlan& np : plans) {
                const ChecklistScore* cs = find_checklist_score(np.plan, r.checklist_id);
                const SectionScore* here = nullptr;
                if (cs)
                    for (const SectionScore& s : cs->sections)
                        if (s.id == ss->id) here = &s;
                sr.cells.push_back(here ? make_cell(true, here->tally, 0) : make_cell(false, {}, 0));
            }
            rows.push_back(std::move(sr));
        }
    }

    std::vector<std::size_t> idx(c.columns.size());
    std::iota(idx.begin(), idx.end(), 0);
    const std::vector<GridCell>& overall = rows.front().cells;
    auto by_name = [&](std::size_t a, std::size_t b) { return folded(c.columns[a].name) < folded(c.columns[b].name); };
    switch (order) {
    case GridOrder::AsOpened: break;
    case GridOrder::NameAZ: std::stable_sort(idx.begin(), idx.end(), by_name); break;
    case GridOrder::ScoreHighFirst:
    case GridOrder::ScoreLowFirst: {
        const bool high = order == GridOrder::ScoreHighFirst;
        // No score goes last either way; equal scores by name.
        std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) {
            const double pa = overall[a].percent, pb = overall[b].percent;
            if ((pa < 0) != (pb < 0)) return pb < 0;
            if (pa != pb) return high ? pa > pb : pa < pb;
            return by_name(a, b);
        });
        break;
    }
    }
    g.opened = idx;
    for (std::size_t i : idx) g.columns.push_back(c.columns[i].name);
    g.short_columns = g.columns;
    const std::string& lib = plans.empty() ? std::string() : plans[0].plan.profile.library;
    const bool shared = !lib.empty() && std::all_of(plans.begin(), plans.end(), [&](const NamedPlan& p) {
        return p.plan.profile.library == lib && !p.plan.profile.branch.empty();
    });
    if (shared) {
        g.library = lib;
        for (std::string& name : g.short_columns)
            if (name.compare(0, lib.size() + 2, lib + ", ") == 0) name.erase(0, lib.size() + 2);
    }
    for (GridRow& r : rows) {
        std::vector<GridCell> cells;
        for (std::size_t i : idx) cells.push_back(std::move(r.cells[i]));
        r.cells = std::move(cells);
        g.rows.push_back(std::move(r));
    }
    return g;
}

std::string grid_to_csv(const BranchGrid& g) {
    std::string out = "\xEF\xBB\xBF";
    auto line = [&out](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i) out += ',';
            out += csv_cell(cells[i]);
        }
        out += "\r\n";
    };
    std::vector<std::string> header = {"Checklist", "Section"};
    for (const std::string& name : g.columns)
        for (const char* what : {"score", "band", "essential gaps"}) header.push_back(name + ": " + what);
    line(header);
    for (const GridRow& r : g.rows) {
        std::vector<std::string> cells;
        if (r.is_section) cells = {"", r.title};
        else cells = {r.title, ""};
        for (const GridCell& c : r.cells) {
            if (!c.audited) {
                cells.insert(cells.end(), {"", band_label(ScoreBand::NotAudited), ""});
                continue;
            }
            cells.push_back(c.percent < 0 ? "" : std::to_string(static_cast<int>(c.percent + 0.5)) + "%");
            cells.push_back(band_label(c.band));
            cells.push_back(r.is_section ? "" : std::to_string(c.essential_gaps));
        }
        line(cells);
    }
    return out;
}

std::string grid_to_html(const BranchGrid& g, const std::string& generated_at) {
    std::string h =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>Branches at a glance</title>\n<style>\n"
        "body{font-family:system-ui,sans-serif;color:#111;background:#fff;margin:1.5rem;line-height:1.4}\n"
        "table{border-collapse:collapse;font-size:0.9rem}\n"
        "th,td{border:1px solid #555;padding:0.3rem 0.5rem;text-align:left;vertical-align:top}\n"
        "thead th{background:#eee}\n"
        "th.section{font-weight:normal;padding-left:1.5rem}\n"
        "td.good{background:#d9f2d9}td.fair{background:#fff1c7}td.low{background:#f8d4d4}\n"
        "td.none{background:#fff;color:#444}\n"
        ".band{font-weight:bold}\n"
        "@media print{body{margin:0}thead{display:table-header-group}tr{break-inside:avoid}"
        "td{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n"
        "</style>\n</head>\n<body>\n<main>\n<h1>Branches at a glance</h1>\n";
    h += "<p>" + std::to_string(g.columns.size()) + (g.columns.size() == 1 ? " branch" : " branches") +
         ", " + grid_order_label(g.order) + ". Each cell gives the score, a word for how it stands "
         "(Good: 80% and over; Fair: 50% to 79%; Low: under 50%) and the essential items not fully met.";
    if (!generated_at.empty()) h += " Made " + html_escape(generated_at) + ".";
    h += "</p>\n<table>\n<caption>Scores by checklist (rows) and branch (columns), branches " +
         std::string(grid_order_label(g.order)) + "</caption>\n<thead><tr><th scope=\"col\">Checklist</th>";
    for (const std::string& name : g.columns) h += "<th scope=\"col\">" + html_escape(name) + "</th>";
    h += "</tr></thead>\n<tbody>\n";
    for (const GridRow& r : g.rows) {
        h += r.is_section ? "<tr><th scope=\"row\" class=\"section\">" : "<tr><th scope=\"row\">";
        h += html_escape(r.title) + "</th>";
        for (const GridCell& c : r.cells) {
            const char* cls = c.band == ScoreBand::Good ? "good"
                              : c.band == ScoreBand::Fair ? "fair"
                              : c.band == ScoreBand::Low ? "low" : "none";
            h += std::string("<td class=\"") + cls + "\">";
            if (c.audited && c.percent >= 0) h += std::to_string(static_cast<int>(c.percent + 0.5)) + "% ";
            h += std::string("<span class=\"band\">") + band_label(c.band) + "</span>";
            if (c.essential_gaps)
                h += "<br>" + std::to_string(c.essential_gaps) + (c.essential_gaps == 1 ? " essential gap" : " essential gaps");
            h += "</td>";
        }
        h += "</tr>\n";
    }
    h += "</tbody>\n</table>\n</main>\n<footer><p>Made with " + std::string(kProductName) + " " + kVersion +
         ".</p></footer>\n</body>\n</html>\n";
    return h;
}

} // namespace wa
