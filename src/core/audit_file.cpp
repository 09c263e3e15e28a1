// audit_file.cpp: the audit document as a file (docs/audit-format.md): its
// one writer and its one reader, a pair per type (profile, evidence, answer,
// plan progress), each reader beside its writer. The model itself (keys,
// answers, evidence, checklist versions) is audit.cpp.
#include "core/audit.h"

#include <map>
#include <utility>

#include "core/dates.h"
#include "core/edit.h"
#include "core/field_rules.h"
#include "core/json_fields.h"
#include "core/json_reader.h"
#include "core/json_writer.h"
#include "core/law.h"
#include "core/checklist.h"
#include "core/migrate.h"
#include "core/progress.h"

namespace wa {

// --- to JSON -----------------------------------------------------------------

// Each writer writes one value; its reader (below, "from JSON") reads the same.
void write_evidence(JsonWriter& w, const Evidence& e) {
    w.begin_object();
    w.field_str("kind", e.kind);
    if (!e.text.empty()) w.field_str("text", e.text);
    if (!e.url.empty()) w.field_str("url", e.url);
    if (!e.data_url.empty()) w.field_str("data_url", e.data_url);
    w.end_object();
}

void write_response(JsonWriter& w, const Response& r) {
    w.begin_object();
    if (r.answer != Answer::Unanswered) w.field_str("answer", answer_id(r.answer));
    if (!r.note.empty()) w.field_str("note", r.note);
    if (!r.evidence.empty()) {
        w.key("evidence");
        w.begin_array();
        for (const Evidence& e : r.evidence) write_evidence(w, e);
        w.end_array();
    }
    if (!r.answered_at.empty()) w.field_str("answered_at", r.answered_at);
    if (!r.measurement.unit.empty()) {
        w.key("measurement");
        write_measurement(w, r.measurement);
    }
    if (!r.tally.empty()) {
        w.key("tally");
        write_tally_sittings(w, r.tally);
    }
    w.end_object();
}

// Inside an audit, a checklist sits two levels deep: {"checklists": [ here ]}.
constexpr int kChecklistDepth = 2;

std::string checklist_text_in_audit(const Checklist& c) {
    std::string out;
    JsonWriter w(out, kChecklistDepth);
    write_checklist(w, c);
    return out;
}

// The store's part keys must sort (as plain ASCII, byte by byte) in the order
// of the text they cut, since the store joins the parts in key order. They
// are made from ids ([a-z0-9-]) and the responses' sorted keys, so they do;
// anything else (a key from an odd file) makes the text one part instead.
void TextParts::add(std::size_t at, std::string_view a, std::string_view b, std::string_view c) {
    const std::size_t start = begins.empty() ? 0 : keys.size() + 1;
    if (!begins.empty()) keys += '\n';
    keys.append(a).append(b).append(c);
    const std::string_view key(keys.data() + start, keys.size() - start);
    for (char ch : key)
        if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '/')) ordered = false;
    if (!begins.empty() && !(std::string_view(keys.data() + last_, start - 1 - last_) < key)) ordered = false;
    begins.push_back(at);
    last_ = start;
}

std::string audit_to_json_text(const Audit& a, const std::vector<std::string>* checklist_texts,
                               TextParts* cuts) {
    if (cuts) {
        *cuts = {};
        cuts->add(0, "0");
    }
    const bool kept = checklist_texts && checklist_texts->size() == a.checklists.size();
    std::size_t kept_bytes = 0;
    if (kept)
        for (const std::string& t : *checklist_texts) kept_bytes += t.size() + 8;
    std::string out;
    out.reserve(4096 + a.responses.size() * 256 + kept_bytes);
    JsonWriter w(out);
    w.begin_object();
    w.field_str("format", kAuditFormat);
    w.field_int("format_version", a.format_version);
    w.field_str("created_at", a.created_at);
    w.field_str("updated_at", a.updated_at);
    w.key("profile");
    write_profile(w, a.profile);
    w.key("checklists");
    w.begin_array();
    for (std::size_t i = 0; i < a.checklists.size(); ++i) {
        if (cuts) {
            // Zero-padded, so that "1/0010" sorts after "1/0009" (past 9999: not ordered, one part).
            char n[5] = {'0', '0', '0', '0', 0};
            for (std::size_t k = 4, v = i; k-- > 0; v /= 10) n[k] = static_cast<char>('0' + v % 10);
            cuts->add(out.size(), "1/", i < 10000 ? n : "x");
        }
        if (kept) w.raw((*checklist_texts)[i]);
        else write_checklist(w, a.checklists[i]);
    }
    w.end_array();

    // Stored nested ({checklist: {item: ...}}) rather than under "a/b" keys,
    // so every JSON path in a message reads naturally. The map is sorted,
    // and keys sharing a "checklist/" prefix are adjacent, so one pass
    // groups them. Invalid keys (not made by item_key) are skipped.
    std::string_view parts[3];  // views into the map's keys
    std::string_view open_checklist;
    bool open = false;
    w.key("responses");
    w.begin_object();
    for (const auto& [key, r] : a.responses) {
        if (split_key(key, parts) != 2) continue;
        if (cuts) cuts->add(out.size(), "2/", key);
        if (!open || parts[0] != open_checklist) {
            if (open) w.end_object();
            w.key(parts[0]);
            w.begin_object();
            open_checklist = parts[0];
            open = true;
        }
        w.key(parts[1]);
        write_response(w, r);
    }
    // The closing brackets in a part of their own: an answer added at the end
    // then leaves the last item's part as it was.
    if (cuts) cuts->add(out.size(), "2z");
    if (open) w.end_object();
    w.end_object();

    std::string_view open_item;
    open = false;
    w.key("actions");
    w.begin_object();
    for (const auto& [key, s] : a.actions) {
        if (split_key(key, parts) != 3) continue;
        // One part per item's actions; the "/" after the item keeps "3/c/i/"
        // before "3/c/i-2/", as the actions' own keys sort.
        if (cuts && (!open || parts[0] != open_checklist || parts[1] != open_item))
            cuts->add(out.size(), "3/", std::string_view(key).substr(0, parts[0].size() + 1 + parts[1].size()), "/");
        if (!open || parts[0] != open_checklist) {
            if (open) {
                w.end_object();
                w.end_object();
            }
            w.key(parts[0]);
            w.begin_object();
            w.key(parts[1]);
            w.begin_object();
            open_checklist = parts[0];
            open_item = parts[1];
            open = true;
        } else if (parts[1] != open_item) {
            w.end_object();
            w.key(parts[1]);
            w.begin_object();
            open_item = parts[1];
        }
        w.key(parts[2]);
        w.begin_object();
        write_action_state_fields(w, s, EmptyFields::Skip);
        w.end_object();
    }
    if (cuts) cuts->add(out.size(), "4");
    if (open) {
        w.end_object();
        w.end_object();
    }
    w.end_object();
    if (!a.previous.empty()) write_previous(w, a.previous);
    w.end_object();
    out += '\n';
    if (cuts && !cuts->ordered) {
        *cuts = {};
        cuts->add(0, "0");
    }
    return out;
}

// --- from JSON ----------------------------------------------------------------


// Roles are typed, one a line: a blank one is no role, and is passed over.
// One over the length rule is kept (values_to_fix lists it).
void read_auditor_roles(const JsonNode& list, const JsonPlace& place, Diagnostics& diag,
                             std::vector<std::string>& out) {
    for (std::size_t i = 0; i < list.size(); ++i) {
        const JsonNode& r = list[i];
        const JsonPlace at(place, i);
        if (!r.is_string()) diag.error(at.str(), "each auditor role must be text, but this is " + describe_value(r));
        else if (r.text().find_first_not_of(" \t\r\n") != std::string_view::npos) out.emplace_back(r.text());
    }
}

void read_embedded_checklists(const JsonNode& list, const JsonPlace& place, Diagnostics& diag,
                                   std::vector<Checklist>& out) {
    const std::string list_path = place.str();
    std::map<std::string, std::string> seen;  // id -> where
    for (std::size_t i = 0; i < list.size(); ++i) {
        std::string cp = json_path(list_path, i);
        Checklist c;
        if (!read_checklist(list[i], cp, diag, c)) continue;
        auto ins = seen.emplace(c.id, cp);
        if (!ins.second) {
            diag.error(json_path(cp, "id"), "checklist " + quote_text(c.id) + " is included twice: at " +
                                                ins.first->second + " and at " + cp);
            continue;
        }
        out.push_back(std::move(c));
    }
}

bool read_profile(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, Profile& out) {
    // Typed by a person: a bad value costs that value, never the audit or plan.
    Diagnostics::Lenient lenient(diag);
    if (!expect_object(j, place, diag, "the library profile")) return false;
    std::size_t before = diag.count();
    Fields f(j, place, diag, "the library profile");
    f.reject_unknown({"library", "branch", "date", "auditor_roles", "library_kind", "language"});
    // All four are always written; "" means not filled in yet. A value that
    // breaks its rule (field_rules.h) is kept as it is: values_to_fix lists it.
    f.text("library", out.library, kRequired, kMaxTypedBytes);
    f.text("branch", out.branch, kRequired, kMaxTypedBytes);
    f.text("date", out.date, kRequired, kMaxTypedBytes);
    if (const JsonNode* roles = f.array("auditor_roles", kRequired))
        read_auditor_roles(*roles, JsonPlace(place, "auditor_roles"), diag, out.auditor_roles);
    // Optional (law.h): files from before it, and files that leave it out, mean "not said".
    LibraryKind kind = LibraryKind::NotSaid;
    if (f.text("library_kind", out.library_kind, kOptional, 40) && !parse_library_kind(out.library_kind, kind)) {
        diag.error(f.path("library_kind"), "library_kind must be \"public\", \"private\" or \"not-sure\", but it is " +
                                               quote_text(out.library_kind));
        out.library_kind.clear();
    }
    if (f.text("language", out.language, kOptional, 40) && !out.language.empty() && !is_valid_language(out.language)) {
        diag.error(f.path("language"), "language must be a language tag like \"es\", but it is " + quote_text(out.language));
        out.language.clear();
    }
    if (out.language == "en") out.language.clear();
    return diag.count() == before;
}

void write_profile(JsonWriter& w, const Profile& p) {
    w.begin_object();
    w.field_str("library", p.library);
    w.field_str("branch", p.branch);
    w.field_str("date", p.date);
    w.field_strings("auditor_roles", p.auditor_roles);
    // Written only when said, so a file without it still opens in older copies of the app.
    if (!p.library_kind.empty()) w.field_str("library_kind", p.library_kind);
    // The same for the language: only when it is not English (issue 25).
    if (!p.language.empty() && p.language != "en") w.field_str("language", p.language);
    w.end_object();
}

void read_action_state_fields(Fields& f, Diagnostics& diag, ActionState& s) {
    // Typed fields keep what they hold, rule or no rule (values_to_fix lists a
    // due date that is no date, or an owner too long); the status is the
    // app's own word, and one it does not know is put back to "todo".
    f.text("owner", s.owner, kOptional, kMaxTypedBytes);
    f.text("due", s.due, kOptional, kMaxTypedBytes);
    if (f.text("status", s.status, kOptional, 40) && !is_valid_status(s.status)) {
        diag.error(f.path("status"), "status must be todo, doing or done, but it is " + quote_text(s.status) +
                                         "; it is set to To do");
        s.status = "todo";
    }
    f.text("cost_estimate", s.cost_estimate, kOptional, kMaxTypedBytes);
    f.text("notes", s.notes, kOptional, kMaxTypedBytes);
}

void write_action_state_fields(JsonWriter& w, const ActionState& s, EmptyFields empty) {
    const bool all = empty == EmptyFields::Write;
    if (all || !s.owner.empty()) w.field_str("owner", s.owner);
    if (all || !s.due.empty()) w.field_str("due", s.due);
    w.field_str("status", s.status);
    if (all || !s.cost_estimate.empty()) w.field_str("cost_estimate", s.cost_estimate);
    if (all || !s.notes.empty()) w.field_str("notes", s.notes);
}

bool read_evidence(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, Evidence& e, PhotoRefs refs) {
    if (!expect_object(j, place, diag, "each piece of evidence")) return false;
    // Any problem leaves this piece out (said, with the others kept): a link
    // that is no link, or a photo that is not here, is not carried on.
    std::size_t before = diag.count();
    Fields f(j, place, diag, "this evidence");
    f.reject_unknown({"kind", "text", "url", "data_url"});
    if (!f.text("kind", e.kind, kRequired | kNotEmpty, 20)) return false;
    f.text("text", e.text, kOptional, kMaxTypedBytes);
    f.text("url", e.url, kOptional, kMaxUrlBytes);
    // The reader's string limit is 1 MB; images have their own, lower cap.
    f.text("data_url", e.data_url, kOptional, 1024u * 1024u);
    if (diag.error_count() != before) return false;
    if (e.kind == "text") {
        if (!f.find("text")) diag.error(place.str(), "text evidence has no \"text\"; it is required");
        else if (e.text.empty()) diag.error(f.path("text"), "text evidence is empty; write the text, or remove it");
        if (!e.url.empty() || !e.data_url.empty())
            diag.error(place.str(), "text evidence must not have a \"url\" or \"data_url\"; use kind \"link\" or \"image\"");
    } else if (e.kind == "link") {
        if (!f.find("url"))
            diag.error(place.str(), "a link has no \"url\"; give the web address, starting with https://");
        else if (e.url.empty())
            diag.error(f.path("url"), "a link's \"url\" is empty; give the web address, starting with https://");
        else if (const std::string why = http_url_problem(e.url); !why.empty())
            diag.error(f.path("url"), "a link must be a web address starting with https:// (or http://), but " +
                                          why + ": " + quote_text(e.url));
        if (!e.data_url.empty()) diag.error(f.path("data_url"), "a link must not have a \"data_url\"");
    } else if (e.kind == "image") {
        if (is_photo_ref(e.data_url)) {
            if (refs == PhotoRefs::Refused)
                diag.error(f.path("data_url"), "this photo was left in the browser the audit was made in, so it is "
                                               "not in this file; save the audit file again from that browser");
        } else if (e.data_url.size() > kMaxImageBytes)
            diag.error(f.path("data_url"), "this image is too big: it takes " +
                                               size_over_limit(e.data_url.size(), kMaxImageBytes) +
                                               " (" + format_bytes(kMaxImageBytes) + ") for one image in evidence. Attach a smaller photo");
        else if (!is_image_data_url(e.data_url))
            diag.error(f.path("data_url"), "an image must be a data: URL of a PNG, JPEG, GIF or WebP picture "
                                           "(\"data:image/png;base64,...\")");
        if (!e.url.empty()) diag.error(f.path("url"), "an image must not have a \"url\"");
    } else {
        diag.error(f.path("kind"), "kind must be text, link or image, but it is " + quote_text(e.kind));
    }
    return diag.count() == before;
}

bool read_response(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, Response& r, PhotoRefs refs) {
    if (!expect_object(j, place, diag, "each answer")) return false;
    std::size_t before = diag.error_count();
    Fields f(j, place, diag, "this answer");
    f.reject_unknown({"answer", "note", "evidence", "answered_at", "measurement", "tally"});
    std::string s;
    if (f.text("answer", s, kOptional, 40) && f.find("answer") && !parse_answer(s, r.answer))
        diag.error(f.path("answer"), "answer must be met, partly, not-met, not-applicable or not-sure, but it is " +
                                         quote_text(s) + "; the item is left unanswered");
    f.text("note", r.note, kOptional, kMaxTypedBytes);
    if (const JsonNode* ev = f.array("evidence", kOptional)) {
        if (ev->size() > kMaxEvidence) {
            diag.error(f.path("evidence"), "an item can hold at most " + std::to_string(kMaxEvidence) +
                                               " pieces of evidence, but this one has " +
                                               std::to_string(ev->size()));
        } else {
            const JsonPlace list(f.place(), "evidence");
            for (std::size_t i = 0; i < ev->size(); ++i) {
                Evidence e;
                const JsonPlace at(list, i);
                if (read_evidence((*ev)[i], at, diag, e, refs))
                    r.evidence.push_back(std::move(e));
            }
        }
    }
    if (f.text("answered_at", r.answered_at, kOptional, 40) && !r.answered_at.empty() &&
        !is_iso_timestamp(r.answered_at)) {
        diag.error(f.path("answered_at"), "answered_at must be a UTC time like 2024-05-01T14:03:00Z, but it is " +
                                              quote_text(r.answered_at));
        r.answered_at.clear();
    }
    // A figure or a count with a problem is left out whole, never half-read.
    if (const JsonNode* m = f.object("measurement", kOptional);
        m && !read_measurement(*m, JsonPlace(f.place(), "measurement"), diag, r.measurement))
        r.measurement = Measurement{};
    if (const JsonNode* t = f.find("tally"); t && !read_tally_sittings(*t, JsonPlace(f.place(), "tally"), diag, r.tally))
        r.tally.clear();
    return diag.error_count() == before;
}

namespace {

bool read_action_state(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, ActionState& s) {
    if (!expect_object(j, place, diag, "each action's progress")) return false;
    std::size_t before = diag.error_count();
    Fields f(j, place, diag, "this action's progress");
    f.reject_unknown({"owner", "due", "status", "cost_estimate", "notes"});
    read_action_state_fields(f, diag, s);
    return diag.error_count() == before;
}

bool check_key_id(std::string_view key, const JsonPlace& place, Diagnostics& diag, const char* what) {
    if (is_valid_id(key)) return true;
    diag.error(place.str(), std::string(what) + " " + quote_text(key) +
                         " is not a valid id (2 to 64 lowercase letters, digits and dashes)");
    return false;
}

} // namespace

bool read_audit(const JsonNode& j, Diagnostics& diag, Audit& out, PhotoRefs refs) {
    std::size_t before = diag.error_count();
    if (!expect_object(j, {}, diag, "an audit file")) return false;
    Fields f(j, {}, diag, "this audit");
    f.reject_unknown({"format", "format_version", "created_at", "updated_at", "profile", "checklists",
                      "responses", "actions", "previous"});
    std::string format;
    if (f.text("format", format, kRequired | kNotEmpty, 100) && format != kAuditFormat)
        diag.error(f.path("format"), "\"format\" must be \"" + std::string(kAuditFormat) + "\", but it is " +
                                         quote_text(format));
    f.integer("format_version", out.format_version, kRequired);
    for (const char* key : {"created_at", "updated_at"}) {
        std::string& dst = key[0] == 'c' ? out.created_at : out.updated_at;
        if (f.text(key, dst, kRequired | kNotEmpty, 40) && !is_iso_timestamp(dst))
            diag.error(f.path(key), std::string(key) + " must be a UTC time like 2024-05-01T14:03:00Z, but it is " +
                                        quote_text(dst));
    }

    if (const JsonNode* p = f.object("profile", kRequired)) read_profile(*p, JsonPlace(f.place(), "profile"), diag, out.profile);

    if (const JsonNode* cls = f.array("checklists", kRequired))
        read_embedded_checklists(*cls, JsonPlace(f.place(), "checklists"), diag, out.checklists);

    // What people entered: a bad value costs that value, never the audit.
    Diagnostics::Lenient lenient(diag);

    // Places, not path strings: a path is spelled out only for a message.
    if (const JsonNode* rs = f.object("responses", kRequired)) {
        const JsonPlace base(f.place(), "responses");
        for (const JsonNode& ci : *rs) {
            const JsonPlace cp(base, ci.key());
            if (!check_key_id(ci.key(), cp, diag, "checklist id")) continue;
            if (!expect_object(ci, cp, diag, "the answers of a checklist")) continue;
            for (const JsonNode& ii : ci) {
                const JsonPlace ip(cp, ii.key());
                if (!check_key_id(ii.key(), ip, diag, "item id")) continue;
                Response r;
                if (read_response(ii, ip, diag, r, refs))
                    out.responses.emplace_hint(out.responses.end(), item_key(ci.key(), ii.key()), std::move(r));
            }
        }
    }

    if (const JsonNode* as = f.object("actions", kRequired)) {
        const JsonPlace base(f.place(), "actions");
        for (const JsonNode& ci : *as) {
            const JsonPlace cp(base, ci.key());
            if (!check_key_id(ci.key(), cp, diag, "checklist id")) continue;
            if (!expect_object(ci, cp, diag, "the actions of a checklist")) continue;
            for (const JsonNode& ii : ci) {
                const JsonPlace ip(cp, ii.key());
                if (!check_key_id(ii.key(), ip, diag, "item id")) continue;
                if (!expect_object(ii, ip, diag, "the actions of an item")) continue;
                for (const JsonNode& ai : ii) {
                    const JsonPlace ap(ip, ai.key());
                    if (!check_key_id(ai.key(), ap, diag, "action id")) continue;
                    ActionState s;
                    if (read_action_state(ai, ap, diag, s))
                        out.actions.emplace_hint(out.actions.end(), action_key(ci.key(), ii.key(), ai.key()), std::move(s));
                }
            }
        }
    }
    if (const JsonNode* p = f.object("previous", kOptional)) read_previous(*p, JsonPlace(f.place(), "previous"), diag, out.previous);
    return diag.error_count() == before;
}

Loaded<Audit> load_audit(std::string_view text, std::string_view file_name, PhotoRefs refs) {
    Loaded<Audit> result;
    Loaded<JsonDoc> doc = read_json(text, file_name);
    if (!doc.ok()) {
        result.problems = std::move(doc.problems);
        return result;
    }
    Diagnostics diag(file_name);
    const JsonNode& j = doc.value->root();
    if (!j.is_object()) {
        diag.error("", "this is not a Welcome Audit file: it should be a JSON object ({...}), but it is " +
                           describe_value(j));
        result.problems = diag.take();
        return result;
    }
    if (const JsonNode* fmt = j.find("format"); fmt && fmt->is_string()) {
        std::string_view f = fmt->text();
        if (f == kChecklistFormat || f == "welcome-audit/plan") {
            bool is_checklist = f == kChecklistFormat;
            diag.error("/format", std::string("this is ") + (is_checklist ? "a checklist" : "an exported plan") +
                                      ", not an audit; " +
                                      (is_checklist ? "add it to an audit instead of opening it as one"
                                                    : "open it as a plan (to compare branches), "
                                                      "or open the audit it came from"));
            result.problems = diag.take();
            return result;
        }
    }
    // Older formats have readers of their own (migrate.h).
    Audit a;
    if (audit_from_any_version(j, diag, a, refs) && !diag.has_errors()) {
        check_audit_consistency(a, diag);
        // Values kept although they break a rule (a hand edit, an older
        // version): said in a librarian's words, to be fixed in the app.
        for (const ValueToFix& v : values_to_fix(a)) diag.warning("", v.message);
        result.value = std::move(a);
    }
    result.problems = diag.take();
    return result;
}

} // namespace wa
