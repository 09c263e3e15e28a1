// The JSON reader on arbitrary bytes: a problem with a place, or a tree
// whose every value reads back through the checked accessors.
#include "core/json_reader.h"
#include "fuzz_util.h"

static void walk(const wa::JsonNode& n) {
    if (n.is_number()) {
        long long i = 0;
        if (n.as_integer(i) && static_cast<double>(i) != n.as_double()) wa_fuzz_fail("as_integer and as_double disagree");
        if (n.is_number_integer() && !n.as_integer(i)) wa_fuzz_fail("an integer node refused as_integer");
    }
    if (!n.is_string() && !n.text().empty()) wa_fuzz_fail("text() of a non-string");
    if ((n.is_array() || n.is_object()))
        for (const wa::JsonNode& k : n) {
            if (n.is_object() && n.find(k.key()) == nullptr) wa_fuzz_fail("a member cannot be found by its key");
            walk(k);
        }
    else if (n.size() != 0) wa_fuzz_fail("a scalar with children");
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    wa::Loaded<wa::JsonDoc> doc = wa::read_json(wa_fuzz_bytes(data, size), "fuzz.json");
    wa_fuzz_check_problems(doc);
    if (doc.ok()) walk(doc.value->root());
    return 0;
}
