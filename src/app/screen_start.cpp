// Start: the audits kept in this browser (open, rename, duplicate, next
// year's, save to a file, delete and undo), a new audit, a file, comparing
// branches, and where the work is kept.
#include <imgui.h>

#include "app/app.h"
#include "app/browser.h"
#include "core/say.h"
#include "app/strings.h"
#include "app/theme.h"
#include "app/ui.h"

namespace wa {
namespace {

// "31.8 MB", "12.4 GB": browsers allow more than a 32-bit size_t holds (wasm32).
std::string storage_size(double bytes) {
    if (bytes >= 1e9) return say("%.1f GB", bytes / 1e9);
    if (bytes >= 1e6) return say("%.1f MB", bytes / 1e6);
    return say("%.0f KB", bytes / 1e3);
}

// A row of small buttons that wraps when the window (or 200% text) runs out of room.
void same_line_if_room(const char* next_label) {
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(next_label).x + ImGui::GetStyle().FramePadding.x * 2)
        ImGui::NewLine();
}

}  // namespace

void App::draw_start() {
    const UiText& t = tr();
    ui::heading("screen-heading", 1, t.app_name);
    draw_language_choice();
    ui::text(t.intro);
    ui::text(t.privacy, true);
    ImGui::Spacing();
    draw_consortium();
    draw_config_problems();
    draw_store_notice();
    draw_stored_audits();

    ui::heading("new-heading", 2, t.new_audit);
    ui::ButtonStyle s;
    s.primary = !has_audit_;
    if (ui::button("new-audit", t.new_audit, s)) begin_new_audit();
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
    ImGui::Spacing();

    draw_storage_info();
    draw_versions();
}

// An audit that is not open here and why: open in another tab, taken over by
// one, changed by one (a conflict), or the one the app stopped on last time.
void App::draw_store_notice() {
    if (notice_.kind == StoreNotice::None) return;
    const UiText& t = tr();
    const Palette& p = theme::colors();
    ImGui::PushStyleColor(ImGuiCol_Border, theme::to_vec4(p.bad));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, 2.0f);
    ImGui::BeginChild("store-notice", ImVec2(ImGui::CalcItemWidth(), 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
    ImGui::PopStyleColor();  // the box has the warning colour, its buttons their own
    const char* title = notice_.title.c_str();
    ui::ButtonStyle primary;
    primary.primary = true;
    switch (notice_.kind) {
    case StoreNotice::Busy:
        ui::text_id("notice-text", say(t.busy_elsewhere, title).c_str());
        if (ui::button("notice-take-over", t.take_over, primary)) {
            flush_save();
            browser::store_do("take-over", notice_.id);
        }
        break;
    case StoreNotice::TakenOver:
        ui::text_id("notice-text", say(t.taken_over, title).c_str());
        if (ui::button("notice-take-over", t.take_back, primary)) browser::store_do("take-over", notice_.id);
        break;
    case StoreNotice::FailedLastTime:
        ui::text_id("notice-text", say(t.failed_last_time, title).c_str());
        if (ui::button("notice-download", t.audit_save_file, primary)) {
            for (const StoredAudit& s : store_.audits)
                if (s.id == notice_.id)
                    browser::store_do("download", s.id, file_stem_for(s.library, s.branch, s.date) + "-audit.json");
        }
        ImGui::SameLine();
        if (ui::button("notice-open-anyway", t.open_anyway)) browser::store_do("open", notice_.id);
        break;
    case StoreNotice::Conflict:
        ui::text_id("notice-text", t.save_conflict);
        if (ui::button("notice-save-mine", t.save_mine, primary)) offer_download_of_audit();
        ImGui::SameLine();
        if (ui::button("notice-open-saved", t.open_anyway)) browser::store_do("open", audit_id_);
        break;
    case StoreNotice::None: break;
    }
    if (ui::button("notice-dismiss", t.dismiss)) notice_ = {};
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::Spacing();
}

void App::draw_stored_audits() {
    const UiText& t = tr();
    ui::heading("audits-heading", 2, say(t.audits_title, static_cast<int>(store_.audits.size())).c_str());
    if (store_.audits.empty()) ui::text(t.audits_none, true);
    for (const StoredAudit& s : store_.audits) draw_stored_audit(s);
    ImGui::Spacing();
    if (store_.deleted.empty()) return;
    ui::heading("deleted-heading", 3, say(t.deleted_title, static_cast<int>(store_.deleted.size())).c_str());
    ui::text(t.deleted_hint, true);
    for (const StoredAudit& s : store_.deleted) {
        const std::string title = stored_title(s);
        ui::text_id(("deleted-" + s.id).c_str(), title.c_str());
        ImGui::SameLine();
        const std::string name = say(t.audit_action_name, t.audit_restore, title.c_str());
        ui::ButtonStyle rs;
        rs.name = name.c_str();
        if (ui::button(("restore-" + s.id).c_str(), t.audit_restore, rs)) browser::store_do("restore", s.id);
    }
    ImGui::Spacing();
}

// One audit of the list: its title, what it holds, and what can be done with it.
void App::draw_stored_audit(const StoredAudit& s) {
    const UiText& t = tr();
    const bool is_open = has_audit_ && s.id == audit_id_;
    const std::string title = stored_title(s);
    const std::string heading = is_open ? title + " " + t.audit_open_now : title;
    ImGui::PushID(s.id.c_str());
    ui::heading(("audit-" + s.id).c_str(), 3, heading.c_str());
    std::string lists;
    for (const std::string& c : s.checklists) lists += (lists.empty() ? "" : ", ") + c;
    if (lists.empty()) lists = "-";
    ui::text(say(t.audit_meta, lists.c_str(), s.answered, s.total, s.photos, s.updated.c_str()).c_str(), true);

    // Every button's accessible name says which audit it acts on.
    auto action = [&](const char* id_prefix, const char* label, bool primary = false) {
        const std::string id = std::string(id_prefix) + s.id;
        const std::string name = say(t.audit_action_name, label, title.c_str());
        ui::ButtonStyle bs;
        bs.name = name.c_str();
        bs.primary = primary;
        return ui::button(id.c_str(), label, bs);
    };
    const char* open_label = is_open ? t.resume_button : t.audit_open;
    if (action("open-", open_label, is_open || !has_audit_)) {
        if (is_open) go(audit_screen_.stops.empty() ? Screen::Checklists : Screen::Audit);
        else {
            flush_save();
            browser::store_do("open", s.id);
        }
    }
    same_line_if_room(t.audit_rename);
    if (action("rename-", t.audit_rename)) {
        start_screen_.rename_id = start_screen_.rename_id == s.id ? std::string() : s.id;
        start_screen_.rename_text = title;
    }
    same_line_if_room(t.audit_duplicate);
    if (action("duplicate-", t.audit_duplicate)) {
        flush_save();
        browser::store_do("duplicate", s.id, say(t.audit_copy_name, title.c_str()));
    }
    same_line_if_room(t.audit_next_year);
    if (action("next-year-", t.audit_next_year)) {
        flush_save();
        browser::store_do("next-year", s.id);
    }
    same_line_if_room(t.audit_save_file);
    if (action("download-", t.audit_save_file)) {
        flush_save();
        browser::store_do("download", s.id, file_stem_for(s.library, s.branch, s.date) + "-audit.json");
    }
    same_line_if_room(t.audit_delete);
    if (action("delete-", t.audit_delete)) start_screen_.confirm_delete_id = start_screen_.confirm_delete_id == s.id ? std::string() : s.id;

    if (start_screen_.rename_id == s.id) {
        ImGui::Indent();
        const std::string label = say(t.audit_rename_label, title.c_str());
        ui::text_field(("rename-text-" + s.id).c_str(), label.c_str(), &start_screen_.rename_text);
        if (action("rename-save-", t.audit_rename_save, true) && !start_screen_.rename_text.empty()) {
            browser::store_do("rename", s.id, start_screen_.rename_text);
            start_screen_.rename_id.clear();
        }
        ImGui::SameLine();
        if (action("rename-cancel-", t.cancel)) start_screen_.rename_id.clear();
        ImGui::Unindent();
    }
    if (start_screen_.confirm_delete_id == s.id) {
        ImGui::Indent();
        ui::text_id(("delete-warning-" + s.id).c_str(), say(t.audit_delete_confirm, title.c_str()).c_str());
        if (action("delete-yes-", t.audit_delete_yes, true)) {
            start_screen_.confirm_delete_id.clear();
            if (is_open) {  // its last change is kept, then it is closed here
                flush_save();
                has_audit_ = false;
                audit_id_.clear();
                audit_screen_.stops.clear();
            }
            browser::store_do("delete", s.id);
        }
        ImGui::SameLine();
        if (action("delete-cancel-", t.cancel)) start_screen_.confirm_delete_id.clear();
        ImGui::Unindent();
    }
    ImGui::PopID();
    ImGui::Spacing();
}

// Keeping the store for good (navigator.storage.persist). Where the browser
// decides by itself, the page asks at the first save; where it would ask the
// person (Firefox: "Allow ... to store data in persistent storage?"), only
// this button does, so that the question never comes out of nowhere.
void App::draw_keep_for_good() {
    const StatusText& st = tr_status();
    if (store_.persisted) return;
    if (store_.persist_refused) {
        ui::text_id("storage-keep-refused", st.keep_refused, true);
    } else if (store_.persist_prompt) {
        ui::text_id("storage-keep-hint", st.keep_hint, true);
        if (ui::button("storage-keep", st.keep_button)) browser::store_do("keep", "");
    } else {
        ui::text_id("storage-persist-why", st.persist_at_first_save, true);
    }
}

// Where the work is kept, honestly: which store, how much room, whether the
// browser may clear it on its own, and the file as the way to be safe.
void App::draw_storage_info() {
    const UiText& t = tr();
    ui::heading("storage-heading", 2, t.storage_title);
    const char* what = store_.backend == "indexeddb"      ? t.storage_idb
                       : store_.backend == "localstorage" ? t.storage_local
                                                          : t.storage_memory;
    ui::text_id("storage-kind", what);
    if (store_.usage >= 0 && store_.quota > 0)
        ui::text_id("storage-usage",
                    say(t.storage_usage, storage_size(store_.usage).c_str(), storage_size(store_.quota).c_str()).c_str(),
                    true);
    if (store_.backend != "memory") {
        ui::text_id("storage-persist", store_.persisted ? t.storage_persisted : t.storage_not_persisted, true);
        draw_keep_for_good();
    }
    if (store_.clears_after_a_week) ui::text_id("storage-safari", t.storage_safari);
    if (has_audit_ && ui::button("storage-save-file", t.save_audit_file)) offer_download_of_audit();
}

}  // namespace wa
