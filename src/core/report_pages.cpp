#include "core/report_pages.h"

#include <algorithm>
#include <map>

#include "core/export.h"
#include "core/report_words.h"

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
           html_escape(say(report_words().of, b.answered, b.total)) + "</td><td class=\"num\">" + num(b.essential_gaps) +
           "</td></tr>\n";
}

constexpr std::size_t kGapsOnFirstPage = kGlanceGapsShown;

std::string para(std::string_view text) {
    std::string h;
    html_put(h, "<p>", text, "</p>\n");
    return h;
}

}  // namespace

std::string html_col_heads(std::initializer_list<const char*> names) {
    std::string h;
    for (const char* n : names) h += "<th scope=\"col\">" + html_escape(n) + "</th>";
    return h;
}
__attribute__((noinline)) void html_put(std::string& h, const char* before, std::string_view text, const char* after) {
    h += before;
    h += html_escape(text);
    h += after;
}

std::string html_tag(const char* text) { return " <span class=\"tag\">" + html_escape(text) + "</span>"; }

std::string glance_html(const Glance& g) {
    const ReportWords& w = report_words();
    const Words& v = words();
    std::string h = "<section class=\"glance\" aria-labelledby=\"glance\">\n<h2 id=\"glance\">" +
                    html_escape(w.glance_heading) + "</h2>\n";
    h += "<table class=\"chart\">\n<caption>" + html_escape(w.glance_caption) + "</caption>\n<thead><tr>" +
         html_col_heads({v.csv_header[2], w.score, w.answered, w.essential_gaps}) + "</tr></thead>\n<tbody>\n";
    h += chart_row(g.overall, true);
    for (const GlanceBar& b : g.checklists) h += chart_row(b, false);
    h += "</tbody>\n</table>\n";

    html_put(h, "<h3 id=\"glance-gaps\">", say(w.gaps_heading, static_cast<int>(g.essential_gaps.size())), "</h3>\n");
    if (g.essential_gaps.empty()) h += para(w.gaps_none);
    else {
        h += "<ul>\n";
        for (std::size_t i = 0; i < std::min(g.essential_gaps.size(), kGapsOnFirstPage); ++i)
            h += "<li>" + html_escape(g.essential_gaps[i].prompt) + " <span class=\"muted\">(" +
                 html_escape(g.essential_gaps[i].checklist_title) + ")</span></li>\n";
        h += "</ul>\n";
        if (g.essential_gaps.size() > kGapsOnFirstPage) {
            // The sentence escaped around its link, which is markup: "%s" stands for it.
            const std::string more = say(w.gaps_more, static_cast<int>(g.essential_gaps.size() - kGapsOnFirstPage), "\x01");
            const std::size_t at = more.find('\x01');
            const std::string link = "<a href=\"#essential\">" + html_escape(w.essential_link) + "</a>";
            h += "<p>" + (at == std::string::npos ? html_escape(more)
                                                  : html_escape(more.substr(0, at)) + link + html_escape(more.substr(at + 1))) +
                 "</p>\n";
        }
    }

    html_put(h, "<h3 id=\"glance-wins\">", w.wins_heading, "</h3>\n");
    if (g.quick_wins.empty()) h += para(w.wins_none);
    else {
        h += "<ol>\n";
        for (const GlanceWin& win : g.quick_wins)
            h += "<li>" + html_escape(win.text) + " <span class=\"muted\">(" + html_escape(win.checklist_title) +
                 ")</span></li>\n";
        h += "</ol>\n";
        if (g.quick_wins_total > static_cast<int>(g.quick_wins.size())) h += para(say(w.wins_total, g.quick_wins_total));
    }

    html_put(h, "<h3 id=\"glance-open\">", w.open_heading, "</h3>\n");
    if (g.not_answered.empty()) h += para(w.open_none);
    else {
        h += "<ul>\n";
        for (const GlanceOpen& o : g.not_answered)
            html_put(h, "<li>", say(w.open_line, o.title.c_str(), o.unanswered, o.not_sure), "</li>\n");
        h += "</ul>\n";
    }

    if (!g.measured.empty()) {
        html_put(h, "<h3 id=\"glance-measured\">", w.measured_heading, "</h3>\n<ul>\n");
        for (const std::string& m : g.measured) h += "<li>" + html_escape(m) + "</li>\n";
        h += "</ul>\n";
    }
    return h + "</section>\n";
}

std::string plan_by_owner_html(const std::vector<PlanAction>& plan) {
    const ReportWords& w = report_words();
    const Words& v = words();
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

    std::string h = "<section class=\"byowner\" aria-labelledby=\"by-owner\">\n<h2 id=\"by-owner\">" +
                    html_escape(w.by_owner_heading) + "</h2>\n";
    if (owners.empty()) h += para(w.nothing_left);
    if (done > 0) h += para(say(done == 1 ? w.done_one : w.done_many, done));
    int n = 0;
    for (const auto& [owner, acts] : owners) {
        const std::string name = owner.empty() ? std::string(w.no_owner) : owner;
        h += "<h3 id=\"owner-" + num(++n) + "\">" + html_escape(name) + "</h3>\n<table>\n<caption>" +
             html_escape(say(w.owner_caption, name.c_str())) + "</caption>\n<thead><tr>" +
             html_col_heads({v.csv_header[14], v.csv_header[9], v.csv_header[2], v.csv_header[15], v.csv_header[0]}) +
             "</tr></thead>\n<tbody>\n";
        for (const PlanAction* p : acts) {
            h += "<tr><td class=\"num\">" + html_escape(p->state.due.empty() ? std::string(w.not_set) : date_text(p->state.due)) +
                 "</td><td>" + html_escape(p->text);
            if (p->quick_win) h += html_tag(v.csv_header[1]);
            if (p->essential) h += html_tag(v.csv_header[6]);
            h += "</td><td>" + html_escape(p->checklist_title) + "</td><td>" + html_escape(status_label(p->state.status)) +
                 "</td><td class=\"num\">" + num(p->priority) + "</td></tr>\n";
        }
        h += "</tbody>\n</table>\n";
    }
    return h + "</section>\n";
}

}  // namespace wa
