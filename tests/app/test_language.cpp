// The app in another language (issue 25): the page's pick at start, the choice
// on Start remembered, <html lang> and the mirror's lang, and what Start says
// about a language file with missing or broken texts.
#include <fstream>
#include <sstream>

#include "app/browser.h"
#include "app/language.h"
#include "app/strings.h"
#include "app/testing/app_probe.h"
#include "app_test_util.h"

using namespace wa;
using namespace wa_test;

namespace {
bool has_text(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }
std::string label_of(const char* id) {
    const ui::Node* n = node_by_id(id);
    return n ? n->label : std::string();
}
std::string all_labels() {
    std::string all;
    for (const ui::Node& n : ui::nodes()) all += n.id + "=" + n.label + "\n";
    return all;
}
// Each test starts and ends in English with a fresh page record.
struct EnglishAfter {
    EnglishAfter() { reset(); }
    ~EnglishAfter() { reset(); }
    static void reset() {
        apply_language("en", "", "");
        browser::native() = browser::NativeBrowser{};
    }
};
std::string fixture(const char* name) {
    std::ifstream in(std::string(WA_FIXTURES_DIR) + "/" + name, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
}  // namespace

TEST_CASE("the page picks Spanish: Start speaks it, html lang follows, and the choice switches and is remembered") {
    EnglishAfter english;
    Frame f;
    browser::native().language = R"({"code":"es","file":"lang/es.json"})";  // the offline file: inside the wasm
    App app;
    app.start();
    draw_settled(app, "start in Spanish");
    CHECK(label_of("new-audit") == "Empezar una nueva auditoría");
    CHECK(browser::native().page_lang == "es");
    CHECK_FALSE(has_text(all_labels(), "language-problem"));  // the shipped catalog is complete
    const ui::Node* en = node_by_id("language-en");
    REQUIRE(en);
    CHECK(en->label == "English");
    CHECK(std::string(en->lang) == "en");  // said in an English voice on a Spanish page
    CHECK(en->checked == 0);
    REQUIRE(node_by_id("language-es"));
    CHECK(node_by_id("language-es")->checked == 1);
    CHECK(node_by_id("language-es")->lang[0] == '\0');

    ui::queue_activate("language-en");
    draw_settled(app, "switched to English");
    CHECK(label_of("new-audit") == "Start a new audit");
    CHECK(browser::native().page_lang == "en");
    REQUIRE_FALSE(browser::native().settings.empty());
    CHECK(has_text(browser::native().settings.back(), R"("language":"en")"));
    CHECK(std::string(node_by_id("language-es")->lang) == "es");

    ui::queue_activate("language-es");
    draw_settled(app, "back to Spanish");
    CHECK(label_of("new-audit") == "Empezar una nueva auditoría");
    CHECK(has_text(browser::native().settings.back(), R"("language":"es")"));

    // Every screen draws in Spanish, at 200% text on a phone's width too.
    AppProbe::new_audit(app);
    for (float scale : {1.0f, 2.0f}) {
        AppProbe::text_scale(app, scale);
        for (Screen s : {Screen::Start, Screen::Library, Screen::Checklists, Screen::Audit, Screen::Review,
                         Screen::Plan, Screen::Export, Screen::Compare}) {
            AppProbe::go(app, s);
            draw_settled(app, "a screen in Spanish", 390, 800);
            draw_settled(app, "a screen in Spanish", 1280, 900);
        }
    }
}

TEST_CASE("a language file with missing texts and broken placeholders: English for those, said on Start") {
    EnglishAfter english;
    Frame f;
    nlohmann::json page = {{"code", "xx"}, {"file", "lang/xx.json"}, {"text", fixture("lang-broken-placeholders.json")}};
    browser::native().language = page.dump();
    App app;
    app.start();
    draw_settled(app, "start with a broken catalog");
    const std::string all = all_labels();
    CHECK(has_text(all, "texts are not translated yet, so they show in English"));
    CHECK(has_text(all, "6 translations were not used because their placeholders"));
    CHECK(has_text(all, "Se abrió %s y %s."));  // the refused one is listed for the host
    CHECK(label_of("new-audit") == "Start a new audit");
    CHECK(label_of("language-label") == "Language / Idioma");
}

TEST_CASE("a language file that could not be fetched or read: English, and Start says why") {
    EnglishAfter english;
    Frame f;
    browser::native().language = R"({"code":"vi","file":"lang/vi.json","error":"The web server answered 404."})";
    {
        App app;
        app.start();
        draw_settled(app, "start without its language");
        CHECK(has_text(all_labels(), "The language file lang/vi.json could not be read, so English is used"));
        CHECK(has_text(all_labels(), "404"));
        CHECK(label_of("new-audit") == "Start a new audit");
    }
    browser::native().language = R"({"code":"vi","file":"lang/vi.json","text":"{not json"})";
    App app;
    app.start();
    draw_settled(app, "start with a broken file");
    CHECK(has_text(all_labels(), "could not be read, so English is used"));
    CHECK(browser::native().page_lang == "en");
}

TEST_CASE("a consortium's language is offered beside English and Spanish, named by its file until read") {
    EnglishAfter english;
    Frame f;
    App app;
    AppProbe::page_config(app, "config.json", R"({"format": "welcome-audit/config", "format_version": 1,
        "languages": ["lang/vi.json", "lang/fr.json"]})");
    app.start();
    draw_settled(app, "start with a consortium's languages");
    CHECK(label_of("language-vi") == "vi");
    CHECK(label_of("language-fr") == "Français");
    ui::queue_activate("language-vi");
    draw_settled(app, "asked for Vietnamese");
    REQUIRE(browser::native().language_fetches.size() == 1);
    CHECK(browser::native().language_fetches[0] == "vi lang/vi.json");
    CHECK(has_text(all_labels(), "Loading vi"));
    app.language_arrived("vi", "lang/vi.json", fixture("lang-vi.json"), true);
    draw_settled(app, "in Vietnamese");
    CHECK(browser::native().page_lang == "vi");
    CHECK(label_of("language-vi") == "vi");  // a radio's name the UI font lacks: its code, never garbage
    CHECK(label_of("new-audit") == "Bắt đầu một cuộc đánh giá mới");
    CHECK(node_by_id("new-audit")->ink.size() > 0);  // a script the UI font lacks: drawn by the page
    CHECK(has_text(all_labels(), "texts are not translated yet"));  // a small fixture: the rest in English
}
