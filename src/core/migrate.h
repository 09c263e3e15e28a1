// migrate.h: older audit files keep opening (docs/audit-format.md, "Migration").
//
// Each format change gets one step function, vN -> vN+1, applied in turn on
// the JSON tree before the normal checks run. A file from a newer format is
// refused with a message that tells the person what to do.
#pragma once

#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/json_dom.h"
#include "core/problems.h"

namespace wa {

// The message for a file made by a newer version. `what` is "file" or
// "checklist".
std::string newer_format_message(int found_version, int understood_version, const char* what = "file");

// Brings an audit JSON tree to kAuditFormatVersion in place. Returns false
// (with an error in `diag`) for unknown or newer versions. `migrated_from`
// receives the original version.
bool migrate_audit_json(nlohmann::json& doc, Diagnostics& diag, int* migrated_from = nullptr);

// The loaders' entry point. Reads format_version from the (fast, read-only)
// tree: the current version passes through (`out_root` = &root); an older
// one is converted to nlohmann::json, upgraded step by step, written to
// `upgraded` and parsed into `migrated`, and `out_root` points at its root.
// Old files are rare and small, so the round trip costs nothing that
// matters, and the steps stay simple edits on a mutable tree.
bool migrate_if_needed(const JsonNode& root, Diagnostics& diag, std::string& upgraded, JsonDoc& migrated,
                       const JsonNode*& out_root, int* migrated_from = nullptr);

} // namespace wa
