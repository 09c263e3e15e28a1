// scoring.h: how far an audit has got, per section, per checklist, overall.
//
// Weighted: an item earns weight x (met 1, partly 0.5, not met 0) out of a
// possible weight. Not applicable, not sure yet and unanswered items are left
// out of the denominator and counted separately, so "skip for now" and
// "doesn't apply here" never lower a score. Essential items answered not met
// or partly are listed as gaps whatever the percentage says.
#pragma once

#include <string>
#include <vector>

#include "core/audit.h"

namespace wa {

struct Tally {
    double earned = 0;    // sum of weight x credit
    double possible = 0;  // sum of weight over met, partly and not met items
    int met = 0, partly = 0, not_met = 0, not_applicable = 0, not_sure = 0, unanswered = 0;
    int total = 0;        // items in scope, whatever their answer
    double percent() const;  // 0..100, or -1 when nothing scorable was answered
    int answered() const { return total - unanswered; }
    void add(const Tally& other);
};

struct SectionScore {
    std::string id, title;
    Tally tally;
};

struct ChecklistScore {
    std::string id, title, version;
    Tally tally;
    std::vector<SectionScore> sections;
    std::vector<std::string> essential_gaps;  // item keys: essential, answered not met or partly
};

struct Scores {
    Tally overall;
    std::vector<ChecklistScore> checklists;
};

bool operator==(const Tally& a, const Tally& b);
bool operator==(const SectionScore& a, const SectionScore& b);
bool operator==(const ChecklistScore& a, const ChecklistScore& b);
bool operator==(const Scores& a, const Scores& b);

// Credit of one answer: met 1, partly 0.5, others 0.
double answer_credit(Answer a);
// True when the answer counts in the denominator (met, partly, not met).
bool answer_is_scored(Answer a);

Scores score(const Audit& a);

// "72%" or "no score yet"; one decimal is never shown (it suggests false precision).
std::string percent_text(const Tally& t);

} // namespace wa
