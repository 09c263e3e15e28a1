// The language the app speaks (issue 25; docs/languages.md). English is
// compiled in; another language is a catalog file beside the page
// (lang/es.json, or a consortium's, named in config.json "languages"), which
// the hosted page fetches only when that language is wanted and the offline
// file carries inside. Applying one swaps every text of strings.h at once,
// between frames.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace wa {

// A language on offer on Start: named in itself ("Español"), and where its
// catalog is ("" for English, compiled in).
struct LanguageOption {
    std::string code, name, file;
};

// English, then the shipped catalogs (web/lang/), then the consortium's files
// (config.json "languages": ["lang/vi.json"]; the code is the file's name).
std::vector<LanguageOption> language_options(const std::vector<std::string>& config_files);

// The option for a language tag ("es-MX" finds "es"); nullptr when none.
const LanguageOption* find_language(const std::vector<LanguageOption>& options, std::string_view tag);

// Applies a catalog's text (English when `code` is "en" or empty). Returns the
// lines for Start's list of problems (a file that could not be read, texts
// missing, translations refused for their placeholders); empty when all is
// well. On a file that cannot be read, English is applied.
std::vector<std::string> apply_language(const std::string& code, const std::string& file, std::string_view text);

// The language applied now: "en", "es", ... and its name in itself.
const std::string& current_language();
const std::string& current_language_name();

// The title and summary of a shipped checklist in the language applied now
// (nullptr in English, or when that checklist has no translation).
struct ChecklistTitle {
    const std::string* title;
    const std::string* summary;
};
ChecklistTitle translated_checklist(const std::string& id);
// The file of the shipped checklists' titles in the language shown now
// (lang/<code>.checklists.json beside the page), when the Checklists screen
// needs it and does not have it yet; "" otherwise (English, a consortium's
// language, or the offline file, whose catalog carries them).
std::string checklist_texts_file();
// That file's text arrived: its titles join the language shown now.
void add_checklist_texts(std::string_view text);

// The parts of a shipped language beside the page: its UI texts (lang/es.json,
// with the first screen), its checklists' titles (lang/es.checklists.json, with
// the Checklists screen) and its reports' words (lang/es.reports.json, once an
// audit is open: docs/languages.md). The page hands a part back by its file.
enum class LanguagePart { Texts, Checklists, Reports };
LanguagePart language_part(const std::string& file);

// The exports' words in a language (core/report_words.h ExportWords), or
// nullptr: English, or not here yet. A keyed catalog (a consortium's file,
// the offline file's copy) has them inside; a shipped language's hosted copy
// has them in its reports part.
struct ExportWords;
const ExportWords* export_words(const std::string& code);
// The reports part to fetch for `code`, when it is needed and not here yet; "" otherwise.
std::string report_words_file(const std::string& code);
// The reports part arrived (ok false: it could not be fetched or read). When
// it is the language shown now, the screen's figures speak it too.
void report_words_arrived(const std::string& code, std::string_view text, bool ok);
// True when the reports part of `code` could not be had: its reports are in English.
bool report_words_failed(const std::string& code);

// A catalog compiled into this build (the offline file, the native tests):
// "lang/es.json" -> its text; "" when it is not inside.
std::string_view embedded_language(const std::string& file);

}  // namespace wa
