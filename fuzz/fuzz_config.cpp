// A consortium's config.json: any bytes load or give problems, never a crash;
// a loaded config keeps its promises (alt text for a logo, safe paths).
#include "core/config.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    wa::Loaded<wa::Config> l = wa::load_config(wa_fuzz_bytes(data, size), "config.json");
    wa_fuzz_check_problems(l);
    if (!l.ok()) return 0;
    const wa::Config& c = *l.value;
    if (!c.logo.src.empty() && c.logo.alt.empty()) wa_fuzz_fail("a logo without alt text was accepted");
    for (const std::string& f : c.checklist_files)
        if (!wa::page_path_problem(f).empty()) wa_fuzz_fail("a checklist path off the page was accepted");
    if (c.send_plan_to.is_email && !wa::email_problem(c.send_plan_to.text).empty())
        wa_fuzz_fail("a bad email address was accepted");
    return 0;
}
