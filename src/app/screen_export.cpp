// Save and export: the audit file (to resume anywhere), the plan as JSON, CSV,
// printable HTML and Markdown, and a summary copied to the clipboard.
#include <imgui.h>

#include "app/app.h"
#include "app/format.h"
#include "app/browser.h"
#include "app/strings.h"
#include "app/ui.h"
#include "app/language.h"
#include "core/export.h"
#include "core/export_common.h"
#include "core/words.h"

namespace wa {
namespace {
// Exports are written in the audit's language (issue 25): the core's words are
// the app's while both speak it; an audit kept in another language gets English
// words (its checklists' own text stays as it is).
struct AuditWords {
    explicit AuditWords(const Audit& a) : kept(&words()) {
        if (report_language(a) != current_language()) set_words(nullptr);
    }
    ~AuditWords() { set_words(kept); }
    AuditWords(const AuditWords&) = delete;
    AuditWords& operator=(const AuditWords&) = delete;
    const Words* kept;
};
}  // namespace

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
    auto export_button = [&](const char* id, const char* label, const std::string& suffix, const char* mime,
                             auto make) {
        if (ui::button(id, label)) {
            const std::string name = stem + suffix;
            const AuditWords in_its_language(audit_);
            browser::download(name.c_str(), mime, make());
            std::string buf = format(t.downloaded, name.c_str());
            announce_ = buf;
        }
    };
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
    draw_send_plan_to();  // a consortium's config.json may say where plans go
    ui::heading("open-heading", 2, t.open_file);
    ui::text(t.open_file_hint, true);
    ui::ButtonStyle open;
    open.picker = "file";
    ui::button("open-file", t.open_file, open);
}

}  // namespace wa
