// merge.h: joining two audits of the same branch (two staff members audited
// different floors, or one worked offline on a copy).
//
// Checklists: the union; for the same id the newer version wins, and answers
// to items that it no longer has are reported (and kept, unscored).
// Responses: the newer answered_at wins; differing answers are reported as
// conflicts. Measurements: the later one wins; tallies add up by sitting,
// and a sitting both copies hold is counted once (measure.h). Action states: a state someone filled in beats a default one;
// two different filled-in states keep `into`'s and are reported.
#pragma once

#include <string>
#include <vector>

#include "core/audit.h"

namespace wa {

struct MergeReport {
    int checklists_added = 0;
    int checklists_updated = 0;   // replaced by a newer version from `other`
    int responses_added = 0;
    int responses_replaced = 0;   // `other`'s was newer
    int actions_added = 0;
    std::vector<std::string> conflicts;  // sentences for a person
    std::vector<std::string> notes;      // dropped items, kept versions, ...
};

MergeReport merge_audits(Audit& into, const Audit& other);

} // namespace wa
