// A consortium's config.json (core/config.h): every field, every way it can be wrong.
#include <doctest/doctest.h>

#include <string>

#include "core/config.h"
#include "test_util.h"

using namespace wa;
using wa_test::all_text;
using wa_test::edited;
using wa_test::fixture;

namespace {

Loaded<Config> load_edited(void (*edit)(nlohmann::json&)) {
    return load_config(edited("config-riverside.json", edit), "config.json");
}

// The problems of a config that must be refused, as one string.
std::string refused(void (*edit)(nlohmann::json&)) {
    Loaded<Config> l = load_edited(edit);
    CHECK_FALSE(l.ok());
    CHECK(has_errors(l.problems));
    return all_text(l.problems);
}

}  // namespace

TEST_CASE("config: a complete file loads with every field") {
    Loaded<Config> l = load_config(fixture("config-riverside.json"), "config.json");
    REQUIRE_MESSAGE(l.ok(), all_text(l.problems));
    CHECK(l.problems.empty());
    const Config& c = *l.value;
    CHECK(c.name == "Riverside Library Consortium");
    CHECK(c.tagline.find("end of March") != std::string::npos);
    CHECK(c.logo.src == "riverside-logo.svg");
    CHECK(c.logo.alt == "Riverside Library Consortium");
    CHECK(c.contact.find("555-0100") != std::string::npos);
    CHECK(c.offered == std::vector<std::string>{"welcome-behaviors", "physical-access"});
    CHECK(c.offers("physical-access"));
    CHECK_FALSE(c.offers("sensory-storytime"));
    CHECK(c.recommends("riverside-wayfinding"));
    CHECK_FALSE(c.recommends("physical-access"));
    CHECK(c.checklist_files == std::vector<std::string>{"riverside/wayfinding.json"});
    CHECK(c.language == "en");
    CHECK(c.send_plan_to.is_email);
    CHECK(c.send_plan_to.link() == "mailto:audits@riverside.example");
}

TEST_CASE("config: only the format is required; no list offered means all") {
    Loaded<Config> l = load_config(R"({"format": "welcome-audit/config", "format_version": 1})", "config.json");
    REQUIRE(l.ok());
    CHECK(l.value->name.empty());
    CHECK(l.value->offers("anything"));
    CHECK(l.value->send_plan_to.text.empty());
}

TEST_CASE("config: a web page to send plans to, and mailto: written by hand") {
    Loaded<Config> l = load_edited([](nlohmann::json& j) { j["send_plan_to"] = "https://riverside.example/plans"; });
    REQUIRE(l.ok());
    CHECK_FALSE(l.value->send_plan_to.is_email);
    CHECK(l.value->send_plan_to.link() == "https://riverside.example/plans");
    l = load_edited([](nlohmann::json& j) { j["send_plan_to"] = "mailto:plans@riverside.example"; });
    REQUIRE(l.ok());
    CHECK(l.value->send_plan_to.text == "plans@riverside.example");
}

TEST_CASE("config: checklists written inside the file, and a logo inside it") {
    Loaded<Config> l = load_edited([](nlohmann::json& j) {
        j["checklists"] = nlohmann::json::array({nlohmann::json::parse(fixture("checklist-mini.json")), "a/b.json"});
        j["logo"]["src"] = "data:image/svg+xml;base64,PHN2Zy8+";
    });
    REQUIRE_MESSAGE(l.ok(), all_text(l.problems));
    REQUIRE(l.value->checklists.size() == 1);
    CHECK(l.value->checklists[0].id == "mini-welcome");
    CHECK(l.value->checklist_files == std::vector<std::string>{"a/b.json"});
}

TEST_CASE("config: each wrong field is named, in plain words") {
    CHECK(refused([](nlohmann::json& j) { j["format"] = "welcome-audit/checklist"; })
              .find("this is not a Welcome Audit configuration") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j.erase("format"); }).find("has no \"format\"") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["format_version"] = 2; }).find("newer version") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["format_version"] = 0; }).find("must be 1") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["name"] = 7; }).find("\"name\" must be text") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["name"] = "  "; }).find("only spaces") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["tagline"] = std::string(401, 'x'); }).find("too long") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["contact"] = nullptr; }).find("\"contact\" must be text") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["logo"].erase("alt"); }).find("the logo has no \"alt\"") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["logo"]["alt"] = ""; }).find("\"alt\" is empty") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["logo"] = "logo.png"; }).find("\"logo\" must be an object") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["logo"]["src"] = "https://elsewhere.example/logo.png"; })
              .find("only files beside the page") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["logo"]["src"] = "../logo.png"; }).find("\"..\"") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["logo"]["src"] = "logo.pdf"; }).find("does not end in .png") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["logo"]["src"] = "data:text/html;base64,PHA+"; })
              .find("not of a PNG") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["logo"]["size"] = 3; }).find("unknown field") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["offered"] = "welcome-behaviors"; }).find("must be a list") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["offered"] = {"Welcome Behaviors"}; }).find("checklist id like") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["recommended"] = {"physical-access", "physical-access"}; })
              .find("twice") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["checklists"] = {"/abs/path.json"}; }).find("starts with \"/\"") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["checklists"] = {"wayfinding.txt"}; }).find("end in .json") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["checklists"] = {"my list.json"}; }).find("names may hold only") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["checklists"] = {3}; }).find("a file name like") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["checklists"] = {nlohmann::json::object({{"format", "welcome-audit/checklist"}})}; })
              .find("/checklists/0") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["language"] = "English"; }).find("language tag") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["send_plan_to"] = "the coordinator"; }).find("has no \"@\"") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["send_plan_to"] = "a@b@c.org"; }).find("more than one") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["send_plan_to"] = "plans@riverside"; }).find("domain") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["send_plan_to"] = "https://x.example/a b"; }).find("space") != std::string::npos);
}

TEST_CASE("config: unknown fields are refused with a suggestion, and every problem is listed at once") {
    std::string s = refused([](nlohmann::json& j) {
        j["recomended"] = {"physical-access"};
        j["colour"] = "blue";
        j["language"] = "??";
    });
    CHECK(s.find("unknown field \"recomended\"; did you mean \"recommended\"?") != std::string::npos);
    CHECK(s.find("\"colour\"") != std::string::npos);
    CHECK(s.find("language tag") != std::string::npos);
    CHECK(s.find("config.json at /recomended") != std::string::npos);
}

TEST_CASE("config: not JSON, empty, huge or odd text") {
    CHECK_FALSE(load_config("", "config.json").ok());
    CHECK_FALSE(load_config("{\"format\": ", "config.json").ok());
    CHECK_FALSE(load_config("[]", "config.json").ok());
    CHECK_FALSE(load_config("<html>Not found</html>", "config.json").ok());  // a server's 404 page
    CHECK_FALSE(load_config(std::string(9u * 1024u * 1024u, ' '), "config.json").ok());
    CHECK_FALSE(load_config("{\"format\": \"welcome-audit/config\", \"name\": \"\xff\"}", "config.json").ok());
    // Names in many scripts load as they are.
    Loaded<Config> l;
    l = load_edited([](nlohmann::json& j) { j["name"] = "Bibliothèques \u0645\u0643\u062A\u0628\u0627\u062A 図書館 Библиотеки"; });
    REQUIRE(l.ok());
    CHECK(l.value->name.find("図書館") != std::string::npos);
    CHECK(refused([](nlohmann::json& j) { j["name"] = std::string(201, 'W'); }).find("too long") != std::string::npos);
    std::string many = refused([](nlohmann::json& j) {
        j["offered"] = nlohmann::json::array();
        for (int i = 0; i < 300; ++i) j["offered"].push_back("id-" + std::to_string(i));
    });
    CHECK(many.find("the limit is 200") != std::string::npos);
}

TEST_CASE("config: paths beside the page and email addresses") {
    CHECK(page_path_problem("logo.png").empty());
    CHECK(page_path_problem("a/b-c_d.e/f.json").empty());
    CHECK_FALSE(page_path_problem("").empty());
    CHECK_FALSE(page_path_problem("a//b.json").empty());
    CHECK_FALSE(page_path_problem("a/./b.json").empty());
    CHECK_FALSE(page_path_problem("a\\b.json").empty());
    CHECK_FALSE(page_path_problem("//evil.example/x.json").empty());
    CHECK_FALSE(page_path_problem("javascript:alert(1)").empty());
    CHECK(email_problem("plans@riverside.example").empty());
    CHECK_FALSE(email_problem("plans@.example").empty());
    CHECK_FALSE(email_problem("@riverside.example").empty());
    CHECK_FALSE(email_problem("a b@riverside.example").empty());
    CHECK_FALSE(email_problem("a@b.org?cc=x@y.org").empty());
}
