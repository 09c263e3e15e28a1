// json_fields.h: checking one JSON object, field by field (internal).
//
// Nothing is read without checking its type first. Each check reports
// a problem in words ("weight must be a whole number, but it is the text
// "3"") and the exact JSON path.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>


#include "core/json_dom.h"
#include "core/problems.h"

namespace wa {

// "the text "abc"", "the number 2.5", "true", "a list", "an object", "null".
std::string describe_value(const JsonNode& v);

// Edit distance, for "did you mean ...?" on unknown field names.
std::size_t edit_distance(const std::string& a, const std::string& b);

class Fields {
public:
    // `what` names the object in messages: "this item", "this action".
    Fields(const JsonNode& obj, std::string path, Diagnostics& diag, std::string what);

    // False (and a problem reported) when the value is not a JSON object.
    bool is_object() const { return obj_.is_object(); }

    const JsonNode* find(const char* key) const;
    std::string path(const char* key) const { return json_path(path_, key); }
    const std::string& base_path() const { return path_; }

    // A string. `required`: missing is an error. `non_empty`: "" is an error.
    bool text(const char* key, std::string& out, bool required, bool non_empty,
              std::size_t max_bytes);
    bool integer(const char* key, int& out, bool required);
    bool boolean(const char* key, bool& out, bool required);
    // The value if it is an array (a problem otherwise); nullptr if missing.
    const JsonNode* array(const char* key, bool required, bool non_empty);
    const JsonNode* object(const char* key, bool required);

    // Reports every field not in `known`, suggesting the closest known one.
    void reject_unknown(std::initializer_list<const char*> known);

private:
    const JsonNode& obj_;
    std::string path_;
    Diagnostics& diag_;
    std::string what_;
};

// Reports "`what` must be an object" when it isn't; returns is_object().
bool expect_object(const JsonNode& v, const std::string& path, Diagnostics& diag,
                   const std::string& what);

// A web address starting with http:// or https://, no spaces, at most 2000 bytes.
bool is_http_url(std::string_view url);

} // namespace wa
