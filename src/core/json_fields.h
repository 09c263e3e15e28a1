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

// How a field must be given (see Fields).
enum FieldRule : unsigned { kOptional = 0, kRequired = 1u << 0, kNotEmpty = 1u << 1 };
using FieldRules = unsigned;

class Fields {
public:
    // `what` names the object in messages: "this item", "this action".
    // `place` is where the object is (a path string or a JsonPlace, which
    // must outlive the Fields); it is spelled out only for a message.
    Fields(const JsonNode& obj, JsonPlace place, Diagnostics& diag, const char* what)
        : obj_(obj), place_(place), diag_(diag), what_(what) {}

    // False (and a problem reported) when the value is not a JSON object.
    bool is_object() const { return obj_.is_object(); }

    const JsonNode* find(std::string_view key) const { return obj_.find(key); }
    std::string path(std::string_view key) const { return json_path(place_.str(), key); }
    std::string base_path() const { return place_.str(); }
    const JsonPlace& place() const { return place_; }

    // Each reader takes rules, named flags joined with |:
    //   kRequired   missing is an error (else missing leaves `out` alone)
    //   kNotEmpty   "" (or only spaces), or an empty list, is an error
    // A string of at most `max_bytes`.
    bool text(std::string_view key, std::string& out, FieldRules rules, std::size_t max_bytes);
    // A whole number, however it is written (2, 2.0 or 2e0), between
    // -999,999,999 and 999,999,999.
    bool integer(std::string_view key, int& out, FieldRules rules);
    // Any number (7, 7.5, 7e0), finite.
    bool number(std::string_view key, double& out, FieldRules rules);
    bool boolean(std::string_view key, bool& out, FieldRules rules);
    // The value if it is an array (a problem otherwise); nullptr if missing.
    const JsonNode* array(std::string_view key, FieldRules rules);
    const JsonNode* object(std::string_view key, FieldRules rules);

    // Reports every field not in `known`, suggesting the closest known one.
    void reject_unknown(std::initializer_list<std::string_view> known);

private:
    bool missing(std::string_view key, FieldRules rules);
    const JsonNode& obj_;
    JsonPlace place_;
    Diagnostics& diag_;
    const char* what_;
};

// Reports "`what` must be an object" when it isn't; returns is_object().
bool expect_object(const JsonNode& v, const JsonPlace& place, Diagnostics& diag, const char* what);

// A web address starting with http:// or https://, with no spaces or control
// characters, of at most kMaxUrlChars characters.
constexpr std::size_t kMaxUrlChars = 2000;
bool is_http_url(std::string_view url);
enum class UrlProblem { None, NotHttp, Space, Invisible, TooLong };
UrlProblem check_http_url(std::string_view url);
// Why `url` is not such an address, as the end of a sentence ("it has a
// space in it"); "" when it is one. Messages say exactly what is wrong: a
// link that is merely too long is still a web address.
std::string http_url_problem(std::string_view url);
// Text fields that hold a URL may be longer in bytes than kMaxUrlChars
// characters (4 bytes each at most); http_url_problem checks characters.
constexpr std::size_t kMaxUrlBytes = 4 * kMaxUrlChars;

} // namespace wa
