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

struct JsonNode {
    enum class Type : unsigned char { Null, Boolean, Integer, Float, String, Array, Object };
    // 48 bytes: a 15 MB audit has 300,000 nodes, and every byte saved here
    // is memory the browser does not have to find on a library's old PC (and
    // cache misses when the loader walks the tree).
    Type type = Type::Null;
    bool boolean = false;
    std::uint32_t count = 0;  // array elements or object members
    union {
        long long integer = 0;  // Integer
        double number;          // Float
        std::size_t first;      // Array, Object: index of the first child while parsing
    };
    union {
        std::string_view text{};  // String only: check is_string() first
        const JsonNode* kids;     // Array, Object: elements or members, in file order
    };
    std::string_view key;  // the member name, when this node is in an object

    bool is_null() const { return type == Type::Null; }
    bool is_boolean() const { return type == Type::Boolean; }
    bool is_number() const { return type == Type::Integer || type == Type::Float; }
    bool is_number_integer() const { return type == Type::Integer; }
    bool is_number_float() const { return type == Type::Float; }
    bool is_string() const { return type == Type::String; }
    bool is_array() const { return type == Type::Array; }
    bool is_object() const { return type == Type::Object; }

    std::size_t size() const { return count; }
    bool empty() const { return count == 0; }
    // `kids` is read only when there are some: on a text node that union
    // member holds the text.
    const JsonNode& operator[](std::size_t i) const { return kids[i]; }
    const JsonNode* begin() const { return count ? kids : nullptr; }
    const JsonNode* end() const { return count ? kids + count : nullptr; }
    // The member named `k` of an object (nullptr if absent or not an object).
    const JsonNode* find(std::string_view k) const;
    bool contains(std::string_view k) const { return find(k) != nullptr; }
};

static_assert(sizeof(JsonNode) <= 48, "JsonNode grew: check the loader benchmark (bench/core_bench.cpp)");

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
