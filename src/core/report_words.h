// report_words.h: the sentences of the reports (HTML, printable summary,
// Markdown, text) and of the figures' suggestions, English by default, in the
// audit's language when the app sets them (issue 25; docs/languages.md).
// Apart from words.h because they are many: a translation of them is a part
// of its own beside the page (lang/<code>.reports.json), fetched when an
// audit is open, not with the first screen. Every member is a `const char*`,
// so the app translates the struct as an array of texts; a sentence holding a
// value has printf placeholders, checked at load (core/language.cpp).
#pragma once

#include "core/say.h"
#include "core/words.h"

namespace wa {

struct ReportWords {
    // Headings and labels
    const char* plan_title;          // "Improvement plan: %s"
    const char* audit_date;
    const char* auditors;
    const char* report_made;
    const char* law_assumed;         // the term; the sentence after it is its value
    const char* overall_score;
    const char* summary;             // Markdown's heading
    const char* version;
    const char* score;
    const char* partly;              // the short column head for "Partly met"
    const char* cost;
    const char* essential_heading;   // "Essential items not fully met (Not met or Partly met)"
    const char* essential_link;      // "Essential items not fully met"
    const char* none;                // "None."
    const char* actions_heading;     // "Actions: %s"
    const char* actions_caption;     // "Actions for %s, highest priority first"
    const char* no_actions;
    const char* quick_win_tag;       // "(quick win)" in Markdown
    const char* essential_tag;       // "(essential)"
    const char* measured_counted;    // "Measured and counted"
    const char* detail_heading;
    const char* scores_caption;
    const char* notes_evidence;      // "Notes and evidence: %s"
    const char* photo;               // "Photo %d"
    const char* photo_alt;           // "Photo %d for: %s"
    const char* made_with;           // "Made with %s"
    const char* no_personal_data;
    const char* unnamed_library;
    const char* tally_counts;        // six counts
    const char* priority_explained;
    // Text summary
    const char* text_overall;        // "Overall: %s. %d of %d items answered: %s."
    const char* text_plan;           // "Plan: %d actions, %d quick wins, %d done."
    // Summary at a glance and the plan by owner
    const char* glance_heading;
    const char* glance_caption;
    const char* answered;            // column head
    const char* essential_gaps;      // column head
    const char* of;                  // "%d of %d"
    const char* gaps_heading;        // "Essential gaps (%d)"
    const char* gaps_none;
    const char* gaps_more;           // "And %d more, listed under %s."
    const char* wins_heading;
    const char* wins_none;
    const char* wins_total;          // "%d quick wins in all; the plan lists every one."
    const char* open_heading;
    const char* open_none;
    const char* open_line;           // "%s: %d not answered, %d not sure yet"
    const char* measured_heading;
    const char* all_checklists;
    const char* by_owner_heading;
    const char* nothing_left;
    const char* done_one;            // "%d action is done already; the detail lists them."
    const char* done_many;
    const char* no_owner;
    const char* owner_caption;       // "Actions for %s, soonest due first"
    const char* not_set;
    // The law (core/law.h): "Law assumed: " + one of four, by library kind
    const char* law_public;
    const char* law_private;
    const char* law_not_sure;
    const char* law_not_said;
    const char* law_item_private;    // "Private or nonprofit library (ADA Title III): %s"
    const char* law_item_if_private; // "If the library is private or nonprofit (ADA Title III): %s"
    // Figures (core/measure.h): rules and suggestions
    const char* no_score_yet;
    const char* figures_and;         // "%s and %s" (two bounds)
    const char* exactly;             // "exactly %s"
    const char* between;
    const char* at_most;
    const char* at_least;
    const char* must_be;             // "must be %s"
    const char* partly_met_range;    // "; partly met %s"
    const char* tally_rule;          // "met at %d%% or more of at least %d observed"
    const char* tally_partly;        // " (partly met at %d%%)"
    const char* usual_share;         // "the usual share is probably between %d%% and %d%%"
    const char* small_sample;        // "a small sample: %s"
    const char* more_needed_one;     // "%d more observation needed before it suggests an answer"
    const char* more_needed_many;
    const char* suggests;            // ": suggests %s"
    const char* override_note;       // "; answered %s (override)"
    // Since the last audit (core/progress.h)
    const char* since_heading;
    const char* compared_audit;      // "Compared with the audit of %s."
    const char* compared_plan;
    const char* checklists_one;      // "1 checklist"
    const char* checklists_many;     // "%d checklists"
    const char* overall_then_now;    // "Overall score, on the %s both audits used: %s then, %s now."
    const char* new_this_time;       // "New this time, so not in that score: %s."
    const char* list_and;            // " and "
    const char* dropped_one;
    const char* dropped_many;        // "The last audit also used %d checklists this one does not; they are not in that score."
    const char* counts_one;          // "%d item better, %d worse, %d the same, %d answered for the first time"
    const char* counts_many;
    const char* counts_no_score;     // ", %d not answered yet this time"
    const char* counts_unknown;      // ", %d not in last year's plan"
    const char* checklist_new;       // "%s: new this time."
    const char* checklist_then_now;  // "%s: %s then, %s now"
    const char* version_moved;       // " (checklist version %s then, %s now; moved questions ...)"
    const char* no_score;            // "no score"
    const char* not_answered;        // "not answered" (an answer in a sentence)
    const char* item_change;         // "%s: %s (%s then, %s now)."
    const char* more_better_one;
    const char* more_better_many;
    const char* more_worse_one;
    const char* more_worse_many;
    const char* done_then_one;       // "1 action of last year's plan done; %d more done since this audit began."
    const char* done_then_many;
    const char* changes[6];          // in the order of progress.h Change: "Better", "Same", ...
    // The plan's find-out tasks (core/plan.h): an item answered Not sure yet
    const char* find_out;            // "Find out: %s"
    const char* find_out_owner;      // "Audit team"
};

const ReportWords& english_report_words();
// The report words used now; English unless set. set_report_words(nullptr): English again.
const ReportWords& report_words();
void set_report_words(const ReportWords* w);

// Both kinds of words, as an export needs them in one language.
struct ExportWords {
    Words words;
    ReportWords report;
};

}  // namespace wa
