// document.h: open any Welcome Audit file and find out what it is.
//
// The app's "Open" and the command-line "validate" take whatever a person
// picked. The "format" field says what it is; older files without it are
// recognised by shape.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/audit.h"
#include "core/checklist.h"
#include "core/json_dom.h"
#include "core/plan.h"

namespace wa {

enum class DocKind { Checklist, Audit, Plan, Unknown };

const char* doc_kind_name(DocKind k);  // "checklist", "audit", "plan", "unknown"
DocKind detect_kind(const JsonNode& j);

struct AnyDocument {
    DocKind kind = DocKind::Unknown;
    std::optional<Checklist> checklist;
    std::optional<Audit> audit;
    std::optional<PlanDoc> plan;
    std::vector<Problem> problems;  // errors (nothing loaded) and warnings
    bool ok() const { return checklist || audit || plan; }
};

AnyDocument load_any(std::string_view text, std::string_view file_name, PhotoRefs refs = PhotoRefs::Refused);

// "checklist sensory-storytime 1.0.0, 18 items", "audit of Main Library /
// Eastside, 2 checklists, 31 of 40 items answered", "plan, 12 actions".
std::string describe(const AnyDocument& d);

} // namespace wa
