// The consortium's configuration: config.json beside the page (docs/hosting.md).
//
// The page reads it before the app starts (web/glue.js; the offline file may
// carry one from its build), so Start shows at once who hosts the page, and
// the catalog is filtered before Choose is ever drawn. A broken file changes
// nothing but a note on Start: the app runs with its usual settings.
// Also here: Start's footer, the app's version and each checklist's, so that
// a consortium knows what its branches used.
#include <imgui.h>


#include "app/app.h"
#include "core/say.h"
#include "app/language.h"
#include "app/page_json.h"
#include "app/strings.h"
#include "app/theme.h"
#include "app/ui.h"
#include "core/version.h"

namespace wa {

void App::apply_page_config(const std::string& page_json) {
    const ConfigText& ct = tr_config();
    config_ = Config{};
    config_problems_.clear();
    const PageDoc doc(page_json);
    const JsonNode& j = doc.root();
    if (!j.is_object()) return;
    std::string file = string_field(j, "file");
    if (file.empty()) file = "config.json";
    const std::string error = string_field(j, "error");  // the page could not read it at all
    Loaded<Config> loaded = error.empty() ? load_config(string_field(j, "text"), file) : Loaded<Config>{};
    if (!loaded.ok()) {
        config_problems_.push_back(say(ct.config_broken, file.c_str()));
        if (!error.empty()) config_problems_.push_back(error);
        for (const Problem& p : loaded.problems) config_problems_.push_back(to_string(p));
        return;
    }
    config_ = std::move(*loaded.value);
    const std::string& lang = config_.language;
    if (!lang.empty() && !find_language(language_options(config_.language_files), lang)) {
        config_problems_.push_back(say(ct.config_notes, file.c_str()));
        config_problems_.push_back(say(ct.language_missing, file.c_str(), lang.c_str()));
    }
}

// After the catalog: the checklists written inside config.json, and a word
// about offered ids this version does not ship.
void App::add_config_checklists() {
    const ConfigText& ct = tr_config();
    for (const std::string& id : config_.offered) {
        bool shipped = false;
        for (const CatalogEntry& e : catalog_) shipped |= e.id == id;
        if (shipped) continue;
        if (config_problems_.empty()) config_problems_.push_back(say(ct.config_notes, "config.json"));
        config_problems_.push_back(say(ct.offered_unknown, "config.json", id.c_str()));
    }
    for (const Checklist& c : config_.checklists) add_to_catalog(c, "", true);
}

void App::draw_consortium() {
    const Config& c = config_;
    const ConfigText& ct = tr_config();
    if (!c.logo.src.empty()) {
        // The canvas frames the logo; the page shows the picture there (web/mirror.js).
        ui::image("consortium-logo", c.logo.alt.c_str(), c.logo.src, 240.0f * text_scale_, 72.0f * text_scale_);
    }
    if (!c.name.empty()) ui::heading("consortium-name", 2, c.name.c_str());
    if (!c.tagline.empty()) ui::text_id("consortium-tagline", c.tagline.c_str());
    std::string recommended;
    for (const CatalogEntry& e : catalog_)
        if (e.recommended) recommended += (recommended.empty() ? "" : ", ") + e.title;
    if (!recommended.empty() && !c.name.empty())
        ui::text_id("consortium-recommends", say(ct.recommended_list, c.name.c_str(), recommended.c_str()).c_str());
    if (!c.contact.empty()) ui::text_id("consortium-contact", c.contact.c_str());
    draw_send_plan_to();
    if (!c.name.empty() || !c.logo.src.empty() || !c.tagline.empty() || !c.contact.empty()) ImGui::Spacing();
}

// Where the consortium wants plans: on Start, and on Save and export, where the plan is saved.
void App::draw_send_plan_to() {
    const SendPlanTo& to = config_.send_plan_to;
    if (to.text.empty()) return;
    const ConfigText& ct = tr_config();
    ui::text_id("send-plan-text", to.is_email ? ct.send_plan_email : ct.send_plan_web);
    ui::link("send-plan-link", to.text.c_str(), to.link());
    ui::text_id("send-plan-note", ct.send_plan_note, true);
}

// What was wrong with config.json, in a framed box: for whoever looks after the page.
void App::draw_config_problems() {
    if (config_problems_.empty() && language_problems_.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Border, theme::to_vec4(theme::colors().warn));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, 2.0f);
    ImGui::BeginChild("config-problems", ImVec2(ImGui::CalcItemWidth(), 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
    for (size_t i = 0; i < config_problems_.size(); ++i)
        ui::text_id(say("config-problem-%d", static_cast<int>(i)).c_str(), config_problems_[i].c_str(), i > 0);
    for (size_t i = 0; i < language_problems_.size(); ++i)  // a language file's missing or refused texts
        ui::text_id(say("language-problem-%d", static_cast<int>(i)).c_str(), language_problems_[i].c_str(), i > 0);
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImGui::Spacing();
}

void App::draw_versions() {
    const ConfigText& ct = tr_config();
    ImGui::Spacing();
    ImGui::Separator();
    ui::text_id("version-app", say(ct.versions_app, kVersion).c_str(), true);
    // One line each: a list would wrap inside a version ("1." then "3.0").
    if (!catalog_.empty()) ui::text_id("version-checklists", ct.versions_checklists, true);
    for (const CatalogEntry& e : catalog_)
        ui::text_id(("version-" + e.id).c_str(), say(ct.versions_item, e.title.c_str(), e.version.c_str()).c_str(), true);
    if (!has_audit_ || audit_.checklists.empty()) return;
    ui::text_id("version-audit", ct.versions_audit, true);
    for (const Checklist& c : audit_.checklists)
        ui::text_id(("version-audit-" + c.id).c_str(), say(ct.versions_item, c.title.c_str(), c.version.c_str()).c_str(), true);
}

}  // namespace wa
