// The app's side of the audit store (web/storage.js): saving the open audit,
// opening one from the list, and what the store tells the app (a save was
// confirmed, the list changed, another tab has or took the audit).
#include "app/app.h"
#include "app/browser.h"
#include "core/say.h"
#include "app/page_json.h"
#include "app/strings.h"
#include "app/testing/test_hooks.h"
#include "core/document.h"
#include "core/progress.h"
#include "core/words.h"

namespace wa {
namespace {



StoredAudit stored_from(const JsonNode& j) {
    StoredAudit s;
    s.id = string_field(j, "id");
    s.name = string_field(j, "name");
    s.library = string_field(j, "library");
    s.branch = string_field(j, "branch");
    s.date = string_field(j, "date");
    s.updated = string_field(j, "updatedText");
    if (const JsonNode* list = j.find("checklists"); list && list->is_array())
        for (const JsonNode& t : *list)
            if (t.is_string()) s.checklists.emplace_back(t.text());
    s.answered = int_field(j, "answered");
    s.total = int_field(j, "total");
    s.photos = int_field(j, "photos");
    s.unreadable = bool_field(j, "unreadable", false);
    return s;
}

// The list part of a "list" event or of the boot information.
void read_list(const JsonNode& j, StoreState& st) {
    if (auto b = string_field(j, "backend"); !b.empty()) st.backend = b;
    for (auto [key, out] : {std::pair{"list", &st.audits}, std::pair{"deleted", &st.deleted}}) {
        const JsonNode* list = j.find(key);
        if (!list || !list->is_array()) continue;
        out->clear();
        for (const JsonNode& a : *list)
            if (a.is_object()) out->push_back(stored_from(a));
    }
    st.usage = number_field(j, "usage", st.usage);
    st.quota = number_field(j, "quota", st.quota);
    st.persisted = bool_field(j, "persisted", st.persisted);
    st.persist_prompt = bool_field(j, "persistPrompt", st.persist_prompt);
    st.persist_refused = bool_field(j, "persistRefused", st.persist_refused);
    st.clears_after_a_week = bool_field(j, "clearsAfterAWeek", st.clears_after_a_week);
}

}  // namespace

// Two audits of one list must never share a name: a person (and a screen
// reader, which hears "Open: ..." twice) could not tell them apart. A name
// that another audit has too is told apart by when it last changed, and by
// the start of its key when even that is the same.
std::string App::stored_title(const StoredAudit& s) const {
    const std::string base = base_title(s);
    auto clashes = [&](auto&& same) {
        for (const std::vector<StoredAudit>* list : {&store_.audits, &store_.deleted})
            for (const StoredAudit& o : *list)
                if (o.id != s.id && same(o)) return true;
        return false;
    };
    if (!clashes([&](const StoredAudit& o) { return base_title(o) == base; })) return base;
    const std::string dated = base + " \xC2\xB7 " + s.updated;
    if (!clashes([&](const StoredAudit& o) { return base_title(o) == base && o.updated == s.updated; })) return dated;
    return dated + " \xC2\xB7 " + s.id.substr(0, 4);
}

std::string App::base_title(const StoredAudit& s) const {
    if (!s.name.empty()) return s.name;
    // The open audit's names as they are now, not as the store last listed
    // them: the list comes a second after a save, and a title that changed
    // under a person's eyes (and their Rename field's label) that second after
    // they came to Start from the Library screen misled them (and the walk test).
    const bool open = has_audit_ && s.id == audit_id_;
    const Profile& p = audit_.profile;
    std::string who = open ? p.library : s.library;
    const std::string& branch = open ? p.branch : s.branch;
    const std::string& date = open ? p.date : s.date;
    if (!branch.empty()) who += (who.empty() ? "" : ", ") + branch;
    if (who.empty()) who = tr().audit_untitled;
    if (!date.empty()) who += " (" + date_text(date) + ")";  // "15 de mayo de 2025" in Spanish
    return who;
}

void App::open_store_at_start() {
    const std::string text = browser::store_boot();
    const PageDoc doc(text);
    const JsonNode& boot = doc.root();
    if (!boot.is_object()) return;
    read_list(boot, store_);
    if (const JsonNode* s = boot.find("settings"); s && s->is_object()) load_settings(*s);
    if (const int n = int_field(boot, "migrated"); n > 0) set_messages({say(tr().migrated, n)}, false);
    if (const std::string e = string_field(boot, "error"); !e.empty()) set_messages({e}, true);
    for (auto [key, kind] : {std::pair{"failed", StoreNotice::FailedLastTime}, std::pair{"busy", StoreNotice::Busy}}) {
        const JsonNode* a = boot.find(key);
        if (!a || !a->is_object()) continue;
        const StoredAudit s = stored_from(*a);
        notice_ = {kind, s.id, stored_title(s)};
    }
    if (const JsonNode* r = boot.find("resume"); r && r->is_object())
        store_opened(string_field(*r, "id"), "resume", string_field(*r, "text"));
    // The audit to resume is open in another tab: this one opens on Start
    // (App::draw), which names it and offers to open it here; said at once.
    if (notice_.kind == StoreNotice::Busy && !has_audit_) announce_ = say(tr().busy_elsewhere, notice_.title.c_str());
}

// The store's own events, as JSON (glue.js: storeEvent).
void App::store_event(const std::string& text) {
    const UiText& t = tr();
    const PageDoc doc(text);
    const JsonNode& e = doc.root();
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
            if (before == SaveState::Failed) announce_ = say(t.saved_at, saved_at_.c_str());
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
        announce_ = say(t.busy_elsewhere, notice_.title.c_str());
    } else if (type == "lost") {
        // Another tab has the audit now; everything was saved before the store let go.
        if (id != audit_id_) return;
        notice_ = {StoreNotice::TakenOver, id, title_of(id)};
        has_audit_ = false;
        audit_id_.clear();
        dirty_ = false;
        audit_screen_.stops.clear();
        announce_ = say(t.taken_over, notice_.title.c_str());
        screen_ = Screen::Start;
        screen_changed_ = true;
    } else if (type == "done") {
        const std::string what = string_field(e, "what"), name = title_of(id);
        if (what == "delete") set_messages({say(t.audit_deleted, name.c_str())}, false);
        else if (what == "restore") announce_ = say(t.audit_restored, name.c_str());
        else if (what == "rename") announce_ = say(t.audit_renamed, name.c_str());
        else if (what == "duplicate") announce_ = say(t.audit_duplicated, name.c_str());
        else if (what == "download") announce_ = say(t.downloaded, string_field(e, "file").c_str());
        else if (what == "keep") announce_ = bool_field(e, "kept", false) ? t.storage_persisted : tr_status().keep_refused;
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
        else set_messages({say(t.open_problem, title.c_str())}, true);
        return;
    }
    if (!loaded.ok()) {
        // Said, not fatal: the next start may try again (it did not crash).
        std::vector<std::string> lines = {say(t.open_problem, title.c_str())};
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
        update_to_catalog_versions();  // this year's versions of the same checklists (checklist_catalog.cpp)
        set_messages({say(t.next_year_started, title.c_str())}, false);
        go(Screen::Library);
        return;
    }
    set_open_audit(std::move(*loaded.value), id);
    frames_to_shown_ = 3;  // then the store may reopen it at the next start
    say_values_to_fix();   // kept as they were (an older version's audit): listed, to be fixed
    if (purpose == "resume") return;  // the screen and item come from the settings
    audit_screen_.pos = 0;
    screen_ = audit_screen_.stops.empty() ? Screen::Checklists : Screen::Audit;
    screen_changed_ = true;
    announce_ = say(t.open_ok, title.c_str());
}

void App::set_open_audit(Audit a, const std::string& id) {
    flush_save();  // the audit open until now keeps its last change
    audit_screen_.evidence_drafts.clear();  // typed for the other audit's items
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
    // In parts, so that the store writes only those that changed (web/storage.js).
    TextParts parts;
    const std::string text = saved_audit_text(&parts);
    save_seq_ = browser::store_save(audit_id_, text, parts, audit_summary_json());
}

std::string App::audit_summary_json() const {
    int photos = 0;
    for (const auto& [key, r] : audit_.responses)
        for (const Evidence& e : r.evidence) photos += e.kind == "image";
    std::string out;
    JsonWriter w(out, JsonWriter::Compact);
    w.begin_object();
    w.field_str("library", audit_.profile.library);
    w.field_str("branch", audit_.profile.branch);
    w.field_str("date", audit_.profile.date);
    w.key("checklists");
    w.begin_array();
    for (const Checklist& c : audit_.checklists) w.string(c.title);
    w.end_array();
    w.field_int("answered", answered_count(audit_));
    w.field_int("total", static_cast<int>(audit_screen_.stops.size()));
    w.field_int("photos", photos);
    if (!previous_id_.empty()) w.field_str("previous", previous_id_);
    w.end_object();
    return out;
}

void App::externalize_photos(Audit& a) {
    for (auto& [key, r] : a.responses)
        for (Evidence& e : r.evidence)
            if (e.kind == "image" && !e.data_url.empty() && !is_photo_ref(e.data_url))
                e.data_url = browser::photo_put(e.data_url);
}

}  // namespace wa
