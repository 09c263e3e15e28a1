#include "core/document.h"

#include "core/json_fields.h"
#include "core/json_reader.h"
#include "core/migrate.h"
#include "core/scoring.h"

namespace wa {


const char* doc_kind_name(DocKind k) {
    switch (k) {
    case DocKind::Checklist: return "checklist";
    case DocKind::Audit: return "audit";
    case DocKind::Plan: return "plan";
    case DocKind::Unknown: return "unknown";
    }
    return "unknown";
}

namespace {
DocKind kind_from_format(std::string_view s) {
    if (s == kChecklistFormat) return DocKind::Checklist;
    if (s == kAuditFormat) return DocKind::Audit;
    if (s == kPlanFormat) return DocKind::Plan;
    return DocKind::Unknown;
}
} // namespace

DocKind detect_kind(const JsonNode& j) {
    if (!j.is_object()) return DocKind::Unknown;
    const JsonNode* f = j.find("format");
    if (f && f->is_string()) return kind_from_format(f->text());
    // No "format": format-0 audits, or a hand-written file that forgot it.
    if (j.contains("answers") || j.contains("responses")) return DocKind::Audit;
    if (j.contains("sections")) return DocKind::Checklist;
    if (j.contains("actions") && j.contains("summary")) return DocKind::Plan;
    return DocKind::Unknown;
}

AnyDocument load_any(std::string_view text, std::string_view file_name, PhotoRefs refs) {
    AnyDocument d;
    Loaded<JsonDoc> doc = read_json(text, file_name);
    if (!doc.ok()) {
        d.problems = std::move(doc.problems);
        return d;
    }
    const JsonNode& j = doc.value->root();
    d.kind = detect_kind(j);
    Diagnostics diag(file_name);
    switch (d.kind) {
    case DocKind::Checklist: {
        Checklist c;
        if (read_checklist(j, JsonPlace(), diag, c) && !diag.has_errors()) d.checklist = std::move(c);
        break;
    }
    case DocKind::Audit: {
        Audit a;
        if (audit_from_any_version(j, diag, a, refs) && !diag.has_errors()) {
            check_audit_consistency(a, diag);
            d.audit = std::move(a);
        }
        break;
    }
    case DocKind::Plan: {
        PlanDoc p;
        if (read_plan(j, diag, p) && !diag.has_errors()) d.plan = std::move(p);
        break;
    }
    case DocKind::Unknown: {
        std::string msg = "this is not a Welcome Audit file: it is not a checklist, an audit or a plan";
        if (j.is_object()) {
            const JsonNode* f = j.find("format");
            if (f) msg += " (its \"format\" is " + describe_value(*f) + ")";
            else msg += " (it has no \"format\" field)";
        } else {
            msg += " (it is " + describe_value(j) + ", not an object)";
        }
        diag.error("", msg);
        break;
    }
    }
    d.problems = diag.take();
    return d;
}

std::string describe(const AnyDocument& d) {
    if (d.checklist) {
        const Checklist& c = *d.checklist;
        return "checklist " + c.id + " " + c.version + ", " + std::to_string(item_count(c)) + " items";
    }
    if (d.audit) {
        const Audit& a = *d.audit;
        Scores s = score(a);
        std::string who = a.profile.library.empty() ? "an unnamed library" : a.profile.library;
        if (!a.profile.branch.empty()) who += " / " + a.profile.branch;
        return "audit of " + who + ", " + std::to_string(a.checklists.size()) + " checklist" +
               (a.checklists.size() == 1 ? "" : "s") + ", " + std::to_string(s.overall.answered()) + " of " +
               std::to_string(s.overall.total) + " items answered";
    }
    if (d.plan) {
        const PlanDoc& p = *d.plan;
        std::string who = p.profile.library.empty() ? "an unnamed library" : p.profile.library;
        if (!p.profile.branch.empty()) who += " / " + p.profile.branch;
        return "plan for " + who + ", " + std::to_string(p.actions.size()) + " action" +
               (p.actions.size() == 1 ? "" : "s");
    }
    return std::string("not loaded (") + doc_kind_name(d.kind) + ")";
}

} // namespace wa
