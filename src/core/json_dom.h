// json_dom.h: a small, fast, read-only JSON tree for loading files.
//
// Why not nlohmann::json for reading? Speed and control. A 10,000-item audit
// is about 15 MB; nlohmann's parser needs ~200 ms for it, this one ~20 ms.
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

struct JsonNode {
    enum class Type : unsigned char { Null, Boolean, Integer, Float, String, Array, Object };
    Type type = Type::Null;
    bool boolean = false;
    long long integer = 0;  // Integer
    double number = 0;      // Float (and Integer, as a double)
    std::string_view text;  // String
    std::string_view key;   // the member name, when this node is in an object
    const JsonNode* kids = nullptr;  // array elements or object members, in file order
    std::uint32_t count = 0;
    std::uint32_t first = 0;  // index of kids while parsing

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
    const JsonNode& operator[](std::size_t i) const { return kids[i]; }
    const JsonNode* begin() const { return kids; }
    const JsonNode* end() const { return kids + count; }
    // The member named `k` of an object (nullptr if absent or not an object).
    const JsonNode* find(std::string_view k) const;
    bool contains(std::string_view k) const { return find(k) != nullptr; }
};

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
