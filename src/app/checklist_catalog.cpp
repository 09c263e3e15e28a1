// The checklists on offer on the Checklists screen (the catalog), and getting their files.
//
// The app starts with the shipped checklists' catalog only (catalog.json,
// compiled into the wasm: id, title, summary and item count of each), which is
// all the Checklists screen shows. A checklist's file is read when someone ticks
// it or starts the audit: a hosted page fetches it from checklists/ beside the
// page (web/glue.js), the offline single file has every file inside its wasm.
// An audit carries its checklists in full, so resuming one fetches nothing.
// A consortium's config.json (consortium.cpp) narrows the shipped ones on
// offer, recommends some, and adds its own: files beside the page, fetched
// after the first frame like a host's, or written inside config.json.
#include <algorithm>
#include <cstdio>


#include "app/app.h"
#include "app/page_json.h"
#include "app/browser.h"
#include "app/embedded.h"
#include "core/say.h"
#include "app/language.h"
#include "app/strings.h"
#include "core/document.h"

namespace wa {

void App::load_catalog() {
    const EmbeddedFile* f = find_embedded("catalog.json");
    if (!f) return;
    const PageDoc doc(std::string_view(reinterpret_cast<const char*>(f->data), f->size));
    const JsonNode* list = doc.root().find("checklists");
    if (!list || !list->is_array()) return;
    std::string known;  // the files the catalog lists, for glue.js
    for (const JsonNode& c : *list) {
        if (!c.is_object()) continue;
        CatalogEntry e;
        e.file = string_field(c, "file");
        e.id = string_field(c, "id");
        e.version = string_field(c, "version");
        e.title = string_field(c, "title");
        e.summary = string_field(c, "summary");
        e.items = int_field(c, "items");
        if (e.file.empty() || e.id.empty()) continue;
        known += (known.empty() ? "" : " ") + e.file;  // offered or not: never fetched as a host's
        if (!config_.offers(e.id)) continue;
        e.file = "checklists/" + e.file;
        e.shipped_file = e.file;
        if (const JsonNode* langs = c.find("languages"); langs && langs->is_array())
            for (const JsonNode& l : *langs) e.languages.emplace_back(l.text());
        e.recommended = config_.recommends(e.id);
        catalog_.push_back(std::move(e));
    }
    reset_choices();
    add_config_checklists();
    // After the first frame, a hosted page reads checklists/index.json for the
    // files a host added beside the page, and the consortium's own files; the
    // catalog's own files wait.
    std::string own;
    for (const std::string& path : config_.checklist_files) own += (own.empty() ? "" : " ") + path;
    browser::fetch_host_checklists(known, own);
}

void App::reset_choices() {
    checklists_screen_.chosen.assign(catalog_.size(), false);
    for (size_t i = 0; i < catalog_.size(); ++i) checklists_screen_.chosen[i] = catalog_[i].recommended;
}

void App::add_to_catalog(Checklist c, const std::string& file, bool from_host) {
    auto same = std::find_if(catalog_.begin(), catalog_.end(), [&](const CatalogEntry& x) { return x.id == c.id; });
    if (same == catalog_.end()) {
        catalog_.emplace_back();
        checklists_screen_.chosen.push_back(config_.recommends(c.id));
        same = catalog_.end() - 1;
    } else if (same->state == CatalogEntry::State::Loaded && compare_versions(c.version, same->version) <= 0) {
        if (!from_host) set_messages({say(tr().checklist_added, same->title.c_str())}, false);
        return;  // the same or an older version: keep what we have
    }
    // A listed checklist's file arrived (whatever its version: a host may have
    // put a newer one in place), or a new or newer checklist was opened.
    if (!file.empty()) same->file = file;
    same->id = c.id;
    same->version = c.version;
    same->title = c.title;
    same->summary = c.summary;
    same->items = static_cast<int>(item_count(c));
    same->recommended = config_.recommends(c.id);
    same->checklist = std::move(c);
    same->state = CatalogEntry::State::Loaded;
    if (!from_host) set_messages({say(tr().checklist_added, same->title.c_str())}, false);
    if (checklists_screen_.pending_updates.erase(same->id) && has_audit_ && find_checklist(audit_, same->id)) {
        add_or_update_checklist(audit_, same->checklist);
        rebuild_walk();
        mark_changed();
    }
    if (checklists_screen_.starting) start_chosen();  // it may be the last one "Start the audit" waits for
}

// Next year's audit: its checklists become this year's versions, now for those
// already read, when their file arrives for the others.
void App::update_to_catalog_versions() {
    for (size_t i = 0; i < catalog_.size(); ++i) {
        const CatalogEntry& e = catalog_[i];
        const Checklist* in_audit = find_checklist(audit_, e.id);
        if (!in_audit || compare_versions(e.version, in_audit->version) <= 0) continue;
        if (e.state == CatalogEntry::State::Loaded) {
            add_or_update_checklist(audit_, e.checklist);
            rebuild_walk();
            mark_changed();
        } else {
            checklists_screen_.pending_updates.insert(e.id);
            request_checklist(i);
        }
    }
}

// A shipped checklist in the language the app speaks when it comes in it
// (checklists/es/<name>), else in English: ids are the same, so an audit
// answered in one compares, merges and follows on with one answered in the other.
std::string App::file_to_read(const CatalogEntry& e) const {
    if (e.shipped_file.empty()) return e.file;
    const std::string& lang = current_language();
    if (std::find(e.languages.begin(), e.languages.end(), lang) == e.languages.end()) return e.shipped_file;
    const size_t slash = e.shipped_file.find('/');
    return e.shipped_file.substr(0, slash + 1) + lang + e.shipped_file.substr(slash);
}

// A new language: shipped checklists read in the other one, and in no audit,
// are read again when chosen, in the new one.
void App::forget_checklists_in_other_languages() {
    for (CatalogEntry& e : catalog_) {
        if (e.shipped_file.empty() || e.state != CatalogEntry::State::Loaded || find_checklist(audit_, e.id)) continue;
        if (file_to_read(e) == e.file) continue;
        e.state = CatalogEntry::State::Listed;
        e.file = e.shipped_file;
    }
}

void App::request_checklist(size_t i) {
    CatalogEntry& e = catalog_[i];
    if (e.state == CatalogEntry::State::Loaded || e.state == CatalogEntry::State::Loading) return;
    const std::string name = file_to_read(e);
    if (const EmbeddedFile* f = find_embedded(name.c_str())) {  // the offline single file
        auto loaded = load_checklist(std::string_view(reinterpret_cast<const char*>(f->data), f->size), name);
        if (loaded.ok()) {
            add_to_catalog(std::move(*loaded.value), e.file, true);
            return;
        }
        for (const Problem& p : loaded.problems) std::printf("shipped checklist: %s\n", to_string(p).c_str());
        checklist_unavailable(e.file);
        return;
    }
    e.state = CatalogEntry::State::Loading;
    browser::fetch_checklist(name);  // answers through open_text or checklist_unavailable
}

void App::checklist_unavailable(const std::string& file) {
    // A translation that could not be read: the English file instead.
    for (size_t i = 0; i < catalog_.size(); ++i) {
        CatalogEntry& e = catalog_[i];
        if (e.state != CatalogEntry::State::Loading || e.shipped_file.empty() || file == e.shipped_file ||
            file_to_read(e) != file)
            continue;
        e.state = CatalogEntry::State::Listed;
        e.languages.clear();  // not again this session
        request_checklist(i);
        return;
    }
    for (const std::string& own : config_.checklist_files) {
        if (own != file) continue;  // the consortium's own: Start says so (nobody asked for it yet)
        const ConfigText& ct = tr_config();
        if (config_problems_.empty()) config_problems_.push_back(say(ct.config_notes, "config.json"));
        config_problems_.push_back(say(ct.own_unavailable, file.c_str()));
    }
    for (CatalogEntry& e : catalog_) {
        if (e.file != file || e.state == CatalogEntry::State::Loaded) continue;
        e.state = CatalogEntry::State::Unavailable;  // pressing Start again tries again
        if (checklists_screen_.starting) {
            checklists_screen_.starting = false;
            say_unavailable(e);
        }
    }
}

// Messages show at the top of the screen: go there, so that it is seen.
void App::say_unavailable(const CatalogEntry& e) {
    set_messages({say(tr().checklist_unavailable, e.title.c_str())}, true);
    screen_changed_ = true;
}

void App::start_chosen() {
    // Files needed: the checklists chosen now, and newer versions of those already in the audit.
    std::vector<size_t> needed;
    for (size_t i = 0; i < catalog_.size(); ++i) {
        const Checklist* in_audit = find_checklist(audit_, catalog_[i].id);
        if (in_audit ? compare_versions(catalog_[i].version, in_audit->version) > 0 : checklists_screen_.chosen[i]) needed.push_back(i);
    }
    bool waiting = false;
    checklists_screen_.starting = false;  // request_checklist may answer at once (offline): no recursion meanwhile
    for (size_t i : needed) {
        request_checklist(i);
        if (catalog_[i].state == CatalogEntry::State::Unavailable) {
            say_unavailable(catalog_[i]);
            return;
        }
        waiting |= catalog_[i].state != CatalogEntry::State::Loaded;
    }
    if (waiting) {
        checklists_screen_.starting = true;  // add_to_catalog calls again when a file arrives
        return;
    }
    if (screen_ != Screen::Checklists) return;  // the person went elsewhere meanwhile
    for (size_t i : needed) add_or_update_checklist(audit_, catalog_[i].checklist);
    rebuild_walk();
    mark_changed();
    audit_screen_.pos = next_unanswered_from(0);
    go(Screen::Audit);
}

}  // namespace wa
