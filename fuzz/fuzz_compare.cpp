// Comparing branches: two plans or audits (split at a NUL byte), each
// compared with itself and with the other, in both table formats.
#include "core/compare.h"
#include "core/document.h"
#include "fuzz_util.h"

static bool as_plan(std::string_view text, wa::NamedPlan& out) {
    wa::AnyDocument d = wa::load_any(text, "fuzz.json");
    out.file = "fuzz.json";
    if (d.plan) out.plan = std::move(*d.plan);
    else if (d.audit) out.plan = wa::make_plan_doc(*d.audit, "2024-01-01T00:00:00Z");
    else return false;
    return true;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view a_text, b_text;
    wa_fuzz_split(wa_fuzz_bytes(data, size), a_text, b_text);
    std::vector<wa::NamedPlan> plans(1);
    if (!as_plan(a_text, plans[0])) return 0;
    plans.push_back(plans[0]);
    wa::NamedPlan other;
    if (as_plan(b_text, other)) plans.push_back(std::move(other));
    wa::Comparison c = wa::compare_plans(plans);
    if (c.columns.size() != plans.size()) wa_fuzz_fail("one column per plan");
    for (const wa::CompareRow& r : c.rows)
        if (r.cells.size() != plans.size()) wa_fuzz_fail("one cell per plan in every row");
    (void)wa::comparison_to_csv(c);
    (void)wa::comparison_to_markdown(c);
    for (const wa::CompareRow& r : c.rows)
        for (const wa::CompareCell& cell : r.cells) (void)wa::cell_text(cell);
    return 0;
}
