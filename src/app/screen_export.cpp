// Save and export: the audit file (to resume anywhere), the plan as JSON, CSV,
// printable HTML and Markdown, and a summary copied to the clipboard.
#include <imgui.h>

#include "app/app.h"
#include "core/say.h"
#include "app/browser.h"
#include "app/strings.h"
#include "app/ui.h"
#include "app/language.h"
#include "core/export.h"
#include "core/export_common.h"
#include "core/report_words.h"
#include "core/words.h"

namespace wa {
namespace {
// Exports are written in the audit's language (issue 25): its words and its
// reports' words (language.h export_words), fetched once an audit is open;
// English when the audit is in English or its words could not be had.
// Out of line: each export button would carry its own copy.
struct AuditWords {
    __attribute__((noinline)) explicit AuditWords(const Audit& a) : kept(&words()), kept_report(&report_words()) {
        const ExportWords* w = export_words(report_language(a));
        set_words(w ? &w->words : nullptr);
        set_report_words(w ? &w->report : nullptr);
    }
    __attribute__((noinline)) ~AuditWords() {
        set_words(kept);
        set_report_words(kept_report);
    }
    AuditWords(const AuditWords&) = delete;
    AuditWords& operator=(const AuditWords&) = delete;
    const Words* kept;
    const ReportWords* kept_report;
};
}  // namespace

void App::want_report_words() {
    // The page's language (the results' and the law's texts on screen) and the audit's (its exports).
    for (const std::string& code : {current_language(), report_language(audit_)}) {
        const std::string file = report_words_file(code);
        if (file.empty()) continue;
        bool asked = false;
        for (const std::string& f : report_words_asked_) asked = asked || f == file;
        if (asked) continue;
        report_words_asked_.push_back(file);
        browser::fetch_language(code, file);
    }
}

void App::draw_export() {
    const UiText& t = tr();
    ui::heading("screen-heading", 1, t.export_title);
    ui::text(t.export_help);
    ImGui::Spacing();
    const std::string stem = file_stem();
    ui::ButtonStyle primary;
    primary.primary = true;
    primary.description = t.save_audit_hint;
    if (ui::button("export-audit", t.save_audit_file, primary)) offer_download_of_audit();
    ui::text(t.save_audit_hint, true);
    ImGui::Spacing();
    ui::heading("which-file-heading", 2, tr_law().which_file_heading);
    ui::text(tr_law().which_file);
    ImGui::Spacing();
    // The reports wait for their words in the audit's language (a moment, once;
    // asked for by App::draw on every screen past Start).
    const std::string code = report_language(audit_);
    const char* lang_name = code == current_language() ? current_language_name().c_str() : code.c_str();
    const bool words_here = report_words_file(code).empty();
    if (!words_here) ui::status("report-words", say(tr_language().report_words_loading, lang_name).c_str());
    if (report_words_failed(code)) ui::text(say(tr_language().report_words_failed, lang_name).c_str());
    auto export_button = [&](const char* id, const char* label, const std::string& suffix, const char* mime,
                             auto make) {
        if (ui::button(id, label)) {
            const std::string name = stem + suffix;
            const AuditWords in_its_language(audit_);
            browser::download(name.c_str(), mime, make());
            std::string buf = say(t.downloaded, name.c_str());
            announce_ = buf;
        }
    };
    if (words_here) {
        export_button("export-plan-json", t.export_plan_json, "-plan.json", "application/json",
                      [&] { return plan_to_json(audit_, browser::now_iso()); });
        export_button("export-csv", t.export_csv, "-plan.csv", "text/csv;charset=utf-8", [&] { return plan_to_csv(audit_); });
        export_button("export-html", t.export_html, "-report.html", "text/html;charset=utf-8",
                      [&] { return plan_to_html(audit_, browser::now_iso()); });
        export_button("export-md", t.export_md, "-plan.md", "text/markdown;charset=utf-8",
                      [&] { return plan_to_markdown(audit_, browser::now_iso()); });
        ImGui::Spacing();
        if (ui::button("export-copy", t.copy_summary)) {
            const AuditWords in_its_language(audit_);
            announce_ = browser::copy_text(summary_text(audit_)) ? t.copied : t.copy_failed;
            set_messages({announce_}, false);
        }
        ImGui::Spacing();
    }
    draw_send_plan_to();  // a consortium's config.json may say where plans go
    ui::heading("open-heading", 2, t.open_file);
    ui::text(t.open_file_hint, true);
    ui::ButtonStyle open;
    open.picker = "file";
    ui::button("open-file", t.open_file, open);
}

}  // namespace wa
