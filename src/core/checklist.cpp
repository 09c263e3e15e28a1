#include "core/checklist.h"

#include <map>
#include <unordered_map>
#include <utility>

#include "core/json_fields.h"
#include "core/json_reader.h"
#include "core/json_writer.h"
#include "core/words.h"

namespace wa {


// --- vocabularies -------------------------------------------------------------

const char* cost_id(Cost c) {
    switch (c) {
    case Cost::None: return "none";
    case Cost::Under100: return "under-100";
    case Cost::From100To1000: return "100-1000";
    case Cost::Over1000: return "over-1000";
    }
    return "none";
}

const char* cost_label(Cost c) {
    switch (c) {
    case Cost::None: return words().costs[0];  // core/words.h: in the audit's language
    case Cost::Under100: return words().costs[1];
    case Cost::From100To1000: return words().costs[2];
    case Cost::Over1000: return words().costs[3];
    }
    return "";
}

bool parse_cost(std::string_view id, Cost& out) {
    for (Cost c : {Cost::None, Cost::Under100, Cost::From100To1000, Cost::Over1000})
        if (id == cost_id(c)) { out = c; return true; }
    return false;
}

const char* effort_id(Effort e) {
    switch (e) {
    case Effort::Hours: return "hours";
    case Effort::Days: return "days";
    case Effort::Weeks: return "weeks";
    }
    return "hours";
}

const char* effort_label(Effort e) {
    switch (e) {
    case Effort::Hours: return words().efforts[0];
    case Effort::Days: return words().efforts[1];
    case Effort::Weeks: return words().efforts[2];
    }
    return "";
}

bool parse_effort(std::string_view id, Effort& out) {
    for (Effort e : {Effort::Hours, Effort::Days, Effort::Weeks})
        if (id == effort_id(e)) { out = e; return true; }
    return false;
}

namespace {
struct Vocab { const char* id; const char* label; };
const Vocab kHelps[] = {
    {"everyone", "Everyone"},
    {"autistic", "Autistic people"},
    {"wheelchair", "Wheelchair users"},
    {"deaf-hoh", "Deaf and hard of hearing people"},
    {"blind-low-vision", "Blind and low-vision people"},
    {"families", "Families and caregivers"},
};
const Vocab kChanges[] = {
    {"staff-behavior", "Staff behaviour"},
    {"service", "Service"},
    {"space", "Space"},
    {"policy", "Policy"},
    {"digital", "Digital"},
};
template <std::size_t N>
std::vector<std::string> ids_of(const Vocab (&v)[N]) {
    std::vector<std::string> out;
    for (const Vocab& x : v) out.push_back(x.id);
    return out;
}
template <std::size_t N>
const char* label_of(const Vocab (&v)[N], std::string_view id) {
    for (const Vocab& x : v)
        if (id == x.id) return x.label;
    return "";
}
std::string join_ids(const std::vector<std::string>& ids) {
    std::string s;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i) s += i + 1 == ids.size() ? " or " : ", ";
        s += ids[i];
    }
    return s;
}
} // namespace

const std::vector<std::string>& helps_ids() {
    static const std::vector<std::string> ids = ids_of(kHelps);
    return ids;
}
const char* helps_label(std::string_view id) { return label_of(kHelps, id); }
const std::vector<std::string>& change_ids() {
    static const std::vector<std::string> ids = ids_of(kChanges);
    return ids;
}
const char* change_label(std::string_view id) { return label_of(kChanges, id); }

// --- comparisons and lookups -------------------------------------------------

bool operator==(const Reference& a, const Reference& b) { return a.title == b.title && a.url == b.url; }
bool operator==(const RecommendedAction& a, const RecommendedAction& b) {
    return a.id == b.id && a.text == b.text && a.cost == b.cost && a.effort == b.effort &&
           a.owner == b.owner;
}
bool operator==(const Item& a, const Item& b) {
    return a.id == b.id && a.prompt == b.prompt && a.how_to_check == b.how_to_check &&
           a.looks_like == b.looks_like && a.why == b.why && a.weight == b.weight &&
           a.essential == b.essential && a.helps == b.helps && a.change == b.change &&
           a.measure == b.measure && a.tally == b.tally && a.actions == b.actions &&
           a.references == b.references && a.same_as == b.same_as &&
           a.title_iii_note == b.title_iii_note && a.title_iii_applies == b.title_iii_applies;
}
bool operator==(const Section& a, const Section& b) {
    return a.id == b.id && a.title == b.title && a.summary == b.summary && a.items == b.items;
}
bool operator==(const RetiredItem& a, const RetiredItem& b) {
    return a.id == b.id && a.moved_to == b.moved_to && a.why == b.why;
}

bool operator==(const Checklist& a, const Checklist& b) {
    return a.format_version == b.format_version && a.id == b.id && a.version == b.version &&
           a.title == b.title && a.summary == b.summary && a.language == b.language &&
           a.sections == b.sections && a.retired == b.retired;
}

const Item* find_item(const Checklist& c, std::string_view item_id) {
    for (const Section& s : c.sections)
        for (const Item& it : s.items)
            if (it.id == item_id) return &it;
    return nullptr;
}

const Section* find_section_of_item(const Checklist& c, std::string_view item_id) {
    for (const Section& s : c.sections)
        for (const Item& it : s.items)
            if (it.id == item_id) return &s;
    return nullptr;
}

std::size_t item_count(const Checklist& c) {
    std::size_t n = 0;
    for (const Section& s : c.sections) n += s.items.size();
    return n;
}

bool is_valid_id(std::string_view id) {
    if (id.size() < 2 || id.size() > 64) return false;
    for (char ch : id)
        if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-')) return false;
    return true;
}

bool is_valid_item_ref(std::string_view ref) {
    const std::size_t slash = ref.find('/');
    return slash != std::string_view::npos && is_valid_id(ref.substr(0, slash)) && is_valid_id(ref.substr(slash + 1));
}

namespace {
// Splits "1.20.3" into numbers; false if not exactly three plain numbers.
bool version_parts(std::string_view v, unsigned long long out[3]) {
    int part = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= v.size(); ++i) {
        if (i == v.size() || v[i] == '.') {
            if (part > 2) return false;
            std::string_view digits = v.substr(start, i - start);
            if (digits.empty() || digits.size() > 9) return false;
            if (digits.size() > 1 && digits[0] == '0') return false;
            unsigned long long n = 0;
            for (char ch : digits) {
                if (ch < '0' || ch > '9') return false;
                n = n * 10 + static_cast<unsigned long long>(ch - '0');
            }
            out[part++] = n;
            start = i + 1;
        }
    }
    return part == 3;
}

} // namespace

bool is_valid_language(std::string_view tag) {
    // A pragmatic BCP 47 shape: a 2-3 letter language, then -subtags.
    std::size_t i = 0, n = 0;
    while (i < tag.size() && ((tag[i] >= 'a' && tag[i] <= 'z') || (tag[i] >= 'A' && tag[i] <= 'Z'))) { ++i; ++n; }
    if (n < 2 || n > 3) return false;
    while (i < tag.size()) {
        if (tag[i] != '-') return false;
        ++i;
        std::size_t len = 0;
        while (i < tag.size() && tag[i] != '-') {
            char ch = tag[i];
            if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))) return false;
            ++i; ++len;
        }
        if (len < 1 || len > 8) return false;
    }
    return true;
}

bool is_valid_version(std::string_view v) {
    unsigned long long p[3];
    return version_parts(v, p);
}

int compare_versions(std::string_view a, std::string_view b) {
    unsigned long long pa[3] = {0, 0, 0}, pb[3] = {0, 0, 0};
    bool va = version_parts(a, pa), vb = version_parts(b, pb);
    if (!va || !vb) return a < b ? -1 : (a == b ? 0 : 1);  // not expected: ids are checked on load
    for (int i = 0; i < 3; ++i)
        if (pa[i] != pb[i]) return pa[i] < pb[i] ? -1 : 1;
    return 0;
}


// --- to JSON -----------------------------------------------------------------

void write_checklist(JsonWriter& w, const Checklist& c) {
    w.begin_object();
    w.field_str("format", kChecklistFormat);
    w.field_int("format_version", c.format_version);
    w.field_str("id", c.id);
    w.field_str("version", c.version);
    w.field_str("title", c.title);
    w.field_str("summary", c.summary);
    w.field_str("language", c.language);
    w.key("sections");
    w.begin_array();
    for (const Section& s : c.sections) {
        w.begin_object();
        w.field_str("id", s.id);
        w.field_str("title", s.title);
        if (!s.summary.empty()) w.field_str("summary", s.summary);
        w.key("items");
        w.begin_array();
        for (const Item& it : s.items) {
            w.begin_object();
            w.field_str("id", it.id);
            w.field_str("prompt", it.prompt);
            w.field_str("how_to_check", it.how_to_check);
            w.field_str("looks_like", it.looks_like);
            w.field_str("why", it.why);
            w.field_int("weight", it.weight);
            w.field_bool("essential", it.essential);
            w.field_strings("helps", it.helps);
            w.field_str("change", it.change);
            if (it.measure) {
                w.key("measure");
                write_measure(w, *it.measure);
            }
            if (it.tally) {
                w.key("tally");
                write_tally_rule(w, *it.tally);
            }
            w.key("actions");
            w.begin_array();
            for (const RecommendedAction& a : it.actions) {
                w.begin_object();
                w.field_str("id", a.id);
                w.field_str("text", a.text);
                w.field_str("cost", cost_id(a.cost));
                w.field_str("effort", effort_id(a.effort));
                w.field_str("owner", a.owner);
                w.end_object();
            }
            w.end_array();
            if (!it.references.empty()) {
                w.key("references");
                w.begin_array();
                for (const Reference& r : it.references) {
                    w.begin_object();
                    w.field_str("title", r.title);
                    if (!r.url.empty()) w.field_str("url", r.url);
                    w.end_object();
                }
                w.end_array();
            }
            if (!it.same_as.empty()) w.field_str("same_as", it.same_as);
            if (!it.title_iii_note.empty()) {
                w.key("title_iii");
                w.begin_object();
                w.field_bool("applies", it.title_iii_applies);
                w.field_str("note", it.title_iii_note);
                w.end_object();
            }
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
    if (!c.retired.empty()) {
        w.key("retired");
        w.begin_array();
        for (const RetiredItem& r : c.retired) {
            w.begin_object();
            w.field_str("id", r.id);
            if (!r.moved_to.empty()) w.field_str("moved_to", r.moved_to);
            if (!r.why.empty()) w.field_str("why", r.why);
            w.end_object();
        }
        w.end_array();
    }
    w.end_object();
}

std::string checklist_to_json_text(const Checklist& c) {
    std::string out;
    JsonWriter w(out);
    write_checklist(w, c);
    out += '\n';
    return out;
}

// --- from JSON ----------------------------------------------------------------

namespace {

constexpr std::size_t kMaxTitle = 300;
constexpr std::size_t kMaxText = 20000;

bool check_id(Fields& f, const char* key, std::string& out, Diagnostics& diag, const char* what) {
    if (!f.text(key, out, kRequired | kNotEmpty, 200)) return false;
    if (!is_valid_id(out)) {
        diag.error(f.path(key), std::string(what) + " " + quote_text(out) +
                                    " is not a valid id: use 2 to 64 lowercase letters, digits "
                                    "and dashes, like \"quiet-space\"");
        return false;
    }
    return true;
}

bool read_action(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, RecommendedAction& a) {
    if (!expect_object(j, place, diag, "each action")) return false;
    std::size_t before = diag.error_count();
    Fields f(j, place, diag, "this action");
    f.reject_unknown({"id", "text", "cost", "effort", "owner"});
    if (check_id(f, "id", a.id, diag, "action id") && a.id == kFindOutActionId) {
        diag.error(f.path("id"), "the action id \"find-out\" is reserved for Welcome Audit's own "
                                 "\"find out\" tasks; choose another id");
    }
    f.text("text", a.text, kRequired | kNotEmpty, kMaxText);
    std::string s;
    if (f.text("cost", s, kRequired | kNotEmpty, 100) && !parse_cost(s, a.cost))
        diag.error(f.path("cost"), "cost must be none, under-100, 100-1000 or over-1000, but it is " +
                                       quote_text(s));
    if (f.text("effort", s, kRequired | kNotEmpty, 100) && !parse_effort(s, a.effort))
        diag.error(f.path("effort"), "effort must be hours, days or weeks, but it is " + quote_text(s));
    f.text("owner", a.owner, kRequired | kNotEmpty, kMaxTitle);
    return diag.error_count() == before;
}

bool read_item(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, Item& it) {
    if (!expect_object(j, place, diag, "each item")) return false;
    std::size_t before = diag.error_count();
    Fields f(j, place, diag, "this item");
    f.reject_unknown({"id", "prompt", "how_to_check", "looks_like", "why", "weight", "essential",
                      "helps", "change", "measure", "tally", "actions", "references", "same_as", "title_iii"});
    check_id(f, "id", it.id, diag, "item id");
    f.text("prompt", it.prompt, kRequired | kNotEmpty, kMaxText);
    f.text("how_to_check", it.how_to_check, kRequired | kNotEmpty, kMaxText);
    f.text("looks_like", it.looks_like, kRequired | kNotEmpty, kMaxText);
    f.text("why", it.why, kRequired | kNotEmpty, kMaxText);
    if (f.integer("weight", it.weight, kRequired) && f.find("weight") &&
        (it.weight < 1 || it.weight > 3))
        diag.error(f.path("weight"), "weight must be 1, 2 or 3, but it is " + std::to_string(it.weight));
    f.boolean("essential", it.essential, kRequired);

    // Paths are spelled out only for a message (JsonPlace): they would cost
    // more than the checks themselves, 10,000 items times over.
    if (const JsonNode* helps = f.array("helps", kRequired | kNotEmpty)) {
        for (std::size_t i = 0; i < helps->size(); ++i) {
            const JsonNode& h = (*helps)[i];
            if (!h.is_string()) {
                diag.error(json_path(f.path("helps"), i), "each \"helps\" entry must be text, but this is " + describe_value(h));
                continue;
            }
            std::string hs(h.text());
            if (!*helps_label(hs)) {
                diag.error(json_path(f.path("helps"), i), "\"helps\" must be one of " + join_ids(helps_ids()) +
                                                              ", but it is " + quote_text(hs));
                continue;
            }
            bool dup = false;
            for (const std::string& prev : it.helps) dup = dup || prev == hs;
            if (dup) diag.error(json_path(f.path("helps"), i), quote_text(hs) + " is listed twice in \"helps\"");
            else it.helps.push_back(std::move(hs));
        }
    }
    if (f.text("change", it.change, kRequired | kNotEmpty, 100) && !*change_label(it.change))
        diag.error(f.path("change"), "change must be one of " + join_ids(change_ids()) +
                                         ", but it is " + quote_text(it.change));

    if (const JsonNode* m = f.object("measure", kOptional)) {
        Measure measure;
        if (read_measure(*m, JsonPlace(f.place(), "measure"), diag, measure)) it.measure = std::move(measure);
    }
    if (const JsonNode* t = f.object("tally", kOptional)) {
        TallyRule tally;
        if (read_tally_rule(*t, JsonPlace(f.place(), "tally"), diag, tally)) it.tally = std::move(tally);
    }
    if (f.find("measure") && f.find("tally"))
        diag.error(f.base_path(), "an item has a \"measure\" or a \"tally\", not both: one figure decides its answer");

    if (const JsonNode* actions = f.array("actions", kRequired | kNotEmpty)) {
        const JsonPlace list(f.place(), "actions");
        it.actions.reserve(actions->size());
        for (std::size_t i = 0; i < actions->size(); ++i) {
            const JsonPlace ap(list, i);
            RecommendedAction a;
            if (!read_action((*actions)[i], ap, diag, a)) continue;
            // An item has a handful of actions: a scan beats a map.
            bool dup = false;
            for (const RecommendedAction& kept : it.actions) dup = dup || kept.id == a.id;
            if (dup) {
                std::size_t first = 0;  // the entry that used the id first
                for (; first < i; ++first) {
                    const JsonNode* id = (*actions)[first].find("id");
                    if (id && id->is_string() && id->text() == a.id) break;
                }
                const std::string at = ap.str();
                diag.error(json_path(at, "id"), "action id " + quote_text(a.id) + " is used twice in this item: at " +
                                                    JsonPlace(list, first).str() + " and at " + at);
                continue;
            }
            it.actions.push_back(std::move(a));
        }
    }
    if (const JsonNode* refs = f.array("references", kOptional)) {
        const JsonPlace list(f.place(), "references");
        for (std::size_t i = 0; i < refs->size(); ++i) {
            const JsonPlace rp(list, i);
            if (!expect_object((*refs)[i], rp, diag, "each reference")) continue;
            Fields rf((*refs)[i], rp, diag, "this reference");
            rf.reject_unknown({"title", "url"});
            Reference r;
            rf.text("title", r.title, kRequired | kNotEmpty, kMaxText);
            if (rf.text("url", r.url, kNotEmpty, kMaxUrlBytes) && !r.url.empty()) {
                const std::string why = http_url_problem(r.url);
                if (!why.empty())
                    diag.error(rf.path("url"), "url must be a web address starting with https:// (or http://), "
                                               "but " + why + ": " + quote_text(r.url));
            }
            it.references.push_back(std::move(r));
        }
    }
    if (f.text("same_as", it.same_as, kNotEmpty, 130) && !it.same_as.empty() && !is_valid_item_ref(it.same_as))
        diag.error(f.path("same_as"), "same_as must name the question's home in another checklist as "
                                      "checklist-id/item-id, like welcome-behaviors/wb-greet, but it is " +
                                          quote_text(it.same_as));
    if (const JsonNode* t3 = f.object("title_iii", kOptional)) {
        Fields tf(*t3, JsonPlace(f.place(), "title_iii"), diag, "this item's title_iii");
        tf.reject_unknown({"applies", "note"});
        tf.boolean("applies", it.title_iii_applies, kRequired);
        tf.text("note", it.title_iii_note, kRequired | kNotEmpty, kMaxText);
    }
    return diag.error_count() == before;
}

} // namespace

bool read_checklist(const JsonNode& j, const JsonPlace& place, Diagnostics& diag, Checklist& out) {
    // Spelled out once: messages about sections and items name their places,
    // and a checklist is read once per file, never 100,000 times.
    const std::string path = place.str();
    std::size_t before = diag.error_count();
    if (!expect_object(j, path, diag, path.empty() ? "a checklist file" : "each checklist"))
        return false;
    Fields f(j, path, diag, "this checklist");

    // The format comes first: a newer format must be refused before its
    // unknown fields produce a screenful of confusing messages.
    std::string format;
    if (f.text("format", format, kRequired | kNotEmpty, 100) && format != kChecklistFormat) {
        diag.error(f.path("format"), "\"format\" must be \"" + std::string(kChecklistFormat) +
                                         "\", but it is " + quote_text(format) +
                                         "; this is not a Welcome Audit checklist");
        return false;
    }
    int fv = 0;
    if (!f.integer("format_version", fv, kRequired)) return false;
    if (fv > kChecklistFormatVersion) {
        diag.error(f.path("format_version"), newer_format_message(fv, kChecklistFormatVersion, "checklist"));
        return false;
    }
    if (fv < 1) {
        diag.error(f.path("format_version"), "format_version must be 1, but it is " + std::to_string(fv));
        return false;
    }
    out.format_version = fv;

    f.reject_unknown({"format", "format_version", "id", "version", "title", "summary", "language", "sections", "retired"});
    check_id(f, "id", out.id, diag, "checklist id");
    if (f.text("version", out.version, kRequired | kNotEmpty, 40) && !is_valid_version(out.version))
        diag.error(f.path("version"), "version must look like 1.0.0 (MAJOR.MINOR.PATCH), but it is " +
                                          quote_text(out.version));
    f.text("title", out.title, kRequired | kNotEmpty, kMaxTitle);
    f.text("summary", out.summary, kRequired | kNotEmpty, kMaxText);
    if (f.text("language", out.language, kRequired | kNotEmpty, 40) && !is_valid_language(out.language))
        diag.error(f.path("language"), "language must be a language tag like \"en\" or \"fr-CA\", but it is " +
                                           quote_text(out.language));

    if (const JsonNode* sections = f.array("sections", kRequired | kNotEmpty)) {
        const std::string sections_path = f.path("sections");
        out.sections.reserve(sections->size());
        std::map<std::string, std::string> section_ids;  // id -> path where first seen
        // Item id -> where it was first seen (section, entry). Keyed by views
        // into the JSON text, which outlives this call: no copy per item.
        std::unordered_map<std::string_view, std::pair<std::size_t, std::size_t>> item_ids;
        for (std::size_t si = 0; si < sections->size(); ++si) {
            const JsonNode& js = (*sections)[si];
            std::string sp = json_path(sections_path, si);
            if (!expect_object(js, sp, diag, "each section")) continue;
            Fields sf(js, sp, diag, "this section");
            sf.reject_unknown({"id", "title", "summary", "items"});
            Section s;
            if (check_id(sf, "id", s.id, diag, "section id")) {
                auto ins = section_ids.emplace(s.id, sp);
                if (!ins.second)
                    diag.error(sf.path("id"), "section id " + quote_text(s.id) + " is used twice: at " +
                                                  ins.first->second + " and at " + sp);
            }
            sf.text("title", s.title, kRequired | kNotEmpty, kMaxTitle);
            sf.text("summary", s.summary, kNotEmpty, kMaxText);
            if (const JsonNode* items = sf.array("items", kRequired | kNotEmpty)) {
                const JsonPlace list(sf.place(), "items");
                s.items.reserve(items->size());
                for (std::size_t ii = 0; ii < items->size(); ++ii) {
                    const JsonPlace ip(list, ii);
                    // Read in place: an Item is big, and moving 10,000 of them adds up.
                    Item& it = s.items.emplace_back();
                    bool good = read_item((*items)[ii], ip, diag, it);
                    const JsonNode* id = (*items)[ii].find("id");
                    if (!it.id.empty() && is_valid_id(it.id) && id && id->is_string()) {
                        auto ins = item_ids.emplace(id->text(), std::make_pair(si, ii));
                        if (!ins.second) {
                            std::string first = json_path(
                                json_path(json_path(sections_path, ins.first->second.first), "items"),
                                ins.first->second.second);
                            const std::string at = ip.str();
                            diag.error(json_path(at, "id"),
                                       "item id " + quote_text(it.id) + " is used twice: at " + first +
                                           " and at " + at + "; item ids must be unique in the whole checklist");
                            good = false;
                        }
                    }
                    if (!good) s.items.pop_back();
                }
            }
            out.sections.push_back(std::move(s));
        }
    }
    // same_as points to another checklist: a question's home is never in the same file.
    const std::string own_prefix = out.id + "/";
    for (std::size_t si = 0; si < out.sections.size(); ++si)
        for (const Item& it : out.sections[si].items)
            if (!it.same_as.empty() && it.same_as.compare(0, own_prefix.size(), own_prefix) == 0)
                diag.error(f.path("sections"), "item " + quote_text(it.id) + " says it is the same question as " +
                                                   quote_text(it.same_as) + " in this same checklist; same_as "
                                                   "points to another checklist (ask a question once per checklist)");
    if (const JsonNode* retired = f.array("retired", kOptional)) {
        const std::string rp = f.path("retired");
        for (std::size_t ri = 0; ri < retired->size(); ++ri) {
            const std::string ep = json_path(rp, ri);
            if (!expect_object((*retired)[ri], ep, diag, "each retired item")) continue;
            Fields rf((*retired)[ri], ep, diag, "this retired item");
            rf.reject_unknown({"id", "moved_to", "why"});
            RetiredItem r;
            if (check_id(rf, "id", r.id, diag, "retired item id") && find_item(out, r.id))
                diag.error(rf.path("id"), "item " + quote_text(r.id) + " is listed as retired but is still in the "
                                          "checklist; a retired id is never used again");
            if (rf.text("moved_to", r.moved_to, kOptional, 130) && !r.moved_to.empty()) {
                const std::size_t slash = r.moved_to.find('/');
                if (!is_valid_item_ref(r.moved_to))
                    diag.error(rf.path("moved_to"), "moved_to must name the question's new home as checklist-id/item-id, "
                                                    "like welcome-behaviors/wb-greet, but it is " + quote_text(r.moved_to));
                else if (r.moved_to.substr(0, slash) == out.id && !find_item(out, r.moved_to.substr(slash + 1)))
                    diag.error(rf.path("moved_to"), "moved_to names item " + quote_text(r.moved_to.substr(slash + 1)) +
                                                    ", which is not in this checklist");
            }
            rf.text("why", r.why, kOptional, kMaxText);
            out.retired.push_back(std::move(r));
        }
    }
    return diag.error_count() == before;
}

Loaded<Checklist> load_checklist(std::string_view text, std::string_view file_name) {
    Loaded<Checklist> result;
    Loaded<JsonDoc> doc = read_json(text, file_name);
    if (!doc.ok()) {
        result.problems = std::move(doc.problems);
        return result;
    }
    Diagnostics diag(file_name);
    Checklist c;
    if (read_checklist(doc.value->root(), JsonPlace(), diag, c) && !diag.has_errors()) result.value = std::move(c);
    result.problems = diag.take();
    return result;
}

} // namespace wa
