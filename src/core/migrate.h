// migrate.h: older audit files keep opening (docs/audit-format.md, "Migration").
//
// Each format change gets one step function, vN -> vN+1, applied in turn on
// the JSON tree before the normal checks run. A file from a newer format is
// refused with a message that tells the person what to do.
#pragma once

#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/problems.h"

namespace wa {

// The message for a file made by a newer version. `what` is "file" or
// "checklist".
std::string newer_format_message(int found_version, int understood_version, const char* what = "file");

// Brings an audit JSON tree to kAuditFormatVersion in place. Returns false
// (with an error in `diag`) for unknown or newer versions. `migrated_from`
// receives the original version.
bool migrate_audit_json(nlohmann::json& doc, Diagnostics& diag, int* migrated_from = nullptr);

} // namespace wa
