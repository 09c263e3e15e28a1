#include "app/language.h"

#include <memory>

#include "app/embedded.h"
#include "core/say.h"
#include "app/page_json.h"
#include "app/strings.h"
#include "core/field_rules.h"
#include "core/language.h"
#include "core/report_words.h"

namespace wa {
namespace {

// The languages this build ships a catalog for (web/lang/*.json, copied
// beside the page), named as their speakers name them.
struct Shipped {
    const char* code;
    const char* name;
};
constexpr Shipped kShipped[] = {{"es", "Espa\xC3\xB1ol"}};

// Names in themselves for languages a consortium may add, shown before their
// file is read (the file's own "name" is used once it is). Only names the UI
// font draws (font_ranges.inc): another script's name shows as its code.
constexpr Shipped kKnownNames[] = {
    {"fr", "Fran\xC3\xA7" "ais"}, {"ht", "Krey\xC3\xB2l ayisyen"}, {"tl", "Tagalog"}, {"pt", "Portugu\xC3\xAAs"},
    {"pl", "Polski"}, {"de", "Deutsch"}, {"it", "Italiano"}, {"so", "Soomaali"},
};

std::string g_code = "en";
std::string g_name = "English";
// Every catalog applied stays alive: a text the app holds a pointer to (a
// label kept for a frame) never points into freed memory. A person switches
// a handful of times at most.
std::vector<std::unique_ptr<LanguageCatalog>> g_catalogs;

// The exports' words by language (export_words), their catalog kept alive in
// g_catalogs; a failed fetch is remembered so the Export screen says so. Plain
// arrays, not maps: a person has a language or two, and each map type costs
// the first load bytes.
struct ReportPart {
    std::string code;
    const LanguageCatalog* catalog = nullptr;  // in g_catalogs
    ExportWords words;
};
constexpr int kReportParts = 4;
ReportPart g_reports[kReportParts];
int g_report_count = 0;
std::vector<std::string> g_reports_failed;

const ReportPart* report_part(const std::string& code) {
    for (int i = 0; i < g_report_count; ++i)
        if (g_reports[i].code == code) return &g_reports[i];
    return nullptr;
}

// The audit part's texts on screen (ResultsText, LawText, the figures' words)
// in the language shown now once they are here; English until then.
void use_report_words_on_screen() {
    const ReportPart* part = report_part(g_code);
    Translator t(part ? part->catalog : nullptr);
    translate_audit_strings(t);
    set_words(part ? &part->words.words : nullptr);
    set_report_words(part ? &part->words.report : nullptr);
}

void apply_english() {
    Translator none(nullptr);
    translate_strings(none);
    translate_audit_strings(none);
    set_words(nullptr);
    set_report_words(nullptr);
    set_dates_day_first(false);
    g_code = "en";
    g_name = "English";
}

// The shipped language's file for a part: "lang/es.json" -> "lang/es.reports.json".
std::string shipped_file(const std::string& code, const char* tail) {
    for (const Shipped& s : kShipped)
        if (code == s.code) return std::string("lang/") + s.code + tail;
    return "";
}

// "lang/vi.json" -> "vi"
std::string code_of_file(const std::string& file) {
    std::string name = file.substr(file.find_last_of('/') + 1);
    if (name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0) name.resize(name.size() - 5);
    return name;
}

}  // namespace

std::vector<LanguageOption> language_options(const std::vector<std::string>& config_files) {
    std::vector<LanguageOption> out{{"en", "English", ""}};
    for (const Shipped& s : kShipped) out.push_back({s.code, s.name, std::string("lang/") + s.code + ".json"});
    for (const std::string& f : config_files) {
        const std::string code = code_of_file(f);
        if (code.empty() || find_language(out, code)) continue;  // a shipped one: ours is used
        std::string name = code;
        for (const Shipped& k : kKnownNames)
            if (primary_language(code) == k.code) name = k.name;
        for (const auto& c : g_catalogs)
            if (c->code == code) name = c->name;
        out.push_back({code, name, f});
    }
    return out;
}

const LanguageOption* find_language(const std::vector<LanguageOption>& options, std::string_view tag) {
    for (const LanguageOption& o : options)
        if (o.code == tag) return &o;
    const std::string primary = primary_language(tag);
    for (const LanguageOption& o : options)
        if (o.code == primary) return &o;
    return nullptr;
}

std::vector<std::string> apply_language(const std::string& code, const std::string& file, std::string_view text) {
    std::vector<std::string> problems;
    if (code.empty() || primary_language(code) == "en") {
        apply_english();
        return problems;
    }
    Loaded<LanguageCatalog> loaded = load_language(text, file);
    if (!loaded.ok()) {
        apply_english();
        problems.push_back(say(tr_language().unreadable, file.c_str()));
        for (const Problem& p : loaded.problems) problems.push_back(to_string(p));
        return problems;
    }
    // The compact form (the build's copy beside the page) is keyed by the order of
    // this build's English texts; a copy made for another version is not used.
    std::vector<std::string> english;
    Translator record(nullptr, &english);
    translate_strings(record);
    if (!loaded.value->resolve_list(english)) {
        apply_english();
        problems.push_back(say(tr_language().unreadable, file.c_str()));
        problems.push_back(file + ": it was made for another version of Welcome Audit.");
        return problems;
    }
    g_catalogs.push_back(std::make_unique<LanguageCatalog>(std::move(*loaded.value)));
    const LanguageCatalog& c = *g_catalogs.back();
    Translator t(&c);
    translate_strings(t);
    g_code = c.code;
    g_name = c.name;
    set_dates_day_first(primary_language(c.code) == "es");  // "15/5/2026", as the hints say
    if (!c.compact) {
        // A keyed file holds the audit part's texts too: counted with the rest.
        translate_audit_strings(t);
        export_words(c.code);
    }
    use_report_words_on_screen();
    // Said in the language now applied (its own words for these, when it has them).
    const LanguageText& lt = tr_language();
    if (t.missing() > 0)
        problems.push_back(say(lt.missing, c.name.c_str(), static_cast<int>(t.missing()), static_cast<int>(t.looked_up())));
    if (!t.refused().empty()) {
        problems.push_back(say(lt.refused, c.name.c_str(), static_cast<int>(t.refused().size())));
        for (const std::string& r : t.refused()) problems.push_back(r);
    }
    return problems;
}

ChecklistTitle translated_checklist(const std::string& id) {
    if (g_code == "en" || g_catalogs.empty()) return {nullptr, nullptr};
    const auto& lists = g_catalogs.back()->checklists;
    const auto it = lists.find(id);
    if (it == lists.end()) return {nullptr, nullptr};
    return {&it->second.title, &it->second.summary};
}

std::string checklist_texts_file() {
    if (g_code == "en" || g_catalogs.empty() || !g_catalogs.back()->checklists.empty()) return "";
    return shipped_file(g_code, ".checklists.json");
}

void add_checklist_texts(std::string_view text) {
    if (g_catalogs.empty()) return;
    const PageDoc doc(text);
    if (const JsonNode* lists = doc.root().find("checklists")) read_checklist_texts(*lists, g_catalogs.back()->checklists);
}

LanguagePart language_part(const std::string& file) {
    auto ends = [&](const char* tail) {
        const std::string t(tail);
        return file.size() > t.size() && file.compare(file.size() - t.size(), t.size(), t) == 0;
    };
    if (ends(".checklists.json")) return LanguagePart::Checklists;
    if (ends(".reports.json")) return LanguagePart::Reports;
    return LanguagePart::Texts;
}

namespace {
// The export words of `catalog` (keyed or resolved), kept under `code` (the oldest replaced when all are taken).
const ExportWords* keep_report_words(const std::string& code, const LanguageCatalog& catalog) {
    Translator t(&catalog);
    ReportPart& part = g_reports[g_report_count < kReportParts ? g_report_count++ : kReportParts - 1];
    part.code = code;
    part.catalog = &catalog;
    part.words = translated_export_words(t);
    if (code == g_code) use_report_words_on_screen();
    return &part.words;
}

// Keeps a catalog read for its reports' words alive, as every catalog applied is.
const LanguageCatalog* kept(Loaded<LanguageCatalog>& loaded) {
    g_catalogs.push_back(std::make_unique<LanguageCatalog>(std::move(*loaded.value)));
    return g_catalogs.back().get();
}
}  // namespace

const ExportWords* export_words(const std::string& code) {
    if (code.empty() || primary_language(code) == "en") return nullptr;
    if (const ReportPart* part = report_part(code)) return &part->words;
    // A keyed catalog has every text: the one shown now (a consortium's file) ...
    for (const auto& c : g_catalogs)
        if (c->code == code && !c->compact) return keep_report_words(code, *c);
    // ... or the shipped one inside the offline file (and the native tests).
    const std::string_view inside = embedded_language(shipped_file(code, ".json"));
    if (inside.empty()) return nullptr;
    Loaded<LanguageCatalog> loaded = load_language(inside, "lang/" + code + ".json");
    if (!loaded.ok() || loaded.value->compact) return nullptr;
    return keep_report_words(code, *kept(loaded));
}

std::string report_words_file(const std::string& code) {
    if (export_words(code) || report_words_failed(code)) return "";
    return shipped_file(code, ".reports.json");
}

void report_words_arrived(const std::string& code, std::string_view text, bool ok) {
    if (report_part(code)) return;
    Loaded<LanguageCatalog> loaded = ok ? load_language(text, "lang/" + code + ".reports.json") : Loaded<LanguageCatalog>{};
    // The compact list is in the order of the audit part's English texts (scripts/lang_compact.py --reports).
    if (!loaded.ok() || !loaded.value->resolve_list(audit_part_texts())) {
        g_reports_failed.push_back(code);
        return;
    }
    keep_report_words(code, *kept(loaded));
}

bool report_words_failed(const std::string& code) {
    for (const std::string& c : g_reports_failed)
        if (c == code) return true;
    return false;
}

const std::string& current_language() { return g_code; }
const std::string& current_language_name() { return g_name; }

std::string_view embedded_language(const std::string& file) {
    const EmbeddedFile* f = find_embedded(file.c_str());
    return f ? std::string_view(reinterpret_cast<const char*>(f->data), f->size) : std::string_view();
}

}  // namespace wa
