// measure.h: items that measure and score themselves (docs/checklist-format.md,
// "Measured and counted items").
//
// An item may carry a `measure` (a figure with a unit, its metric twin and
// the rule that makes it met or partly met: "door opening force at most
// 5 lbf (22.2 N)") or a `tally` (observations counted as they happen: "each
// person who came to the desk: acknowledged within 10 seconds, yes or no",
// met at 90% of at least 10). The auditor enters the figure; the app
// suggests the answer from the rule and says why. The answer stays the
// auditor's: an answer that differs from the suggestion is an override,
// kept as it is and shown beside the figure everywhere the figure is shown.
// Nothing here is stored twice: the suggestion is worked out when needed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/json_dom.h"
#include "core/problems.h"

namespace wa {

struct Item;
struct Response;
enum class Answer;
class JsonWriter;

// One end of a range, in the item's unit and in its metric twin. The metric
// figure is the one the source gives (36 in is 915 mm in the ADA Standards,
// not 914.4), so a figure typed in either unit is judged against that
// unit's own bound and never fails by a rounding.
struct Bound {
    bool set = false;
    double value = 0;   // in the item's unit
    double metric = 0;  // in the metric unit; 0 when the measure has none
};

// min <= figure <= max; an unset end is open.
struct Range {
    Bound min, max;
};

struct Measure {
    std::string what;          // "door opening force"
    std::string unit;          // "lbf", "in", "%", "spaces"
    std::string metric_unit;   // "N", "mm"; "" when the unit has no metric twin (a share, a count)
    double metric_per_unit = 0;  // how many metric units one unit is: 4.448 (N per lbf), 25.4
    Range met;                 // at least one end set
    Range partly;              // optional (no end set): looser than met; an end met sets and
                               // partly leaves unset is taken from met
};

struct TallyRule {
    std::string each;          // what one observation is: "each person who came to the desk"
    std::string what;          // what counts as yes: "acknowledged within 10 seconds"
    int min_count = 10;        // observations needed before the rule says anything
    int met_percent = 90;      // met at this share of yes, or more
    int partly_percent = 0;    // partly met at this share or more; 0: no partly
};

bool operator==(const Bound& a, const Bound& b);
bool operator==(const Range& a, const Range& b);
bool operator==(const Measure& a, const Measure& b);
bool operator==(const TallyRule& a, const TallyRule& b);

// What the auditor entered (kept in the Response).
// The figure as typed, in the item's unit or its metric unit; unit "" = not measured.
struct Measurement {
    double value = 0;
    std::string unit;
    std::string at;  // ISO 8601 UTC: when it was entered
};
// Tallies are kept per sitting, a day's observing in one copy of the audit,
// so that merging two people's copies adds their counts, and merging the
// same copy twice counts nothing twice (merge.h).
struct TallySitting {
    std::string started_at;  // ISO 8601 UTC, the sitting's identity
    int yes = 0, no = 0;
};
bool operator==(const Measurement& a, const Measurement& b);
bool operator==(const TallySitting& a, const TallySitting& b);

struct TallyTotal {
    int yes = 0, no = 0;
    int count() const { return yes + no; }
};
TallyTotal tally_total(const std::vector<TallySitting>& sittings);

// Numbers as people write them: at most two decimals, no trailing zeros ("5", "22.2", "8.33").
std::string number_text(double v);
// "at most 5 lbf (22.2 N)", "between 15 and 48 in (380 and 1220 mm)", "at least 4 spaces".
std::string range_text(const Measure& m, const Range& r);
// The whole rule: "must be at most 5 lbf (22.2 N); partly met up to 8 lbf (35.6 N)".
std::string measure_rule_text(const Measure& m);
// "met at 90% or more of at least 10 observed (partly met at 70%)".
std::string tally_rule_text(const TallyRule& t);

// The partly range with the ends it takes from met filled in.
Range partly_range(const Measure& m);
// Met, partly or not met from a figure; Unanswered when the unit is neither of the measure's.
Answer suggest_from_measure(const Measure& m, const Measurement& x);
// Met, partly or not met from counts; Unanswered while fewer than min_count were observed.
Answer suggest_from_tally(const TallyRule& t, TallyTotal n);

// How sure a count is. Observations are a sample of what usually happens:
// 9 of 10 greeted is also what a desk that greets 80% of people shows 38
// times in 100 (docs/writing-checklists.md, "How many to count").
// The chance of `k` or more yes in `n` observations when each is yes with
// chance `p` (the binomial distribution).
double binomial_at_least(int n, int k, double p);
// The smallest yes count the rule suggests Met (or, with partly, Partly met) for at n observed.
int yes_needed(int n, int percent);
// The usual share the count points to, as a range of whole percents: a 90%
// Wilson score interval ("9 of 10" -> 65 to 98). Empty counts give 0 to 100.
struct ShareRange {
    int low = 0, high = 100;
};
ShareRange likely_share(TallyTotal n);
// Below this many observations a tally's suggestion is called "a small sample".
constexpr int kSmallSample = 30;
// "a small sample: the usual share is probably between 60% and 98%"
// ("the usual share is probably between 93% and 99%" from kSmallSample on); "" when nothing was counted.
std::string sureness_text(TallyTotal n);

// For an item with a measure or tally and what its response holds:
// the suggestion (Unanswered when there is none yet).
Answer suggested_answer(const Item& it, const Response* r);
// True when the auditor answered met, partly or not met and that differs
// from the suggestion: the override is kept, and shown.
bool is_override(const Item& it, const Response* r);
// The figure in words, "" when nothing was entered:
//   "door opening force 8 lbf (35.6 N); must be at most 5 lbf (22.2 N)"
//   "acknowledged within 10 seconds: 8 of 10 (80%); met at 90% or more of at least 10 observed"
std::string figure_text(const Item& it, const Response* r);
// The figure with what it suggests and, when overridden, what was answered:
//   "8 lbf; must be at most 5 lbf (22.2 N): suggests Not met"
//   "... : suggests Not met; answered Partly met (override)"
//   "acknowledged within 10 seconds: 3 of 4 (75%): 6 more observations needed"
//   a tally's suggestion ends with how sure it is (sureness_text):
//   "...: suggests Met (a small sample: the usual share is probably between 60% and 98%)"
std::string suggestion_text(const Item& it, const Response* r);
// The figure as typed, with its twin: "8 lbf (35.6 N)", "915 mm (36.02 in)".
std::string measurement_text(const Measure& m, const Measurement& x);

// A figure as people type it: "8", "8.5", "8,5" (a decimal comma), " 36 ".
// False for anything else (words, "nan", two numbers, beyond a billion).
bool read_typed_figure(std::string_view typed, double& out);
// Whether a figure typed in `unit` is one a tape, a gauge or a count can give
// for this item: never below zero, and never ten times beyond the rule's own
// figures (a slip of the unit or an extra digit). Checked at entry only: a
// file may hold any figure the loader reads.
enum class FigureCheck { Fine, Negative, TooLarge };
FigureCheck check_figure(const Measure& m, double value, const std::string& unit);
// The figure in the other unit of the measure (25.4 mm an inch, 4.448 N a
// pound of force), rounded as number_text writes it; `to_metric` says which way.
double convert_figure(const Measure& m, double value, bool to_metric);

// Entering figures (the audit's updated_at is the caller's business).
// `unit` must be the measure's unit or its metric unit.
void set_measurement(Response& r, double value, const std::string& unit, const std::string& now_iso);
void clear_measurement(Response& r);
// Adds one yes or no (delta +1), or takes one back (delta -1, from the most
// recent sitting that has one; nothing happens at zero, nor past
// kMaxTallyCount in a sitting, the most a file holds). A new sitting starts
// when the last one began on another day (UTC).
constexpr int kMaxTallyCount = 100000;
void tally_step(Response& r, bool yes, int delta, const std::string& now_iso);

// Checklist JSON: read with every problem reported, written in a stable key order.
bool read_measure(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, Measure& out);
bool read_tally_rule(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, TallyRule& out);
void write_measure(JsonWriter& w, const Measure& m);
void write_tally_rule(JsonWriter& w, const TallyRule& t);
// Audit JSON (a response's "measurement" and "tally").
bool read_measurement(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, Measurement& out);
bool read_tally_sittings(const JsonNode& j, const JsonPlace& place, Diagnostics& diag,
                         std::vector<TallySitting>& out);
void write_measurement(JsonWriter& w, const Measurement& x);
void write_tally_sittings(JsonWriter& w, const std::vector<TallySitting>& s);

// Merging two copies' figures into `mine` (merge.h): the later measurement
// wins (a differing one is reported in `conflicts`); tally sittings are
// joined by started_at, and a sitting both copies hold keeps the larger
// count of each kind, so nothing is counted twice.
void merge_figures(Response& mine, const Response& theirs, const std::string& key,
                   std::vector<std::string>& conflicts);

} // namespace wa
