// glance.h: the summary at a glance, for a director who has two minutes.
//
// Overall and per-checklist scores (the chart), the essential gaps, the top
// quick wins, what is not yet answered and measured figures. It is data
// first: the plan file carries it (summary.glance, plan.schema.json), and the
// Review screen and the printable report both draw from this one struct, so
// every picture has the same numbers as the file and the table beside it.
#pragma once

#include <string>
#include <vector>

#include "core/problems.h"  // JsonPlace

namespace wa {

struct Audit;
struct Scores;
struct PlanAction;
struct PlanDoc;
class JsonWriter;
class JsonNode;

constexpr int kGlanceQuickWins = 5;  // a director reads five, not fifty
constexpr int kGlanceGapsShown = 5;  // essential gaps the summary lists before "and N more"

// One bar of the chart.
struct GlanceBar {
    std::string id;          // the checklist id; "" for the overall bar
    std::string label;       // the checklist's title, or "All checklists"
    double percent = -1;     // 0..100, one decimal; -1 when nothing scorable was answered
    std::string score_text;  // "72%" or "no score yet" (scoring.h percent_text: never 100% unless reached)
    int answered = 0, total = 0;
    int essential_gaps = 0;
};

struct GlanceGap {
    std::string key;  // "checklist/item"
    std::string checklist_title, prompt;
};

// A quick win: an action that costs nothing and takes hours, not done yet,
// highest impact first (the plan's priority). Find-out tasks are not wins.
struct GlanceWin {
    std::string key;  // the action's key
    std::string text, checklist_title;
    int priority = 0;
};

// A checklist with items still open.
struct GlanceOpen {
    std::string checklist_id, title;
    int unanswered = 0, not_sure = 0;
};

struct Glance {
    GlanceBar overall;
    std::vector<GlanceBar> checklists;
    std::vector<GlanceGap> essential_gaps;  // all of them, checklist and item order
    std::vector<GlanceWin> quick_wins;      // the first kGlanceQuickWins
    int quick_wins_total = 0;               // how many there are in all
    std::vector<GlanceOpen> not_answered;   // only checklists with something unanswered or not sure
    // Lines for items that measure or count, in checklist order: the item's
    // question and its figure (plan.h PlanFigure, measure.h suggestion_text),
    // e.g. "Can the door be opened with little force?: 8 lbf; must be at most
    // 5 lbf (22.2 N): suggests Not met". Shown under "Measured figures".
    std::vector<std::string> measured;
};

bool operator==(const GlanceBar& a, const GlanceBar& b);
bool operator==(const GlanceGap& a, const GlanceGap& b);
bool operator==(const GlanceWin& a, const GlanceWin& b);
bool operator==(const GlanceOpen& a, const GlanceOpen& b);
bool operator==(const Glance& a, const Glance& b);

// From an audit (its scores and plan, as the app and the report have them).
Glance make_glance(const Audit& a);
Glance make_glance(const Audit& a, const Scores& s, const std::vector<PlanAction>& plan);
// From a plan file of format 1, which had no glance: the same, with item
// prompts taken from the plan's actions (a gap with no action shows its id).
Glance glance_from_plan(const PlanDoc& p);

// The chart's one-line text equivalent, e.g. "Physical access: 72%, 18 of 20 answered".
std::string glance_bar_line(const GlanceBar& b);

// summary.glance in a plan file.
void write_glance(JsonWriter& w, const Glance& g);
bool read_glance(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, Glance& out);

}  // namespace wa
