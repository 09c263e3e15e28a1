// checklist.h: one checklist (docs/checklist-format.md), in memory and as JSON.
//
// A checklist is written by people (a consortium, a librarian with a text
// editor), so loading it checks every rule and reports every problem, not
// just the first. Ids are stable across versions: an audit stores answers by
// "checklistId/itemId", and a new checklist version must not lose them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/json_dom.h"
#include "core/measure.h"
#include "core/problems.h"

namespace wa {

constexpr int kChecklistFormatVersion = 1;
constexpr const char* kChecklistFormat = "welcome-audit/checklist";

// What a recommended action costs. Order matters: cheaper first.
enum class Cost { None, Under100, From100To1000, Over1000 };
// How long it takes. Order matters: quicker first.
enum class Effort { Hours, Days, Weeks };

const char* cost_id(Cost c);       // "none", "under-100", "100-1000", "over-1000"
const char* cost_label(Cost c);    // "No cost", "Under $100", "$100 to $1,000", "Over $1,000"
bool parse_cost(std::string_view id, Cost& out);
const char* effort_id(Effort e);   // "hours", "days", "weeks"
const char* effort_label(Effort e);// "Hours", "Days", "Weeks"
bool parse_effort(std::string_view id, Effort& out);

// Whom an item helps ("helps" tags) and what kind of change it asks for.
const std::vector<std::string>& helps_ids();   // everyone, autistic, wheelchair, ...
const char* helps_label(std::string_view id);  // "Everyone", "Autistic people", ... ("" if unknown)
const std::vector<std::string>& change_ids();   // staff-behavior, service, space, policy, digital
const char* change_label(std::string_view id); // "Staff behaviour", ... ("" if unknown)

// The action id of an item's "find out" task in a plan (plan.h): reserved,
// no recommended action may use it.
constexpr const char* kFindOutActionId = "find-out";

struct Reference {
    std::string title;
    std::string url;  // optional; http(s) only
};

struct RecommendedAction {
    std::string id;     // unique within its item
    std::string text;
    Cost cost = Cost::None;
    Effort effort = Effort::Hours;
    std::string owner;  // a role ("Children's librarian"), never a person's name
};

struct Item {
    std::string id;  // unique in the checklist, stable across versions
    std::string prompt, how_to_check, looks_like, why;
    int weight = 1;  // 1, 2 or 3
    bool essential = false;
    std::vector<std::string> helps;
    std::string change;
    // At most one of these (measure.h): the item is answered from a figure
    // or a count, and the app suggests the answer from the rule.
    std::optional<Measure> measure;
    std::optional<TallyRule> tally;
    std::vector<RecommendedAction> actions;
    std::vector<Reference> references;
    // Optional "checklist-id/item-id": this is the same question as that item
    // of another checklist, its one home. An audit that holds both asks and
    // scores it there only (asked_elsewhere, audit.h); an audit without that
    // checklist asks it here. Lets a consortium's checklist reuse a shipped
    // question without it being asked and scored twice.
    std::string same_as;
    // Optional "title_iii": what differs for a private or nonprofit library
    // (ADA Title III) when the item's rule comes from Title II (law.h).
    // `applies` false: the duty does not bind such a library at all.
    std::string title_iii_note;     // "" when nothing differs
    bool title_iii_applies = true;
};

struct Section {
    std::string id, title, summary;  // summary optional
    std::vector<Item> items;
};

// An item that a version of the checklist no longer asks, and where its
// question is asked now (one home per question). When an audit takes this
// version (add_or_update_checklist), an answer to the retired item moves
// there, so nothing already answered is lost or left uncounted. A retired id
// is never used again in the checklist.
struct RetiredItem {
    std::string id;        // the item id that is gone
    std::string moved_to;  // "checklist-id/item-id" of its new home; "" when the question was dropped
    std::string why;       // for people reading the file
};

struct Checklist {
    int format_version = kChecklistFormatVersion;
    std::string id, version, title, summary, language;
    std::vector<Section> sections;
    std::vector<RetiredItem> retired;
};

bool operator==(const RetiredItem& a, const RetiredItem& b);

bool operator==(const Reference& a, const Reference& b);
bool operator==(const RecommendedAction& a, const RecommendedAction& b);
bool operator==(const Item& a, const Item& b);
bool operator==(const Section& a, const Section& b);
bool operator==(const Checklist& a, const Checklist& b);
inline bool operator!=(const Checklist& a, const Checklist& b) { return !(a == b); }

const Item* find_item(const Checklist& c, std::string_view item_id);
const Section* find_section_of_item(const Checklist& c, std::string_view item_id);
std::size_t item_count(const Checklist& c);

// Ids: lowercase letters, digits and "-", 2 to 64 characters.
bool is_valid_id(std::string_view id);
// "checklist-id/item-id", both valid ids (retired items' moved_to, same_as).
bool is_valid_item_ref(std::string_view ref);
// A language tag like "en" or "fr-CA" (a pragmatic BCP 47 shape).
bool is_valid_language(std::string_view tag);
// "MAJOR.MINOR.PATCH", numbers without leading zeros.
bool is_valid_version(std::string_view v);
// Compares two valid versions numerically: <0, 0, >0 ("1.10.0" > "1.9.3").
int compare_versions(std::string_view a, std::string_view b);

// JSON in a stable key order (the order of docs/checklist-format.md).
std::string checklist_to_json_text(const Checklist& c);

// Checks `j` (found at `place` in its file) and fills `out`. Reports every
// problem to `diag`; returns false if there was any error.
bool read_checklist(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, Checklist& out);

// Its writer: the checklist as an object (also embedded in audits).
class JsonWriter;
void write_checklist(JsonWriter& w, const Checklist& c);

Loaded<Checklist> load_checklist(std::string_view text, std::string_view file_name);

} // namespace wa
