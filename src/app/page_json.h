// The app's small JSON documents from and to the page (the store's events and
// boot information, settings, the consortium's config, the checklist catalog,
// the mirror's widget list), read and written with the core's own JSON reader
// and writer: one way, and no second JSON library in the page's download.
//
// Reading: a field of the wanted type, or empty/0/the fallback when it is
// missing or of another type. The page wrote them; a wrong type is a bug
// there, and the app carries on with the empty value.
#pragma once
#include <string>
#include <string_view>

#include "core/json_dom.h"
#include "core/json_reader.h"
#include "core/json_writer.h"

namespace wa {

// A page document, parsed; its root is null when the text is not JSON. The
// text must outlive it (the tree refers to it). The store's boot information
// holds a whole audit as one string, so no string limit short of the page's.
struct PageDoc {
    explicit PageDoc(std::string_view text) {
        ReadLimits limits;
        limits.max_bytes = limits.max_string_bytes = 512u * 1024u * 1024u;
        doc = read_json(text, "page", limits);
    }
    const JsonNode& root() const { return doc.ok() ? doc.value->root() : null_; }
    Loaded<JsonDoc> doc;
    JsonNode null_;
};

inline std::string string_field(const JsonNode& j, std::string_view key) {
    const JsonNode* v = j.find(key);
    return v && v->is_string() ? std::string(v->text()) : std::string();
}

inline int int_field(const JsonNode& j, std::string_view key) {
    const JsonNode* v = j.find(key);
    long long n = 0;
    return v && v->as_integer(n) && n > -2147483648LL && n < 2147483648LL ? static_cast<int>(n) : 0;
}

inline double number_field(const JsonNode& j, std::string_view key, double fallback) {
    const JsonNode* v = j.find(key);
    return v && v->is_number() ? v->as_double() : fallback;
}

inline bool bool_field(const JsonNode& j, std::string_view key, bool fallback) {
    const JsonNode* v = j.find(key);
    return v && v->is_boolean() ? v->as_bool() : fallback;
}

}  // namespace wa
