#include <doctest/doctest.h>

#include "core/edit.h"
#include "core/export.h"
#include "generate.h"
#include "core/plan.h"
#include "test_util.h"

using namespace wa;
using wa_test::fixture;

namespace {
Audit mini() { return wa_test::mini_audit(); }
Audit with_nasty_note() {
    Audit a = mini();
    ActionState& s = action_state_for(a, "mini-welcome/greeting/huddle");
    s.notes = "<script>alert(\"x\")</script> & 'quotes'";
    s.owner = "=HYPERLINK(\"http://evil.example\",\"click\")";
    s.cost_estimate = "-10, or \"so\"\nsecond line";
    a.profile.library = "O'Brien <Memorial> & \"Friends\"";
    return a;
}
} // namespace

TEST_CASE("CSV: BOM, header, CRLF, quoting and the formula guard") {
    std::string csv = plan_to_csv(with_nasty_note());
    REQUIRE(csv.size() > 3);
    CHECK(csv.compare(0, 3, "\xEF\xBB\xBF") == 0);
    CHECK(csv.find("Priority,Quick win,Checklist,") == 3);
    CHECK(csv.find("\r\n") != std::string::npos);
    CHECK(csv.find("'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")") != std::string::npos);
    CHECK(csv.find("\"'-10, or \"\"so\"\"\nsecond line\"") != std::string::npos);
    // The cost band label has a comma: quoted.
    CHECK(csv.find("\"Over $1,000\"") != std::string::npos);
    // One header and four rows (a quoted newline is not a row end).
    std::size_t rows = 0;
    for (std::size_t i = csv.find("\r\n"); i != std::string::npos; i = csv.find("\r\n", i + 2)) ++rows;
    CHECK(rows == 5);
}

TEST_CASE("csv_cell") {
    CHECK(csv_cell("plain") == "plain");
    CHECK(csv_cell("a,b") == "\"a,b\"");
    CHECK(csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_cell("two\nlines") == "\"two\nlines\"");
    CHECK(csv_cell("=1+1") == "'=1+1");
    CHECK(csv_cell("+33 1 23") == "'+33 1 23");
    CHECK(csv_cell("-3") == "'-3");
    CHECK(csv_cell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_cell("\t=1") == "'\t=1");
    CHECK(csv_cell("=a,b") == "\"'=a,b\"");
    CHECK(csv_cell("") == "");
    CHECK(csv_cell(" padded ") == "\" padded \"");
}

TEST_CASE("HTML report: escaped, self-contained, printable, accessible structure") {
    std::string html = plan_to_html(with_nasty_note(), "2024-05-03T08:00:00Z");
    CHECK(html.find("<!DOCTYPE html>") == 0);
    CHECK(html.find("<html lang=\"en\">") != std::string::npos);
    CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
    CHECK(html.find("@media print") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);  // never a live script
    CHECK(html.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;") != std::string::npos);
    CHECK(html.find("O&#39;Brien &lt;Memorial&gt; &amp; &quot;Friends&quot;") != std::string::npos);
    CHECK(html.find("<h1>") != std::string::npos);
    CHECK(html.find("<th scope=\"col\">") != std::string::npos);
    CHECK(html.find("<caption>") != std::string::npos);
    CHECK(html.find("<link") == std::string::npos);  // no external resources
    CHECK(html.find(" src=") == std::string::npos);  // the mini audit has no photo
    CHECK(html_escape("<a href='x'>&</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;");
}

TEST_CASE("Markdown: escaped and tabular") {
    std::string md = plan_to_markdown(with_nasty_note(), "2024-05-03T08:00:00Z");
    CHECK(md.find("# Improvement plan: O'Brien &lt;Memorial&gt; &amp; \"Friends\", Eastside") == 0);
    CHECK(md.find("| Priority | Action |") != std::string::npos);
    CHECK(md.find("<script>") == std::string::npos);
    CHECK(markdown_escape("a|b*c_d\ne") == "a\\|b\\*c\\_d<br>e");
    CHECK(md.find("## Essential items not fully met (Not met or Partly met)") != std::string::npos);
    CHECK(md.find("Mini welcome check: Can the main door be opened without help?") != std::string::npos);
}

TEST_CASE("JSON plan: stable key order, ISO dates, ids, versions and scores") {
    Audit a = mini();
    std::string j = plan_to_json(a, "2024-05-03T08:00:00Z");
    CHECK(j == plan_to_json(a, "2024-05-03T08:00:00Z"));
    const char* order[] = {"\"format\": \"welcome-audit/plan\"", "\"format_version\": 2",
                           "\"generated_at\": \"2024-05-03T08:00:00Z\"", "\"generator\"", "\"audit\"",
                           "\"profile\"", "\"checklists\"", "\"summary\"", "\"actions\""};
    std::size_t last = 0;
    for (const char* k : order) {
        std::size_t at = j.find(k);
        CAPTURE(k);
        REQUIRE(at != std::string::npos);
        CHECK(at >= last);
        last = at;
    }
    CHECK(j.find("\"version\": \"1.0.0\"") != std::string::npos);
    CHECK(j.find("\"percent\": 41.7") != std::string::npos);
    CHECK(j.find("\"essential_gaps\": [\n          \"mini-welcome/door-open\"") != std::string::npos);
}

TEST_CASE("summary text") {
    std::string s = summary_text(mini());
    CHECK(s.find("Riverside Public Library, Eastside (2024-05-01)") != std::string::npos);
    CHECK(s.find("Overall: 42%") != std::string::npos);
    CHECK(s.find("Essential items not fully met (Not met or Partly met): 1") != std::string::npos);
    CHECK(s.find("Plan: 4 actions, 3 quick wins, 0 done.") != std::string::npos);
}

TEST_CASE("exports of generated audits are deterministic") {
    GenerateOptions o;
    o.seed = 7;
    Audit a = generate_audit(o);
    CHECK(plan_to_csv(a) == plan_to_csv(generate_audit(o)));
    CHECK(plan_to_html(a, "2024-01-01T00:00:00Z") == plan_to_html(generate_audit(o), "2024-01-01T00:00:00Z"));
    CHECK(plan_to_markdown(a) == plan_to_markdown(generate_audit(o)));
    CHECK(plan_to_html(a).find("<script>") == std::string::npos);
}

TEST_CASE("HTML report: notes and evidence of each checklist, escaped, photos embedded") {
    Audit a = mini();
    const std::string png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    REQUIRE(add_photo_evidence(a, "mini-welcome", "door-open", png, "2024-05-02T10:00:00Z") == EvidenceResult::Added);
    REQUIRE(add_link_evidence(a, "mini-welcome", "greeting", "https://example.org/a?b=\"c\"&d=<e>", "2024-05-02T10:00:00Z") ==
            EvidenceResult::Added);
    set_item_note(a, "mini-welcome", "sign-visible", "<img src=x onerror=alert(1)>", "2024-05-02T10:00:00Z");
    std::string html = plan_to_html(a, "2024-05-03T08:00:00Z");
    CHECK(html.find("<h3 class=\"findings\">Notes and evidence: Mini welcome check</h3>") != std::string::npos);
    // In checklist order: the door (note, text evidence, link, photo), the sign, the greeting.
    const std::size_t door = html.find("<h4>Can the main door be opened without help?");
    const std::size_t sign = html.find("&lt;img src=x onerror=alert(1)&gt;");
    const std::size_t greeting = html.find("<p>Busy at opening time.</p>");
    CHECK(door != std::string::npos);
    CHECK(sign != std::string::npos);
    CHECK(greeting != std::string::npos);
    CHECK(door < sign);
    CHECK(sign < greeting);
    CHECK(html.find("<p>Door is heavy: 9 kg of force.</p>") != std::string::npos);
    CHECK(html.find("<p>Measured with a spring scale.</p>") != std::string::npos);
    CHECK(html.find("<li><a href=\"https://example.org/album/1\">Photo album</a></li>") != std::string::npos);
    CHECK(html.find("<a href=\"https://example.org/a?b=&quot;c&quot;&amp;d=&lt;e&gt;\">") != std::string::npos);
    CHECK(html.find("<figure><img src=\"" + png + "\" alt=\"Photo 1 for: ") != std::string::npos);
    CHECK(html.find("<figcaption>Photo 1</figcaption>") != std::string::npos);
    // Every src is an embedded picture: the report needs nothing from the network.
    for (std::size_t at = html.find(" src=\""); at != std::string::npos; at = html.find(" src=\"", at + 1))
        CHECK(html.compare(at + 6, 11, "data:image/") == 0);
    CHECK(html.find("<img src=x") == std::string::npos);
}
