// Audits of every format version (format 0 is migrated): a loaded audit
// saved and loaded again is equal, and saving that gives the same bytes.
#include "core/audit.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    wa::Loaded<wa::Audit> l = wa::load_audit(wa_fuzz_bytes(data, size), "fuzz.json");
    wa_fuzz_check_problems(l);
    if (!l.ok()) return 0;
    std::string saved = wa::audit_to_json_text(*l.value);
    wa::Loaded<wa::Audit> again = wa::load_audit(saved, "saved.json");
    if (!again.ok()) wa_fuzz_fail("a saved audit does not load again");
    if (!(*again.value == *l.value)) wa_fuzz_fail("a saved audit loads as a different audit");
    if (wa::audit_to_json_text(*again.value) != saved) wa_fuzz_fail("saving twice gives different bytes");
    return 0;
}
