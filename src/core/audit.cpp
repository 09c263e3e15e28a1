// audit.cpp: the audit model (audit.h): keys, answers, evidence, plan
// progress, checklist versions and their retired items. The file it is
// saved as is audit_file.cpp.
#include "core/audit.h"
#include "core/words.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "core/field_rules.h"
#include "core/json_fields.h"
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
    const int i = static_cast<int>(a);
    return i >= 0 && i < 6 ? words().answers[i] : "";  // core/words.h: in the audit's language
}

bool parse_answer(std::string_view id, Answer& out) {
    for (Answer a : {Answer::Met, Answer::Partly, Answer::NotMet, Answer::NotApplicable, Answer::NotSure})
        if (id == answer_id(a)) { out = a; return true; }
    return false;
}

const char* status_label(std::string_view status) {
    if (status == "todo") return words().statuses[0];
    if (status == "doing") return words().statuses[1];
    if (status == "done") return words().statuses[2];
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

bool is_image_data_url(std::string_view s) {
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

} // namespace wa
