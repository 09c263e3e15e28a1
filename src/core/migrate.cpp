#include "core/migrate.h"

#include <map>
#include <string>
#include <utility>

#include "core/dates.h"
#include "core/json_fields.h"

namespace wa {

namespace {

// Format 0 (the 2023 prototype, kept so its files keep opening):
//   { "format_version": 0, "library": "...", "branch": "...", "date": "YYYY-MM-DD",
//     "auditors": ["Branch manager"], "saved_at": "...Z",
//     "checklists": [ <format-1 checklists> ],
//     "answers": [ { "checklist": "id", "item": "id", "value": "yes|no|partial|na",
//                    "note": "...", "at": "...Z" } ] }
// Format 1 moved the profile into "profile", answers into "responses"
// keyed by checklist and item, renamed the values, and added "actions".
// Every problem is reported at its place in the format-0 file.
bool audit_from_v0(const JsonNode& v0, Diagnostics& diag, Audit& out) {
    std::size_t before = diag.error_count();
    Fields f(v0, {}, diag, "this format-0 audit");
    f.reject_unknown({"format", "format_version", "library", "branch", "date", "auditors", "saved_at",
                      "checklists", "answers"});
    std::string saved_at;
    f.text("library", out.profile.library, kOptional, 300);
    f.text("branch", out.profile.branch, kOptional, 300);
    if (f.text("date", out.profile.date, kOptional, 40) && !out.profile.date.empty() &&
        !is_iso_date(out.profile.date))
        diag.error(f.path("date"), "date must be a day like 2024-05-01, but it is " + quote_text(out.profile.date));
    if (f.text("saved_at", saved_at, kOptional, 40) && !saved_at.empty() && !is_iso_timestamp(saved_at))
        diag.error(f.path("saved_at"), "saved_at must be a UTC time like 2024-05-01T14:03:00Z, but it is " +
                                           quote_text(saved_at));
    if (const JsonNode* roles = f.array("auditors", kOptional))
        read_auditor_roles(*roles, JsonPlace(f.place(), "auditors"), diag, out.profile.auditor_roles);
    if (const JsonNode* cls = f.array("checklists", kOptional))
        read_embedded_checklists(*cls, JsonPlace(f.place(), "checklists"), diag, out.checklists);

    std::map<std::string, std::string> seen;  // "checklist/item" -> path
    if (const JsonNode* answers = f.array("answers", kRequired)) {
        for (std::size_t i = 0; i < answers->size(); ++i) {
            std::string ap = json_path("/answers", i);
            if (!expect_object((*answers)[i], ap, diag, "each answer")) continue;
            Fields af((*answers)[i], ap, diag, "this answer");
            af.reject_unknown({"checklist", "item", "value", "note", "at"});
            std::string cl, item, value;
            Response r;
            // Every field is checked (no short-circuit), so all problems are reported at once.
            const bool ok_cl = af.text("checklist", cl, kRequired | kNotEmpty, 200);
            const bool ok_item = af.text("item", item, kRequired | kNotEmpty, 200);
            const bool ok_value = af.text("value", value, kRequired | kNotEmpty, 40);
            const bool ok_note = af.text("note", r.note, kOptional, kMaxTextBytes);
            bool ok_at = af.text("at", r.answered_at, kOptional, 40);
            if (ok_at && !r.answered_at.empty() && !is_iso_timestamp(r.answered_at)) {
                diag.error(af.path("at"), "at must be a UTC time like 2024-05-01T14:03:00Z, but it is " +
                                              quote_text(r.answered_at));
                ok_at = false;
            }
            if (!(ok_cl && ok_item && ok_value && ok_note && ok_at)) continue;
            static const std::pair<const char*, Answer> kValues[] = {
                {"yes", Answer::Met}, {"partial", Answer::Partly}, {"no", Answer::NotMet}, {"na", Answer::NotApplicable}};
            bool known = false;
            for (const auto& v : kValues)
                if (value == v.first) { r.answer = v.second; known = true; }
            if (!known) {
                diag.error(af.path("value"), "value must be yes, no, partial or na, but it is " + quote_text(value));
                continue;
            }
            if (!is_valid_id(cl) || !is_valid_id(item)) {
                diag.error(ap, "checklist " + quote_text(cl) + " or item " + quote_text(item) +
                                   " is not a valid id (2 to 64 lowercase letters, digits and dashes)");
                continue;
            }
            auto ins = seen.emplace(item_key(cl, item), ap);
            if (!ins.second) {
                diag.error(ap, "item " + quote_text(item) + " of checklist " + quote_text(cl) +
                                   " is answered twice: at " + ins.first->second + " and at " + ap);
                continue;
            }
            out.responses.emplace(item_key(cl, item), std::move(r));
        }
    }
    // Format 0 had one save time; it is the best guess for both times.
    out.created_at = !saved_at.empty()                ? saved_at
                     : !out.profile.date.empty() ? out.profile.date + "T00:00:00Z"
                                                 : "1970-01-01T00:00:00Z";
    out.updated_at = out.created_at;
    out.format_version = kAuditFormatVersion;
    return diag.error_count() == before;
}

} // namespace

bool audit_from_any_version(const JsonNode& root, Diagnostics& diag, Audit& out, PhotoRefs refs,
                            int* migrated_from) {
    if (!root.is_object()) {
        diag.error("", "this is not a Welcome Audit file: it should be a JSON object ({...}), but it is " +
                           describe_value(root));
        return false;
    }
    const JsonNode* v = root.find("format_version");
    if (!v) {
        diag.error("", "this audit has no \"format_version\", so Welcome Audit cannot tell how to read it");
        return false;
    }
    int version = 0;
    Fields f(root, {}, diag, "this audit");
    if (!f.integer("format_version", version, kRequired)) return false;
    if (version > kAuditFormatVersion) {
        diag.error("/format_version", newer_format_message(version, kAuditFormatVersion, "file"));
        return false;
    }
    if (version < 0) {
        diag.error("/format_version", "format_version must be 0 or more, but it is " + std::to_string(version));
        return false;
    }
    if (migrated_from) *migrated_from = version;
    // One reader per format version; kAuditFormatVersion is the current one.
    static_assert(kAuditFormatVersion == 1, "a new audit format needs a reader for the one before it here");
    if (version == 0) return audit_from_v0(root, diag, out);
    return read_audit(root, diag, out, refs);
}

} // namespace wa
