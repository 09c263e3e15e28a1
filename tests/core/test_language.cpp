// Languages (core/language.h, app strings_en.cpp): catalogs keyed by the
// English text, placeholders checked at load, missing texts counted, and the
// shipped Spanish catalog complete, in both its forms.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include <doctest/doctest.h>

#include "app/strings.h"
#include "core/language.h"
#include "core/report_words.h"

using namespace wa;

namespace {
std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
std::vector<std::string> english_texts() {
    std::vector<std::string> seen;
    Translator record(nullptr, &seen);
    translate_strings(record);
    return seen;
}
// The audit part's texts (lang/<code>.reports.json), in the app's order.
std::vector<std::string> report_texts() { return audit_part_texts(); }
}  // namespace

TEST_CASE("printf conversions are read as printf reads them") {
    CHECK(printf_conversions("Item %d of %d") == std::vector<std::string>{"%d", "%d"});
    CHECK(printf_conversions("%zu bytes, %.1f MB, 50%%") == std::vector<std::string>{"%zu", "%.1f", "%%"});
    CHECK(printf_conversions("100% sure") == std::vector<std::string>{"% s"});  // printf reads a %s there
    CHECK(printf_conversions("ends in %") == std::vector<std::string>{"%"});
    CHECK(same_conversions("%s: %d", "%s : %d"));
    CHECK_FALSE(same_conversions("%s: %d", "%d: %s"));
    CHECK_FALSE(same_conversions("Back", "Atrás 100% seguro"));
}

TEST_CASE("a catalog with broken placeholders: those translations are refused and listed, the rest used") {
    Loaded<LanguageCatalog> c = load_language(read_file(WA_FIXTURES_DIR "/lang-broken-placeholders.json"), "xx.json");
    REQUIRE(c.ok());
    CHECK(c.problems.empty());  // "Audit": 7 is left out: counted as missing
    Translator t(&*c.value);
    CHECK(std::string(t("Item %d of %d")) == "Punto %d de %d");
    for (const char* en : {"%d items, about %d minutes", "%d of %d answered", "Continue", "Back", "Opened %s.",
                           "Yes %d, no %d: %d%% yes of %d observed."})
        CHECK(std::string(t(en)) == en);  // English: never a format with other arguments
    CHECK(t("Audit") == std::string("Audit"));
    CHECK(t.refused().size() == 6);
    CHECK(t.missing() == 1);
    // Applied to the whole app: every refused text stays English, and format()
    // is only ever given English's conversions.
    Translator all(&*c.value);
    translate_strings(all);
    CHECK(std::string(tr().item_of) == "Punto %d de %d");
    CHECK(std::string(tr().checklist_meta) == "%d items, about %d minutes");
    CHECK(std::string(tr().continue_button) == "Continue");
    CHECK(all.missing() + all.refused().size() + 1 == all.looked_up());
    Translator english(nullptr);
    translate_strings(english);
    CHECK(std::string(tr().item_of) == "Item %d of %d");
}

TEST_CASE("files that are not a language catalog are refused with a reason") {
    CHECK_FALSE(load_language("", "a.json").ok());
    CHECK_FALSE(load_language("[]", "a.json").ok());
    CHECK_FALSE(load_language(R"({"format":"welcome-audit/language","format_version":1,"language":"es"})", "a.json").ok());
    CHECK_FALSE(load_language(R"({"format":"welcome-audit/language","format_version":2,"language":"es","name":"E","strings":{}})", "a.json").ok());
    CHECK_FALSE(load_language(R"({"format":"welcome-audit/language","format_version":1,"language":"not a tag","name":"E","strings":{}})", "a.json").ok());
    Loaded<LanguageCatalog> ok = load_language(R"({"format":"welcome-audit/language","format_version":1,"language":"vi","name":"Tiếng Việt","strings":{}})", "vi.json");
    REQUIRE(ok.ok());
    Translator t(&*ok.value);
    translate_strings(t);
    CHECK(t.missing() == t.looked_up());  // nothing translated: all English, all counted
    CHECK(std::string(tr().new_audit) == "Start a new audit");
    Translator english(nullptr);
    translate_strings(english);
}

TEST_CASE("the shipped Spanish catalog translates every text, placeholders intact, glossary followed") {
    Loaded<LanguageCatalog> c = load_language(read_file(WA_SOURCE_DIR "/web/lang/es.json"), "es.json");
    REQUIRE(c.ok());
    CHECK(c.value->code == "es");
    Translator t(&*c.value);
    translate_strings(t);
    CHECK(t.missing() == 0);
    CHECK(t.refused().empty());
    for (const std::string& r : t.refused()) MESSAGE(r);
    // docs/glossary-es.md's answer names
    CHECK(std::string(tr().answer_names[0]) == "Cumple");
    CHECK(std::string(tr().answer_names[1]) == "Cumple en parte");
    CHECK(std::string(tr().answer_names[2]) == "No cumple");
    CHECK(std::string(tr().answer_names[3]) == "No aplica");
    CHECK(std::string(tr().answer_names[4]) == "Aún no lo sé");
    CHECK(std::string(tr().status_names[0]) == "Pendiente");
    CHECK(std::string(tr().quick_win) == "Mejora rápida");
    // The audit part (the results' and the law's texts, the reports' words), every one, placeholders intact.
    Translator reports(&*c.value);
    translate_audit_strings(reports);
    CHECK(std::string(tr_law().which_file_heading) != "Which file to send");
    translated_export_words(reports);
    CHECK(reports.missing() == 0);
    CHECK(reports.refused().empty());
    for (const std::string& r : reports.refused()) MESSAGE(r);
    Translator english(nullptr);
    translate_strings(english);
    translate_audit_strings(english);
    // No text of the catalog is for a text the app no longer has.
    const std::vector<std::string> en = english_texts(), rep = report_texts();
    for (const auto& [key, value] : c.value->strings) {
        const bool known = std::find(en.begin(), en.end(), key) != en.end() ||
                           std::find(rep.begin(), rep.end(), key) != rep.end();
        CHECK_MESSAGE(known, "es.json translates a text the app does not have: " << key);
    }
}

TEST_CASE("the compact copy beside the page (scripts/lang_compact.py) gives the same texts") {
    const std::string out = "lang-es-compact-test.json";
    const std::string cmd = "python3 " WA_SOURCE_DIR "/scripts/lang_compact.py " WA_SOURCE_DIR "/src/app/strings_en.cpp " WA_SOURCE_DIR
                            "/web/lang/es.json " + out;
    REQUIRE(std::system(cmd.c_str()) == 0);
    Loaded<LanguageCatalog> c = load_language(read_file(out), out);
    std::remove(out.c_str());
    REQUIRE(c.ok());
    CHECK(c.value->strings.empty());
    const std::vector<std::string> en = english_texts();
    REQUIRE(c.value->resolve_list(en));  // the script lists the texts in the app's order
    Translator t(&*c.value);
    translate_strings(t);
    CHECK(t.missing() == 0);
    CHECK(std::string(tr().new_audit) == "Empezar una nueva auditoría");
    Translator english(nullptr);
    translate_strings(english);
    // For other texts (another version), the compact copy is not used.
    Loaded<LanguageCatalog> again = load_language(R"({"format":"welcome-audit/language","format_version":1,"language":"es","name":"E","order":"#00000000","list":["x"]})", "e.json");
    REQUIRE(again.ok());
    CHECK_FALSE(again.value->resolve_list(en));
}

TEST_CASE("the audit part beside the page (lang/es.reports.json) gives the results', law's and reports' texts") {
    const std::string out = "lang-es-reports-test.json";
    const std::string cmd = "python3 " WA_SOURCE_DIR "/scripts/lang_compact.py --reports " WA_SOURCE_DIR
                            "/src/app/strings_en.cpp " WA_SOURCE_DIR "/web/lang/es.json " + out;
    REQUIRE(std::system(cmd.c_str()) == 0);
    Loaded<LanguageCatalog> c = load_language(read_file(out), out);
    std::remove(out.c_str());
    REQUIRE(c.ok());
    CHECK(c.value->compact);
    REQUIRE(c.value->resolve_list(audit_part_texts()));  // the script lists them in the app's order
    Translator t(&*c.value);
    translate_audit_strings(t);
    const ExportWords w = translated_export_words(t);
    CHECK(t.missing() == 0);
    CHECK(std::string(w.report.glance_heading) == "Resumen de un vistazo");
    CHECK(std::string(w.words.months[4]) == "mayo");
    Translator english(nullptr);
    translate_audit_strings(english);
    // The first load's copy lacks them: they are not in its order.
    const std::vector<std::string> en = english_texts(), part = audit_part_texts();
    CHECK(std::find(en.begin(), en.end(), "Improvement plan: %s") == en.end());
    CHECK(std::find(en.begin(), en.end(), "Which file to send") == en.end());
    CHECK(std::find(part.begin(), part.end(), "Which file to send") != part.end());
}

// --- an audit in Spanish beside one in English (issue 25) ----------------------

#include "core/compare.h"
#include "core/export.h"
#include "core/merge.h"
#include "core/plan.h"
#include "core/progress.h"
#include "test_util.h"

namespace {
// A shipped checklist "translated": every text changed, ids, rules and units kept.
Checklist spanish_copy(Checklist c) {
    c.language = "es";
    c.title = "ES " + c.title;
    for (Section& s : c.sections) {
        s.title = "ES " + s.title;
        for (Item& it : s.items) it.prompt = "ES " + it.prompt;
    }
    return c;
}
Audit answered(const Checklist& c, const Profile& p, Answer first, const char* now) {
    Audit a = new_audit(p, {c}, now);
    int i = 0;
    for (const Section& s : c.sections)
        for (const Item& it : s.items) set_answer(a, c.id, it.id, i++ == 0 ? first : Answer::NotMet, now);
    return a;
}
}  // namespace

TEST_CASE("an audit records its language only when it is not English; the plan always says its language") {
    Checklist en = wa_test::shipped_checklist("sensory-storytime.json");
    Profile p;
    p.library = "Biblioteca";
    p.language = "es";
    Audit a = answered(spanish_copy(en), p, Answer::Met, "2026-05-15T10:00:00Z");
    const std::string text = audit_to_json_text(a);
    CHECK(text.find("\"language\": \"es\"") != std::string::npos);
    Loaded<Audit> back = load_audit(text, "a.json");
    REQUIRE(back.ok());
    CHECK(back.value->profile.language == "es");
    CHECK(plan_to_json(a, "2026-05-15T10:00:00Z").find("\"language\": \"es\"") != std::string::npos);
    CHECK(plan_to_html(a).find("<html lang=\"es\">") != std::string::npos);
    Profile q;
    Audit b = answered(en, q, Answer::Met, "2026-05-15T10:00:00Z");
    Loaded<Audit> b2 = load_audit(audit_to_json_text(b), "b.json");
    REQUIRE(b2.ok());
    CHECK(b2.value->profile.language.empty());
    CHECK(plan_to_json(b, "2026-05-15T10:00:00Z").find("\"language\": \"en\"") == std::string::npos);  // English: as before
}

TEST_CASE("an audit answered in Spanish merges, compares and follows on with one in English, by ids") {
    Checklist en = wa_test::shipped_checklist("sensory-storytime.json");
    Profile pe, ps;
    pe.branch = "Eastside";
    ps.branch = "Oeste";
    ps.language = "es";
    Audit english = answered(en, pe, Answer::NotMet, "2025-05-15T10:00:00Z");
    Audit spanish = answered(spanish_copy(en), ps, Answer::Met, "2026-05-15T10:00:00Z");
    // Compare: the same checklist, side by side.
    const Comparison cmp = compare_plans({{"east.json", make_plan_doc(english, "2026-05-16T10:00:00Z")},
                                          {"oeste.json", make_plan_doc(spanish, "2026-05-16T10:00:00Z")}});
    REQUIRE(cmp.rows.size() == 1);
    // Merge: answers by id; the receiving audit keeps its checklist's language.
    Audit merged = spanish;
    merge_audits(merged, english);
    REQUIRE(merged.checklists.size() == 1);
    CHECK(merged.checklists[0].language == "es");
    // Progress: this year's Spanish audit against last year's English one.
    Audit next = spanish;
    next.previous = previous_of(english);
    const Progress pr = progress_since(next);
    CHECK(pr.has_previous);
    CHECK(pr.shared_checklists == 1);
    CHECK(pr.overall.improved >= 1);
}

TEST_CASE("the core's words (exports) follow the catalog: Spanish CSV headers and answer names, ids unchanged") {
    Loaded<LanguageCatalog> c = load_language(read_file(WA_SOURCE_DIR "/web/lang/es.json"), "es.json");
    REQUIRE(c.ok());
    Checklist en = wa_test::shipped_checklist("sensory-storytime.json");
    Profile p;
    p.language = "es";
    Audit a = answered(en, p, Answer::NotMet, "2026-05-15T10:00:00Z");
    const std::string json_en = plan_to_json(a, "2026-05-15T10:00:00Z");
    Translator t(&*c.value);
    const ExportWords w = translated_export_words(t);  // as the audit part sets them
    set_words(&w.words);
    CHECK(t.missing() == 0);
    const std::string csv = plan_to_csv(a);
    CHECK(csv.find("Prioridad,Mejora rápida,Lista de verificación") != std::string::npos);
    CHECK(csv.find("No cumple") != std::string::npos);
    CHECK(plan_to_html(a).find("No cumple") != std::string::npos);
    CHECK(plan_to_json(a, "2026-05-15T10:00:00Z") == json_en);  // ids and enums: the same in every language
    CHECK(std::string(status_label("todo")) == "Pendiente");
    CHECK(is_valid_status("doing"));
    set_words(nullptr);
    CHECK(plan_to_csv(a).find("Priority,Quick win,Checklist") != std::string::npos);
}

#include "core/field_rules.h"

TEST_CASE("typed dates are read day first in Spanish, month first in English") {
    CHECK(read_typed_date("5/6/2026").iso == "2026-05-06");
    CHECK(read_typed_date("15/5/2026").iso == "2026-05-15");  // cannot be month first
    set_dates_day_first(true);
    CHECK(read_typed_date("5/6/2026").iso == "2026-06-05");
    CHECK(read_typed_date("15/5/2026").iso == "2026-05-15");
    CHECK(read_typed_date("5/15/2026").iso == "2026-05-15");  // cannot be day first
    CHECK(read_typed_date("15 de mayo de 2026").iso == "2026-05-15");
    CHECK(read_typed_date("2026-05-15").iso == "2026-05-15");
    set_dates_day_first(false);
}

// --- the reports of a Spanish audit (issue 25 points 3 and 4) --------------------

#include "core/measure.h"
#include "core/words.h"

namespace {
// A Spanish audit of the shipped Spanish physical-access checklist: a door's
// force measured at 8.5 lbf, some items not met, a due date, a photo.
Audit spanish_audit() {
    Checklist es = wa_test::shipped_checklist("es/physical-access.json");
    Profile p;
    p.library = "Biblioteca Central";
    p.date = "2025-05-15";
    p.language = "es";
    p.auditor_roles = {"Bibliotecaria"};
    Audit a = answered(es, p, Answer::NotMet, "2025-05-15T10:00:00Z");
    set_measurement(response_for(a, "physical-access", "pa-door-force"), 8.5, "lbf", "2025-05-15T10:00:00Z");
    Evidence photo;
    photo.kind = "image";
    photo.data_url = "data:image/png;base64,iVBORw0KGgo=";
    response_for(a, "physical-access", "pa-door-force").evidence.push_back(photo);
    std::vector<PlanAction> plan = build_plan(a);
    REQUIRE(!plan.empty());
    action_state_for(a, plan.front().key).due = "2025-06-01";
    return a;
}

// Every export's words from the shipped Spanish catalog (as the app sets them), English again after.
struct InSpanish {
    Loaded<LanguageCatalog> c = load_language(read_file(WA_SOURCE_DIR "/web/lang/es.json"), "es.json");
    ExportWords w{};
    InSpanish() {
        REQUIRE(c.ok());
        Translator t(&*c.value);
        w = translated_export_words(t);
        set_words(&w.words);
        set_report_words(&w.report);
    }
    ~InSpanish() {
        set_words(nullptr);
        set_report_words(nullptr);
    }
};

// Headings and sentences the English reports have; none may be left in a Spanish one.
const char* const kEnglishReportWords[] = {
    "Improvement plan", "Audit date", "Auditors", "Report made", "Law assumed", "Overall score", "Summary at a glance",
    "Essential gaps", "Top quick wins", "Not yet answered", "Measured figures", "The plan by owner", "No owner yet",
    "Not set", "Detail: scores", "Essential items not fully met", "Actions for", "Notes and evidence", "Photo 1",
    "Made with", "personal data", "All checklists", "Priority", "Quick win", "Essential<", "must be", "suggests",
    " met, ", "not answered", "Not answered", " of 1", "ADA Title II,", "observed", "Version", "Status", "Owner",
    "Due", "Figure", "Overall:", "quick wins", "Measured and counted", "Summary\n", "2025-05-15",
    "2025-06-01", "8.5", "May", "June", "December", "Find out", "Audit team",
};
}  // namespace

TEST_CASE("a Spanish audit's reports are in Spanish: headings, sentences, numbers (8,5) and dates") {
    const Audit a = spanish_audit();
    const std::string at = "2026-12-04T18:18:55Z";
    std::string html, md, text;
    {
        InSpanish es;
        html = plan_to_html(a, at);
        md = plan_to_markdown(a, at);
        text = summary_text(a);
    }
    CHECK(html.find("<html lang=\"es\">") != std::string::npos);
    for (const std::string* r : {&html, &md, &text}) {
        CHECK(r->find("8,5 lbf") != std::string::npos);
        CHECK(r->find("15 de mayo de 2025") != std::string::npos);
        for (const char* en : kEnglishReportWords) CHECK_MESSAGE(r->find(en) == std::string::npos, "English left: " << std::string(en) << " in: " << r->substr(r->find(en) > 80 ? r->find(en) - 80 : 0, 160));
    }
    CHECK(html.find("Plan de mejoras: Biblioteca Central") != std::string::npos);
    CHECK(html.find("<dt>Informe generado</dt><dd>4 de diciembre de 2026, 18:18 UTC</dd>") != std::string::npos);
    CHECK(html.find("1 de junio de 2025") != std::string::npos);  // a due date
    CHECK(html.find("Resumen de un vistazo") != std::string::npos);
    CHECK(html.find("Foto 1") != std::string::npos);
    CHECK(md.find("## Resumen\n") != std::string::npos);
    CHECK(text.find("En general: ") != std::string::npos);
    // The files keep '.' numbers and ISO dates.
    {
        InSpanish es;
        const std::string json = plan_to_json(a, at);
        CHECK(json.find("\"2025-05-15\"") != std::string::npos);
        CHECK(json.find("\"2025-06-01\"") != std::string::npos);
    }
    // English again: as before.
    const std::string en = plan_to_html(a, at);
    CHECK(en.find("8.5 lbf") != std::string::npos);
    CHECK(en.find("<dt>Audit date</dt><dd>2025-05-15</dd>") != std::string::npos);
    CHECK(en.find("<dt>Report made</dt><dd>4 December 2026, 18:18 UTC</dd>") != std::string::npos);
}

TEST_CASE("numbers and dates in the language's form: decimal comma, Spanish dates with weekday, percent") {
    CHECK(number_text(8.5) == "8.5");
    CHECK(long_date_text("2025-05-15") == "Thursday, May 15, 2025");
    CHECK(date_text("2025-05-15") == "2025-05-15");
    {
        InSpanish es;
        CHECK(number_text(8.5) == "8,5");
        CHECK(number_text(22.2) == "22,2");
        CHECK(number_text(5) == "5");
        CHECK(long_date_text("2025-05-15") == "jueves, 15 de mayo de 2025");
        CHECK(date_text("2025-05-15") == "15 de mayo de 2025");
        CHECK(date_text("not a date") == "not a date");
        CHECK(percent_number(90) == "90%");  // docs/glossary-es.md: "%" without a space
        double v = 0;
        CHECK(read_typed_figure(number_text(8.5), v));  // what the screen shows reads back
        CHECK(v == 8.5);
    }
}
