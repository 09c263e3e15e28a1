#include "core/export.h"

#include "core/plan.h"
#include "core/version.h"
#include "core/words.h"

namespace wa {

std::string csv_cell(std::string_view text) {
    std::string v;
    // Spreadsheets run a cell that starts with = + - @ (and some tab/CR
    // variants) as a formula: "=HYPERLINK(...)" in a note must stay text.
    if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
                          text[0] == '\t' || text[0] == '\r'))
        v += '\'';
    v.append(text);
    bool quote = v.find_first_of(",\"\r\n") != std::string::npos ||
                 (!v.empty() && (v.front() == ' ' || v.back() == ' '));
    if (!quote) return v;
    std::string q = "\"";
    for (char c : v) {
        if (c == '"') q += "\"\"";
        else q += c;
    }
    q += '"';
    return q;
}

std::string plan_to_csv(const Audit& a) {
    // The BOM makes Excel read UTF-8 (accents, curly quotes) correctly; CRLF
    // row ends are what RFC 4180 and Excel expect.
    std::string out = "\xEF\xBB\xBF";
    // In the audit's language (core/words.h); the cells' yes/no and kind stay as they are.
    const auto& header = words().csv_header;
    bool first = true;
    for (const char* h : header) {
        if (!first) out += ',';
        out += h;
        first = false;
    }
    out += "\r\n";
    // Which versions made this plan, then the measured figure: added as the last
    // columns, so existing columns keep their place.
    const std::string made_with = std::string(kProductName) + " " + kVersion;
    for (const PlanAction& p : build_plan(a)) {
        const Checklist* checklist = find_checklist(a, p.checklist_id);
        std::string cells[] = {std::to_string(p.priority),
                               p.quick_win ? "yes" : "no",
                               p.checklist_title,
                               p.section_title,
                               p.item_prompt,
                               answer_label(p.answer),
                               p.essential ? "yes" : "no",
                               std::to_string(p.weight),
                               p.find_out ? "Find out" : "Action",
                               p.text,
                               cost_label(p.cost),
                               effort_label(p.effort),
                               p.suggested_owner,
                               p.state.owner,
                               p.state.due,
                               status_label(p.state.status),
                               p.state.cost_estimate,
                               p.state.notes,
                               p.key,
                               checklist ? checklist->version : "",
                               made_with,
                               p.figure};
        first = true;
        for (const std::string& c : cells) {
            if (!first) out += ',';
            out += csv_cell(c);
            first = false;
        }
        out += "\r\n";
    }
    return out;
}

} // namespace wa
