// Whatever a person opens: load_any and the one-line description.
#include "core/document.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    wa::AnyDocument d = wa::load_any(wa_fuzz_bytes(data, size), "fuzz.json");
    bool has_error = false;
    for (const wa::Problem& p : d.problems) has_error = has_error || p.severity == wa::Severity::Error;
    if (d.ok() == has_error) wa_fuzz_fail("a failed load must report an error, a good one none");
    (void)wa::describe(d);
    return 0;
}
