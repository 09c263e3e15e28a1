#include "core/json_fields.h"

#include <algorithm>
#include <vector>

#include "core/json_reader.h"
#include "core/json_writer.h"

namespace wa {

std::string describe_value(const JsonNode& v) {
    switch (v.type()) {
    case JsonNode::Type::Null: return "null (empty)";
    case JsonNode::Type::Boolean: return v.as_bool() ? "true" : "false";
    case JsonNode::Type::String: return "the text " + quote_text(v.text(), 40);
    case JsonNode::Type::Integer:
    case JsonNode::Type::Float: {
        long long n = 0;
        if (v.is_number_integer() && v.as_integer(n)) return "the number " + std::to_string(n);
        // As written back, never rounded: 2.0000001 must not show as "2".
        std::string s = "the number ";
        append_number(s, v.as_double());
        return s;
    }
    case JsonNode::Type::Array: return "a list";
    case JsonNode::Type::Object: return "an object";
    }
    return "something else";
}

std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

bool expect_object(const JsonNode& v, const JsonPlace& place, Diagnostics& diag, const char* what) {
    if (v.is_object()) return true;
    diag.error(place.str(), std::string(what) + " must be an object ({...}), but it is " + describe_value(v));
    return false;
}

static std::string missing_message(const char* what, std::string_view key) {
    return std::string(what) + " has no \"" + std::string(key) + "\"; it is required";
}

// "\"weight\"", for the start of a message about one field.
static std::string quoted(std::string_view key) { return "\"" + std::string(key) + "\""; }

// A field that is not there: a problem when it is required. Returns
// whether that is fine. Out of line: the common path is a find() and a type test.
bool Fields::missing(std::string_view key, FieldRules rules) {
    if (rules & kRequired) diag_.error(place_.str(), missing_message(what_, key));
    return !(rules & kRequired);
}

bool Fields::text(std::string_view key, std::string& out, FieldRules rules, std::size_t max_bytes) {
    const JsonNode* v = find(key);
    if (!v) return missing(key, rules);
    if (!v->is_string()) {
        diag_.error(path(key), quoted(key) + " must be text in quotes, but it is " + describe_value(*v));
        return false;
    }
    const std::string_view s = v->text();
    if ((rules & kNotEmpty) && s.find_first_not_of(" \t\r\n") == std::string::npos) {
        diag_.error(path(key), quoted(key) + (s.empty() ? " is empty" : " holds only spaces") + "; write something here");
        return false;
    }
    if (s.size() > max_bytes) {
        diag_.error(path(key), quoted(key) + " is too long: " + size_over_limit(s.size(), max_bytes));
        return false;
    }
    out.assign(s.data(), s.size());
    return true;
}

bool Fields::integer(std::string_view key, int& out, FieldRules rules) {
    const JsonNode* v = find(key);
    if (!v) return missing(key, rules);
    long long n = 0;
    if (!v->is_number()) {
        diag_.error(path(key), quoted(key) + " must be a whole number, but it is " + describe_value(*v));
        return false;
    }
    if (!v->as_integer(n)) {
        // A number, but with a fraction (2.5) or beyond 64 bits (1e300).
        const double d = v->as_double();
        if (d > -1e18 && d < 1e18)
            diag_.error(path(key), quoted(key) + " must be a whole number, but it is " + describe_value(*v) +
                                       ", which has a fraction");
        else
            diag_.error(path(key), quoted(key) + " is far too large: " + describe_value(*v));
        return false;
    }
    if (n <= -1000000000LL || n >= 1000000000LL) {
        diag_.error(path(key), quoted(key) + " is far too large: " + describe_value(*v));
        return false;
    }
    out = static_cast<int>(n);
    return true;
}

bool Fields::number(std::string_view key, double& out, FieldRules rules) {
    const JsonNode* v = find(key);
    if (!v) return missing(key, rules);
    if (!v->is_number()) {
        diag_.error(path(key), quoted(key) + " must be a number, but it is " + describe_value(*v));
        return false;
    }
    out = v->as_double();  // 7 and 7.0 alike; the reader refuses numbers too large for a double
    return true;
}

bool Fields::boolean(std::string_view key, bool& out, FieldRules rules) {
    const JsonNode* v = find(key);
    if (!v) return missing(key, rules);
    if (!v->is_boolean()) {
        diag_.error(path(key), quoted(key) + " must be true or false, but it is " + describe_value(*v));
        return false;
    }
    out = v->as_bool();
    return true;
}

const JsonNode* Fields::array(std::string_view key, FieldRules rules) {
    const JsonNode* v = find(key);
    if (!v) {
        missing(key, rules);
        return nullptr;
    }
    if (!v->is_array()) {
        diag_.error(path(key), quoted(key) + " must be a list ([...]), but it is " + describe_value(*v));
        return nullptr;
    }
    if ((rules & kNotEmpty) && v->empty()) {
        diag_.error(path(key), quoted(key) + " is an empty list; it needs at least one entry");
        return nullptr;
    }
    return v;
}

const JsonNode* Fields::object(std::string_view key, FieldRules rules) {
    const JsonNode* v = find(key);
    if (!v) {
        missing(key, rules);
        return nullptr;
    }
    if (!v->is_object()) {
        diag_.error(path(key), quoted(key) + " must be an object ({...}), but it is " + describe_value(*v));
        return nullptr;
    }
    return v;
}

void Fields::reject_unknown(std::initializer_list<std::string_view> known) {
    if (!obj_.is_object()) return;
    for (const JsonNode& member : obj_) {
        bool ok = false;
        for (std::string_view kk : known)
            if (same_key(member.key(), kk)) { ok = true; break; }
        if (ok) continue;
        const std::string k(member.key());
        std::string best;
        std::size_t best_d = 3;
        for (std::string_view kk : known) {
            std::size_t d = edit_distance(k, std::string(kk));
            if (d < best_d) { best_d = d; best = kk; }
        }
        std::string msg = std::string(what_) + " has an unknown field " + quote_text(k, 40);
        if (!best.empty()) msg += "; did you mean \"" + best + "\"?";
        else {
            msg += "; the fields allowed here are";
            bool first = true;
            for (std::string_view kk : known) { msg += first ? " " : ", "; msg += kk; first = false; }
        }
        diag_.error(json_path(place_.str(), k), msg);
    }
}

UrlProblem check_http_url(std::string_view url) {
    if (url.substr(0, 8) != "https://" && url.substr(0, 7) != "http://") return UrlProblem::NotHttp;
    std::size_t chars = 0;
    for (char ch : url) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if (c == ' ') return UrlProblem::Space;
        if (c < ' ' || c == 0x7F) return UrlProblem::Invisible;
        if ((c & 0xC0) != 0x80) ++chars;  // continuation bytes are not characters
    }
    return chars > kMaxUrlChars ? UrlProblem::TooLong : UrlProblem::None;
}

std::string http_url_problem(std::string_view url) {
    switch (check_http_url(url)) {
    case UrlProblem::None: return "";
    case UrlProblem::NotHttp: return "it does not start with https:// or http://";
    case UrlProblem::Space: return "it has a space in it (write a space as %20)";
    case UrlProblem::Invisible: return "it has a line break or another invisible character in it";
    case UrlProblem::TooLong: break;
    }
    std::size_t chars = 0;
    for (char ch : url) chars += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
    return "it is " + std::to_string(chars) + " characters long; the limit is " + std::to_string(kMaxUrlChars);
}

bool is_http_url(std::string_view url) { return check_http_url(url) == UrlProblem::None; }

} // namespace wa
