// Plans: a loaded plan file saved and loaded again is equal; the plan made
// from any loadable audit loads back as the same plan, and its action
// states, applied to the audit, change nothing.
#include "core/audit.h"
#include "core/plan.h"
#include "fuzz_util.h"

static void check_plan_roundtrip(const wa::PlanDoc& p) {
    std::string saved = wa::plan_doc_to_json_text(p);
    wa::Loaded<wa::PlanDoc> again = wa::load_plan(saved, "saved.json");
    if (!again.ok()) wa_fuzz_fail("a saved plan does not load again");
    if (!(*again.value == p)) wa_fuzz_fail("a saved plan loads as a different plan");
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text = wa_fuzz_bytes(data, size);
    wa::Loaded<wa::PlanDoc> l = wa::load_plan(text, "fuzz.json");
    wa_fuzz_check_problems(l);
    if (l.ok()) check_plan_roundtrip(*l.value);
    wa::Loaded<wa::Audit> a = wa::load_audit(text, "fuzz.json");
    if (a.ok()) {
        wa::PlanDoc p = wa::make_plan_doc(*a.value, "2024-01-01T00:00:00Z");
        check_plan_roundtrip(p);
        wa::Audit copy = *a.value;
        wa::apply_plan_states(copy, p);
        if (!(wa::build_plan(copy) == p.actions)) wa_fuzz_fail("applying an audit's own plan changed its plan");
    }
    return 0;
}
