// Everything the app asks of the browser, in one place. The JavaScript side is
// web/glue.js (window.WA_GLUE), which hands storage to web/storage.js. Outside
// Emscripten a NativeBrowser (below) stands in: it records what the app asked
// and answers as a test sets it up, so the rest of the app never needs an
// #ifdef and the store's protocol is tested natively (tests/app/test_store.cpp).
#pragma once
#include <string>
#include <vector>

namespace wa {
struct TextParts;  // core/audit.h
}

namespace wa::browser {

// The audit store (web/storage.js: IndexedDB, or a fallback it names).
// Results of the asynchronous calls come back through App::store_event.
std::string store_boot();   // JSON: what the store holds, read once by App::start
// Saves the open audit under `id` (text with photo references, cut into
// `parts` that the store keeps apart, and the summary shown in the list);
// returns the number the "saved" event will carry.
int store_save(const std::string& id, const std::string& text, const TextParts& parts,
               const std::string& meta_json);
void store_save_settings(const std::string& json);
// "open", "take-over" (from another tab), "next-year", "rename" (arg: the name),
// "duplicate", "delete", "restore", "download" (arg: the file name), "close".
void store_do(const char* what, const std::string& id, const std::string& arg = {});
std::string store_new_id();
void store_mark_shown();    // the audit being opened was drawn: a restart may reopen it
// A photo (a data: URL) into the store; returns the reference the audit keeps.
std::string photo_put(const std::string& data_url);

void download(const char* file_name, const char* mime, const std::string& content);
bool copy_text(const std::string& text);
void announce(const std::string& text);        // polite live region
std::string now_iso();                          // "2026-11-25T21:54:40Z"
std::string today();                            // "2026-11-25"
void publish_tree(const std::string& json);     // the widget record, to web/mirror.js
void focus_element(const std::string& id);      // move DOM focus to a mirror element
void first_frame();                             // hide the loading indicator
void set_page_state(const char* theme_id, float font_px);  // the theme and text size, for the mirror's own fields
float device_pixel_ratio();
// http(s) only, after the first frame: glue.js reads checklists/index.json and
// fetches the files listed there but not in `known` (space-separated file
// names), and the files in `also` (space-separated paths beside the page: the
// consortium's own checklists, from config.json).
void fetch_host_checklists(const std::string& known, const std::string& also);
// PATH relative to the page ("checklists/welcome-behaviors.json"): wa_open_text, or wa_checklist_unavailable.
void fetch_checklist(const std::string& path);
// The consortium's config.json, read by the page before the app started (a
// hosted page fetches it beside the page; the offline file may carry one):
// JSON {"file", "text"} or {"file", "error"}; "" when there is none.
std::string page_config();
// The language the page picked before the app started (the setting, config.json,
// navigator.languages): {"code", "file", "text"} (the hosted page fetched it),
// {"code", "file"} (the offline file: it is inside), {"code", "file", "error"}, or "" for English.
std::string page_language();
// Fetches a language's catalog beside the page; the page calls wa_language_text with it.
void fetch_language(const std::string& code, const std::string& file);
void set_page_language(const std::string& code);  // <html lang>: screen readers switch voice
// The person's preferences from CSS media queries: 0 none/light, 1 dark, 2 more contrast.
int preferred_theme();
double now_ms();                                // a monotonic clock (performance.now)
void wake_after(int ms);                        // draw a frame after `ms` even if nothing happens
// After `ms`, in a task of its own (after the frame being drawn is on screen):
// saves the open audit if it changed (App::flush_save), then draws a frame.
void save_after(int ms);

#ifndef __EMSCRIPTEN__
// The browser, natively: what the app asked of it, and what it answers.
// Plain data a test reads and sets (tests/app); the app never sees it.
struct NativeBrowser {
    // Answers
    std::string boot = "{\"backend\":\"memory\"}";  // store_boot()
    std::string config;                                // page_config()
    std::string language;                              // page_language()
    std::string now = "1970-01-01T00:00:00Z";          // now_iso(); today() is its date
    double ms = 0;                                     // now_ms()
    // What the app asked
    struct Save { std::string id, text, meta; int seq = 0; std::vector<std::string> part_keys; };
    std::vector<Save> saves;             // store_save, in order; seq counts from 1
    std::vector<std::string> settings;   // store_save_settings
    std::vector<std::string> store_calls;  // store_do: "what id arg"
    std::vector<std::string> announced;  // announce
    std::vector<std::string> downloads;  // download: the file names
    std::vector<std::string> language_fetches;  // fetch_language: "code file"
    std::string page_lang = "en";               // set_page_language
    int saves_due = 0;                   // save_after calls (the page would call App::flush_save)
    int new_ids = 0;
};
NativeBrowser& native();
#endif

}  // namespace wa::browser
