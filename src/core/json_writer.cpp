#include "core/json_writer.h"

#include <cstdio>
#include <cstdlib>

namespace wa {

void append_json_string(std::string& out, std::string_view s) {
    out += '"';
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        // Copy the longest run that needs no escaping in one go.
        std::size_t run = i;
        while (run < n && p[run] >= 0x20 && p[run] != '"' && p[run] != '\\' && p[run] < 0x80) ++run;
        out.append(s.data() + i, run - i);
        i = run;
        if (i >= n) break;
        unsigned char c = p[i];
        if (c < 0x80) {
            switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default: {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            }
            }
            ++i;
            continue;
        }
        // A multi-byte UTF-8 character: copy it if valid, else U+FFFD.
        std::size_t len = 0;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) len = 2;
        else if (c == 0xE0) { len = 3; lo = 0xA0; }
        else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) len = 3;
        else if (c == 0xED) { len = 3; hi = 0x9F; }
        else if (c == 0xF0) { len = 4; lo = 0x90; }
        else if (c >= 0xF1 && c <= 0xF3) len = 4;
        else if (c == 0xF4) { len = 4; hi = 0x8F; }
        bool good = len != 0 && i + len <= n && p[i + 1] >= lo && p[i + 1] <= hi;
        for (std::size_t k = 2; good && k < len; ++k) good = (p[i + k] & 0xC0) == 0x80;
        if (good) {
            out.append(s.data() + i, len);
            i += len;
        } else {
            out += "\xEF\xBF\xBD";
            ++i;
        }
    }
    out += '"';
}

void JsonWriter::newline_indent() {
    if (compact_) return;
    out_ += '\n';
    out_.append(2 * (static_cast<std::size_t>(depth_) + has_items_.size()), ' ');
}

void JsonWriter::raw(std::string_view json) {
    before_value();
    out_ += json;
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (has_items_.empty()) return;  // the top-level value
    if (has_items_.back()) out_ += ',';
    has_items_.back() = true;
    newline_indent();
}

void JsonWriter::key(std::string_view k) {
    if (has_items_.back()) out_ += ',';
    has_items_.back() = true;
    newline_indent();
    append_json_string(out_, k);
    out_ += compact_ ? ":" : ": ";
    after_key_ = true;
}

void JsonWriter::begin_object() {
    before_value();
    out_ += '{';
    has_items_.push_back(false);
}

void JsonWriter::end_object() {
    bool had = has_items_.back();
    has_items_.pop_back();
    if (had) newline_indent();
    out_ += '}';
}

void JsonWriter::begin_array() {
    before_value();
    out_ += '[';
    has_items_.push_back(false);
}

void JsonWriter::end_array() {
    bool had = has_items_.back();
    has_items_.pop_back();
    if (had) newline_indent();
    out_ += ']';
}

void JsonWriter::string(std::string_view s) {
    before_value();
    append_json_string(out_, s);
}

void JsonWriter::integer(long long v) {
    before_value();
    out_ += std::to_string(v);
}

void JsonWriter::number(double v) {
    before_value();
    append_number(out_, v);
}

void append_number(std::string& out, double v) {
    char buf[40];
    if (v > -1e15 && v < 1e15 && v == static_cast<double>(static_cast<long long>(v))) {
        // Whole numbers as nlohmann writes them: "20.0", never "2e+01"
        // ("-0.0" keeps its sign, as nlohmann's does).
        std::snprintf(buf, sizeof buf, "%.0f.0", v);
        out += buf;
        return;
    }
    for (int prec = 1; prec <= 17; ++prec) {
        std::snprintf(buf, sizeof buf, "%.*g", prec, v);
        if (std::strtod(buf, nullptr) == v) break;
    }
    std::size_t start = out.size();
    out += buf;
    if (out.find_first_of(".eEn", start) == std::string::npos) out += ".0";
}

void JsonWriter::boolean(bool v) {
    before_value();
    out_ += v ? "true" : "false";
}

void JsonWriter::null() {
    before_value();
    out_ += "null";
}

void JsonWriter::field_strings(std::string_view k, const std::vector<std::string>& v) {
    key(k);
    begin_array();
    for (const std::string& s : v) string(s);
    end_array();
}

} // namespace wa
