// generate.h (tests and benchmarks only, not shipped): made-up checklists and audits from a fixed seed, for round-trip
// tests, the benchmark and demos. Same options, same audit, on every platform
// (own PRNG, no <random> distributions, whose output differs by library).
#pragma once

#include <cstdint>
#include <string>

#include "core/audit.h"

namespace wa {

struct GenerateOptions {
    std::uint64_t seed = 1;
    int checklists = 2;
    int sections_per_checklist = 3;
    int items_per_section = 5;
    int actions_per_item_max = 3;
    bool tricky_text = true;   // quotes, commas, newlines, <script>, =formulas, non-ASCII
    bool with_images = false;  // tiny data: URL images as evidence
};

Audit generate_audit(const GenerateOptions& o);

} // namespace wa
