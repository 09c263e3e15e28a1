// json_dom.h: a small, fast, read-only JSON tree for loading files.
//
// Why not nlohmann::json for reading? Speed and control. A 10,000-item audit
// is about 15 MB; nlohmann's parser needs ~200 ms for it, this one ~17 ms.
// It also reports what people need (line and column, a JSON path for
// duplicate keys, too-deep nesting, too-long strings), needs no exceptions,
// and its recursion is bounded by the depth limit.
//
// Strings are views: into the parsed text when they have no escapes, else
// into the document's own buffer. So a JsonDoc must not outlive the text it
// was parsed from; loaders copy what they keep into the model structs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace wa {

// Key comparison for objects' member names: short, and mostly different in
// length or first byte. An inline loop beats a call to memcmp here, and
// loading a big audit compares a million of them.
inline bool same_key(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i] != b[i]) return false;
    return true;
}

// One value. Its fields are private: what a value holds is read only through
// the checked accessors below, so a number stored as an integer is never read
// as the bits of a double (a plan's `"possible": 7` once loaded as 3.46e-323).
class JsonNode {
public:
    enum class Type : unsigned char { Null, Boolean, Integer, Float, String, Array, Object };

    Type type() const { return type_; }
    bool is_null() const { return type_ == Type::Null; }
    bool is_boolean() const { return type_ == Type::Boolean; }
    bool is_number() const { return type_ == Type::Integer || type_ == Type::Float; }
    // Written without a fraction or exponent and small enough for 64 bits.
    bool is_number_integer() const { return type_ == Type::Integer; }
    bool is_number_float() const { return type_ == Type::Float; }
    bool is_string() const { return type_ == Type::String; }
    bool is_array() const { return type_ == Type::Array; }
    bool is_object() const { return type_ == Type::Object; }

    // false unless this is `true`.
    bool as_bool() const { return type_ == Type::Boolean && boolean_; }
    // Any number, however it was written (7, 7.0, 7e0, -0); 0 for anything else.
    double as_double() const {
        if (type_ == Type::Integer) return static_cast<double>(integer_);
        if (type_ == Type::Float) return number_;
        return 0.0;
    }
    // A whole number, however it was written (2, 2.0, 2e0, -0). False for
    // fractions (2.5), for numbers beyond +-2^63 and for anything not a number;
    // `out` is left alone then.
    bool as_integer(long long& out) const;
    // The text of a string; "" for anything else.
    std::string_view text() const { return type_ == Type::String ? text_ : std::string_view(); }
    // The member name, when this value is in an object ("" otherwise).
    std::string_view key() const { return key_; }

    std::size_t size() const { return count_; }
    bool empty() const { return count_ == 0; }
    // Elements of an array or members of an object, in file order. `kids_`
    // is read only when there are some: on a string that union member holds
    // the text, and a string's count is 0.
    const JsonNode& operator[](std::size_t i) const { return kids_[i]; }
    const JsonNode* begin() const { return count_ ? kids_ : nullptr; }
    const JsonNode* end() const { return count_ ? kids_ + count_ : nullptr; }
    // The member named `k` of an object (nullptr if absent or not an object).
    const JsonNode* find(std::string_view k) const;
    bool contains(std::string_view k) const { return find(k) != nullptr; }

private:
    friend class JsonParser;
    // 48 bytes: a 15 MB audit has 300,000 nodes, and every byte saved here
    // is memory the browser does not have to find on a library's old PC (and
    // cache misses when the loader walks the tree).
    Type type_ = Type::Null;
    bool boolean_ = false;
    std::uint32_t count_ = 0;  // array elements or object members
    union {
        long long integer_ = 0;  // Integer
        double number_;          // Float
        std::size_t first_;      // Array, Object: index of the first child while parsing
    };
    union {
        std::string_view text_{};  // String
        const JsonNode* kids_;     // Array, Object: elements or members, in file order
    };
    std::string_view key_;
};

static_assert(sizeof(JsonNode) <= 48, "JsonNode grew: check the loader benchmark (bench/core_bench.cpp)");
// The parser copies finished nodes in blocks (json_reader.cpp, close()).
static_assert(std::is_trivially_copyable_v<JsonNode>, "JsonNode must stay a plain copyable value");

class JsonDoc {
public:
    JsonDoc() = default;
    JsonDoc(JsonDoc&&) = default;
    JsonDoc& operator=(JsonDoc&&) = default;
    JsonDoc(const JsonDoc&) = delete;
    JsonDoc& operator=(const JsonDoc&) = delete;

    const JsonNode& root() const { return nodes_.back(); }

private:
    friend class JsonParser;
    std::vector<JsonNode> nodes_;  // children stored contiguously; the root is last
    std::string strings_;          // decoded strings that had escapes
};

} // namespace wa
