#include "core/json_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

namespace wa {

bool is_valid_utf8(std::string_view s, std::size_t* bad_offset) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        // ASCII fast path, eight bytes at a time: most of a file is ASCII.
        while (i + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, p + i, 8);
            if (w & 0x8080808080808080ull) break;
            i += 8;
        }
        if (i >= n) break;
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

std::string with_commas(std::size_t n) {
    const std::string digits = std::to_string(n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string size_over_limit(std::size_t bytes, std::size_t limit) {
    std::string have = format_bytes(bytes), max = format_bytes(limit);
    // Below a megabyte, or within 5% of the limit, rounded sizes mislead
    // ("24 KB; the limit is 19 KB" for 20,000 bytes, "20.0 MB" beside "20 MB").
    if (limit < 1024 * 1024 || bytes <= limit || (bytes - limit) * 20 < limit) {
        have = with_commas(bytes) + " bytes";
        max = with_commas(limit) + " bytes";
    }
    return have + "; the limit is " + max;
}

const JsonNode* JsonNode::find(std::string_view k) const {
    if (type_ != Type::Object) return nullptr;
    for (std::uint32_t i = 0; i < count_; ++i)
        if (same_key(kids_[i].key_, k)) return &kids_[i];
    return nullptr;
}

bool JsonNode::as_integer(long long& out) const {
    if (type_ == Type::Integer) {
        out = integer_;
        return true;
    }
    // 2^63 is exact as a double; every whole double below it in size fits.
    if (type_ != Type::Float || std::trunc(number_) != number_ || !(std::fabs(number_) < 9223372036854775808.0))
        return false;
    out = static_cast<long long>(number_);
    return true;
}

namespace {

// Eight bytes at a time (SWAR): most of a file is indentation and plain text,
// and testing a word at once makes reading a 15 MB audit about twice as fast.
constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighs = 0x8080808080808080ull;
inline std::uint64_t load8(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
}
// Non-zero when some byte of `w` is below `n` (exact for n <= 128).
inline std::uint64_t any_below(std::uint64_t w, unsigned n) { return (w - kOnes * n) & ~w & kHighs; }
// Non-zero when some byte of `w` equals `b`.
inline std::uint64_t any_equal(std::uint64_t w, unsigned char b) { return any_below(w ^ (kOnes * b), 1); }

std::string line_col(std::string_view text, std::size_t offset) {
    TextPosition p = position_of(text, offset);
    return "line " + std::to_string(p.line) + ", column " + std::to_string(p.column);
}

} // namespace

// Recursive descent; recursion depth is bounded by ReadLimits::max_depth.
// Children are collected on a scratch stack and moved to the document's
// node array, contiguously, when their container closes.
class JsonParser {
public:
    JsonParser(std::string_view text, JsonDoc& doc, Diagnostics& diag, const ReadLimits& limits)
        : text_(text), p_(text.data()), end_(text.data() + text.size()), doc_(doc), diag_(diag), limits_(limits) {}

    bool parse() {
        doc_.nodes_.reserve(text_.size() / 32 + 16);
        // Decoded strings are never longer than their escaped form, so this
        // buffer never reallocates and the views into it stay valid.
        doc_.strings_.reserve(text_.size() + 64);
        JsonNode root;
        if (!value(root, 0)) return false;
        skip_ws();
        if (p_ != end_) return fail_at("there is more text after the end of the JSON data; only one value is allowed");
        doc_.nodes_.push_back(root);
        // Children were addressed by index while the array grew; now pointers are stable.
        for (JsonNode& n : doc_.nodes_)
            if (n.type_ == JsonNode::Type::Array || n.type_ == JsonNode::Type::Object) n.kids_ = doc_.nodes_.data() + n.first_;
        return true;
    }

private:
    struct Frame {
        bool object;
        std::string_view key;
        std::size_t index;
    };

    std::string path(std::size_t frames) const {
        std::string s;
        for (std::size_t i = 0; i < frames && i < frames_.size(); ++i)
            s = frames_[i].object ? json_path(s, frames_[i].key) : json_path(s, frames_[i].index);
        return s;
    }

    bool fail_at(const std::string& message) {
        std::size_t off = static_cast<std::size_t>(p_ - text_.data());
        diag_.error(line_col(text_, off), message);
        return false;
    }
    bool fail_path(const std::string& json_path_text, const std::string& message) {
        diag_.error(json_path_text, message);
        return false;
    }
    bool truncated() {
        diag_.error(line_col(text_, text_.size()),
                    "the file ends before the JSON is complete; it may have been cut off while saving, copying "
                    "or downloading");
        return false;
    }
    bool unexpected(const char* expected) {
        if (p_ >= end_) return truncated();
        std::string shown;
        unsigned char c = static_cast<unsigned char>(*p_);
        if (c < 0x20) shown = "a control character";
        else {
            // The whole character (it may be several UTF-8 bytes).
            std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            shown = "'" + std::string(p_, std::min<std::size_t>(n, static_cast<std::size_t>(end_ - p_))) + "'";
        }
        return fail_at("this is not valid JSON: unexpected " + shown + "; expected " + expected);
    }

    void skip_ws() {
        while (p_ < end_) {
            char c = *p_;
            if (c == ' ') {
                // Pretty-printed files indent with long runs of spaces.
                while (end_ - p_ >= 8 && load8(p_) == kOnes * ' ') p_ += 8;
                while (p_ < end_ && *p_ == ' ') ++p_;
            } else if (c == '\n' || c == '\r' || c == '\t') {
                ++p_;
            } else {
                return;
            }
        }
    }

    bool value(JsonNode& out, int depth) {
        skip_ws();
        if (p_ >= end_) return truncated();
        switch (*p_) {
        case '{': return object(out, depth + 1);
        case '[': return array(out, depth + 1);
        case '"': out.type_ = JsonNode::Type::String; return string(out.text_);
        case 't': return literal("true", out, JsonNode::Type::Boolean, true);
        case 'f': return literal("false", out, JsonNode::Type::Boolean, false);
        case 'n': return literal("null", out, JsonNode::Type::Null, false);
        default:
            if (*p_ == '-' || (*p_ >= '0' && *p_ <= '9')) return number(out);
            return unexpected("a value (text in \"quotes\", a number, true, false, null, [ or {)");
        }
    }

    bool literal(const char* word, JsonNode& out, JsonNode::Type t, bool b) {
        std::size_t n = std::char_traits<char>::length(word);
        if (static_cast<std::size_t>(end_ - p_) < n) {
            if (std::string_view(p_, static_cast<std::size_t>(end_ - p_)) == std::string_view(word).substr(0, static_cast<std::size_t>(end_ - p_)))
                return truncated();
            return unexpected("a value");
        }
        if (std::string_view(p_, n) != word) return unexpected("a value (text must be in \"quotes\")");
        p_ += n;
        out.type_ = t;
        out.boolean_ = b;
        return true;
    }

    bool number(JsonNode& out) {
        const char* start = p_;
        if (*p_ == '-') ++p_;
        if (p_ >= end_) return truncated();
        if (*p_ == '0') ++p_;
        else if (*p_ >= '1' && *p_ <= '9') while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
        else return unexpected("a digit");
        bool is_float = false;
        if (p_ < end_ && *p_ == '.') {
            is_float = true;
            ++p_;
            if (p_ >= end_) return truncated();
            if (!(*p_ >= '0' && *p_ <= '9')) return unexpected("a digit after the decimal point");
            while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
        }
        if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
            is_float = true;
            ++p_;
            if (p_ < end_ && (*p_ == '+' || *p_ == '-')) ++p_;
            if (p_ >= end_) return truncated();
            if (!(*p_ >= '0' && *p_ <= '9')) return unexpected("a digit in the exponent");
            while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
        }
        std::size_t len = static_cast<std::size_t>(p_ - start);
        std::size_t digits = len - (*start == '-' ? 1 : 0);
        if (!is_float && digits <= 18) {
            long long v = 0;
            for (const char* q = start + (*start == '-' ? 1 : 0); q < p_; ++q) v = v * 10 + (*q - '0');
            out.type_ = JsonNode::Type::Integer;
            out.integer_ = *start == '-' ? -v : v;
            return true;
        }
        std::string buf(start, len);  // strtod needs a terminated copy
        double d = std::strtod(buf.c_str(), nullptr);
        if (!std::isfinite(d)) {
            p_ = start;
            return fail_at("a number here is too large to be stored");
        }
        out.type_ = JsonNode::Type::Float;
        out.number_ = d;
        return true;
    }

    static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    bool read_u4(unsigned& cp) {
        if (end_ - p_ < 4) return truncated();
        cp = 0;
        for (int i = 0; i < 4; ++i) {
            int h = hex(p_[i]);
            if (h < 0) return fail_at("this is not valid JSON: \\u must be followed by four hexadecimal digits");
            cp = cp * 16 + static_cast<unsigned>(h);
        }
        p_ += 4;
        return true;
    }

    bool string(std::string_view& out) {
        ++p_;  // opening quote
        const char* start = p_;
        // Fast path: no escapes, the view points into the text.
        while (end_ - p_ >= 8) {
            std::uint64_t w = load8(p_);
            if (any_equal(w, '"') | any_equal(w, '\\') | any_below(w, 0x20)) break;
            p_ += 8;
        }
        while (p_ < end_ && *p_ != '"' && *p_ != '\\' && static_cast<unsigned char>(*p_) >= 0x20) ++p_;
        if (p_ >= end_) return truncated();
        if (*p_ == '"') {
            out = std::string_view(start, static_cast<std::size_t>(p_ - start));
            ++p_;
            return out.size() <= limits_.max_string_bytes || too_long(out.size());
        }
        std::string& buf = doc_.strings_;
        std::size_t begin = buf.size();
        buf.append(start, static_cast<std::size_t>(p_ - start));
        while (true) {
            if (p_ >= end_) return truncated();
            char c = *p_;
            if (c == '"') {
                ++p_;
                break;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return fail_at("this is not valid JSON: a text contains a line break or control character; "
                               "inside quotes, write a line break as \\n");
            if (c != '\\') {
                buf += c;
                ++p_;
                continue;
            }
            ++p_;
            if (p_ >= end_) return truncated();
            char e = *p_++;
            switch (e) {
            case '"': buf += '"'; break;
            case '\\': buf += '\\'; break;
            case '/': buf += '/'; break;
            case 'b': buf += '\b'; break;
            case 'f': buf += '\f'; break;
            case 'n': buf += '\n'; break;
            case 'r': buf += '\r'; break;
            case 't': buf += '\t'; break;
            case 'u': {
                unsigned cp;
                if (!read_u4(cp)) return false;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    unsigned lo;
                    if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u')
                        return fail_at("this is not valid JSON: a \\u escape is half of a character (a lone surrogate)");
                    p_ += 2;
                    if (!read_u4(lo)) return false;
                    if (lo < 0xDC00 || lo > 0xDFFF)
                        return fail_at("this is not valid JSON: a \\u escape is half of a character (a lone surrogate)");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return fail_at("this is not valid JSON: a \\u escape is half of a character (a lone surrogate)");
                }
                if (cp < 0x80) buf += static_cast<char>(cp);
                else if (cp < 0x800) {
                    buf += static_cast<char>(0xC0 | (cp >> 6));
                    buf += static_cast<char>(0x80 | (cp & 0x3F));
                } else if (cp < 0x10000) {
                    buf += static_cast<char>(0xE0 | (cp >> 12));
                    buf += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                    buf += static_cast<char>(0x80 | (cp & 0x3F));
                } else {
                    buf += static_cast<char>(0xF0 | (cp >> 18));
                    buf += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
                    buf += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                    buf += static_cast<char>(0x80 | (cp & 0x3F));
                }
                break;
            }
            default:
                p_ -= 2;
                return fail_at(std::string("this is not valid JSON: unknown escape \\") + e +
                               " (a backslash must be written \\\\)");
            }
        }
        out = std::string_view(buf.data() + begin, buf.size() - begin);
        return out.size() <= limits_.max_string_bytes || too_long(out.size());
    }

    bool too_long(std::size_t n) {
        return fail_path(path(frames_.size()), "a text here is too long: " +
                                                   size_over_limit(n, limits_.max_string_bytes) + " for one text");
    }

    bool too_deep() {
        return fail_path(path(frames_.size()),
                         "the data is nested more than " + std::to_string(limits_.max_depth) +
                             " levels deep; Welcome Audit files are never this deep, so this is not a "
                             "Welcome Audit file or it is damaged");
    }

    void close(JsonNode& out, JsonNode::Type t, std::size_t mark) {
        out.type_ = t;
        out.first_ = doc_.nodes_.size();
        out.count_ = static_cast<std::uint32_t>(scratch_.size() - mark);
        // From plain pointers, not the vector's iterators: the library then
        // copies the nodes in one block (memcpy), not one call per node,
        // which at -Oz in the browser was a tenth of opening a big audit.
        const JsonNode* kids = scratch_.data();
        doc_.nodes_.insert(doc_.nodes_.end(), kids + mark, kids + scratch_.size());
        scratch_.resize(mark);
        frames_.pop_back();
    }

    bool array(JsonNode& out, int depth) {
        if (depth > limits_.max_depth) return too_deep();
        ++p_;
        std::size_t mark = scratch_.size();
        frames_.push_back({false, {}, 0});
        skip_ws();
        if (p_ < end_ && *p_ == ']') {
            ++p_;
            close(out, JsonNode::Type::Array, mark);
            return true;
        }
        while (true) {
            JsonNode child;
            if (!value(child, depth)) return false;
            scratch_.push_back(child);
            skip_ws();
            if (p_ >= end_) return truncated();
            if (*p_ == ']') {
                ++p_;
                break;
            }
            if (*p_ != ',') return unexpected("a comma or ] after a list entry");
            ++p_;
            skip_ws();
            if (p_ < end_ && *p_ == ']')
                return fail_at("this is not valid JSON: there is a comma after the last entry of a list; remove it");
            ++frames_.back().index;
        }
        close(out, JsonNode::Type::Array, mark);
        return true;
    }

    bool object(JsonNode& out, int depth) {
        if (depth > limits_.max_depth) return too_deep();
        ++p_;
        std::size_t mark = scratch_.size();
        frames_.push_back({true, {}, 0});
        skip_ws();
        if (p_ < end_ && *p_ == '}') {
            ++p_;
            close(out, JsonNode::Type::Object, mark);
            return true;
        }
        while (true) {
            skip_ws();
            if (p_ >= end_) return truncated();
            if (*p_ != '"') return unexpected("a field name in \"quotes\"");
            std::string_view key;
            if (!string(key)) return false;
            frames_.back().key = key;
            skip_ws();
            if (p_ >= end_) return truncated();
            if (*p_ != ':') return unexpected("a colon (:) after the field name");
            ++p_;
            JsonNode child;
            if (!value(child, depth)) return false;
            child.key_ = key;
            // Duplicate names: nlohmann would keep the last silently; a typo
            // or a bad merge must not lose data without a word.
            if (scratch_.size() - mark <= 64)  // big objects are checked once, below
                for (std::size_t i = mark; i < scratch_.size(); ++i)
                    if (same_key(scratch_[i].key_, key))
                        return fail_path(path(frames_.size()), "the field " + quote_text(key) +
                                                               " appears twice in the same object; keep only one of them");
            scratch_.push_back(child);
            skip_ws();
            if (p_ >= end_) return truncated();
            if (*p_ == '}') {
                ++p_;
                break;
            }
            if (*p_ != ',') return unexpected("a comma or } after a field");
            ++p_;
            skip_ws();
            if (p_ < end_ && *p_ == '}')
                return fail_at("this is not valid JSON: there is a comma after the last field of an object; remove it");
        }
        std::size_t members = scratch_.size() - mark;
        if (members > 64) {
            std::vector<std::string_view> keys;
            keys.reserve(members);
            for (std::size_t i = mark; i < scratch_.size(); ++i) keys.push_back(scratch_[i].key_);
            std::sort(keys.begin(), keys.end());
            for (std::size_t i = 1; i < keys.size(); ++i)
                if (keys[i] == keys[i - 1]) {
                    frames_.back().key = keys[i];
                    return fail_path(path(frames_.size()), "the field " + quote_text(keys[i]) +
                                                               " appears twice in the same object; keep only one of them");
                }
        }
        close(out, JsonNode::Type::Object, mark);
        return true;
    }

    std::string_view text_;
    const char* p_;
    const char* end_;
    JsonDoc& doc_;
    Diagnostics& diag_;
    const ReadLimits& limits_;
    std::vector<JsonNode> scratch_;
    std::vector<Frame> frames_;
};

Loaded<JsonDoc> read_json(std::string_view text, std::string_view file_name, const ReadLimits& limits) {
    Loaded<JsonDoc> result;
    Diagnostics diag(file_name);

    if (text.size() > limits.max_bytes) {
        diag.error("", "the file is too big for Welcome Audit: " + size_over_limit(text.size(), limits.max_bytes) +
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

    JsonDoc doc;
    JsonParser parser(body, doc, diag, limits);
    if (!parser.parse() || diag.has_errors()) {
        if (!diag.has_errors()) diag.error("", "this is not valid JSON");
        result.problems = diag.take();
        return result;
    }
    result.value = std::move(doc);
    return result;
}

} // namespace wa
