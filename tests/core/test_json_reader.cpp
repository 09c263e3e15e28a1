#include <doctest/doctest.h>

#include "core/json_reader.h"
#include "test_util.h"

using namespace wa;

TEST_CASE("UTF-8 validation finds the first bad byte") {
    std::size_t bad = 99;
    CHECK(is_valid_utf8("plain ascii"));
    CHECK(is_valid_utf8("caf\xC3\xA9 \xE2\x98\x95 \xF0\x9F\x98\x80"));
    CHECK_FALSE(is_valid_utf8("ab\xE9" "cd", &bad));
    CHECK(bad == 2);
    CHECK_FALSE(is_valid_utf8("\xC0\xAF", &bad));          // overlong
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80", &bad));      // UTF-16 surrogate
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80", &bad));  // above U+10FFFF
    CHECK_FALSE(is_valid_utf8("\xE2\x98", &bad));          // cut short
}

TEST_CASE("text positions count lines and characters") {
    std::string_view t = "ab\nc\xC3\xA9" "d";
    CHECK(position_of(t, 0).line == 1);
    CHECK(position_of(t, 3).line == 2);
    CHECK(position_of(t, 3).column == 1);
    CHECK(position_of(t, 6).column == 3);  // é counts as one character
}

TEST_CASE("read_json accepts good JSON, with or without a BOM") {
    CHECK(read_json("{\"a\": [1, 2, {\"b\": null}]}", "x.json").ok());
    CHECK(read_json("\xEF\xBB\xBF{\"a\": 1}", "x.json").ok());
}

TEST_CASE("read_json limits: size, depth, string length") {
    ReadLimits lim;
    lim.max_bytes = 100;
    auto big = read_json(std::string(200, ' ') + "{}", "big.json", lim);
    REQUIRE_FALSE(big.ok());
    CHECK(big.problems[0].message.find("202 bytes") != std::string::npos);

    std::string deep(65, '[');
    deep += std::string(65, ']');
    auto d = read_json(deep, "deep.json");
    REQUIRE_FALSE(d.ok());
    CHECK(d.problems[0].message.find("nested more than 64 levels") != std::string::npos);
    std::string ok_deep = std::string(64, '[') + std::string(64, ']');
    CHECK(read_json(ok_deep, "ok.json").ok());

    // A million-level nesting must not crash (no recursion in the reader).
    std::string very_deep(1000000, '[');
    CHECK_FALSE(read_json(very_deep, "very-deep.json").ok());

    ReadLimits small;
    small.max_string_bytes = 10;
    auto s = read_json("{\"note\": \"this is longer than ten bytes\"}", "s.json", small);
    REQUIRE_FALSE(s.ok());
    CHECK(s.problems[0].where == "s.json at /note");
}

TEST_CASE("read_json reports where JSON breaks") {
    auto r = read_json("{\n  \"a\": 1,\n  \"b\": tru\n}", "bad.json");
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems[0].where.find("bad.json, line 3") == 0);
    CHECK(r.problems[0].message.find("not valid JSON") != std::string::npos);

    auto dup = read_json("{\"items\": [{\"id\": \"a\", \"id\": \"b\"}]}", "dup.json");
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.problems[0].where == "dup.json at /items/0/id");
    CHECK(dup.problems[0].message.find("appears twice") != std::string::npos);
}

TEST_CASE("format_bytes is readable") {
    CHECK(format_bytes(87) == "87 bytes");
    CHECK(format_bytes(2048) == "2 KB");
    CHECK(format_bytes(20u * 1024u * 1024u) == "20 MB");
}

TEST_CASE("the word-at-a-time scanner agrees with nlohmann wherever a special byte falls") {
    // Quotes, backslashes, control characters and non-ASCII bytes at every
    // offset around the 8-byte steps, and runs of indentation of every length.
    const std::string specials[] = {"\\\"", "\\\\", "\\n", "\\u00e9", "\xC3\xA9", "\xF0\x9F\x98\x80", "~"};
    for (const std::string& special : specials) {
        for (std::size_t at = 0; at < 20; ++at) {
            for (std::size_t indent = 0; indent < 20; indent += 3) {
                std::string value = std::string(at, 'a') + special + std::string(19 - at, 'b');
                std::string text = "{\n" + std::string(indent, ' ') + "\"k\": \"" + value + "\",\n" +
                                   std::string(indent, ' ') + "\t\"n\": [1,\r\n" + std::string(indent + 8, ' ') + "2]}";
                CAPTURE(text);
                auto mine = read_json(text, "x.json");
                REQUIRE_MESSAGE(mine.ok(), wa_test::all_text(mine.problems));
                nlohmann::json theirs = nlohmann::json::parse(text);
                CHECK(mine.value->root().find("k")->text() == theirs["k"].get<std::string>());
                CHECK(mine.value->root().find("n")->size() == 2);
            }
        }
    }
    // A raw control character is refused wherever it is, with its column.
    for (std::size_t at = 0; at < 20; ++at) {
        std::string text = "{\"k\": \"" + std::string(at, 'a') + "\x01" + "bbbbbbbbbb\"}";
        auto r = read_json(text, "x.json");
        REQUIRE_FALSE(r.ok());
        CHECK(r.problems[0].where == "x.json, line 1, column " + std::to_string(8 + at));
        CHECK(r.problems[0].message.find("control character") != std::string::npos);
    }
}

TEST_CASE("a text node has no children, whatever shares its storage") {
    auto r = read_json("[\"a long enough text\", [], {}, 5]", "x.json");
    REQUIRE(r.ok());
    const JsonNode& root = r.value->root();
    for (const JsonNode& n : root) {
        CHECK(n.begin() == n.end());
        CHECK(n.find("a") == nullptr);
    }
    CHECK(root[0].text() == "a long enough text");
}

TEST_CASE("a JSON place spells out the same path json_path builds") {
    const std::string root;
    const JsonPlace top(root);
    const JsonPlace responses(top, "responses");
    const JsonPlace odd(responses, "a/b~c");
    const JsonPlace third(odd, std::size_t{3});
    CHECK(top.str().empty());
    CHECK(JsonPlace().str().empty());  // the root, with no string to point at
    CHECK(third.str() == "/responses/a~1b~0c/3");
    CHECK(third.str() == json_path(json_path(json_path("", "responses"), "a/b~c"), 3));
    const std::string spelled = "/checklists/0";
    CHECK(JsonPlace(JsonPlace(spelled), "id").str() == "/checklists/0/id");
}
