// Shared helpers for the core tests.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/audit.h"
#include "core/problems.h"

namespace wa_test {

inline std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline std::string fixture(const std::string& name) {
    std::string text = read_text(std::string(WA_FIXTURES_DIR) + "/" + name);
    return text;
}

#ifdef WA_CHECKLISTS_DIR
// A shipped checklist (checklists/FILE), loaded and checked.
inline wa::Checklist shipped_checklist(const std::string& file) {
    auto c = wa::load_checklist(read_text(std::string(WA_CHECKLISTS_DIR) + "/" + file), file);
    REQUIRE(c.ok());
    return *c.value;
}
#endif

// The small audit most tests start from (tests/fixtures/audit-mini.json).
inline wa::Audit mini_audit() {
    auto l = wa::load_audit(fixture("audit-mini.json"), "a.json");
    REQUIRE(l.ok());
    return *l.value;
}

// Parses a fixture (known good), lets `edit` change it, returns the text.
template <class Edit>
std::string edited(const std::string& name, Edit edit) {
    nlohmann::json j = nlohmann::json::parse(fixture(name), nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    edit(j);
    return j.dump(2);
}

// All problems as one string, for CHECKs with a readable failure.
inline std::string all_text(const std::vector<wa::Problem>& problems) {
    std::string s;
    for (const wa::Problem& p : problems) s += wa::to_string(p) + "\n";
    return s;
}

} // namespace wa_test
