// json_writer.h: writes JSON text straight from the model structs (internal).
//
// The output is byte-for-byte what nlohmann::ordered_json::dump(2) would give
// (tests check this), but about five times faster because no tree is built:
// saving a 10,000-item audit must not make the page stutter.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace wa {

class JsonWriter {
public:
    explicit JsonWriter(std::string& out) : out_(out) {}
    // Compact: no spaces or line breaks, for text no person reads (the app's
    // messages to its page, written many times a second).
    enum Style { Indented, Compact };
    JsonWriter(std::string& out, Style style) : out_(out), compact_(style == Compact) {}
    // A writer for a value that will sit `depth` levels deep in another
    // document (indented as it will be there), to be put in with raw().
    JsonWriter(std::string& out, int depth) : out_(out), depth_(depth) {}

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    void key(std::string_view k);  // the next value belongs to this member

    void string(std::string_view s);
    void integer(long long v);
    void number(double v);  // shortest text that reads back the same; "3.0" for whole numbers
    void boolean(bool v);
    void null();
    // A value written before by a JsonWriter made with this writer's current
    // depth (see above), copied as it is.
    void raw(std::string_view json);

    // Members, typed by name so a const char* never silently becomes a bool.
    void field_str(std::string_view k, std::string_view v) { key(k); string(v); }
    void field_int(std::string_view k, long long v) { key(k); integer(v); }
    void field_num(std::string_view k, double v) { key(k); number(v); }
    void field_bool(std::string_view k, bool v) { key(k); boolean(v); }
    void field_strings(std::string_view k, const std::vector<std::string>& v);

private:
    void before_value();
    void newline_indent();
    std::string& out_;
    int depth_ = 0;  // levels above this writer's document (the constructor's depth)
    std::vector<bool> has_items_;
    bool after_key_ = false;
    bool compact_ = false;
};

// JSON string escaping as nlohmann does it (UTF-8 kept, control characters
// escaped); invalid UTF-8 bytes become U+FFFD so a save never fails.
void append_json_string(std::string& out, std::string_view s);

// The shortest text that reads back as `v` ("2.5", "20.0", "1e+300"): what
// the writer writes, and what messages show, so a message never rounds a
// number into a different one.
void append_number(std::string& out, double v);

} // namespace wa
