#include "core/report_pages.h"

#include <algorithm>
#include <map>

#include "core/export.h"

namespace wa {

const char* const kReportPagesStyle = R"(
.glance h3 { margin-top: 1rem; }
.glance ul, .glance ol { margin: .25rem 0; padding-left: 1.5rem; }
.chart td.score { white-space: nowrap; }
.chart tr.overall th, .chart tr.overall td { font-weight: bold; border-bottom-width: 3px; }
svg.bar { vertical-align: middle; margin-right: .5rem; width: 10rem; height: 1.25rem; }
svg.bar .track { fill: #fff; stroke: #1a1a1a; stroke-width: 1; }
svg.bar .fill { fill: #1d5a85; }
svg.bar .tick { stroke: #1a1a1a; stroke-width: 1.5; }
.muted { color: #444; }
.ref { white-space: nowrap; }
@media screen and (prefers-color-scheme: dark) {
  body { color: #f2f2f2; background: #17191e; }
  h2 { border-bottom-color: #f2f2f2; }
  th { background: #2a2e36; }
  th, td, .tag, figure img { border-color: #8f97a3; }
  .tag { border-color: #f2f2f2; }
  a { color: #8cc8ff; }
  footer, .muted { color: #c4c9d2; }
  svg.bar .track { fill: #21242b; stroke: #f2f2f2; }
  svg.bar .fill { fill: #8cc8ff; }
  svg.bar .tick { stroke: #f2f2f2; }
}
@media (forced-colors: active) {
  svg.bar .track { fill: Canvas; stroke: CanvasText; }
  svg.bar .fill { fill: CanvasText; }
  svg.bar .tick { stroke: CanvasText; }
}
@media print {
  @page { margin: 14mm 12mm; }
  /* Compact enough that a realistic audit's summary fits page 1 (summary.test.mjs). */
  body { font-size: 10pt; line-height: 1.3; }
  h1 { font-size: 1.45rem; margin: 0 0 .2rem; }
  h2 { margin-top: 1rem; }
  dl { gap: 0 1rem; margin: .2rem 0; }
  th, td { padding: .2rem .4rem; }
  .glance { break-after: page; }
  .glance h2 { margin-top: .6rem; }
  .glance h3 { margin-top: .6rem; }
  .byowner { break-after: page; }
  h3 { break-after: avoid; }
  svg.bar .fill { fill: #1a1a1a; }
  /* Long words wrap only when they must: columns keep the width of their longest word. */
  td, th { overflow-wrap: break-word; }
  table:not(.chart) { font-size: 9pt; }
  caption { break-after: avoid; }
}
)";

namespace {

std::string num(int n) { return std::to_string(n); }

// The bar: 0 to 100, outlined, with a mark below it at each quarter (as the
// app draws it). Hidden from screen readers, which read the number beside it.
std::string bar_svg(const GlanceBar& b) {
    std::string s = "<svg class=\"bar\" viewBox=\"0 0 160 20\" preserveAspectRatio=\"none\" aria-hidden=\"true\" "
                    "focusable=\"false\"><rect class=\"track\" x=\"0.5\" y=\"0.5\" width=\"159\" height=\"14\"/>";
    if (b.percent > 0) {
        const int filled = static_cast<int>(std::max(1.0, b.percent / 100.0 * 159.0) + 0.5);
        s += "<rect class=\"fill\" x=\"0.5\" y=\"0.5\" width=\"" + num(filled) + "\" height=\"14\"/>";
    }
    for (int q = 1; q < 4; ++q) {
        const std::string x = num(q * 40);
        s += "<line class=\"tick\" x1=\"" + x + "\" y1=\"15\" x2=\"" + x + "\" y2=\"20\"/>";
    }
    return s + "</svg>";
}

std::string chart_row(const GlanceBar& b, bool overall) {
    return std::string("<tr") + (overall ? " class=\"overall\"" : "") + "><th scope=\"row\">" + html_escape(b.label) +
           "</th><td class=\"score\">" + bar_svg(b) + html_escape(b.score_text) + "</td><td class=\"num\">" +
           num(b.answered) + " of " + num(b.total) + "</td><td class=\"num\">" + num(b.essential_gaps) + "</td></tr>\n";
}

constexpr std::size_t kGapsOnFirstPage = kGlanceGapsShown;

}  // namespace

std::string glance_html(const Glance& g) {
    std::string h = "<section class=\"glance\" aria-labelledby=\"glance\">\n<h2 id=\"glance\">Summary at a glance</h2>\n";
    h += "<table class=\"chart\">\n<caption>Scores: each bar runs from 0 to 100%, with a mark at every quarter</caption>\n"
         "<thead><tr><th scope=\"col\">Checklist</th><th scope=\"col\">Score</th><th scope=\"col\">Answered</th>"
         "<th scope=\"col\">Essential gaps</th></tr></thead>\n<tbody>\n";
    h += chart_row(g.overall, true);
    for (const GlanceBar& b : g.checklists) h += chart_row(b, false);
    h += "</tbody>\n</table>\n";

    h += "<h3 id=\"glance-gaps\">Essential gaps (" + num(static_cast<int>(g.essential_gaps.size())) + ")</h3>\n";
    if (g.essential_gaps.empty()) h += "<p>None among the answered items.</p>\n";
    else {
        h += "<ul>\n";
        for (std::size_t i = 0; i < std::min(g.essential_gaps.size(), kGapsOnFirstPage); ++i)
            h += "<li>" + html_escape(g.essential_gaps[i].prompt) + " <span class=\"muted\">(" +
                 html_escape(g.essential_gaps[i].checklist_title) + ")</span></li>\n";
        h += "</ul>\n";
        if (g.essential_gaps.size() > kGapsOnFirstPage)
            h += "<p>And " + num(static_cast<int>(g.essential_gaps.size() - kGapsOnFirstPage)) +
                 " more, listed under <a href=\"#essential\">Essential items not fully met</a>.</p>\n";
    }

    h += "<h3 id=\"glance-wins\">Top quick wins: no cost, a few hours</h3>\n";
    if (g.quick_wins.empty()) h += "<p>None: no action left to do costs nothing and takes only hours.</p>\n";
    else {
        h += "<ol>\n";
        for (const GlanceWin& w : g.quick_wins)
            h += "<li>" + html_escape(w.text) + " <span class=\"muted\">(" + html_escape(w.checklist_title) + ")</span></li>\n";
        h += "</ol>\n";
        if (g.quick_wins_total > static_cast<int>(g.quick_wins.size()))
            h += "<p>" + num(g.quick_wins_total) + " quick wins in all; the plan lists every one.</p>\n";
    }

    h += "<h3 id=\"glance-open\">Not yet answered</h3>\n";
    if (g.not_answered.empty()) h += "<p>Every item has an answer.</p>\n";
    else {
        h += "<ul>\n";
        for (const GlanceOpen& o : g.not_answered)
            h += "<li>" + html_escape(o.title) + ": " + num(o.unanswered) + " not answered, " + num(o.not_sure) +
                 " not sure yet</li>\n";
        h += "</ul>\n";
    }

    if (!g.measured.empty()) {
        h += "<h3 id=\"glance-measured\">Measured figures</h3>\n<ul>\n";
        for (const std::string& m : g.measured) h += "<li>" + html_escape(m) + "</li>\n";
        h += "</ul>\n";
    }
    return h + "</section>\n";
}

std::string plan_by_owner_html(const std::vector<PlanAction>& plan) {
    // Owners in order of their most urgent action, so the first table is the most pressing.
    std::map<std::string, std::vector<const PlanAction*>> by_owner;
    int done = 0;
    for (const PlanAction& p : plan) {
        if (p.state.status == "done") { ++done; continue; }
        by_owner[p.state.owner.empty() ? p.suggested_owner : p.state.owner].push_back(&p);
    }
    auto earlier = [](const PlanAction* x, const PlanAction* y) {
        // ISO dates sort as text; undated after dated; then priority, higher first.
        if (x->state.due.empty() != y->state.due.empty()) return y->state.due.empty();
        if (x->state.due != y->state.due) return x->state.due < y->state.due;
        return x->priority > y->priority;
    };
    std::vector<std::pair<std::string, std::vector<const PlanAction*>>> owners(by_owner.begin(), by_owner.end());
    for (auto& o : owners) std::stable_sort(o.second.begin(), o.second.end(), earlier);
    std::stable_sort(owners.begin(), owners.end(),
                     [&](const auto& x, const auto& y) { return earlier(x.second.front(), y.second.front()); });

    std::string h = "<section class=\"byowner\" aria-labelledby=\"by-owner\">\n<h2 id=\"by-owner\">The plan by owner and due date</h2>\n";
    if (owners.empty()) h += "<p>Nothing left to do.</p>\n";
    if (done > 0) h += "<p>" + num(done) + (done == 1 ? " action is" : " actions are") + " done already; the detail lists them.</p>\n";
    int n = 0;
    for (const auto& [owner, acts] : owners) {
        const std::string name = owner.empty() ? "No owner yet" : owner;
        h += "<h3 id=\"owner-" + num(++n) + "\">" + html_escape(name) + "</h3>\n<table>\n<caption>Actions for " +
             html_escape(name) + ", soonest due first</caption>\n<thead><tr><th scope=\"col\">Due</th>"
             "<th scope=\"col\">Action</th><th scope=\"col\">Checklist</th><th scope=\"col\">Status</th>"
             "<th scope=\"col\">Priority</th></tr></thead>\n<tbody>\n";
        for (const PlanAction* p : acts) {
            h += "<tr><td class=\"num\">" + (p->state.due.empty() ? std::string("Not set") : html_escape(p->state.due)) +
                 "</td><td>" + html_escape(p->text);
            if (p->quick_win) h += " <span class=\"tag\">Quick win</span>";
            if (p->essential) h += " <span class=\"tag\">Essential</span>";
            h += "</td><td>" + html_escape(p->checklist_title) + "</td><td>" + status_label(p->state.status) +
                 "</td><td class=\"num\">" + num(p->priority) + "</td></tr>\n";
        }
        h += "</tbody>\n</table>\n";
    }
    return h + "</section>\n";
}

}  // namespace wa
