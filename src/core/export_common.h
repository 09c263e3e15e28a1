// export_common.h: small pieces the plan exports share (internal).
#pragma once

#include <string>
#include <vector>

#include "core/audit.h"
#include "core/plan.h"
#include "core/scoring.h"

namespace wa {

// "Main Library, Eastside branch" (or "Unnamed library").
std::string library_line(const Profile& p);
// The report's language: the first checklist's, else "en".
std::string report_language(const Audit& a);
// "3 met, 1 partly met, 2 not met, 1 not applicable, 0 not sure yet, 4 not answered".
std::string tally_counts(const Tally& t);
// The prompts of an audit's essential gaps, "checklist title: prompt".
std::vector<std::string> essential_gap_texts(const Audit& a, const Scores& s);
std::string join(const std::vector<std::string>& parts, const char* sep);

} // namespace wa
