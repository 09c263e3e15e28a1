// Every export of a loadable audit: the plan as JSON (which must load as a
// plan), CSV, Markdown, HTML and the summary text.
#include "core/audit.h"
#include "core/export.h"
#include "core/plan.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    wa::Loaded<wa::Audit> l = wa::load_audit(wa_fuzz_bytes(data, size), "fuzz.json");
    if (!l.ok()) return 0;
    const wa::Audit& a = *l.value;
    std::string json = wa::plan_to_json(a, "2024-01-01T00:00:00Z");
    if (!wa::load_plan(json, "plan.json").ok()) wa_fuzz_fail("an exported plan does not load as a plan");
    (void)wa::plan_to_csv(a);
    (void)wa::plan_to_markdown(a, "2024-01-01T00:00:00Z");
    (void)wa::plan_to_html(a, "2024-01-01T00:00:00Z");
    (void)wa::summary_text(a);
    return 0;
}
