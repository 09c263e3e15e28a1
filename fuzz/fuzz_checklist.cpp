// Checklists: a loaded checklist saved and loaded again is equal.
#include "core/checklist.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    wa::Loaded<wa::Checklist> l = wa::load_checklist(wa_fuzz_bytes(data, size), "fuzz.json");
    wa_fuzz_check_problems(l);
    if (!l.ok()) return 0;
    std::string saved = wa::checklist_to_json_text(*l.value);
    wa::Loaded<wa::Checklist> again = wa::load_checklist(saved, "saved.json");
    if (!again.ok()) wa_fuzz_fail("a saved checklist does not load again");
    if (!(*again.value == *l.value)) wa_fuzz_fail("a saved checklist loads as a different checklist");
    return 0;
}
