// The app's side of the audit store (web/storage.js): saving the open audit,
// opening one from the list, and what the store tells the app (a save was
// confirmed, the list changed, another tab has or took the audit).
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/browser.h"
#include "app/format.h"
#include "app/page_json.h"
#include "app/strings.h"
#include "app/testing/test_hooks.h"
#include "core/document.h"
#include "core/progress.h"

namespace wa {
namespace {

using nlohmann::json;
constexpr auto kReplace = json::error_handler_t::replace;  // text with bad UTF-8 is written with U+FFFD, never aborts


StoredAudit stored_from(const json& j) {
    StoredAudit s;
    s.id = string_field(j, "id");
    s.name = string_field(j, "name");
    s.library = string_field(j, "library");
    s.branch = string_field(j, "branch");
    s.date = string_field(j, "date");
    s.updated = string_field(j, "updatedText");
    if (auto it = j.find("checklists"); it != j.end() && it->is_array())
        for (const json& t : *it)
            if (t.is_string()) s.checklists.push_back(t.get<std::string>());
    s.answered = int_field(j, "answered");
    s.total = int_field(j, "total");
    s.photos = int_field(j, "photos");
    s.unreadable = j.value("unreadable", false);
    return s;
}

// The list part of a "list" event or of the boot information.
void read_list(const json& j, StoreState& st) {
    if (auto b = string_field(j, "backend"); !b.empty()) st.backend = b;
    for (auto [key, out] : {std::pair{"list", &st.audits}, std::pair{"deleted", &st.deleted}}) {
        auto it = j.find(key);
        if (it == j.end() || !it->is_array()) continue;
        out->clear();
        for (const json& a : *it)
            if (a.is_object()) out->push_back(stored_from(a));
    }
    if (auto it = j.find("usage"); it != j.end() && it->is_number()) st.usage = it->get<double>();
    if (auto it = j.find("quota"); it != j.end() && it->is_number()) st.quota = it->get<double>();
    st.persisted = j.value("persisted", st.persisted);
    st.persist_prompt = j.value("persistPrompt", st.persist_prompt);
    st.persist_refused = j.value("persistRefused", st.persist_refused);
    st.clears_after_a_week = j.value("clearsAfterAWeek", st.clears_after_a_week);
}

}  // namespace

std::string App::stored_title(const StoredAudit& s) const {
    if (!s.name.empty()) return s.name;
    std::string who = s.library;
    if (!s.branch.empty()) who += (who.empty() ? "" : ", ") + s.branch;
    if (who.empty()) who = tr().audit_untitled;
    if (!s.date.empty()) who += " (" + s.date + ")";
    return who;
}

void App::open_store_at_start() {
    const json boot = json::parse(browser::store_boot(), nullptr, false);
    if (!boot.is_object()) return;
    read_list(boot, store_);
    if (auto it = boot.find("settings"); it != boot.end() && it->is_object()) load_settings(it->dump(-1, ' ', false, kReplace));
    if (const int n = int_field(boot, "migrated"); n > 0) set_messages({format(tr().migrated, n)}, false);
    if (auto it = boot.find("error"); it != boot.end() && it->is_string()) set_messages({it->get<std::string>()}, true);
    for (auto [key, kind] : {std::pair{"failed", StoreNotice::FailedLastTime}, std::pair{"busy", StoreNotice::Busy}}) {
        auto it = boot.find(key);
        if (it == boot.end() || !it->is_object()) continue;
        const StoredAudit s = stored_from(*it);
        notice_ = {kind, s.id, stored_title(s)};
    }
    if (auto it = boot.find("resume"); it != boot.end() && it->is_object())
        store_opened(string_field(*it, "id"), "resume", string_field(*it, "text"));
}

// The store's own events, as JSON (glue.js: storeEvent).
void App::store_event(const std::string& text) {
    const UiText& t = tr();
    const json e = json::parse(text, nullptr, false);
    if (!e.is_object()) return;
    const std::string type = string_field(e, "type");
    const std::string id = string_field(e, "id");
    auto title_of = [&](const std::string& which) {
        for (const StoredAudit& s : store_.audits)
            if (s.id == which) return stored_title(s);
        for (const StoredAudit& s : store_.deleted)
            if (s.id == which) return stored_title(s);
        return std::string(t.audit_untitled);
    };
    if (type == "saved") {
        if (int_field(e, "seq") != save_seq_) return;  // an earlier save; the answer to the last one decides
        const std::string status = string_field(e, "status");
        const SaveState before = save_state_;
        if (status == "saved") {
            save_state_ = SaveState::Saved;
            saved_at_ = string_field(e, "time");
            if (before == SaveState::Failed) announce_ = format(t.saved_at, saved_at_.c_str());
        } else if (status == "memory") {
            save_state_ = SaveState::MemoryOnly;
            if (before != SaveState::MemoryOnly) announce_ = t.saved_memory;
        } else if (status == "conflict") {
            notice_ = {StoreNotice::Conflict, audit_id_, t.audit_untitled};
            announce_ = t.save_conflict;
        } else {
            save_state_ = SaveState::Failed;
            if (before != SaveState::Failed) announce_ = t.not_saved;
        }
    } else if (type == "list") {
        read_list(e, store_);
    } else if (type == "busy") {
        notice_ = {StoreNotice::Busy, id, title_of(id)};
        announce_ = format(t.busy_elsewhere, notice_.title.c_str());
    } else if (type == "lost") {
        // Another tab has the audit now; everything was saved before the store let go.
        if (id != audit_id_) return;
        notice_ = {StoreNotice::TakenOver, id, title_of(id)};
        has_audit_ = false;
        audit_id_.clear();
        dirty_ = false;
        walk_.clear();
        announce_ = format(t.taken_over, notice_.title.c_str());
        screen_ = Screen::Start;
        screen_changed_ = true;
    } else if (type == "done") {
        const std::string what = string_field(e, "what"), name = title_of(id);
        if (what == "delete") set_messages({format(t.audit_deleted, name.c_str())}, false);
        else if (what == "restore") announce_ = format(t.audit_restored, name.c_str());
        else if (what == "rename") announce_ = format(t.audit_renamed, name.c_str());
        else if (what == "duplicate") announce_ = format(t.audit_duplicated, name.c_str());
        else if (what == "download") announce_ = format(t.downloaded, string_field(e, "file").c_str());
        else if (what == "keep") announce_ = e.value("kept", false) ? t.storage_persisted : tr_status().keep_refused;
    } else if (type == "error") {
        set_messages({string_field(e, "message")}, true);
    }
}

// The text of a stored audit, asked for with store_do: "resume" (at start),
// "open" or "take-over" (from the list or a notice), "next-year", "previous" (Progress).
void App::store_opened(const std::string& id, const std::string& purpose, const std::string& text) {
    const UiText& t = tr();
    std::string title = t.audit_untitled;
    for (const StoredAudit& s : store_.audits)
        if (s.id == id) title = stored_title(s);
    test_hook_opening(text);
    Loaded<Audit> loaded = load_audit(text, title, PhotoRefs::Allowed);
    if (purpose == "previous") {  // last year's audit, to compare with: read, never opened
        if (loaded.ok()) set_previous(previous_of(*loaded.value), title);
        else set_messages({format(t.open_problem, title.c_str())}, true);
        return;
    }
    if (!loaded.ok()) {
        // Said, not fatal: the next start may try again (it did not crash).
        std::vector<std::string> lines = {format(t.open_problem, title.c_str())};
        for (const Problem& p : loaded.problems) lines.push_back(to_string(p));
        set_messages(std::move(lines), true);
        notice_ = {StoreNotice::FailedLastTime, id, title};
        browser::store_mark_shown();
        browser::store_do("close", id);
        return;
    }
    externalize_photos(*loaded.value);
    if (notice_.id == id) notice_ = {};
    if (purpose == "next-year") {
        Audit next = follow_up_audit(*loaded.value, browser::today(), browser::now_iso());
        previous_id_ = id;
        set_open_audit(std::move(next), "");
        update_to_library_versions();  // this year's versions of the same checklists (library.cpp)
        set_messages({format(t.next_year_started, title.c_str())}, false);
        go(Screen::Profile);
        return;
    }
    set_open_audit(std::move(*loaded.value), id);
    frames_to_shown_ = 3;  // then the store may reopen it at the next start
    if (purpose == "resume") return;  // the screen and item come from the settings
    walk_pos_ = 0;
    screen_ = walk_.empty() ? Screen::Choose : Screen::Walk;
    screen_changed_ = true;
    announce_ = format(t.open_ok, title.c_str());
}

void App::set_open_audit(Audit a, const std::string& id) {
    flush_save();  // the audit open until now keeps its last change
    evidence_drafts_.clear();  // typed for the other audit's items
    audit_ = std::move(a);
    has_audit_ = true;
    audit_id_ = id.empty() ? browser::store_new_id() : id;
    if (!id.empty()) previous_id_.clear();
    save_state_ = SaveState::None;
    saved_at_.clear();
    if (notice_.kind == StoreNotice::Conflict) notice_ = {};
    rebuild_walk();
    if (id.empty()) mark_changed();  // a new audit gets its place in the store at once
}

void App::save_now() {
    if (!has_audit_ || notice_.kind == StoreNotice::Conflict) return;
    audit_.updated_at = browser::now_iso();
    save_seq_ = browser::store_save(audit_id_, saved_audit_text(), audit_summary_json());
}

std::string App::audit_summary_json() const {
    json titles = json::array();
    for (const Checklist& c : audit_.checklists) titles.push_back(c.title);
    int photos = 0;
    for (const auto& [key, r] : audit_.responses)
        for (const Evidence& e : r.evidence) photos += e.kind == "image";
    json s = {{"library", audit_.profile.library}, {"branch", audit_.profile.branch}, {"date", audit_.profile.date},
              {"checklists", titles}, {"answered", answered_count(audit_)}, {"total", static_cast<int>(walk_.size())},
              {"photos", photos}};
    if (!previous_id_.empty()) s["previous"] = previous_id_;
    return s.dump(-1, ' ', false, kReplace);
}

void App::externalize_photos(Audit& a) {
    for (auto& [key, r] : a.responses)
        for (Evidence& e : r.evidence)
            if (e.kind == "image" && !e.data_url.empty() && !is_photo_ref(e.data_url))
                e.data_url = browser::photo_put(e.data_url);
}

}  // namespace wa
