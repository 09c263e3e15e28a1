// progress.h: what changed since the last audit.
//
// A follow-up meeting asks "what improved since last year?". The audit keeps
// last year's audit in short (Audit::previous: its answers and the state of
// its plan's actions), taken when next year's audit is started from it
// (follow_up_audit) or when a person opens last year's audit or plan beside
// this one. Items are matched by their stable ids. When a checklist changed
// version in between, last year's answers to items it retired move to the
// items that ask those questions now (the checklist's "retired" list), by
// the same rule as when an audit takes a new version (add_or_update_checklist),
// so a moved or merged question is compared with its new home.
#pragma once

#include <string>
#include <vector>

#include "core/audit.h"
#include "core/plan.h"

namespace wa {

// Last year's audit or plan, in short.
PreviousAudit previous_of(const Audit& last);
PreviousAudit previous_of(const PlanDoc& last);

class JsonWriter;
void write_previous(JsonWriter& w, const PreviousAudit& p);  // the audit file's "previous" member
void read_previous(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, PreviousAudit& out);

// How one item's answer moved. Only met, partly and not met are ranked
// (met > partly > not met); "not sure yet" and "not applicable" are not a
// score, so going from one of them to a score is "answered for the first time".
enum class Change {
    Improved,      // e.g. not met -> partly, partly -> met
    Unchanged,     // the same answer both times
    Worse,         // e.g. met -> not met
    NewlyAnswered, // no score last time (not answered, not sure, not applicable, a new item), one now
    NoScoreNow,    // a score last time, none yet this time (not answered yet, or not sure)
    Unknown,       // last time was a plan, which lists only items that needed action
};
const char* change_label(Change c);  // "Better", "Same", "Worse", "Answered for the first time", ...

struct ChangeCounts {
    int improved = 0, unchanged = 0, worse = 0, newly_answered = 0, no_score_now = 0, unknown = 0;
    void add(Change c);
    void add(const ChangeCounts& o);
};
bool operator==(const ChangeCounts& a, const ChangeCounts& b);

struct ItemChange {
    std::string key;     // "checklistId/itemId" now
    std::string prompt;
    std::string moved_from;  // the retired item's id last year, when it moved here; "" otherwise
    Answer before = Answer::Unanswered, now = Answer::Unanswered;
    Change change = Change::Unchanged;
};

struct SectionProgress {
    std::string id, title;
    ChangeCounts counts;
    double before_percent = -1, now_percent = -1;  // -1: no score (before: always for a plan)
};

struct ChecklistProgress {
    std::string id, title, version_before, version_now;  // version_before "" when last year had no such checklist
    ChangeCounts counts;
    double before_percent = -1, now_percent = -1;
    std::vector<SectionProgress> sections;
    std::vector<ItemChange> changed;  // improved, worse and newly answered items, in checklist order
};

struct DoneAction {
    std::string key, text, checklist_title;
};

struct Progress {
    bool has_previous = false;
    std::string previous_name, previous_date, source;  // source "audit" or "plan"
    ChangeCounts overall;
    // Over the checklists both audits used (like with like); -1: no score.
    double before_percent = -1, now_percent = -1;
    int shared_checklists = 0;                // checklists both audits used
    std::vector<std::string> new_checklists;  // titles of this audit's checklists the last one lacked
    int dropped_checklists = 0;               // the last audit's checklists this one lacks
    std::vector<ChecklistProgress> checklists;  // this audit's checklists, in order
    // Plan actions: done since the last audit (done now, not done then), and
    // those last year's plan already had done when this audit was started.
    std::vector<DoneAction> done_since, done_then;
};

Progress progress_since(const Audit& now);

// The short "what changed" list for a report: a sentence per line, at most
// about a dozen lines (the first few items better and worse by name).
std::vector<std::string> what_changed(const Progress& p);

// The report's section, for each export (a heading and the list); "" when
// the audit has no previous audit to compare with.
std::string progress_html(const Audit& a);
std::string progress_markdown(const Audit& a);
std::string progress_text(const Audit& a);

} // namespace wa
