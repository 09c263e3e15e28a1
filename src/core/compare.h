// compare.h: branches side by side, from the plan files they send back.
//
// A consortium collects one exported plan per branch (or per year) and wants
// to see, per checklist: each branch's score, its essential gaps and how far
// its plan has got. Plans are compared as they are. A checklist a branch did
// not audit is "not audited" there; when branches used different versions of
// a checklist the row says so, since their scores are then not strictly
// comparable. Nothing here reads an audit: plan files are enough.
#pragma once

#include <string>
#include <vector>

#include "core/plan.h"

namespace wa {

struct CompareColumn {
    std::string name;  // "Riverside Public Library, Eastside (2026-11-25)"
    std::string file;  // where the plan came from
};

struct CompareCell {
    bool audited = false;      // the branch used this checklist
    std::string version;       // of the checklist, as audited
    Tally tally;               // the score and answer counts (scoring.h)
    int essential_gaps = 0;    // essential items answered not met or partly
    int actions = 0, doing = 0, done = 0;  // the branch's plan for this checklist
};

struct CompareRow {
    std::string checklist_id, title;  // "" and "All checklists" for the overall row
    std::vector<CompareCell> cells;   // one per column
    bool versions_differ = false;
};

// One measured or counted item (PlanDoc::figures) across branches: "door
// opening force 8 lbf ...; suggests Not met" in one, "" where not measured.
struct FigureRow {
    std::string key, prompt;
    std::vector<std::string> cells;  // one per column
};
struct Comparison {
    std::vector<CompareColumn> columns;
    CompareRow overall;
    std::vector<CompareRow> rows;  // checklists in the order they are first met
    std::vector<FigureRow> figures;  // items in the order they are first met
};

struct NamedPlan {
    std::string file;
    PlanDoc plan;
};

Comparison compare_plans(const std::vector<NamedPlan>& plans);

// One cell in words: "72% · 19 of 23 answered · 2 essential gaps · 5 of 12 actions done",
// or "not audited".
std::string cell_text(const CompareCell& c);

// A spreadsheet (UTF-8 with BOM): one row per checklist, and for each branch
// its score, answered, essential gaps, actions and actions done.
std::string comparison_to_csv(const Comparison& c);
// A Markdown table per checklist: branches as rows.
std::string comparison_to_markdown(const Comparison& c);

} // namespace wa
