// audit.h: the audit document, the one file that is saved, reopened and
// exported (docs/audit-format.md).
//
// It embeds the checklists it uses in full, so the file is self-contained:
// anyone can reopen it and regenerate the plan without fetching anything.
// By design it has no place for a patron's personal data: answers, notes
// and evidence describe the library, and auditors are listed by role.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/checklist.h"
#include "core/problems.h"

namespace wa {

constexpr int kAuditFormatVersion = 1;
constexpr const char* kAuditFormat = "welcome-audit/audit";
constexpr std::size_t kMaxImageBytes = 256u * 1024u;  // one evidence image, as a data: URL
constexpr std::size_t kMaxTextBytes = 20000u;         // one note or evidence text
constexpr std::size_t kMaxEvidence = 100u;            // pieces of evidence on one item

enum class Answer { Unanswered, Met, Partly, NotMet, NotApplicable, NotSure };

const char* answer_id(Answer a);     // "met", "partly", "not-met", "not-applicable", "not-sure"; "" when unanswered
const char* answer_label(Answer a);  // "Met", "Partly met", "Not met", "Not applicable", "Not sure yet", "Not answered"
bool parse_answer(std::string_view id, Answer& out);  // "" is not an answer (unanswered = absent)

struct Evidence {
    std::string kind;      // "text" | "link" | "image"
    std::string text;      // the text, or a caption for a link or image
    std::string url;       // link: http(s)
    std::string data_url;  // image: "data:image/png;base64,...", at most kMaxImageBytes,
                           // or in the app a photo reference (is_photo_ref) to a photo kept by the browser
};

// Inside the web app, photos are kept apart from the audit (web/storage.js)
// and the audit holds a reference in their place:
// "wa-photo:<16 lowercase hex digits>:<length of the photo's data: URL>".
// Files never carry one: the page puts the photos back when it makes a file.
// Loaders refuse references unless told the text comes from the app's store.
enum class PhotoRefs { Refused, Allowed };
bool is_photo_ref(std::string_view s);
// A base64 data: URL of a PNG, JPEG, GIF or WebP picture (what a photo in a file is).
bool is_image_data_url(std::string_view s);
// The size of a photo's picture in bytes (a data: URL is a third larger than what it holds).
std::size_t photo_bytes(const Evidence& e);

struct Response {
    Answer answer = Answer::Unanswered;
    std::string note;
    std::vector<Evidence> evidence;
    std::string answered_at;  // ISO 8601 UTC, set by the caller; "" if never answered
    // For an item with a measure or tally (measure.h): what was measured or counted.
    Measurement measurement;          // unit "" when nothing was measured
    std::vector<TallySitting> tally;  // one entry per sitting; empty when nothing was counted
};
// Anything entered: an answer, a note, evidence, a measurement or a count.
bool has_content(const Response& r);

struct Profile {
    std::string library, branch;
    std::string date;  // YYYY-MM-DD, or "" while not set
    std::vector<std::string> auditor_roles;  // roles, never names
    // Which ADA title the library answers to (law.h): "public" (Title II),
    // "private" (Title III), "not-sure"; "" when not said (older files).
    std::string library_kind;
    // The language the audit is kept in (issue 25): its exports are written in
    // it. A language tag ("es"); "" for English, and in files from before it.
    std::string language;
};

struct ActionState {
    std::string owner;
    std::string due;              // YYYY-MM-DD or ""
    std::string status = "todo";  // "todo" | "doing" | "done"
    std::string cost_estimate;    // free text: "$40", "staff time"
    std::string notes;
};

// The audit this one is compared with (last year's), kept in the file in
// short: enough to say what changed, so the comparison survives a reload
// and needs neither the old file nor the browser that kept it. Read and
// written by progress.cpp; empty (source "") when there is none.
struct PreviousAudit {
    std::string source;   // "audit" or "plan": what it was taken from; "" none
    std::string name;     // what people called it: "Riverside Public Library, Eastside (2025-05-01)"
    std::string date;     // its audit date, YYYY-MM-DD or ""
    std::map<std::string, std::string> versions;  // checklist id -> the version it used
    std::map<std::string, Answer> answers;        // "checklistId/itemId" (from a plan: only items with actions)
    std::map<std::string, std::string> actions;   // "checklistId/itemId/actionId" -> "doing" or "done"
    bool empty() const { return source.empty(); }
};
bool operator==(const PreviousAudit& a, const PreviousAudit& b);

struct Audit {
    int format_version = kAuditFormatVersion;
    std::string created_at, updated_at;  // ISO 8601 UTC
    Profile profile;
    std::vector<Checklist> checklists;   // embedded in full
    std::map<std::string, Response> responses;  // key "checklistId/itemId"
    std::map<std::string, ActionState> actions; // key "checklistId/itemId/actionId" (or ".../find-out")
    PreviousAudit previous;                     // last year's audit, to compare with (progress.h)
};

bool operator==(const Evidence& a, const Evidence& b);
bool operator==(const Response& a, const Response& b);
bool operator==(const Profile& a, const Profile& b);
bool operator==(const ActionState& a, const ActionState& b);
bool operator==(const Audit& a, const Audit& b);
inline bool operator!=(const Audit& a, const Audit& b) { return !(a == b); }

// Keys. The find-out task of an item uses the action id kFindOutActionId,
// which the checklist format reserves (checklist.h).
std::string item_key(std::string_view checklist_id, std::string_view item_id);
std::string action_key(std::string_view checklist_id, std::string_view item_id,
                       std::string_view action_id);
// Splits "a/b" or "a/b/c" into views of `key`, without allocating; returns
// how many parts there are, or 0 when the key has the wrong shape.
std::size_t split_key(std::string_view key, std::string_view (&parts)[3]);

const char* status_label(std::string_view status);  // "To do", "Doing", "Done" ("" if unknown)
bool is_valid_status(std::string_view status);
bool is_default(const ActionState& s);  // nothing entered yet: status todo, all fields empty

// A new, empty audit.
Audit new_audit(const Profile& profile, std::vector<Checklist> checklists, const std::string& now_iso);

// Next year's audit from this one: the same library and checklists, today's
// date, and nothing answered, noted, attached or planned yet. The old audit
// is left as it is, and remembered in short as `previous` (progress.h).
Audit follow_up_audit(const Audit& last, const std::string& today, const std::string& now_iso);

const Checklist* find_checklist(const Audit& a, std::string_view checklist_id);
// The item whose question `it` repeats (its same_as), when that item's
// checklist is in the audit and the item is a home itself (no same_as of its
// own: two items pointing at each other are both asked). Such an item is not
// asked, scored or planned in its own checklist: the answer is given there.
// nullptr when `it` is asked where it is.
const Item* asked_elsewhere(const Audit& a, const Item& it);
Response* find_response(Audit& a, const std::string& checklist_id, const std::string& item_id);
const Response* find_response(const Audit& a, const std::string& checklist_id, const std::string& item_id);
// The response of an item, created when missing.
Response& response_for(Audit& a, const std::string& checklist_id, const std::string& item_id);
// Records an answer and its time (and the audit's updated_at). Answer::Unanswered
// clears the answer but keeps any note and evidence.
void set_answer(Audit& a, const std::string& checklist_id, const std::string& item_id,
                Answer answer, const std::string& now_iso);
// Evidence added from the app. A link is trimmed and must be an http(s)
// address (at most 2,000 characters, no spaces): NotALink when it is not
// one, LinkTooLong when it is one but too long. A photo is a base64 data: URL
// of a PNG, JPEG, GIF or WebP picture, at most kMaxImageBytes (the page
// shrinks camera photos to fit). Nothing changes unless the result is
// Added. Removing an index that does not exist does nothing.
enum class EvidenceResult { Added, NotALink, LinkTooLong, NotAPhoto, TooBig, Full };
EvidenceResult add_link_evidence(Audit& a, const std::string& checklist_id, const std::string& item_id,
                                 std::string_view url, const std::string& now_iso);
// `data_url` may also be a photo reference (is_photo_ref), for the app.
EvidenceResult add_photo_evidence(Audit& a, const std::string& checklist_id, const std::string& item_id,
                                  std::string_view data_url, const std::string& now_iso);
bool remove_evidence(Audit& a, const std::string& checklist_id, const std::string& item_id, std::size_t index,
                     const std::string& now_iso);

// The state of a plan action, created (status "todo") when missing.
ActionState& action_state_for(Audit& a, const std::string& key);
const ActionState* find_action_state(const Audit& a, const std::string& key);

// Adds a checklist, or replaces an older version with the same id. Returns
// warnings for answers that the new version no longer has (they are kept in
// the audit, but not scored); `false` if `c` is older than the one present.
bool add_or_update_checklist(Audit& a, Checklist c, std::vector<std::string>* notes = nullptr);

// Checks the audit's internal consistency: answers and action states for
// items, actions or checklists that are not in the embedded checklists.
// These are warnings: the data is kept (nothing is lost when a checklist
// changes) but it is not scored or planned.
void check_audit_consistency(const Audit& a, Diagnostics& diag);

// The saved document: stable key order, 2-space indent, trailing newline.
// Saving then loading gives back an equal Audit, and saving that gives the
// same bytes.
// `checklist_texts`, when given, holds each of a.checklists as
// checklist_text_in_audit() wrote it: they are copied instead of written
// again (a checklist is most of a big audit's text, and changes far less often
// than the answers; the app keeps them between saves). Same bytes either way.
//
// `parts`, when given, receives where the text can be cut for the browser
// store (web/storage.js), which keeps each piece as a record of its own and
// writes only the pieces that changed: the head (format, dates, profile), each
// checklist, each answered item's response, each item's plan actions, and the
// tail. The pieces are contiguous, start at 0, and their keys sort (byte by
// byte) in text order, so joining the records in key order gives the text back.
// Keys: "0", "1/0000" (checklist), "2/c/i" (response), "2z", "3/c/i/" (actions), "4".
// Kept as the page takes them (offsets, and the keys one a line): a save
// hands them over as they are, and the page's download stays small.
struct TextParts {
    std::vector<std::size_t> begins;  // where each part starts; it ends where the next begins
    std::string keys;                 // their keys, one a line, in the same order
    bool ordered = true;              // every key plain ASCII and after the one before
    void add(std::size_t at, std::string_view a, std::string_view b = {}, std::string_view c = {});
private:
    std::size_t last_ = 0;            // where the last key starts in `keys`
};
std::string audit_to_json_text(const Audit& a, const std::vector<std::string>* checklist_texts = nullptr,
                               TextParts* parts = nullptr);
std::string checklist_text_in_audit(const Checklist& c);

// The library profile, as audits and plans both hold it: its one reader
// and one writer. All four fields are required ("" when not filled in).
class JsonWriter;
class Fields;
bool read_profile(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, Profile& out);
void write_profile(JsonWriter& w, const Profile& p);
void read_auditor_roles(const JsonNode& list, const JsonPlace& place, Diagnostics& diag,
                             std::vector<std::string>& out);
// The checklists an audit embeds (each checked in full; an id given twice is an error).
void read_embedded_checklists(const JsonNode& list, const JsonPlace& place, Diagnostics& diag,
                                   std::vector<Checklist>& out);
// An action's progress fields (owner, due, status, cost_estimate, notes), all
// optional, read from the object `f` checks: an audit's action entry, or a
// plan's action, which holds them beside the action's own fields.
void read_action_state_fields(Fields& f, Diagnostics& diag, ActionState& s);
// Its one writer, into the object being written: an audit leaves empty
// fields out (EmptyFields::Skip); a plan writes every field (Write), so a
// spreadsheet or a script finds the same columns in every action.
enum class EmptyFields { Skip, Write };
void write_action_state_fields(JsonWriter& w, const ActionState& s, EmptyFields empty);

// A piece of evidence and an item's answer (with its note, evidence and
// figures): each reader beside its writer. A reader reports every problem; a
// piece of evidence with one is left out (false), an answer keeps what it
// could read (the loader reads answers leniently: problems.h).
bool read_evidence(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, Evidence& out, PhotoRefs refs);
void write_evidence(JsonWriter& w, const Evidence& e);
bool read_response(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, Response& out, PhotoRefs refs);
void write_response(JsonWriter& w, const Response& r);

// Checks a current-format audit (already migrated) and fills `out`.
bool read_audit(const JsonNode& j, Diagnostics& diag, Audit& out, PhotoRefs refs = PhotoRefs::Refused);

// Reads, migrates (older formats), checks and loads an audit file. A file
// from a newer format is refused with a message saying so.
Loaded<Audit> load_audit(std::string_view text, std::string_view file_name, PhotoRefs refs = PhotoRefs::Refused);

} // namespace wa
