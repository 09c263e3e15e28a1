// Start: continue the autosaved audit, start a new one, open a file, or
// compare the plans of several branches.
#include <cstdio>

#include <imgui.h>

#include "app/app.h"
#include "app/strings.h"
#include "app/theme.h"
#include "app/ui.h"

namespace wa {

void App::draw_start() {
    const UiText& t = tr();
    ui::heading("screen-heading", 1, t.app_name);
    ui::text(t.intro);
    ui::text(t.privacy, true);
    ImGui::Spacing();

    if (has_audit_) {
        ui::heading("resume-heading", 2, t.resume_title);
        const int answered = answered_count(audit_);
        std::string who = audit_.profile.library;
        if (!audit_.profile.branch.empty()) who += (who.empty() ? "" : ", ") + audit_.profile.branch;
        if (who.empty()) who = t.step_names[1];
        char line[512];
        std::snprintf(line, sizeof line, t.resume_detail, who.c_str(), answered, static_cast<int>(walk_.size()));
        ui::text(line);
        ui::ButtonStyle primary;
        primary.primary = true;
        if (ui::button("resume", t.resume_button, primary)) go(walk_.empty() ? Screen::Choose : Screen::Walk);
        ImGui::Spacing();
    }

    ui::heading("new-heading", 2, t.new_audit);
    ui::ButtonStyle s;
    s.primary = !has_audit_;
    s.selected = confirm_new_;
    if (ui::button("new-audit", t.new_audit, s)) {
        // Never discard answers silently: with work open, ask first.
        if (has_audit_ && answered_count(audit_) > 0) confirm_new_ = !confirm_new_;
        else begin_new_audit();
    }
    if (confirm_new_) {
        ImGui::Indent();
        char line[512];
        std::snprintf(line, sizeof line, t.start_over_warning, answered_count(audit_));
        ui::text_id("new-warning", line);
        if (ui::button("new-save-first", t.save_audit_file)) offer_download_of_audit();
        ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < 300.0f * text_scale_) ImGui::NewLine();
        ui::ButtonStyle go_on;
        go_on.primary = true;
        if (ui::button("new-confirm", t.start_new_confirm, go_on)) begin_new_audit();
        ImGui::SameLine();
        if (ui::button("new-cancel", t.cancel)) confirm_new_ = false;
        ImGui::Unindent();
    }
    ImGui::Spacing();

    ui::heading("open-heading", 2, t.open_file);
    ui::text(t.open_file_hint, true);
    ui::ButtonStyle open;
    open.picker = "file";  // glue.js opens the picker inside the click itself
    ui::button("open-file", t.open_file, open);
    ImGui::Spacing();

    ui::heading("compare-heading", 2, t.compare_title);
    ui::text(t.compare_intro, true);
    if (ui::button("compare-open", t.compare_button)) go(Screen::Compare);
}

}  // namespace wa
