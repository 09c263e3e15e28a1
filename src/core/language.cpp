#include "core/language.h"

#include <cctype>
#include <cstdio>
#include <cstring>

#include "core/checklist.h"  // is_valid_language
#include "core/json_reader.h"

namespace wa {

std::vector<std::string> printf_conversions(std::string_view f) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < f.size(); ++i) {
        if (f[i] != '%') continue;
        const std::size_t start = i++;
        // flags, width, precision, length, then the conversion letter
        while (i < f.size() && std::strchr("-+ #0123456789.*hlLzjt", f[i]) && f[i] != '\0') ++i;
        if (i >= f.size()) {
            out.emplace_back(f.substr(start));  // a lone '%' at the end: kept, so it must match too
            break;
        }
        out.emplace_back(f.substr(start, i - start + 1));
    }
    return out;
}

bool same_conversions(std::string_view english, std::string_view translation) {
    return printf_conversions(english) == printf_conversions(translation);
}

std::string language_key(std::string_view english) {
    std::uint32_t h = 2166136261u;
    for (unsigned char c : english) {
        h ^= c;
        h *= 16777619u;
    }
    char buf[12];
    std::snprintf(buf, sizeof buf, "#%08x", static_cast<unsigned>(h));
    return buf;
}

std::string primary_language(std::string_view tag) {
    std::string out;
    for (char c : tag) {
        if (c == '-' || c == '_') break;
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

Loaded<LanguageCatalog> load_language(std::string_view text, std::string_view file_name) {
    Loaded<LanguageCatalog> result;
    Loaded<JsonDoc> doc = read_json(text, file_name);
    if (!doc.ok()) {
        result.problems = std::move(doc.problems);
        return result;
    }
    // One message for a file of the wrong shape: whoever writes one reads docs/languages.md.
    const JsonNode& root = doc.value->root();
    const JsonNode* format = root.find("format");
    const JsonNode* version = root.find("format_version");
    const JsonNode* lang = root.find("language");
    const JsonNode* name = root.find("name");
    const JsonNode* strings = root.find("strings");
    const JsonNode* list = root.find("list");
    long long v = 0;
    const bool list_form = list && list->is_array() && root.find("order");
    if (!format || format->text() != "welcome-audit/language" || !version || !version->as_integer(v) || v != 1 ||
        !lang || !is_valid_language(lang->text()) || !name || name->text().empty() || name->text().size() > 80 ||
        (!list_form && (!strings || !strings->is_object()))) {
        result.problems.push_back({std::string(file_name),
                                   "this is not a language file this version of Welcome Audit reads: it needs "
                                   "\"format\": \"welcome-audit/language\", \"format_version\": 1, \"language\" "
                                   "(like \"es\"), \"name\" (the language's name in itself) and \"strings\"",
                                   Severity::Error});
        return result;
    }
    LanguageCatalog c;
    c.code = std::string(lang->text());
    c.name = std::string(name->text());
    if (list_form) {
        c.order = std::string(root.find("order")->text());
        c.compact = true;
        c.list.reserve(list->size());
        for (const JsonNode& s : *list) c.list.emplace_back(s.text());  // "" (not a text): English is used
    } else {
        // A translation that is not a text is left out: that text stays English, counted as missing.
        for (const JsonNode& s : *strings)
            if (!s.text().empty()) c.strings.emplace(std::string(s.key()), std::string(s.text()));
    }
    if (const JsonNode* lists = root.find("checklists")) read_checklist_texts(*lists, c.checklists);
    result.value = std::move(c);
    return result;
}

void read_checklist_texts(const JsonNode& checklists, std::map<std::string, LanguageCatalog::ChecklistText>& out) {
    if (!checklists.is_object()) return;
    for (const JsonNode& l : checklists)
        if (l.is_object() && l.find("title") && !l.find("title")->text().empty())
            out[std::string(l.key())] = {std::string(l.find("title")->text()),
                                         l.find("summary") ? std::string(l.find("summary")->text()) : std::string()};
}

std::string text_order_key(const std::vector<std::string>& english) {
    std::string all;
    for (const std::string& e : english) {
        if (!all.empty()) all += '\n';
        all += e;
    }
    return language_key(all);
}

bool LanguageCatalog::resolve_list(const std::vector<std::string>& english) {
    if (list.empty() && order.empty()) return true;
    if (order != text_order_key(english) || list.size() != english.size()) return false;
    for (std::size_t i = 0; i < english.size(); ++i)
        if (!list[i].empty()) strings.emplace(english[i], std::move(list[i]));
    list.clear();
    order.clear();
    return true;
}

const char* Translator::operator()(const char* english) {
    if (!english) return english;
    if (seen_ && seen_set_.emplace(english).second) seen_->emplace_back(english);
    if (!catalog_) return english;
    ++looked_up_;
    const std::string_view en(english);
    auto it = catalog_->strings.find(std::string(en));
    if (it == catalog_->strings.end()) it = catalog_->strings.find(language_key(en));
    if (it == catalog_->strings.end()) {
        ++missing_;
        return english;
    }
    if (!same_conversions(en, it->second)) {
        refused_.push_back("\"" + std::string(en) + "\" -> \"" + it->second + "\"");
        return english;
    }
    return it->second.c_str();
}

}  // namespace wa
