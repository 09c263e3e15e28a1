// The Checklists screen: the shipped ones and any the host adds, to choose from.
#include <cstdio>

#include <imgui.h>

#include "app/app.h"
#include "app/browser.h"
#include "core/say.h"
#include "app/language.h"
#include "app/strings.h"
#include "app/ui.h"

namespace wa {

void App::draw_checklists() {
    const UiText& t = tr();
    // In another language, the checklists' own titles come in a file of their
    // own, asked for once per language when this screen first opens.
    if (const std::string file = checklist_texts_file(); !file.empty() && checklists_screen_.texts_asked != file) {
        checklists_screen_.texts_asked = file;
        browser::fetch_language(current_language(), file);
    }
    ui::heading("screen-heading", 1, t.choose_title);
    ui::text(t.choose_help);
    if (checklists_screen_.chosen.size() != catalog_.size()) checklists_screen_.chosen.resize(catalog_.size(), false);
    int count = 0;
    for (size_t i = 0; i < catalog_.size(); ++i) {
        const CatalogEntry& c = catalog_[i];
        // Checklists already in the audit stay chosen: answers are never dropped here.
        const bool in_audit = find_checklist(audit_, c.id) != nullptr;
        bool on = in_audit || checklists_screen_.chosen[i];
        std::string id = say("choose-%s", c.id.c_str());
        ImGui::Spacing();
        // Before its file is read, a shipped checklist's title in the app's
        // language when it comes in it (app/language.h); the file's own after.
        const ChecklistTitle translated =
            c.state == CatalogEntry::State::Loaded ? ChecklistTitle{nullptr, nullptr} : translated_checklist(c.id);
        const std::string& title = translated.title ? *translated.title : c.title;
        const std::string& summary = translated.summary ? *translated.summary : c.summary;
        const std::string lang = translated.title ? current_language()
                                 : c.state == CatalogEntry::State::Loaded && !c.checklist.language.empty() ? c.checklist.language
                                 : c.shipped_file.empty() ? current_language() : "en";
        const std::string other_lang = lang == current_language() ? "" : lang;  // said in another voice
        const std::string label = c.recommended ? say(tr_config().recommended_mark, title.c_str()) : title;
        ui::set_next_lang(other_lang);
        if (ui::checkbox(id.c_str(), label.c_str(), &on) && !in_audit) {
            checklists_screen_.chosen[i] = on;
            if (on) request_checklist(i);  // its file arrives while the person reads on
        }
        if (on) ++count;
        const int items = c.items;
        std::string meta = say(t.checklist_meta, items, (items * 3 + 4) / 5 * 1);  // ~36 s an item
        ImGui::Indent();
        ui::text(meta.c_str(), true);
        ui::set_next_lang(other_lang);
        ui::text(summary.c_str());
        ImGui::Unindent();
    }
    ImGui::Spacing();
    if (ui::button("choose-back", t.back_button)) go(Screen::Library);
    ImGui::SameLine();
    ui::ButtonStyle primary;
    primary.primary = true;
    primary.disabled = count == 0;
    primary.description = count == 0 ? t.choose_none : nullptr;
    if (ui::button("choose-start", t.start_audit, primary)) start_chosen();
    if (checklists_screen_.starting) ui::status("choose-loading", t.choose_loading);
}

}  // namespace wa
