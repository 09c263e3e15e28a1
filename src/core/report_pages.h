// report_pages.h: the printable report's first two parts (internal): the
// summary at a glance, a director's page, and the plan by owner and due date.
// export_html.cpp puts them before the detail.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/glance.h"
#include "core/plan.h"

namespace wa {

// The first page: the scores as a table whose score cells hold a bar (inline
// SVG, hidden from screen readers: the number beside it says the same), then
// the essential gaps, the top quick wins, what is not yet answered, measured figures.
std::string glance_html(const Glance& g);
// One table per owner (the owner entered, else the suggested one), by due date
// (undated last), then priority. Done actions are left out: this is what is left to do.
std::string plan_by_owner_html(const std::vector<PlanAction>& plan);
// <th scope="col">name</th> for each name (escaped), and a name in a tag: the report's own markup.
std::string html_col_heads(std::initializer_list<const char*> names);
std::string html_tag(const char* text);
// h += before + html_escape(text) + after, out of line: the reports' many headings
// and sentences cost one call each (the first load counts every byte).
void html_put(std::string& h, const char* before, std::string_view text, const char* after);
// The CSS both need, screen and print, light and dark, and forced colours.
extern const char* const kReportPagesStyle;

}  // namespace wa
