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
// The report's language: the audit's (profile.language), else its first checklist's, else "en".
std::string report_language(const Audit& a);
// "3 met, 1 partly met, 2 not met, 1 not applicable, 0 not sure yet, 4 not answered".
std::string tally_counts(const Tally& t);
// The prompts of an audit's essential gaps, "checklist title: prompt".
std::vector<std::string> essential_gap_texts(const Audit& a, const Scores& s);
std::string join(const std::vector<std::string>& parts, const char* sep);
// When a report was made, as people read it: "2026-12-04T18:18:55Z" -> "4 December 2026, 18:18 UTC"
// ("4 de diciembre de 2026, 18:18 UTC" in Spanish: words.h date).
// Text that is not such a time is given back as it is.
std::string readable_time(const std::string& iso);
// The item's note for the library's law (law.h), "" when nothing differs.
std::string plan_law_text(const Audit& a, const PlanAction& p);

} // namespace wa
