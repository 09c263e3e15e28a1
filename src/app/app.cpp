#include "app/app.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include <imgui.h>

#include "app/browser.h"
#include "core/say.h"
#include "app/language.h"
#include "app/page_json.h"
#include "app/strings.h"
#include "app/theme.h"
#include "app/ui.h"
#include "core/document.h"
#include "core/merge.h"

namespace wa {

int answered_count(const Audit& a) {
    int n = 0;
    for (const auto& [key, r] : a.responses)
        if (r.answer != Answer::Unanswered) ++n;
    return n;
}

// --- lifecycle -------------------------------------------------------------------

void App::start() {
    // The language first, so that everything the app says is said in it (app_language.cpp).
    start_language();
    // The consortium's config.json: it decides which checklists are on offer.
    const std::string page_config = browser::page_config();
    if (!page_config.empty()) apply_page_config(page_config);
    load_catalog();  // the shipped checklists' titles; their files are read when chosen (checklist_catalog.cpp)
    // The store was opened by the page before the app started (web/storage.js):
    // settings, the list of audits, and the audit to resume, all at once.
    open_store_at_start();
    if (!theme_from_settings_) {
        const int pref = browser::preferred_theme();
        theme_ = pref == 2 ? ThemeId::HighContrast : pref == 1 ? ThemeId::Dark : ThemeId::Light;
    }
}

void App::draw() {
    // Results worked out for an older audit are dropped here, between frames,
    // never in the middle of one: a screen may hold them while it draws.
    if (derived_.version != audit_version_) {
        derived_ = Derived{};
        derived_.version = audit_version_;
    }
    // A screen change requested during the last frame takes effect now, when the
    // new screen is drawn: scroll to its top, then move the focus to its heading.
    // A screen that needs an audit never shows without one (a second tab whose
    // audit is open elsewhere, an audit taken over): Start says why instead.
    if (!has_audit_ && screen_ != Screen::Start && screen_ != Screen::Compare) {
        screen_ = Screen::Start;
        screen_changed_ = true;
    }
    const bool fresh_screen = screen_changed_;
    const bool fresh_item = item_changed_;
    screen_changed_ = false;
    item_changed_ = false;
    ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::Begin("Welcome Audit", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar |
                     ImGuiWindowFlags_NoScrollWithMouse);
    // A phone, or a tablet at 200% text: a compact header (below).
    compact_ = vp->WorkSize.x < 600.0f || vp->WorkSize.x < 480.0f * text_scale_;
    // With large text, a short window or an on-screen keyboard up (what the
    // person sees is shorter: ui::visible_height), a fixed header would leave
    // little room for the audit itself, so it scrolls away with the content.
    const bool fixed_header = !compact_ && text_scale_ <= 1.25f && ui::visible_height(vp->WorkSize.y) >= 600.0f;
    if (fixed_header) {
        draw_header();
        ImGui::Separator();
    }
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0, 0, 0, 0));
    ImGui::BeginChild("content", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleColor();
    if (!fixed_header) {
        draw_header();
        ImGui::Separator();
        header_height_ = ImGui::GetCursorPosY();
    }
    // A phone opens an item with its question at the top: the header (steps,
    // display) is one flick up, and the question and answers fit the screen.
    if (fresh_screen || fresh_item) ImGui::SetScrollY(compact_ && screen_ == Screen::Audit && !pending_.active ? header_height_ : 0.0f);
    if (touch_scroll_px_ != 0.0f) {  // ImGui's units are CSS pixels, as the finger's
        ImGui::SetScrollY(ImGui::GetScrollY() + touch_scroll_px_);
        touch_scroll_px_ = 0.0f;
    }
    // Readable line length: the content column is at most ~70 characters wide.
    const float max_w = 860.0f * text_scale_;
    const float avail = ImGui::GetContentRegionAvail().x;
    if (avail > max_w) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - max_w) * 0.5f);
    ImGui::BeginGroup();
    ImGui::PushItemWidth(std::min(avail, max_w));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::min(avail, max_w));
    draw_messages();
    if (pending_.active) {
        draw_pending_open();
    } else {
        // Past Start: the audit part of the language on its way (screen_export.cpp).
        if (screen_ != Screen::Start) want_report_words();
        switch (screen_) {
            case Screen::Start: draw_start(); break;
            case Screen::Library: draw_library(); break;
            case Screen::Checklists: draw_checklists(); break;
            case Screen::Audit: draw_audit(); break;
            case Screen::Review: draw_review(); break;
            case Screen::Plan: draw_plan(); break;
            case Screen::Export: draw_export(); break;
            case Screen::Compare: draw_compare(); break;
            case Screen::Progress: draw_progress(); break;
        }
    }
    ImGui::PopTextWrapPos();
    ImGui::PopItemWidth();
    // Room for the last field of a screen to rise above an on-screen keyboard.
    ImGui::Dummy(ImVec2(0, 24 + ui::covered_bottom(vp->WorkSize.y)));
    ImGui::EndGroup();
    ImGui::EndChild();
    ImGui::End();
    if (fresh_screen) ui::request_focus("screen-heading");  // reading starts at the new screen's title
}

// A change is saved at once when nothing was saved in the last quarter of a
// second, otherwise at the end of it: while someone types a note, that is four
// saves a second, not one per key. "At once" means just after the frame on
// screen, in a task of its own (browser::save_after): a save of a big audit
// takes several milliseconds (writing its text, the store's transaction), and
// the key that caused it must show before that, not after. Photos are kept
// apart from the audit's text (storage.js), so a save writes a few hundred KB
// however many photos there are. Leaving or hiding the page saves at once
// (flush_save, from glue.js). A power cut loses at most the last quarter
// second, plus the time the store takes to write.
constexpr double kSaveIntervalMs = 250;

void App::after_frame() {
    if (dirty_) {
        const double now = browser::now_ms();
        if (now >= save_due_ms_) {  // no save pending yet
            const double wait = std::max(0.0, last_save_ms_ + kSaveIntervalMs - now);
            save_due_ms_ = now + wait;
            browser::save_after(static_cast<int>(wait));
        }
    }
    if (frames_to_shown_ > 0 && --frames_to_shown_ == 0) browser::store_mark_shown();
    if (!announce_.empty()) {
        browser::announce(announce_);
        announce_.clear();
    }
    messages_follow_ = false;
}

bool App::wants_frame() const {
    return screen_changed_ || item_changed_ || touch_scroll_px_ != 0.0f || derived_.version != audit_version_;
}

void App::settled() {
    // An audit just opened has been drawn for as many frames as it needed:
    // it counts as shown before its third frame, when the screen settles sooner.
    if (frames_to_shown_ > 0) {
        frames_to_shown_ = 0;
        browser::store_mark_shown();
    }
}

// --- header: steps, display settings, save status ------------------------------

void App::draw_header() {
    const UiText& t = tr();
    ImGui::PushFont(theme::heading_font(2));
    ImGui::TextUnformatted(t.app_name);
    ImGui::PopFont();
    if (!compact_) {  // a phone has no room to spare for it
        ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(t.tagline).x) ImGui::NewLine();
        ImGui::AlignTextToFramePadding();
        ui::text_id("tagline", t.tagline, true);
    }

    for (int i = 0; i < kScreenCount; ++i) {
        const bool needs_audit = i != static_cast<int>(Screen::Start);
        if (needs_audit && !has_audit_) continue;
        std::string id = say("step-%d", i);
        const float w = ImGui::CalcTextSize(t.step_names[i]).x + ImGui::GetStyle().FramePadding.x * 2;
        if (i > 0) {
            ImGui::SameLine();
            if (ImGui::GetContentRegionAvail().x < w) ImGui::NewLine();
        }
        if (ui::tab("steps", t.steps_label, id.c_str(), t.step_names[i], static_cast<int>(screen_) == i,
                    tr_status().current_step))
            go(static_cast<Screen>(i));
    }
    draw_display_settings();
    if (has_audit_) {
        const bool bad = save_state_ == SaveState::Failed || save_state_ == SaveState::MemoryOnly;
        const std::string s = save_state_ == SaveState::Failed       ? std::string(t.not_saved)
                              : save_state_ == SaveState::MemoryOnly ? std::string(t.saved_memory)
                              : saved_at_.empty()                    ? std::string()
                                                                     : say(t.saved_at, saved_at_.c_str());
        if (!s.empty()) {
            if (bad) {
                ImGui::PushStyleColor(ImGuiCol_Text, theme::to_vec4(theme::colors().bad));
                ui::text_id("save-status", s.c_str());
                ImGui::PopStyleColor();
                if (ui::button("save-download", t.download_now)) offer_download_of_audit();
            } else {
                ui::status("save-status", s.c_str());
            }
        }
    }
}

void App::draw_display_settings() {
    if (!compact_) {
        draw_display_choices();
        return;
    }
    // Narrow: one button that shows or hides them (its name stays; aria-expanded says which).
    ui::ButtonStyle s;
    s.selected = display_open_;
    s.expanded = display_open_ ? 1 : 0;
    if (ui::button("display-settings", tr_field().display_button, s)) display_open_ = !display_open_;
    if (display_open_) draw_display_choices();
}

void App::draw_display_choices() {
    const UiText& t = tr();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(t.display_label);
    for (int i = 0; i < kThemeCount; ++i) {
        ImGui::SameLine();
        std::string id = say("theme-%d", i);
        if (ui::radio("theme", t.display_label, id.c_str(), t.theme_names[i], static_cast<int>(theme_) == i)) {
            theme_ = static_cast<ThemeId>(i);
            theme::apply(theme_, text_scale_);
            browser::set_page_state(theme::colors().id, theme::kBaseFontPx * text_scale_);
            save_settings();
        }
    }
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < 320.0f * text_scale_) ImGui::NewLine();
    ImGui::AlignTextToFramePadding();
    ui::text_id("text-size", say("%s %d%%", t.text_size, static_cast<int>(text_scale_ * 100.0f + 0.5f)).c_str());
    ImGui::SameLine();
    ui::ButtonStyle small;
    small.disabled = text_scale_ <= 1.0f;
    small.name = t.smaller_text;
    if (ui::button("text-smaller", "A-", small)) {
        text_scale_ = std::max(1.0f, text_scale_ - 0.25f);
        save_settings();
        announce_ = say("%s %d%%", t.text_size, static_cast<int>(text_scale_ * 100.0f + 0.5f));
    }
    ImGui::SameLine();
    ui::ButtonStyle big;
    big.disabled = text_scale_ >= 2.0f;
    big.name = t.larger_text;
    if (ui::button("text-larger", "A+", big)) {
        text_scale_ = std::min(2.0f, text_scale_ + 0.25f);
        save_settings();
        announce_ = say("%s %d%%", t.text_size, static_cast<int>(text_scale_ * 100.0f + 0.5f));
    }
}

void App::draw_messages() {
    if (messages_.empty()) return;
    const Palette& p = theme::colors();
    ImGui::PushStyleColor(ImGuiCol_Border, theme::to_vec4(messages_are_errors_ ? p.bad : p.border));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, 2.0f);
    ImGui::BeginChild("messages", ImVec2(ImGui::CalcItemWidth(), 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
    for (size_t i = 0; i < messages_.size(); ++i) {
        std::string id = say("message-%zu", i);
        ui::text_id(id.c_str(), messages_[i].c_str());
    }
    if (ui::button("message-dismiss", tr().dismiss)) {
        messages_.clear();
        ui::request_focus("screen-heading");  // the button goes with the box; reading goes on from the screen's title
    }
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImGui::Spacing();
}

// --- actions -----------------------------------------------------------------------

void App::go(Screen s) {
    if (s != Screen::Start && s != Screen::Compare && !has_audit_) return;
    if (s == screen_) return;
    screen_ = s;
    screen_changed_ = true;
    plan_screen_.open_key.clear();
    audit_screen_.unit_question = {};
    forget_field_notes();
    // A notice belongs to the screen it was given on, or to the one the same
    // action opened: a Compare file's error is not Review's business.
    if (!messages_follow_) messages_.clear();
    // Said after the new screen's heading (which takes the focus): for the
    // Audit, the item reached as well, with its answer and the progress.
    announce_ = s == Screen::Compare    ? tr().compare_title
                : s == Screen::Progress ? tr_results().progress_title
                : s == Screen::Audit     ? item_announcement()
                                        : tr().step_names[static_cast<int>(s)];
    save_settings();
}

void App::mark_changed() {
    dirty_ = true;
    ++audit_version_;
}

const std::vector<PlanAction>& App::current_plan() {
    if (!derived_.has_plan) {
        derived_.plan = build_plan(audit_);
        derived_.has_plan = true;
    }
    return derived_.plan;
}

const Scores& App::current_scores() {
    if (!derived_.has_scores) {
        derived_.scores = score(audit_);
        derived_.has_scores = true;
    }
    return derived_.scores;
}

const Glance& App::current_glance() {
    if (!derived_.has_glance) {
        derived_.glance = make_glance(audit_, current_scores(), current_plan());
        derived_.has_glance = true;
    }
    return derived_.glance;
}

// Last year's audit is carried forward onto this year's checklists (a copy of
// the whole audit): far too much work for every frame of the Progress screen.
const Progress& App::current_progress() {
    if (!derived_.has_progress) {
        derived_.progress = progress_since(audit_);
        derived_.has_progress = true;
    }
    return derived_.progress;
}

int App::draw_pager(const char* id, const char* what, int* page, int rows) {
    const UiText& t = tr();
    const int pages = std::max(1, (rows + kPageSize - 1) / kPageSize);
    *page = std::clamp(*page, 0, pages - 1);
    const int first = *page * kPageSize;
    if (rows <= kPageSize) return first;
    const std::string sid = std::string(id) + "-page";
    ui::status(sid.c_str(), say(t.page_of, first + 1, std::min(rows, first + kPageSize), rows).c_str());
    const std::string prev = say(t.page_previous, kPageSize), next = say(t.page_next, kPageSize);
    const std::string prev_name = say(t.page_list_name, what, prev.c_str());
    const std::string next_name = say(t.page_list_name, what, next.c_str());
    ui::ButtonStyle ps;
    ps.disabled = *page == 0;
    ps.name = prev_name.c_str();
    const int before = *page;
    if (ui::button((sid + "-previous").c_str(), prev.c_str(), ps) && *page > 0) --*page;
    ImGui::SameLine();
    ui::ButtonStyle ns;
    ns.disabled = *page >= pages - 1;
    ns.name = next_name.c_str();
    if (ui::button((sid + "-next").c_str(), next.c_str(), ns) && *page < pages - 1) ++*page;
    if (*page != before) {
        page_turned_ = true;
        const int from = *page * kPageSize;
        announce_ = say(t.page_of, from + 1, std::min(rows, from + kPageSize), rows);
        return from;
    }
    return first;
}

void App::flush_save() {
    if (!dirty_) return;
    dirty_ = false;
    last_save_ms_ = browser::now_ms();
    save_now();
}

void App::save_settings() {
    std::string out;
    JsonWriter w(out, JsonWriter::Compact);
    w.begin_object();
    w.field_int("theme", static_cast<int>(theme_));
    w.field_num("text_scale", text_scale_);
    w.field_int("screen", static_cast<int>(screen_));
    w.field_bool("shortcuts", audit_screen_.number_keys);
    if (!language_setting_.empty()) w.field_str("language", language_setting_);
    if (audit_screen_.pos >= 0 && audit_screen_.pos < static_cast<int>(audit_screen_.stops.size())) {
        const WalkStop& ws = audit_screen_.stops[static_cast<size_t>(audit_screen_.pos)];
        w.field_str("item", item_key(checklist_of(ws).id, item_of(ws).id));
    }
    w.end_object();
    browser::store_save_settings(out);
}

void App::load_settings(const JsonNode& s) {
    if (!s.is_object()) return;
    const int theme = int_field(s, "theme");
    if (s.find("theme") && theme >= 0 && theme < kThemeCount) {
        theme_ = static_cast<ThemeId>(theme);
        theme_from_settings_ = true;
    }
    text_scale_ = std::clamp(static_cast<float>(number_field(s, "text_scale", text_scale_)), 1.0f, 2.0f);
    const int screen = int_field(s, "screen");
    if (s.find("screen") && screen >= 0 && screen < kScreenCount) screen_ = static_cast<Screen>(screen);
    if (const std::string item = string_field(s, "item"); !item.empty()) audit_screen_.pending_item = item;
    audit_screen_.number_keys = bool_field(s, "shortcuts", audit_screen_.number_keys);
    language_setting_ = string_field(s, "language");  // the page applied it already (glue.js)
}

void App::begin_new_audit() {
    Profile profile;
    profile.date = browser::today();
    if (current_language() != "en") profile.language = current_language();  // its exports' language (issue 25)
    reset_choices();
    messages_.clear();
    set_open_audit(new_audit(profile, {}, browser::now_iso()), "");
    go(Screen::Library);
}

// An audit from a file or the page API: it gets its own place in the list,
// and the audit open until now stays there as it was.
void App::open_as_new(Audit a, const std::string& message) {
    set_open_audit(std::move(a), "");
    audit_screen_.pos = 0;
    set_messages({message}, false);
    say_values_to_fix();
    announce_ = message;
    screen_ = Screen::Audit;  // set directly: go() would ignore it when already there
    screen_changed_ = true;
}

const Checklist& App::checklist_of(const WalkStop& w) const {
    return audit_.checklists[static_cast<size_t>(w.checklist)];
}

const Item& App::item_of(const WalkStop& w) const {
    return checklist_of(w).sections[static_cast<size_t>(w.section)].items[static_cast<size_t>(w.item)];
}

Answer App::answer_of(const WalkStop& w) const {
    const Response* r = find_response(audit_, checklist_of(w).id, item_of(w).id);
    return r ? r->answer : Answer::Unanswered;
}

void build_walk(const Audit& a, std::vector<WalkStop>& stops, std::map<std::string, int>& index) {
    stops.clear();
    index.clear();
    for (size_t c = 0; c < a.checklists.size(); ++c)
        for (size_t s = 0; s < a.checklists[c].sections.size(); ++s)
            for (size_t i = 0; i < a.checklists[c].sections[s].items.size(); ++i) {
                const Item& it = a.checklists[c].sections[s].items[i];
                if (asked_elsewhere(a, it)) continue;  // answered there, once
                index[item_key(a.checklists[c].id, it.id)] = static_cast<int>(stops.size());
                stops.push_back({static_cast<int>(c), static_cast<int>(s), static_cast<int>(i)});
            }
}

void App::rebuild_walk() {
    ++audit_version_;  // a new or changed audit: the plan is built again
    ++checklists_version_;  // and the checklists' saved text is written again
    build_walk(audit_, audit_screen_.stops, audit_screen_.index);
    if (!audit_screen_.pending_item.empty()) {
        for (size_t k = 0; k < audit_screen_.stops.size(); ++k) {
            if (item_key(checklist_of(audit_screen_.stops[k]).id, item_of(audit_screen_.stops[k]).id) == audit_screen_.pending_item)
                audit_screen_.pos = static_cast<int>(k);
        }
        audit_screen_.pending_item.clear();
    }
    audit_screen_.pos = std::clamp(audit_screen_.pos, 0, std::max(0, static_cast<int>(audit_screen_.stops.size()) - 1));
}

void App::set_messages(std::vector<std::string> lines, bool error) {
    messages_ = std::move(lines);
    messages_are_errors_ = error;
    messages_follow_ = true;  // to the screen the same action opens, and no further (go)
    if (!messages_.empty()) announce_ = messages_.front();
}

void App::say_values_to_fix() {
    const std::vector<ValueToFix> fixes = values_to_fix(audit_);
    if (fixes.empty()) return;
    std::vector<std::string> lines = messages_;
    lines.push_back(tr_entry().fixes_intro);
    for (const ValueToFix& v : fixes) lines.push_back(v.message);
    set_messages(std::move(lines), false);
}

// "welcome-audit-eastside-branch-2026-11-25": a file name that says what it holds.
std::string file_stem_for(const std::string& library, const std::string& branch, const std::string& date) {
    const std::string& s = branch.empty() ? library : branch;
    std::string out;
    for (char ch : s) {
        const unsigned char u = static_cast<unsigned char>(ch);
        if (std::isalnum(u)) out += static_cast<char>(std::tolower(u));
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    if (out.empty()) out = "library";
    return "welcome-audit-" + out + (date.empty() ? "" : "-" + date);
}

std::string App::file_stem() const {
    return file_stem_for(audit_.profile.library, audit_.profile.branch, audit_.profile.date);
}

void App::save_shortcut() {
    if (has_audit_) offer_download_of_audit();
    else announce_ = tr().nothing_to_save;
}

std::string App::saved_audit_text(TextParts* parts) {
    if (checklist_texts_version_ != checklists_version_ || checklist_texts_.size() != audit_.checklists.size()) {
        checklist_texts_.clear();
        for (const Checklist& c : audit_.checklists) checklist_texts_.push_back(checklist_text_in_audit(c));
        checklist_texts_version_ = checklists_version_;
    }
    return audit_to_json_text(audit_, &checklist_texts_, parts);
}

void App::offer_download_of_audit() {
    const std::string name = file_stem() + "-audit.json";
    browser::download(name.c_str(), "application/json", saved_audit_text());
    announce_ = say(tr().downloaded, name.c_str());
}

// --- opening files -------------------------------------------------------------------

void App::open_text(const std::string& file_name, const std::string& text, bool from_host) {
    const UiText& t = tr();
    // Photos in the file were handed to the store by the page (storage.js), which left references.
    AnyDocument doc = load_any(text, file_name, PhotoRefs::Allowed);
    if (!doc.ok()) {
        // Also for a host's broken checklist: the app goes on with the others, and says why.
        std::vector<std::string> lines = {say(t.open_problem, file_name.c_str())};
        for (const Problem& p : doc.problems) lines.push_back(to_string(p));
        set_messages(std::move(lines), true);
        if (from_host) checklist_unavailable(file_name);  // its path beside the page (glue.js)
        return;
    }
    if (doc.checklist) {
        add_to_catalog(std::move(*doc.checklist), from_host ? file_name : "", from_host);
        return;
    }
    if (doc.audit) {
        if (has_audit_ && answered_count(audit_) > 0) {
            pending_.active = true;
            pending_.file_name = file_name;
            pending_.audit = std::move(*doc.audit);
            externalize_photos(pending_.audit);
            screen_changed_ = true;
            return;
        }
        externalize_photos(*doc.audit);
        open_as_new(std::move(*doc.audit), say(t.open_ok, file_name.c_str()));
        return;
    }
    if (doc.plan) {
        if (!has_audit_) {
            set_messages({say(t.open_problem, file_name.c_str()), t.plan_without_audit}, true);
            return;
        }
        std::vector<std::string> skipped;
        const int n = apply_plan_states(audit_, *doc.plan, &skipped);
        mark_changed();
        std::vector<std::string> lines = {say(t.plan_opened, file_name.c_str(), n)};
        for (const std::string& s : skipped) lines.push_back(s);
        set_messages(std::move(lines), false);
    }
}

void App::draw_pending_open() {
    const UiText& t = tr();
    ui::heading("screen-heading", 1, pending_.file_name.c_str());
    ui::text(say(t.open_choice, pending_.file_name.c_str(), answered_count(audit_)).c_str());
    if (ui::button("open-replace", t.replace)) {
        pending_.active = false;
        open_as_new(std::move(pending_.audit), say(t.open_ok, pending_.file_name.c_str()));
    }
    ui::text(t.replace_hint, true);
    if (ui::button("open-merge", t.merge, [] { ui::ButtonStyle s; s.primary = true; return s; }())) {
        pending_.active = false;
        MergeReport r = merge_audits(audit_, pending_.audit);
        rebuild_walk();
        mark_changed();
        std::vector<std::string> lines = {say(t.open_ok, pending_.file_name.c_str())};
        lines.push_back(say(t.merge_result, r.responses_added,
                               r.responses_replaced, r.checklists_added));
        for (const std::string& s : r.conflicts) lines.push_back(s);
        for (const std::string& s : r.notes) lines.push_back(s);
        set_messages(std::move(lines), false);
        screen_changed_ = true;
    }
    ui::text(t.merge_hint, true);
    if (ui::button("open-cancel", t.cancel)) {
        pending_.active = false;
        screen_changed_ = true;
    }
}

// --- page API (window.WelcomeAudit) ---------------------------------------------------

std::string App::audit_json() const { return has_audit_ ? audit_to_json_text(audit_) : std::string("null"); }

std::string App::load_json_api(const std::string& text) {
    AnyDocument doc = load_any(text, "WelcomeAudit.load", PhotoRefs::Allowed);
    std::string out;
    JsonWriter w(out, JsonWriter::Compact);  // writes bad UTF-8 as U+FFFD: never an abort
    w.begin_object();
    w.field_bool("ok", doc.ok());
    w.key("errors");
    w.begin_array();
    for (const Problem& p : doc.problems)
        if (p.severity == Severity::Error) w.string(to_string(p));
    w.end_array();
    w.end_object();
    if (!doc.ok()) return out;
    if (doc.audit) {
        externalize_photos(*doc.audit);  // photos still in the text (the page took most out already)
        open_as_new(std::move(*doc.audit), "Audit loaded.");
        messages_.clear();
    } else {
        open_text("WelcomeAudit.load", text, false);
    }
    return out;
}

}  // namespace wa
