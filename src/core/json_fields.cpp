#include "core/json_fields.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace wa {

using json = JsonNode;

std::string describe_value(const json& v) {
    switch (v.type) {
    case json::Type::Null: return "null (empty)";
    case json::Type::Boolean: return v.boolean ? "true" : "false";
    case json::Type::String: return "the text " + quote_text(v.text, 40);
    case json::Type::Integer: return "the number " + std::to_string(v.integer);
    case json::Type::Float: {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%g", v.number);
        return std::string("the number ") + buf;
    }
    case json::Type::Array: return "a list";
    case json::Type::Object: return "an object";
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

bool expect_object(const json& v, const JsonPlace& place, Diagnostics& diag, const char* what) {
    if (v.is_object()) return true;
    diag.error(place.str(), std::string(what) + " must be an object ({...}), but it is " + describe_value(v));
    return false;
}

static std::string missing_message(const char* what, std::string_view key) {
    return std::string(what) + " has no \"" + std::string(key) + "\"; it is required";
}

// "\"weight\"", for the start of a message about one field.
static std::string quoted(std::string_view key) { return "\"" + std::string(key) + "\""; }

bool Fields::text(std::string_view key, std::string& out, bool required, bool non_empty,
                  std::size_t max_bytes) {
    const json* v = find(key);
    if (!v) {
        if (required) diag_.error(place_.str(), missing_message(what_, key));
        return !required;
    }
    const std::string_view* s = v->is_string() ? &v->text : nullptr;
    if (!s) {
        diag_.error(path(key), quoted(key) + " must be text in quotes, but it is " +
                                   describe_value(*v));
        return false;
    }
    if (non_empty && s->find_first_not_of(" \t\r\n") == std::string::npos) {
        diag_.error(path(key), quoted(key) + " is empty; write something here");
        return false;
    }
    if (s->size() > max_bytes) {
        diag_.error(path(key), quoted(key) + " is " + std::to_string(s->size()) +
                                   " bytes long; the limit is " + std::to_string(max_bytes));
        return false;
    }
    out.assign(s->data(), s->size());
    return true;
}

bool Fields::integer(std::string_view key, int& out, bool required) {
    const json* v = find(key);
    if (!v) {
        if (required) diag_.error(place_.str(), missing_message(what_, key));
        return !required;
    }
    if (v->is_number_integer()) {
        long long n = v->integer;
        if (n > -1000000000LL && n < 1000000000LL) {
            out = static_cast<int>(n);
            return true;
        }
        diag_.error(path(key), quoted(key) + " is far too large: " + describe_value(*v));
        return false;
    }
    diag_.error(path(key), quoted(key) + " must be a whole number, but it is " +
                               describe_value(*v));
    return false;
}

bool Fields::boolean(std::string_view key, bool& out, bool required) {
    const json* v = find(key);
    if (!v) {
        if (required) diag_.error(place_.str(), missing_message(what_, key));
        return !required;
    }
    if (!v->is_boolean()) {
        diag_.error(path(key), quoted(key) + " must be true or false, but it is " +
                                   describe_value(*v));
        return false;
    }
    out = v->boolean;
    return true;
}

const json* Fields::array(std::string_view key, bool required, bool non_empty) {
    const json* v = find(key);
    if (!v) {
        if (required) diag_.error(place_.str(), missing_message(what_, key));
        return nullptr;
    }
    if (!v->is_array()) {
        diag_.error(path(key), quoted(key) + " must be a list ([...]), but it is " +
                                   describe_value(*v));
        return nullptr;
    }
    if (non_empty && v->empty()) {
        diag_.error(path(key), quoted(key) + " is an empty list; it needs at least one entry");
        return nullptr;
    }
    return v;
}

const json* Fields::object(std::string_view key, bool required) {
    const json* v = find(key);
    if (!v) {
        if (required) diag_.error(place_.str(), missing_message(what_, key));
        return nullptr;
    }
    if (!v->is_object()) {
        diag_.error(path(key), quoted(key) + " must be an object ({...}), but it is " +
                                   describe_value(*v));
        return nullptr;
    }
    return v;
}

void Fields::reject_unknown(std::initializer_list<std::string_view> known) {
    if (!obj_.is_object()) return;
    for (const json& member : obj_) {
        bool ok = false;
        for (std::string_view kk : known)
            if (same_key(member.key, kk)) { ok = true; break; }
        if (ok) continue;
        const std::string k(member.key);
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

bool is_http_url(std::string_view url) {
    if (url.substr(0, 8) != "https://" && url.substr(0, 7) != "http://") return false;
    if (url.size() > 2000) return false;
    for (char ch : url)
        if (static_cast<unsigned char>(ch) <= ' ') return false;
    return true;
}

} // namespace wa
