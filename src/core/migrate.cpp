#include "core/migrate.h"

#include <map>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/audit.h"
#include "core/dates.h"
#include "core/json_fields.h"
#include "core/json_reader.h"

namespace wa {

using nlohmann::json;

std::string newer_format_message(int found, int understood, const char* what) {
    std::string w = what ? what : "file";
    return "This " + w + " was made by a newer version of Welcome Audit (format " + std::to_string(found) +
           "). This copy understands format " + std::to_string(understood) +
           " at most; ask whoever sent it for an export from the same version, or update this page.";
}

namespace {

// Format 0 (the 2023 prototype, kept so its files keep opening):
//   { "format_version": 0, "library": "...", "branch": "...", "date": "YYYY-MM-DD",
//     "auditors": ["Branch manager"], "saved_at": "...Z",
//     "checklists": [ <format-1 checklists> ],
//     "answers": [ { "checklist": "id", "item": "id", "value": "yes|no|partial|na",
//                    "note": "...", "at": "...Z" } ] }
// Format 1 moved the profile into "profile", answers into "responses"
// keyed by checklist and item, renamed the values, and added "actions".
bool migrate_0_to_1(json& doc, Diagnostics& diag) {
    std::size_t before = diag.error_count();
    JsonDoc view_doc;  // Fields reads the fast tree; a format-0 file is small, so parse it once more
    std::string text = doc.dump();
    Loaded<JsonDoc> reread = read_json(text, diag.file_name());
    if (!reread.ok()) {
        diag.error("", "this format-0 audit could not be read again while upgrading it");
        return false;
    }
    view_doc = std::move(*reread.value);
    const JsonNode& v0 = view_doc.root();
    Fields f(v0, {}, diag, "this format-0 audit");
    f.reject_unknown({"format", "format_version", "library", "branch", "date", "auditors", "saved_at",
                      "checklists", "answers"});
    json profile = json::object();
    std::string library, branch, date, saved_at;
    f.text("library", library, false, false, 300);
    f.text("branch", branch, false, false, 300);
    if (f.text("date", date, false, false, 40) && !date.empty() && !is_iso_date(date))
        diag.error(f.path("date"), "date must be a day like 2024-05-01, but it is " + quote_text(date));
    if (f.text("saved_at", saved_at, false, false, 40) && !saved_at.empty() && !is_iso_timestamp(saved_at))
        diag.error(f.path("saved_at"), "saved_at must be a UTC time like 2024-05-01T14:03:00Z, but it is " +
                                           quote_text(saved_at));
    json roles = json::array();
    if (f.array("auditors", false, false)) roles = doc["auditors"];  // checked as auditor_roles later

    json responses = json::object();
    std::map<std::string, std::string> seen;  // "checklist/item" -> path
    if (const JsonNode* answers = f.array("answers", true, false)) {
        for (std::size_t i = 0; i < answers->size(); ++i) {
            std::string ap = json_path("/answers", i);
            if (!expect_object((*answers)[i], ap, diag, "each answer")) continue;
            Fields af((*answers)[i], ap, diag, "this answer");
            af.reject_unknown({"checklist", "item", "value", "note", "at"});
            std::string cl, item, value, note, at;
            // Every field is checked (no short-circuit), so all problems are reported at once.
            const bool ok_cl = af.text("checklist", cl, true, true, 200);
            const bool ok_item = af.text("item", item, true, true, 200);
            const bool ok_value = af.text("value", value, true, true, 40);
            const bool ok_note = af.text("note", note, false, false, kMaxTextBytes);
            const bool ok_at = af.text("at", at, false, false, 40);
            const bool ok = ok_cl && ok_item && ok_value && ok_note && ok_at;
            if (!ok) continue;
            static const std::pair<const char*, const char*> kValues[] = {
                {"yes", "met"}, {"partial", "partly"}, {"no", "not-met"}, {"na", "not-applicable"}};
            const char* mapped = nullptr;
            for (const auto& v : kValues)
                if (value == v.first) mapped = v.second;
            if (!mapped) {
                diag.error(af.path("value"), "value must be yes, no, partial or na, but it is " + quote_text(value));
                continue;
            }
            auto ins = seen.emplace(item_key(cl, item), ap);
            if (!ins.second) {
                diag.error(ap, "item " + quote_text(item) + " of checklist " + quote_text(cl) +
                                   " is answered twice: at " + ins.first->second + " and at " + ap);
                continue;
            }
            if (!is_valid_id(cl) || !is_valid_id(item)) {
                diag.error(ap, "checklist " + quote_text(cl) + " or item " + quote_text(item) +
                                   " is not a valid id (2 to 64 lowercase letters, digits and dashes)");
                continue;
            }
            json r = json::object();
            r["answer"] = mapped;
            if (!note.empty()) r["note"] = note;
            if (!at.empty()) r["answered_at"] = at;
            responses[cl][item] = std::move(r);
        }
    }
    if (diag.error_count() != before) return false;

    // Format 0 had one save time; it is the best guess for both times.
    std::string when = !saved_at.empty() ? saved_at : (!date.empty() ? date + "T00:00:00Z" : "1970-01-01T00:00:00Z");
    json out = json::object();
    out["format"] = kAuditFormat;
    out["format_version"] = 1;
    out["created_at"] = when;
    out["updated_at"] = when;
    profile["library"] = library;
    profile["branch"] = branch;
    profile["date"] = date;
    profile["auditor_roles"] = std::move(roles);
    out["profile"] = std::move(profile);
    auto cls = doc.find("checklists");
    if (cls != doc.end()) out["checklists"] = std::move(*cls);
    else out["checklists"] = json::array();
    out["responses"] = std::move(responses);
    out["actions"] = json::object();
    doc = std::move(out);
    return true;
}

using Step = bool (*)(json&, Diagnostics&);
// kSteps[v] turns format v into format v + 1.
const Step kSteps[] = {migrate_0_to_1};
static_assert(sizeof kSteps / sizeof kSteps[0] == kAuditFormatVersion, "one migration step per format change");

} // namespace

bool migrate_audit_json(json& doc, Diagnostics& diag, int* migrated_from) {
    if (!doc.is_object()) {
        diag.error("", "this is not a Welcome Audit file: it should be a JSON object ({...})");
        return false;
    }
    auto it = doc.find("format_version");
    if (it == doc.end()) {
        diag.error("", "this audit has no \"format_version\", so Welcome Audit cannot tell how to read it");
        return false;
    }
    if (!it->is_number_integer()) {
        diag.error("/format_version", "format_version must be a whole number, but it is " +
                                          (it->is_string() ? "the text " + quote_text(it->get_ref<const std::string&>())
                                                           : it->dump()));
        return false;
    }
    long long v = it->is_number_unsigned() ? (it->get_ref<const json::number_unsigned_t&>() > 1000000u ? 1000000
                                                  : static_cast<long long>(it->get_ref<const json::number_unsigned_t&>()))
                                           : it->get_ref<const json::number_integer_t&>();
    if (migrated_from) *migrated_from = static_cast<int>(v < -1 ? -1 : v);
    if (v > kAuditFormatVersion) {
        diag.error("/format_version", newer_format_message(static_cast<int>(v), kAuditFormatVersion, "file"));
        return false;
    }
    if (v < 0) {
        diag.error("/format_version", "format_version must be 0 or more, but it is " + std::to_string(v));
        return false;
    }
    for (long long step = v; step < kAuditFormatVersion; ++step)
        if (!kSteps[step](doc, diag)) return false;
    return true;
}

namespace {
json to_nlohmann(const JsonNode& n) {
    switch (n.type) {
    case JsonNode::Type::Null: return json(nullptr);
    case JsonNode::Type::Boolean: return json(n.boolean);
    case JsonNode::Type::Integer: return json(n.integer);
    case JsonNode::Type::Float: return json(n.number);
    case JsonNode::Type::String: return json(std::string(n.text));
    case JsonNode::Type::Array: {
        json a = json::array();
        for (const JsonNode& k : n) a.push_back(to_nlohmann(k));  // depth is bounded by the reader
        return a;
    }
    case JsonNode::Type::Object: {
        json o = json::object();
        for (const JsonNode& k : n) o[std::string(k.key)] = to_nlohmann(k);
        return o;
    }
    }
    return json(nullptr);
}
} // namespace

bool migrate_if_needed(const JsonNode& root, Diagnostics& diag, std::string& upgraded, JsonDoc& migrated,
                       const JsonNode*& out_root, int* migrated_from) {
    out_root = &root;
    const JsonNode* v = root.find("format_version");
    if (v && v->is_number_integer() && v->integer == kAuditFormatVersion) {
        if (migrated_from) *migrated_from = kAuditFormatVersion;
        return true;
    }
    json doc = to_nlohmann(root);
    if (!migrate_audit_json(doc, diag, migrated_from)) return false;
    upgraded = doc.dump(-1, ' ', false, json::error_handler_t::replace);
    Loaded<JsonDoc> l = read_json(upgraded, diag.file_name());
    if (!l.ok()) {
        for (const Problem& p : l.problems) diag.error("", "while upgrading this file: " + p.message);
        return false;
    }
    migrated = std::move(*l.value);
    out_root = &migrated.root();
    return true;
}

} // namespace wa
