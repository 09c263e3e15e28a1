// The app's language (issue 25; docs/languages.md): the page's pick at start,
// the choice on Start ("Language / Idioma", each language named in itself),
// remembered in the settings, and <html lang> following it so that screen
// readers switch voice.
#include <imgui.h>

#include "app/app.h"
#include "app/browser.h"
#include "core/say.h"
#include "app/language.h"
#include "app/page_json.h"
#include "app/strings.h"
#include "app/ui.h"

namespace wa {

void App::start_language() {
    const std::string page = browser::page_language();
    if (page.empty()) return;  // English
    const PageDoc doc(page);
    const JsonNode& j = doc.root();
    const std::string code = string_field(j, "code"), file = string_field(j, "file");
    if (code.empty()) return;
    const std::string error = string_field(j, "error");
    if (!error.empty()) {
        language_problems_ = {say(tr_language().unreadable, file.c_str()), error};
        return;
    }
    // The offline file (and the native tests) carry the shipped catalogs inside.
    const JsonNode* text = j.find("text");
    language_arrived(code, file, text ? std::string(text->text()) : std::string(embedded_language(file)), true);
}

void App::language_arrived(const std::string& code, const std::string& file, const std::string& text, bool ok) {
    switch (language_part(file)) {
        case LanguagePart::Checklists:
            // The checklists' titles (checklist_texts_file): without them the English
            // titles stay, which is no problem worth a word.
            if (ok && code == current_language()) add_checklist_texts(text);
            return;
        case LanguagePart::Reports:  // the Export screen says when they could not be had
            report_words_arrived(code, text, ok);
            return;
        case LanguagePart::Texts: break;
    }
    const bool chosen_now = !language_loading_.empty();
    language_loading_.clear();
    if (!ok || text.empty()) {
        language_problems_ = {say(tr_language().unreadable, file.c_str())};
        if (chosen_now) announce_ = language_problems_.front();
        return;
    }
    language_problems_ = apply_language(code, file, text);
    browser::set_page_language(current_language());
    forget_checklists_in_other_languages();
    if (chosen_now) announce_ = current_language_name();
}

void App::choose_language(const std::string& code) {
    const std::vector<LanguageOption> options = language_options(config_.language_files);
    const LanguageOption* o = find_language(options, code);
    if (!o || code == current_language()) return;
    language_setting_ = o->code;
    save_settings();
    if (o->file.empty()) {  // English, compiled in
        language_problems_ = apply_language("en", "", "");
        browser::set_page_language("en");
        forget_checklists_in_other_languages();
        announce_ = o->name;
        return;
    }
    if (const std::string_view inside = embedded_language(o->file); !inside.empty()) {
        language_loading_ = o->code;
        language_arrived(o->code, o->file, std::string(inside), true);
        return;
    }
    language_loading_ = o->code;
    browser::fetch_language(o->code, o->file);
}

// Each language named in itself, so that whoever reads it finds theirs; the
// group's name is the same in every language ("Language / Idioma").
void App::draw_language_choice() {
    const std::vector<LanguageOption> options = language_options(config_.language_files);
    if (options.size() < 2) return;
    const LanguageText& lt = tr_language();
    ImGui::AlignTextToFramePadding();
    ui::text_id("language-label", lt.choice_label);
    for (const LanguageOption& o : options) {
        ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(o.name.c_str()).x + 60.0f * text_scale_) ImGui::NewLine();
        if (o.code != current_language()) ui::set_next_lang(o.code);  // "English" on a Spanish page
        const bool selected = language_loading_.empty() ? o.code == current_language() : o.code == language_loading_;
        // A radio's text is the canvas's own (the page draws other scripts only in
        // text, buttons and steps): a name the font lacks is shown as its code.
        const std::string& name = ui::font_lacks(o.name.c_str()) ? o.code : o.name;
        if (ui::radio("language", lt.choice_label, ("language-" + o.code).c_str(), name.c_str(), selected))
            choose_language(o.code);
    }
    if (!language_loading_.empty()) ui::status("language-loading", say(lt.loading, language_loading_.c_str()).c_str());
    ImGui::Spacing();
}

}  // namespace wa
