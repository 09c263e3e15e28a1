// export.h: the plan in the formats people use. All are deterministic (same
// audit, same bytes) and escape every piece of user text for their format.
#pragma once

#include <string>
#include <string_view>

#include "core/audit.h"

namespace wa {

// JSON (checklists/schema/plan.schema.json).
std::string plan_to_json(const Audit& a, const std::string& generated_at);

// CSV for spreadsheets: UTF-8 with BOM, CRLF rows, RFC 4180 quoting, and a
// leading ' on cells that start with = + - @ (or tab/CR), so a spreadsheet
// never runs a formula from a file.
std::string plan_to_csv(const Audit& a);

// Markdown: a summary and one table per checklist.
std::string plan_to_markdown(const Audit& a, const std::string& generated_at = "");

// A self-contained printable HTML report: inline CSS with print styles, a
// lang attribute, headings, a table per checklist; all user text escaped.
std::string plan_to_html(const Audit& a, const std::string& generated_at = "");

// A short plain-text summary for the clipboard or an e-mail.
std::string summary_text(const Audit& a);

// Building blocks, public because the app and tests use them.
std::string csv_cell(std::string_view text);        // guarded and quoted as needed
std::string html_escape(std::string_view text);     // & < > " '
std::string markdown_escape(std::string_view text); // inline text, safe in a table cell

} // namespace wa
