#include "core/audit.h"

#include "core/law.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "core/dates.h"
#include "core/edit.h"
#include "core/field_rules.h"
#include "core/json_fields.h"
#include "core/json_reader.h"
#include "core/json_writer.h"
#include "core/law.h"
#include "core/migrate.h"
#include "core/progress.h"

namespace wa {


// --- vocabularies ------------------------------------------------------------

const char* answer_id(Answer a) {
    switch (a) {
    case Answer::Unanswered: return "";
    case Answer::Met: return "met";
    case Answer::Partly: return "partly";
    case Answer::NotMet: return "not-met";
    case Answer::NotApplicable: return "not-applicable";
    case Answer::NotSure: return "not-sure";
    }
    return "";
}

const char* answer_label(Answer a) {
    switch (a) {
    case Answer::Unanswered: return "Not answered";
    case Answer::Met: return "Met";
    case Answer::Partly: return "Partly met";
    case Answer::NotMet: return "Not met";
    case Answer::NotApplicable: return "Not applicable";
    case Answer::NotSure: return "Not sure yet";
    }
    return "";
}

bool parse_answer(std::string_view id, Answer& out) {
    for (Answer a : {Answer::Met, Answer::Partly, Answer::NotMet, Answer::NotApplicable, Answer::NotSure})
        if (id == answer_id(a)) { out = a; return true; }
    return false;
}

const char* status_label(std::string_view status) {
    if (status == "todo") return "To do";
    if (status == "doing") return "Doing";
    if (status == "done") return "Done";
    return "";
}

bool is_valid_status(std::string_view status) { return *status_label(status) != '\0'; }

bool is_default(const ActionState& s) {
    return s.status == "todo" && s.owner.empty() && s.due.empty() && s.cost_estimate.empty() &&
           s.notes.empty();
}

// --- comparisons -------------------------------------------------------------

bool operator==(const Evidence& a, const Evidence& b) {
    return a.kind == b.kind && a.text == b.text && a.url == b.url && a.data_url == b.data_url;
}
bool operator==(const Response& a, const Response& b) {
    return a.answer == b.answer && a.note == b.note && a.evidence == b.evidence &&
           a.answered_at == b.answered_at && a.measurement == b.measurement && a.tally == b.tally;
}
bool operator==(const Profile& a, const Profile& b) {
    return a.library == b.library && a.branch == b.branch && a.date == b.date &&
           a.auditor_roles == b.auditor_roles && a.library_kind == b.library_kind;
}
bool operator==(const ActionState& a, const ActionState& b) {
    return a.owner == b.owner && a.due == b.due && a.status == b.status &&
           a.cost_estimate == b.cost_estimate && a.notes == b.notes;
}
bool operator==(const Audit& a, const Audit& b) {
    return a.format_version == b.format_version && a.created_at == b.created_at &&
           a.updated_at == b.updated_at && a.profile == b.profile && a.checklists == b.checklists &&
           a.responses == b.responses && a.actions == b.actions && a.previous == b.previous;
}

// --- keys and editing ----------------------------------------------------------

std::string item_key(std::string_view checklist_id, std::string_view item_id) {
    std::string k;
    k.reserve(checklist_id.size() + item_id.size() + 1);
    k.append(checklist_id).append("/").append(item_id);
    return k;
}

std::string action_key(std::string_view checklist_id, std::string_view item_id, std::string_view action_id) {
    std::string k = item_key(checklist_id, item_id);
    k.append("/").append(action_id);
    return k;
}

std::size_t split_key(std::string_view key, std::string_view (&parts)[3]) {
    std::size_t n = 0, start = 0;
    for (std::size_t i = 0; i <= key.size(); ++i) {
        if (i != key.size() && key[i] != '/') continue;
        if (i == start || n == 3) return 0;
        parts[n++] = key.substr(start, i - start);
        start = i + 1;
    }
    return n >= 2 ? n : 0;
}

Audit new_audit(const Profile& profile, std::vector<Checklist> checklists, const std::string& now_iso) {
    Audit a;
    a.created_at = now_iso;
    a.updated_at = now_iso;
    a.profile = profile;
    a.checklists = std::move(checklists);
    return a;
}

const Checklist* find_checklist(const Audit& a, std::string_view checklist_id) {
    for (const Checklist& c : a.checklists)
        if (c.id == checklist_id) return &c;
    return nullptr;
}

Response* find_response(Audit& a, const std::string& checklist_id, const std::string& item_id) {
    auto it = a.responses.find(item_key(checklist_id, item_id));
    return it == a.responses.end() ? nullptr : &it->second;
}

const Response* find_response(const Audit& a, const std::string& checklist_id, const std::string& item_id) {
    auto it = a.responses.find(item_key(checklist_id, item_id));
    return it == a.responses.end() ? nullptr : &it->second;
}

Response& response_for(Audit& a, const std::string& checklist_id, const std::string& item_id) {
    return a.responses[item_key(checklist_id, item_id)];
}

void set_answer(Audit& a, const std::string& checklist_id, const std::string& item_id, Answer answer,
                const std::string& now_iso) {
    Response& r = response_for(a, checklist_id, item_id);
    r.answer = answer;
    // Clearing an answer is an edit too: its time lets merge pick the latest.
    r.answered_at = now_iso;
    a.updated_at = now_iso;
}

static bool is_image_data_url(std::string_view s);

// The shared end of add_*_evidence: the item's limit, then the append.
static EvidenceResult append_evidence(Audit& a, const std::string& checklist_id, const std::string& item_id,
                                      Evidence e, const std::string& now_iso) {
    const Response* r = find_response(a, checklist_id, item_id);
    if (r && r->evidence.size() >= kMaxEvidence) return EvidenceResult::Full;
    response_for(a, checklist_id, item_id).evidence.push_back(std::move(e));
    a.updated_at = now_iso;
    return EvidenceResult::Added;
}

Audit follow_up_audit(const Audit& last, const std::string& today, const std::string& now_iso) {
    Profile profile = last.profile;
    profile.date = today;
    Audit next = new_audit(profile, last.checklists, now_iso);
    next.previous = previous_of(last);
    return next;
}

bool is_photo_ref(std::string_view s) {
    constexpr std::string_view kPrefix = "wa-photo:";
    if (s.substr(0, kPrefix.size()) != kPrefix || s.size() < kPrefix.size() + 18 || s.size() > kPrefix.size() + 27)
        return false;
    for (std::size_t i = kPrefix.size(); i < kPrefix.size() + 16; ++i)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f'))) return false;
    if (s[kPrefix.size() + 16] != ':') return false;
    for (std::size_t i = kPrefix.size() + 17; i < s.size(); ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

// The data: URL's length: the whole string, or the number a reference ends with.
static std::size_t data_url_length(std::string_view s) {
    if (!is_photo_ref(s)) return s.size();
    std::size_t n = 0;
    for (char c : s.substr(s.rfind(':') + 1)) n = n * 10 + static_cast<std::size_t>(c - '0');
    return n;
}

std::size_t photo_bytes(const Evidence& e) { return data_url_length(e.data_url) * 3 / 4; }

EvidenceResult add_photo_evidence(Audit& a, const std::string& checklist_id, const std::string& item_id,
                                  std::string_view data_url, const std::string& now_iso) {
    if (!is_image_data_url(data_url) && !is_photo_ref(data_url)) return EvidenceResult::NotAPhoto;
    if (data_url_length(data_url) > kMaxImageBytes) return EvidenceResult::TooBig;
    Evidence e;
    e.kind = "image";
    e.data_url = std::string(data_url);
    return append_evidence(a, checklist_id, item_id, std::move(e), now_iso);
}

EvidenceResult add_link_evidence(Audit& a, const std::string& checklist_id, const std::string& item_id,
                                 std::string_view typed, const std::string& now_iso) {
    // What the file can hold: bytes that are not UTF-8 (a broken paste) become the replacement sign.
    const std::string clean = clean_typed_text(typed);
    std::string_view url = clean;
    const std::size_t first = url.find_first_not_of(" \t\r\n");
    url = first == std::string_view::npos ? std::string_view() : url.substr(first);
    url = url.substr(0, url.find_last_not_of(" \t\r\n") + 1);
    switch (check_http_url(url)) {
    case UrlProblem::None: break;
    case UrlProblem::TooLong: return EvidenceResult::LinkTooLong;  // still a web address, just too long
    default: return EvidenceResult::NotALink;
    }
    Evidence e;
    e.kind = "link";
    e.url = std::string(url);
    return append_evidence(a, checklist_id, item_id, std::move(e), now_iso);
}

bool remove_evidence(Audit& a, const std::string& checklist_id, const std::string& item_id, std::size_t index,
                     const std::string& now_iso) {
    Response* r = find_response(a, checklist_id, item_id);
    if (!r || index >= r->evidence.size()) return false;
    r->evidence.erase(r->evidence.begin() + static_cast<std::ptrdiff_t>(index));
    a.updated_at = now_iso;
    return true;
}

ActionState& action_state_for(Audit& a, const std::string& key) { return a.actions[key]; }

const ActionState* find_action_state(const Audit& a, const std::string& key) {
    auto it = a.actions.find(key);
    return it == a.actions.end() ? nullptr : &it->second;
}

bool has_content(const Response& r) {
    return r.answer != Answer::Unanswered || !r.note.empty() || !r.evidence.empty() ||
           !r.measurement.unit.empty() || !r.tally.empty();
}

// Moves what was entered for `from_key` into `to_key` (its answer when that
// one has none, its note and evidence in any case) and says so in `notes`.
static void move_answer(Audit& a, const std::string& from_key, const std::string& to_key, const char* why,
                        std::vector<std::string>* notes) {
    auto from = a.responses.find(from_key);
    if (from == a.responses.end() || !has_content(from->second)) return;
    Response moved = std::move(from->second);
    a.responses.erase(from);
    Response& to = a.responses[to_key];
    const bool both = to.answer != Answer::Unanswered && moved.answer != Answer::Unanswered;
    if (to.answer == Answer::Unanswered) {
        to.answer = moved.answer;
        to.answered_at = moved.answered_at;
    }
    if (!moved.note.empty()) to.note = to.note.empty() ? moved.note : to.note + "\n\n" + moved.note;
    for (Evidence& e : moved.evidence)
        if (to.evidence.size() < kMaxEvidence) to.evidence.push_back(std::move(e));
    // Figures come too (measure.h): a measurement where there is none, every tally sitting.
    if (to.measurement.unit.empty()) to.measurement = moved.measurement;
    to.tally.insert(to.tally.end(), moved.tally.begin(), moved.tally.end());
    if (notes)
        notes->push_back("The answer to \"" + from_key + "\" moved to \"" + to_key + "\", " + why +
                         (both ? " (both were answered: the answer there was kept, the notes of both too)." : "."));
}

// Answers to retired items move to where their question is asked now (a
// checklist's "retired" list), once the new home is in the audit. Run after
// every update: when two checklists are updated one after the other, a move
// into the second happens once it is there. Nothing is dropped: an answer
// whose new home is not in the audit stays where it was, kept in the file.
static void move_retired_answers(Audit& a, std::vector<std::string>* notes) {
    for (const Checklist& c : a.checklists) {
        for (const RetiredItem& r : c.retired) {
            if (r.moved_to.empty()) continue;
            const std::size_t slash = r.moved_to.find('/');
            const Checklist* home = find_checklist(a, std::string_view(r.moved_to).substr(0, slash));
            if (!home || !find_item(*home, std::string_view(r.moved_to).substr(slash + 1))) continue;
            move_answer(a, item_key(c.id, r.id), r.moved_to, "where that question is asked now", notes);
        }
        // A question asked in another checklist of the audit (same_as) is
        // answered there: what was entered here before that checklist came joins it.
        for (const Section& sec : c.sections)
            for (const Item& it : sec.items)
                if (asked_elsewhere(a, it))
                    move_answer(a, item_key(c.id, it.id), it.same_as, "the same question in another checklist of this audit",
                                notes);
    }
}

const Item* asked_elsewhere(const Audit& a, const Item& it) {
    if (it.same_as.empty()) return nullptr;
    const std::size_t slash = it.same_as.find('/');
    if (slash == std::string::npos) return nullptr;
    const Checklist* home = find_checklist(a, std::string_view(it.same_as).substr(0, slash));
    if (!home) return nullptr;
    const Item* there = find_item(*home, std::string_view(it.same_as).substr(slash + 1));
    return there && there->same_as.empty() ? there : nullptr;
}

bool add_or_update_checklist(Audit& a, Checklist c, std::vector<std::string>* notes) {
    for (Checklist& existing : a.checklists) {
        if (existing.id != c.id) continue;
        int cmp = compare_versions(c.version, existing.version);
        if (cmp < 0) {
            if (notes)
                notes->push_back("Checklist \"" + c.id + "\" version " + c.version +
                                 " is older than the version " + existing.version +
                                 " already in this audit; the audit keeps " + existing.version + ".");
            return false;
        }
        if (cmp == 0) return true;
        if (notes) {
            std::string prefix = c.id + "/";
            for (const auto& [key, r] : a.responses) {
                if (key.compare(0, prefix.size(), prefix) != 0 || !has_content(r)) continue;
                std::string item = key.substr(prefix.size());
                const bool moves = std::any_of(c.retired.begin(), c.retired.end(), [&](const RetiredItem& gone) {
                    return gone.id == item && !gone.moved_to.empty();
                });
                if (!find_item(c, item) && !moves)
                    notes->push_back("Answered item \"" + item + "\" is not in checklist \"" + c.id +
                                     "\" version " + c.version +
                                     "; its answer is kept in the file but no longer counted.");
            }
        }
        existing = std::move(c);
        move_retired_answers(a, notes);
        return true;
    }
    a.checklists.push_back(std::move(c));
    move_retired_answers(a, notes);
    return true;
}

namespace {

// The embedded items by checklist and item id: an audit can hold 10,000
// items, and a lookup per answer must not scan them all. Keys are views of
// the ids in `a`, which does not change while the index is used.
struct ItemIndex {
    std::vector<std::pair<std::string_view, std::unordered_map<std::string_view, const Item*>>> by_checklist;

    explicit ItemIndex(const Audit& a) {
        for (const Checklist& c : a.checklists) {
            by_checklist.emplace_back(c.id, std::unordered_map<std::string_view, const Item*>{});
            auto& items = by_checklist.back().second;
            items.reserve(item_count(c));
            for (const Section& s : c.sections)
                for (const Item& it : s.items) items.emplace(it.id, &it);
        }
    }
    const Item* find(std::string_view checklist, std::string_view item) const {
        for (const auto& [id, items] : by_checklist) {
            if (id != checklist) continue;
            auto at = items.find(item);
            return at == items.end() ? nullptr : at->second;
        }
        return nullptr;
    }
};

} // namespace

void check_audit_consistency(const Audit& a, Diagnostics& diag) {
    const ItemIndex items(a);
    std::string_view parts[3];
    for (const auto& [key, r] : a.responses) {
        if (!has_content(r) || split_key(key, parts) != 2 || items.find(parts[0], parts[1])) continue;
        std::string path = json_path(json_path("/responses", parts[0]), parts[1]);
        const std::string item(parts[1]), checklist(parts[0]);
        const Checklist* c = find_checklist(a, parts[0]);
        if (!c) {
            diag.warning(path, "answered item \"" + item + "\" belongs to checklist \"" + checklist +
                                   "\", which this audit does not include; the answer is kept but not counted");
        } else {
            diag.warning(path, "answered item \"" + item + "\" is not in checklist \"" + c->id +
                                   "\" version " + c->version + "; the answer is kept but not counted");
        }
    }
    for (const auto& [key, s] : a.actions) {
        if (is_default(s) || split_key(key, parts) != 3) continue;
        const Item* it = items.find(parts[0], parts[1]);
        bool known = it && parts[2] == kFindOutActionId;
        if (it)
            for (const RecommendedAction& ra : it->actions) known = known || ra.id == parts[2];
        if (known) continue;
        const Checklist* c = find_checklist(a, parts[0]);
        std::string path = json_path(json_path(json_path("/actions", parts[0]), parts[1]), parts[2]);
        std::string where = c ? "checklist \"" + c->id + "\" version " + c->version : "any checklist in this audit";
        diag.warning(path, "the plan has notes for action \"" + std::string(parts[2]) + "\" of item \"" +
                               std::string(parts[1]) + "\", which " + where +
                               " no longer recommends; they are kept but not shown in the plan");
    }
}

// --- to JSON -----------------------------------------------------------------

// Inside an audit, a checklist sits two levels deep: {"checklists": [ here ]}.
constexpr int kChecklistDepth = 2;

std::string checklist_text_in_audit(const Checklist& c) {
    std::string out;
    JsonWriter w(out, kChecklistDepth);
    write_checklist(w, c);
    return out;
}

std::string audit_to_json_text(const Audit& a, const std::vector<std::string>* checklist_texts) {
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
        if (!open || parts[0] != open_checklist) {
            if (open) w.end_object();
            w.key(parts[0]);
            w.begin_object();
            open_checklist = parts[0];
            open = true;
        }
        w.key(parts[1]);
        w.begin_object();
        if (r.answer != Answer::Unanswered) w.field_str("answer", answer_id(r.answer));
        if (!r.note.empty()) w.field_str("note", r.note);
        if (!r.evidence.empty()) {
            w.key("evidence");
            w.begin_array();
            for (const Evidence& e : r.evidence) {
                w.begin_object();
                w.field_str("kind", e.kind);
                if (!e.text.empty()) w.field_str("text", e.text);
                if (!e.url.empty()) w.field_str("url", e.url);
                if (!e.data_url.empty()) w.field_str("data_url", e.data_url);
                w.end_object();
            }
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
    if (open) w.end_object();
    w.end_object();

    std::string_view open_item;
    open = false;
    w.key("actions");
    w.begin_object();
    for (const auto& [key, s] : a.actions) {
        if (split_key(key, parts) != 3) continue;
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
    if (open) {
        w.end_object();
        w.end_object();
    }
    w.end_object();
    if (!a.previous.empty()) write_previous(w, a.previous);
    w.end_object();
    out += '\n';
    return out;
}

// --- from JSON ----------------------------------------------------------------

// Also checks what add_photo_evidence() adds.
static bool is_image_data_url(std::string_view s) {
    static const char* const kPrefixes[] = {"data:image/png;base64,", "data:image/jpeg;base64,",
                                            "data:image/gif;base64,", "data:image/webp;base64,"};
    for (const char* p : kPrefixes) {
        std::string_view pv(p);
        if (s.substr(0, pv.size()) != pv) continue;
        for (std::size_t i = pv.size(); i < s.size(); ++i) {
            char c = s[i];
            bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '+' || c == '/' || c == '=';
            if (!ok) return false;
        }
        return s.size() > pv.size();
    }
    return false;
}

// Roles are typed, one a line: a blank one is no role, and is passed over.
// One over the length rule is kept (values_to_fix lists it).
void auditor_roles_from_json(const JsonNode& list, const JsonPlace& place, Diagnostics& diag,
                             std::vector<std::string>& out) {
    for (std::size_t i = 0; i < list.size(); ++i) {
        const JsonNode& r = list[i];
        const JsonPlace at(place, i);
        if (!r.is_string()) diag.error(at.str(), "each auditor role must be text, but this is " + describe_value(r));
        else if (r.text().find_first_not_of(" \t\r\n") != std::string_view::npos) out.emplace_back(r.text());
    }
}

void embedded_checklists_from_json(const JsonNode& list, const std::string& list_path, Diagnostics& diag,
                                   std::vector<Checklist>& out) {
    std::map<std::string, std::string> seen;  // id -> where
    for (std::size_t i = 0; i < list.size(); ++i) {
        std::string cp = json_path(list_path, i);
        Checklist c;
        if (!checklist_from_json(list[i], cp, diag, c)) continue;
        auto ins = seen.emplace(c.id, cp);
        if (!ins.second) {
            diag.error(json_path(cp, "id"), "checklist " + quote_text(c.id) + " is included twice: at " +
                                                ins.first->second + " and at " + cp);
            continue;
        }
        out.push_back(std::move(c));
    }
}

bool profile_from_json(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, Profile& out) {
    // Typed by a person: a bad value costs that value, never the audit or plan.
    Diagnostics::Lenient lenient(diag);
    if (!expect_object(j, place, diag, "the library profile")) return false;
    std::size_t before = diag.count();
    Fields f(j, place, diag, "the library profile");
    f.reject_unknown({"library", "branch", "date", "auditor_roles", "library_kind"});
    // All four are always written; "" means not filled in yet. A value that
    // breaks its rule (field_rules.h) is kept as it is: values_to_fix lists it.
    f.text("library", out.library, kRequired, kMaxTypedBytes);
    f.text("branch", out.branch, kRequired, kMaxTypedBytes);
    f.text("date", out.date, kRequired, kMaxTypedBytes);
    if (const JsonNode* roles = f.array("auditor_roles", kRequired))
        auditor_roles_from_json(*roles, JsonPlace(place, "auditor_roles"), diag, out.auditor_roles);
    // Optional (law.h): files from before it, and files that leave it out, mean "not said".
    LibraryKind kind = LibraryKind::NotSaid;
    if (f.text("library_kind", out.library_kind, kOptional, 40) && !parse_library_kind(out.library_kind, kind)) {
        diag.error(f.path("library_kind"), "library_kind must be \"public\", \"private\" or \"not-sure\", but it is " +
                                               quote_text(out.library_kind));
        out.library_kind.clear();
    }
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
    w.end_object();
}

void action_state_fields(Fields& f, Diagnostics& diag, ActionState& s) {
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

namespace {

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

bool read_action_state(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, ActionState& s) {
    if (!expect_object(j, place, diag, "each action's progress")) return false;
    std::size_t before = diag.error_count();
    Fields f(j, place, diag, "this action's progress");
    f.reject_unknown({"owner", "due", "status", "cost_estimate", "notes"});
    action_state_fields(f, diag, s);
    return diag.error_count() == before;
}

bool check_key_id(std::string_view key, const JsonPlace& place, Diagnostics& diag, const char* what) {
    if (is_valid_id(key)) return true;
    diag.error(place.str(), std::string(what) + " " + quote_text(key) +
                         " is not a valid id (2 to 64 lowercase letters, digits and dashes)");
    return false;
}

} // namespace

bool audit_from_json(const JsonNode& j, Diagnostics& diag, Audit& out, PhotoRefs refs) {
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

    if (const JsonNode* p = f.object("profile", kRequired)) profile_from_json(*p, JsonPlace(f.place(), "profile"), diag, out.profile);

    if (const JsonNode* cls = f.array("checklists", kRequired))
        embedded_checklists_from_json(*cls, f.path("checklists"), diag, out.checklists);

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
    if (const JsonNode* p = f.object("previous", kOptional)) previous_from_json(*p, JsonPlace(f.place(), "previous"), diag, out.previous);
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
