// Every export says which Welcome Audit and which checklist versions made it,
// so a consortium knows what its branches used.
#include <doctest/doctest.h>

#include "core/export.h"
#include "core/version.h"
#include "test_util.h"

using namespace wa;

TEST_CASE("every export carries the app's version and each checklist's version") {
    const Audit a = wa_test::mini_audit();
    REQUIRE(!a.checklists.empty());
    const std::string app = std::string("Welcome Audit ") + kVersion;
    const std::string& v = a.checklists[0].version;
    REQUIRE(!v.empty());
    const std::string exports[][2] = {{"json", plan_to_json(a, "2026-11-25T10:00:00Z")},
                                      {"csv", plan_to_csv(a)},
                                      {"markdown", plan_to_markdown(a)},
                                      {"html", plan_to_html(a)},
                                      {"summary", summary_text(a)}};
    for (const auto& e : exports) {
        CAPTURE(e[0]);
        CHECK(e[1].find(app) != std::string::npos);
        CHECK(e[1].find(v) != std::string::npos);
    }
    // The CSV keeps its columns in place: the versions come after the older columns,
    // then the measured figure (measure.h).
    const std::string csv = plan_to_csv(a);
    const std::string header = csv.substr(3, csv.find("\r\n") - 3);
    CHECK(header.size() > 40);
    CHECK(header.compare(header.size() - 38, 38, "Key,Checklist version,Made with,Figure") == 0);
}
