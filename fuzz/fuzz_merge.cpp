// Two audits (split at a NUL byte) merged both ways: the result saves and
// loads again, and merging an audit into itself changes nothing.
#include "core/merge.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view a_text, b_text;
    wa_fuzz_split(wa_fuzz_bytes(data, size), a_text, b_text);
    wa::Loaded<wa::Audit> a = wa::load_audit(a_text, "a.json");
    if (!a.ok()) return 0;
    wa::Audit self = *a.value;
    wa::merge_audits(self, *a.value);
    if (!(self == *a.value)) wa_fuzz_fail("merging an audit into itself changed it");
    wa::Loaded<wa::Audit> b = wa::load_audit(b_text, "b.json");
    if (!b.ok()) return 0;
    for (int way = 0; way < 2; ++way) {
        wa::Audit into = way ? *b.value : *a.value;
        wa::merge_audits(into, way ? *a.value : *b.value);
        wa::Loaded<wa::Audit> again = wa::load_audit(wa::audit_to_json_text(into), "merged.json");
        if (!again.ok()) wa_fuzz_fail("a merged audit does not load again");
    }
    return 0;
}
