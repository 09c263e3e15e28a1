// Branches at a glance (core/compare_grid.h): 12 branches made here from the
// shipped checklists, names in many scripts and with characters a CSV must quote.
#include <algorithm>

#include <doctest/doctest.h>

#include "core/compare_grid.h"
#include "core/export.h"
#include "test_util.h"

using namespace wa;

namespace {

Checklist shipped(const char* file) { return wa_test::shipped_checklist(file); }

const std::vector<std::string>& branch_names() {
    static const std::vector<std::string> names = {
        "Eastside",
        "Westside, \"the old one\"",
        "=SUM(A1:A9)",
        "Bibliothèque du Plateau",
        "مكتبة الحي",             // Arabic
        "中央图书馆",               // Chinese
        "पुस्तकालय शाखा",          // Devanagari
        "Библиотека №5",           // Cyrillic
        "Βιβλιοθήκη",              // Greek
        "ห้องสมุด",                // Thai
        "  Northgate\nMobile  ",   // spaces and a line break
        "@branch -12 +1",
    };
    return names;
}

// Branch i answers a different share of each checklist, so scores differ;
// every fourth branch did not audit the sensory storytime list.
std::vector<NamedPlan> twelve_branches() {
    const Checklist welcome = shipped("welcome-behaviors.json");
    const Checklist physical = shipped("physical-access.json");
    const Checklist story = shipped("sensory-storytime.json");
    std::vector<NamedPlan> plans;
    for (std::size_t b = 0; b < branch_names().size(); ++b) {
        std::vector<Checklist> used = {welcome, physical};
        if (b % 4 != 3) used.push_back(story);
        Profile p{"Riverside Public Library", branch_names()[b], "2026-05-01", {"Branch manager"}, "", ""};
        Audit a = new_audit(p, used, "2026-05-01T09:00:00Z");
        int n = 0;
        for (const Checklist& c : a.checklists)
            for (const Section& s : c.sections)
                for (const Item& item : s.items) {
                    const int k = static_cast<int>((n++ + b * 3) % 12);
                    const Answer ans = k < static_cast<int>(b) ? Answer::Met : (k % 3 == 0 ? Answer::Partly : Answer::NotMet);
                    set_answer(a, c.id, item.id, ans, "2026-05-01T10:00:00Z");
                }
        plans.push_back({"plan-" + std::to_string(b) + ".json", make_plan_doc(a, "2026-05-02T00:00:00Z")});
    }
    return plans;
}

// RFC 4180 rows (quoted cells may hold commas, quotes and line breaks).
std::vector<std::vector<std::string>> parse_csv(std::string text) {
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
    std::vector<std::vector<std::string>> rows(1);
    std::string cell;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (quoted) {
            if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"') cell += '"', ++i;
            else if (ch == '"') quoted = false;
            else cell += ch;
        } else if (ch == '"') quoted = true;
        else if (ch == ',') rows.back().push_back(cell), cell.clear();
        else if (ch == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.back().push_back(cell), cell.clear();
            rows.emplace_back();
            ++i;
        } else cell += ch;
    }
    if (rows.back().empty()) rows.pop_back();
    return rows;
}

} // namespace

TEST_CASE("grid: 12 branches as columns, checklists and sections as rows") {
    const std::vector<NamedPlan> plans = twelve_branches();
    const BranchGrid g = branch_grid(plans, GridOrder::AsOpened, false);
    REQUIRE(g.columns.size() == 12);
    CHECK(g.columns[0] == "Riverside Public Library, Eastside (2026-05-01)");
    CHECK(g.library == "Riverside Public Library");
    CHECK(g.short_columns[0] == "Eastside (2026-05-01)");
    CHECK(g.short_columns[1] == "Westside, \"the old one\" (2026-05-01)");
    REQUIRE(g.rows.size() == 4);  // all checklists, then three
    CHECK(g.rows[0].title == "All checklists");
    for (const GridRow& r : g.rows) CHECK(r.cells.size() == 12);
    // Branch 3 did not audit the storytime list: said in words.
    const GridRow& story = g.rows[3];
    CHECK(story.checklist_id == "sensory-storytime");
    CHECK_FALSE(story.cells[3].audited);
    CHECK(story.cells[3].text == "Not audited");
    // Every scored cell names its band in words, never by colour alone.
    for (const GridRow& r : g.rows)
        for (const GridCell& c : r.cells) {
            if (!c.audited) continue;
            CHECK(c.text.find(band_label(c.band)) != std::string::npos);
            CHECK((c.band == ScoreBand::NoScore) == (c.percent < 0));
        }
    const BranchGrid with_sections = branch_grid(plans, GridOrder::AsOpened, true);
    const Checklist welcome = shipped("welcome-behaviors.json");
    CHECK(with_sections.rows.size() > g.rows.size());
    CHECK(with_sections.rows[2].is_section);
    CHECK(with_sections.rows[2].section_id == welcome.sections[0].id);
    CHECK(with_sections.rows[2].title == welcome.sections[0].title);
}

TEST_CASE("grid: bands, and gaps counted") {
    Tally t;
    t.possible = 10;
    t.earned = 8;
    CHECK(score_band(t) == ScoreBand::Good);
    t.earned = 7.94;
    CHECK(score_band(t) == ScoreBand::Fair);
    t.earned = 4.9;
    CHECK(score_band(t) == ScoreBand::Low);
    CHECK(score_band(Tally{}) == ScoreBand::NoScore);
    const BranchGrid g = branch_grid(twelve_branches(), GridOrder::AsOpened, false);
    int gaps = 0;
    for (const GridCell& c : g.rows[0].cells) gaps += c.essential_gaps;
    CHECK(gaps > 0);
    for (const GridCell& c : g.rows[0].cells)
        if (c.essential_gaps) CHECK(c.text.find(std::to_string(c.essential_gaps) + " essential gap") != std::string::npos);
}

TEST_CASE("grid: ordered by name or by overall score, the same for every row") {
    const std::vector<NamedPlan> plans = twelve_branches();
    const BranchGrid by_name = branch_grid(plans, GridOrder::NameAZ, false);
    CHECK(std::is_sorted(by_name.columns.begin(), by_name.columns.end(), [](std::string a, std::string b) {
        for (char& c : a) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        for (char& c : b) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        return a < b;
    }));
    const BranchGrid high = branch_grid(plans, GridOrder::ScoreHighFirst, false);
    const BranchGrid low = branch_grid(plans, GridOrder::ScoreLowFirst, false);
    for (std::size_t i = 1; i < 12; ++i) {
        CHECK(high.rows[0].cells[i - 1].percent >= high.rows[0].cells[i].percent);
        CHECK(low.rows[0].cells[i - 1].percent <= low.rows[0].cells[i].percent);
    }
    CHECK(high.rows[0].cells[0].percent > high.rows[0].cells[11].percent);
    // A cell moves with its column: the same branch's storytime cell, whatever the order.
    for (std::size_t i = 0; i < 12; ++i) {
        const std::size_t b = high.opened[i];
        CHECK(high.rows[3].cells[i].audited == (b % 4 != 3));
        CHECK(high.columns[i].find(branch_names()[b]) != std::string::npos);
    }
}

TEST_CASE("grid: CSV keeps odd branch names in many scripts intact and never a formula") {
    const BranchGrid g = branch_grid(twelve_branches(), GridOrder::AsOpened, true);
    const std::string csv = grid_to_csv(g);
    CHECK(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    const auto rows = parse_csv(csv);
    REQUIRE(rows.size() == g.rows.size() + 1);
    REQUIRE(rows[0].size() == 2 + 3 * 12);
    for (std::size_t b = 0; b < 12; ++b) {
        const std::string head = rows[0][2 + 3 * b];
        CHECK(head == g.columns[b] + ": score");
        CHECK(head.find(branch_names()[b]) != std::string::npos);
    }
    for (const auto& row : rows) {
        CHECK(row.size() == rows[0].size());
        for (const std::string& cell : row)
            CHECK_FALSE((!cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@')));
    }
    CHECK(rows[1][0] == "All checklists");
    CHECK(rows[1][3] == band_label(g.rows[0].cells[0].band));
}

TEST_CASE("grid: the printable page names the order and every band in words, escaped") {
    const BranchGrid g = branch_grid(twelve_branches(), GridOrder::ScoreHighFirst, false);
    const std::string h = grid_to_html(g, "2026-05-02");
    CHECK(h.find("<html lang=\"en\">") != std::string::npos);
    CHECK(h.find("branches by overall score, highest first</caption>") != std::string::npos);
    CHECK(h.find("Westside, &quot;the old one&quot;") != std::string::npos);
    CHECK(h.find("\"the old one\"") == std::string::npos);
    CHECK(h.find("<th scope=\"col\">") != std::string::npos);
    const bool has_band = h.find("<span class=\"band\">Good</span>") != std::string::npos ||
                          h.find("<span class=\"band\">Fair</span>") != std::string::npos;
    CHECK(has_band);
    CHECK(h.find("@media print") != std::string::npos);
}
