// migrate.h: older audit files keep opening (docs/audit-format.md, "Migration").
//
// Each older format has a reader of its own that fills the current model
// (Audit) straight from the file's tree: no second tree type, no text
// written and parsed again. A file from a newer format is refused with a
// message that tells the person what to do.
#pragma once

#include "core/audit.h"
#include "core/json_dom.h"
#include "core/problems.h"

namespace wa {

// Reads an audit of any format this version understands into `out`: the
// current format through read_audit, older ones through their own
// reader. Returns false (with errors in `diag`) for unknown or newer
// versions and for files with errors. `refs`: as for read_audit (format
// 0 had no photos). `migrated_from` receives the file's format version when
// it could be read.
bool audit_from_any_version(const JsonNode& root, Diagnostics& diag, Audit& out,
                            PhotoRefs refs = PhotoRefs::Refused, int* migrated_from = nullptr);

} // namespace wa
