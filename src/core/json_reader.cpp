#include "core/json_reader.h"

#include <cmath>
#include <cstdio>
#include <utility>
#include <vector>

namespace wa {

using nlohmann::json;

bool is_valid_utf8(std::string_view s, std::size_t* bad_offset) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        unsigned char c = p[i];
        if (c < 0x80) { ++i; continue; }
        std::size_t len = 0;
        unsigned lo = 0x80, hi = 0xBF;  // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) len = 2;
        else if (c == 0xE0) { len = 3; lo = 0xA0; }
        else if (c >= 0xE1 && c <= 0xEC) len = 3;
        else if (c == 0xED) { len = 3; hi = 0x9F; }  // no UTF-16 surrogates
        else if (c >= 0xEE && c <= 0xEF) len = 3;
        else if (c == 0xF0) { len = 4; lo = 0x90; }
        else if (c >= 0xF1 && c <= 0xF3) len = 4;
        else if (c == 0xF4) { len = 4; hi = 0x8F; }
        bool good = len != 0 && i + len <= n && p[i + 1] >= lo && p[i + 1] <= hi;
        for (std::size_t k = 2; good && k < len; ++k) good = (p[i + k] & 0xC0) == 0x80;
        if (!good) {
            if (bad_offset) *bad_offset = i;
            return false;
        }
        i += len;
    }
    return true;
}

TextPosition position_of(std::string_view text, std::size_t offset) {
    TextPosition pos;
    if (offset > text.size()) offset = text.size();
    for (std::size_t i = 0; i < offset; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') { ++pos.line; pos.column = 1; }
        else if ((c & 0xC0) != 0x80) ++pos.column;  // continuation bytes are not characters
    }
    return pos;
}

std::string format_bytes(std::size_t bytes) {
    char buf[64];
    if (bytes >= 1024u * 1024u) {
        double mb = static_cast<double>(bytes) / (1024.0 * 1024.0);
        if (mb == std::floor(mb)) std::snprintf(buf, sizeof buf, "%.0f MB", mb);
        else std::snprintf(buf, sizeof buf, "%.1f MB", mb);
    } else if (bytes >= 1024u) {
        std::snprintf(buf, sizeof buf, "%zu KB", bytes / 1024u);
    } else {
        std::snprintf(buf, sizeof buf, "%zu bytes", bytes);
    }
    return buf;
}

namespace {

std::string line_col(std::string_view text, std::size_t offset) {
    TextPosition p = position_of(text, offset);
    return "line " + std::to_string(p.line) + ", column " + std::to_string(p.column);
}

// Builds the tree itself instead of using nlohmann's DOM parser, because it
// must see what that parser forgives or cannot report with a place: a key
// given twice in one object (nlohmann keeps the last silently), nesting that
// is too deep, and over-long strings.
class TreeBuilder {
public:
    TreeBuilder(json& root, std::string_view text, Diagnostics& diag, const ReadLimits& limits)
        : root_(root), text_(text), diag_(diag), limits_(limits) {}

    bool null() { return add(json(nullptr)); }
    bool boolean(bool v) { return add(json(v)); }
    bool number_integer(json::number_integer_t v) { return add(json(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return add(json(v)); }
    bool number_float(json::number_float_t v, const std::string&) {
        if (!std::isfinite(v)) {
            return fail(current_path(), "a number here is too large to be stored");
        }
        return add(json(v));
    }
    bool string(std::string& v) {
        if (v.size() > limits_.max_string_bytes)
            return fail(current_path(), "a text here is " + format_bytes(v.size()) +
                                            " long; the limit for one text is " +
                                            format_bytes(limits_.max_string_bytes));
        return add(json(std::move(v)));
    }
    bool binary(json::binary_t&) { return fail(current_path(), "binary data is not allowed"); }

    bool start_object(std::size_t) { return open(json::object()); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(std::string& k) {
        if (k.size() > limits_.max_string_bytes)
            return fail(path_of_open(), "a field name here is too long");
        auto& obj = stack_.back()->get_ref<json::object_t&>();
        if (obj.find(k) != obj.end()) {
            return fail(json_path(path_of_open(), k),
                        "the field " + quote_text(k) +
                            " appears twice in the same object; keep only one of them");
        }
        key_ = std::move(k);
        return true;
    }

    template <class Exception>
    bool parse_error(std::size_t position, const std::string& last_token, const Exception& ex) {
        if (failed_) return false;  // our own, more precise error came first
        failed_ = true;
        std::string where = line_col(text_, position == 0 ? 0 : position - 1);
        std::string detail = ex.what();
        // The text stopped before the JSON was complete: a cut-off file.
        if (detail.find("unexpected end of input") != std::string::npos) {
            diag_.error(line_col(text_, text_.size()),
                        "the file ends before the JSON is complete; it may have been cut off "
                        "while saving, copying or downloading");
            return false;
        }
        std::size_t dash = detail.find(" - ");
        if (dash != std::string::npos) detail = detail.substr(dash + 3);
        std::string msg = "this is not valid JSON: " + detail;
        if (last_token == "}" || last_token == "]")
            msg += ". A comma after the last entry of a list or object is a common cause";
        diag_.error(where, msg);
        return false;
    }

    bool failed() const { return failed_; }

private:
    bool fail(const std::string& path, std::string message) {
        if (!failed_) diag_.error(path, std::move(message));
        failed_ = true;
        return false;
    }

    std::string path_of_open() const {
        std::string p;
        for (std::size_t i = 1; i < segments_.size(); ++i) p = json_path(p, segments_[i]);
        return p;
    }
    std::string current_path() const {
        if (stack_.empty()) return "";
        const json& top = *stack_.back();
        if (top.is_array()) return json_path(path_of_open(), top.size());
        return json_path(path_of_open(), key_);
    }

    // Adds a value to the open container (or makes it the root) and returns it.
    json* place(json&& v, std::string& segment) {
        if (stack_.empty()) {
            root_ = std::move(v);
            segment.clear();
            return &root_;
        }
        json& top = *stack_.back();
        if (top.is_array()) {
            auto& arr = top.get_ref<json::array_t&>();
            segment = std::to_string(arr.size());
            arr.push_back(std::move(v));
            return &arr.back();
        }
        auto& obj = top.get_ref<json::object_t&>();
        segment = key_;
        auto res = obj.emplace(std::move(key_), std::move(v));
        key_.clear();
        return &res.first->second;
    }

    bool add(json&& v) {
        std::string seg;
        place(std::move(v), seg);
        return true;
    }

    bool open(json&& container) {
        if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
            return fail(current_path(),
                        "the data is nested more than " + std::to_string(limits_.max_depth) +
                            " levels deep; Welcome Audit files are never this deep, so this "
                            "is not a Welcome Audit file or it is damaged");
        }
        std::string seg;
        json* p = place(std::move(container), seg);
        stack_.push_back(p);
        segments_.push_back(std::move(seg));
        return true;
    }

    bool close() {
        stack_.pop_back();
        segments_.pop_back();
        return true;
    }

    json& root_;
    std::string_view text_;
    Diagnostics& diag_;
    const ReadLimits& limits_;
    std::vector<json*> stack_;
    std::vector<std::string> segments_;  // how each open container was reached
    std::string key_;
    bool failed_ = false;
};

} // namespace

Loaded<json> read_json(std::string_view text, std::string_view file_name, const ReadLimits& limits) {
    Loaded<json> result;
    Diagnostics diag(file_name);

    if (text.size() > limits.max_bytes) {
        diag.error("", "the file is " + format_bytes(text.size()) +
                           "; Welcome Audit opens files of up to " +
                           format_bytes(limits.max_bytes) +
                           ". Large photos in evidence are the usual cause: remove some and "
                           "export again");
        result.problems = diag.take();
        return result;
    }
    // A UTF-8 byte order mark is harmless (Notepad adds one); skip it.
    std::string_view body = text;
    if (body.size() >= 3 && body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
    if (body.size() >= 2 && (body.substr(0, 2) == "\xFF\xFE" || body.substr(0, 2) == "\xFE\xFF")) {
        diag.error("", "the file is saved as UTF-16 text; save it again as UTF-8 and retry");
        result.problems = diag.take();
        return result;
    }
    bool blank = true;
    for (char c : body)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') { blank = false; break; }
    if (blank) {
        diag.error("", "the file is empty; it holds no Welcome Audit data");
        result.problems = diag.take();
        return result;
    }
    std::size_t bad = 0;
    if (!is_valid_utf8(body, &bad)) {
        diag.error(line_col(body, bad),
                   "the file is not valid UTF-8 text (byte " + std::to_string(bad + 1 + (text.size() - body.size())) +
                       "); it may be damaged, or saved in another encoding. Save it again as UTF-8");
        result.problems = diag.take();
        return result;
    }

    json root;
    TreeBuilder builder(root, body, diag, limits);
    bool ok = json::sax_parse(body, &builder, json::input_format_t::json, true, false);
    if (!ok || builder.failed() || diag.has_errors()) {
        if (!diag.has_errors()) diag.error("", "this is not valid JSON");
        result.problems = diag.take();
        return result;
    }
    result.value = std::move(root);
    return result;
}

} // namespace wa
