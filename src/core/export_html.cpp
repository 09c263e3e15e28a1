#include "core/export.h"
#include "core/progress.h"

#include "core/export_common.h"
#include "core/law.h"
#include "core/measure.h"
#include "core/plan.h"
#include "core/report_pages.h"
#include "core/report_words.h"
#include "core/scoring.h"
#include "core/version.h"

namespace wa {

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

namespace {

const char* kStyle = R"(
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
h1 { font-size: 1.8rem; margin-bottom: .25rem; }
h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 2px solid #1a1a1a; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0; }
caption { text-align: left; font-weight: bold; padding: .25rem 0; }
th, td { border: 1px solid #767676; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
.num { text-align: right; white-space: nowrap; }
.tag { display: inline-block; border: 1px solid #1a1a1a; border-radius: .25rem; padding: 0 .3rem; font-size: .85rem; margin-left: .25rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dt { font-weight: bold; }
dd { margin: 0; }
footer { margin-top: 2rem; font-size: .9rem; color: #444; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .25rem; }
h4 { font-size: 1rem; margin: .5rem 0 .25rem; }
.finding { border-left: 4px solid #767676; padding-left: .75rem; margin: .75rem 0; }
.finding p { margin: .25rem 0; }
figure { display: inline-block; margin: .25rem 1rem .5rem 0; vertical-align: top; }
figure img { display: block; max-width: 18rem; max-height: 14rem; border: 1px solid #767676; }
figcaption { font-size: .85rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; }
  tr, li, figure, .finding { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; }
}
)";

std::string pct_cell(const Tally& t) { return "<td class=\"num\">" + percent_text(t) + "</td>"; }

// What the auditors wrote and attached for one checklist: every item with a
// note or evidence, in checklist order. Links and photos were checked when
// they entered the audit (http(s) only; base64 PNG/JPEG/GIF/WebP), and are
// escaped here all the same. Photos are embedded, so the report stays one file.
std::string findings(const Audit& a, const Checklist& c) {
    std::string h;
    for (const Section& sec : c.sections)
        for (const Item& it : sec.items) {
            const Response* r = find_response(a, c.id, it.id);
            const std::string figure = r ? suggestion_text(it, r) : "";
            if (!r || (r->note.empty() && r->evidence.empty() && figure.empty())) continue;
            const std::string prompt = html_escape(it.prompt);
            h += "<div class=\"finding\">\n<h4>" + prompt + " <span class=\"tag\">" + answer_label(r->answer) +
                 "</span></h4>\n";
            if (!figure.empty())
                h += "<p class=\"figure\">" + html_escape(words().csv_header[21]) + ": " + html_escape(figure) + "</p>\n";
            if (!r->note.empty()) h += "<p>" + html_escape(r->note) + "</p>\n";
            int photo = 0;
            std::string links, photos;
            for (const Evidence& e : r->evidence) {
                if (e.kind == "text") {
                    h += "<p>" + html_escape(e.text) + "</p>\n";
                } else if (e.kind == "link") {
                    const std::string url = html_escape(e.url);
                    links += "<li><a href=\"" + url + "\">" + (e.text.empty() ? url : html_escape(e.text)) + "</a></li>\n";
                } else if (e.kind == "image") {
                    ++photo;
                    const std::string caption = html_escape(e.text.empty() ? say(report_words().photo, photo) : e.text);
                    photos += "<figure><img src=\"" + html_escape(e.data_url) + "\" alt=\"" +
                              html_escape(say(report_words().photo_alt, photo, it.prompt.c_str())) +
                              "\"><figcaption>" + caption + "</figcaption></figure>\n";
                }
            }
            if (!links.empty()) h += "<ul>\n" + links + "</ul>\n";
            h += photos;
            h += "</div>\n";
        }
    if (h.empty()) return h;
    return "<h3 class=\"findings\">" + html_escape(say(report_words().notes_evidence, c.title.c_str())) + "</h3>\n" + h;
}

} // namespace

std::string plan_to_html(const Audit& a, const std::string& generated_at) {
    Scores s = score(a);
    std::vector<PlanAction> plan = build_plan(a);
    const ReportWords& w = report_words();
    const Words& v = words();
    const std::string title = html_escape(say(w.plan_title, library_line(a.profile).c_str()));
    std::string h;
    auto term = [&h](const char* t, const std::string& value) {
        html_put(h, "<dt>", t, "</dt><dd>");
        html_put(h, "", value, "</dd>\n");
    };
    h += "<!DOCTYPE html>\n<html lang=\"" + html_escape(report_language(a)) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    h += "<title>" + title + "</title>\n<style>" + std::string(kStyle) + kReportPagesStyle + "</style>\n</head>\n<body>\n";
    h += "<header>\n<h1>" + title + "</h1>\n<dl>\n";
    if (!a.profile.date.empty()) term(w.audit_date, date_text(a.profile.date));
    if (!a.profile.auditor_roles.empty()) term(w.auditors, join(a.profile.auditor_roles, ", "));
    if (!generated_at.empty()) term(w.report_made, readable_time(generated_at));
    // "Law assumed" is the term; the sentence after it is its value.
    term(w.law_assumed, law_assumed_value(library_kind_of(a.profile.library_kind)));
    term(w.overall_score, percent_text(s.overall) + " (" + tally_counts(s.overall) + ")");
    h += "</dl>\n</header>\n<main>\n";
    // A director's two minutes first: the summary page, then who does what by when, then the detail.
    h += glance_html(make_glance(a, s, plan));
    h += plan_by_owner_html(plan);

    h += "<h2 id=\"summary\">" + html_escape(w.detail_heading) + "</h2>\n<table>\n<caption>" +
         html_escape(w.scores_caption) + "</caption>\n<thead><tr>" +
         html_col_heads({v.csv_header[2], w.version, w.score, v.answers[1], w.partly, v.answers[3], v.answers[4],
                    v.answers[5], v.answers[0]}) +
         "</tr></thead>\n<tbody>\n";
    for (const ChecklistScore& cs : s.checklists) {
        const Tally& t = cs.tally;
        h += "<tr><th scope=\"row\">" + html_escape(cs.title) + "</th><td>" + html_escape(cs.version) + "</td>" +
             pct_cell(t) + "<td class=\"num\">" + std::to_string(t.met) + "</td><td class=\"num\">" +
             std::to_string(t.partly) + "</td><td class=\"num\">" + std::to_string(t.not_met) +
             "</td><td class=\"num\">" + std::to_string(t.not_applicable) + "</td><td class=\"num\">" +
             std::to_string(t.not_sure) + "</td><td class=\"num\">" + std::to_string(t.unanswered) + "</td></tr>\n";
    }
    h += "</tbody>\n</table>\n";

    std::vector<std::string> gaps = essential_gap_texts(a, s);
    html_put(h, "<h2 id=\"essential\">", w.essential_heading, "</h2>\n");
    if (gaps.empty()) html_put(h, "<p>", w.none, "</p>\n");
    else {
        h += "<ul>\n";
        for (const std::string& g : gaps) html_put(h, "<li>", g, "</li>\n");
        h += "</ul>\n";
    }

    int ci = 0;
    bool explained = false;  // what "priority" means, once, above the first table
    for (const Checklist& c : a.checklists) {
        ++ci;
        h += "<h2 id=\"checklist-" + std::to_string(ci) + "\">" + html_escape(say(w.actions_heading, c.title.c_str())) +
             "</h2>\n";
        int n = 0;
        for (const PlanAction& p : plan) {
            if (p.checklist_id != c.id) continue;
            if (n++ == 0 && !explained) {
                explained = true;
                html_put(h, "<p class=\"muted\">", w.priority_explained, "</p>\n");
            }
            if (n == 1)
                h += "<table>\n<caption>" + html_escape(say(w.actions_caption, c.title.c_str())) +
                     "</caption>\n<thead><tr>" +
                     html_col_heads({v.csv_header[0], v.csv_header[9], v.csv_header[4], w.cost, v.csv_header[11],
                                v.csv_header[13], v.csv_header[14], v.csv_header[15], v.csv_header[17]}) +
                     "</tr></thead>\n<tbody>\n";
            std::string owner = p.state.owner.empty() ? p.suggested_owner : p.state.owner;
            // The item's id stays in the page for scripts (data-item), out of the reader's way.
            h += "<tr data-item=\"" + html_escape(p.item_id) + "\"><td class=\"num\">" + std::to_string(p.priority) +
                 "</td><td>" + html_escape(p.text);
            if (p.quick_win) h += html_tag(v.csv_header[1]);
            if (p.essential) h += html_tag(v.csv_header[6]);
            h += "</td><td>" + html_escape(p.item_prompt) + html_tag(answer_label(p.answer)) +
                 " <span class=\"muted\">(" + html_escape(p.section_title) + ")</span>";
            if (!p.figure.empty()) h += "<br><span class=\"figure\">" + html_escape(p.figure) + "</span>";
            if (std::string law = plan_law_text(a, p); !law.empty())
                h += "<br><span class=\"muted\">" + html_escape(law) + "</span>";
            h += "</td><td>" + html_escape(cost_label(p.cost));
            if (!p.state.cost_estimate.empty()) h += " (" + html_escape(p.state.cost_estimate) + ")";
            h += "</td><td>" + html_escape(effort_label(p.effort)) + "</td><td>" + html_escape(owner) + "</td><td>" +
                 html_escape(date_text(p.state.due)) + "</td><td>" + html_escape(status_label(p.state.status)) +
                 "</td><td>" + html_escape(p.state.notes) + "</td></tr>\n";
        }
        if (n == 0) html_put(h, "<p>", w.no_actions, "</p>\n");
        else h += "</tbody>\n</table>\n";
        h += findings(a, c);
    }
    h += progress_html(a);  // what changed since the last audit (progress.h), when there was one
    html_put(h, "</main>\n<footer><p>", say(w.made_with, (std::string(kProductName) + " " + kVersion).c_str()), ". ");
    html_put(h, "", w.no_personal_data, "</p></footer>\n</body>\n</html>\n");
    return h;
}

} // namespace wa
