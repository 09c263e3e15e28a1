// language.h: a language for the words people read, as a catalog file
// (web/lang/es.json; docs/languages.md): the English text compiled in is the
// key, the translation its value, gettext-style, so no key names are kept in
// step with the code. English is always the fallback.
//
// A translation is used only when it has the same printf conversions (%s, %d,
// %zu, %%) in the same order as its English text: a format with one %s fewer
// would read a pointer that was never passed. One that does not is refused
// (English is used) and listed, so a consortium's file can never crash the
// page or print garbage.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <map>
#include <set>
#include <vector>

#include "core/problems.h"

namespace wa {

class JsonNode;

struct LanguageCatalog {
    std::string code;  // "es", "vi", "fr-CA"
    std::string name;  // in the language itself: "Español"
    // English text, or its short key (language_key), to the translation.
    std::map<std::string, std::string> strings;
    // The compact form the build writes beside the page (scripts/lang_compact.py):
    // translations in the order of the app's English texts, valid only for the
    // texts whose fingerprint (text_order_key) is `order`. resolve_list() turns
    // it into `strings`.
    std::vector<std::string> list;
    std::string order;
    bool compact = false;  // read in the compact form: it holds only the texts its order lists
    // The shipped checklists translated into this language, by id: their title
    // and summary, for the Checklists screen before a file is read (the build
    // adds them from checklists/<code>/, scripts/lang_compact.py).
    struct ChecklistText {
        std::string title, summary;
    };
    std::map<std::string, ChecklistText> checklists;
    // Keys `list` by `english` (the app's texts, in order, each once) when its
    // fingerprint matches; false (and nothing changed) when it does not.
    bool resolve_list(const std::vector<std::string>& english);
};

// The "checklists" member of a language file ({"<id>": {"title", "summary"}}):
// in the language's catalog (the offline file's copy) or in a file of its own
// beside the page (lang/<code>.checklists.json), fetched when the Checklists
// screen first opens. Entries without a title are left out.
void read_checklist_texts(const JsonNode& checklists, std::map<std::string, LanguageCatalog::ChecklistText>& out);

// The fingerprint of a list of English texts: language_key of them joined by "\n".
std::string text_order_key(const std::vector<std::string>& english);

// Reads a catalog file: {"format": "welcome-audit/language", "format_version": 1,
// "language": "es", "name": "Español", "strings": {"English": "Traducción", ...}}.
Loaded<LanguageCatalog> load_language(std::string_view text, std::string_view file_name);

// The printf conversions of a format, in order ("%s", "%d", "%zu", "%%", "%.1f").
std::vector<std::string> printf_conversions(std::string_view format);
bool same_conversions(std::string_view english, std::string_view translation);

// The short key a compacted catalog may use instead of the English text:
// "#" and 8 hex digits of FNV-1a (scripts/make_pages.py writes the same).
std::string language_key(std::string_view english);

// Looks English texts up in a catalog, counting what is missing and listing
// what was refused. The texts returned live as long as the catalog.
class Translator {
public:
    explicit Translator(const LanguageCatalog* catalog) : catalog_(catalog) {}
    // Also lists each English text looked up, once, in the order first seen
    // (what LanguageCatalog::resolve_list needs).
    Translator(const LanguageCatalog* catalog, std::vector<std::string>* seen) : catalog_(catalog), seen_(seen) {}
    // The translation of `english`, or `english` itself (missing, refused, no catalog).
    const char* operator()(const char* english);
    std::size_t looked_up() const { return looked_up_; }
    std::size_t missing() const { return missing_; }
    // "%d items" -> "%s puntos": one line each.
    const std::vector<std::string>& refused() const { return refused_; }

private:
    const LanguageCatalog* catalog_;
    std::vector<std::string>* seen_ = nullptr;
    std::set<std::string> seen_set_;
    std::size_t looked_up_ = 0, missing_ = 0;
    std::vector<std::string> refused_;
};

// The primary subtag, lowercased: "es-MX" -> "es".
std::string primary_language(std::string_view tag);

}  // namespace wa
