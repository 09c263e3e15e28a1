#include "app/browser.h"
#include "core/audit.h"

#include <algorithm>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#include <cstdlib>

// Each EM_JS body calls into web/glue.js (WA_GLUE), which owns the browser
// details; the store's quick synchronous calls (a new id, a photo put away, an
// audit marked as shown) go straight to web/storage.js (WA_STORE).
EM_JS(char*, js_store_boot, (), { return WA_GLUE.toHeap(WA_GLUE.storeBoot()); });
// The audit's text goes as [key, text] parts (core/audit.h: TextParts), each
// decoded with its length (no scan for its end, as UTF8ToString does); the
// store writes only the parts that changed since its last save.
EM_JS(int, js_store_save, (const char* id, const char* text, int text_length, const unsigned* begins, int count,
                           const char* keys, const char* meta), {
    var names = UTF8ToString(keys).split('\n');
    var parts = [];
    for (var i = 0; i < count; ++i) {
        var b = HEAPU32[(begins >> 2) + i];
        var e = i + 1 < count ? HEAPU32[(begins >> 2) + i + 1] : text_length;
        parts.push([names[i], WA_GLUE.textAt(text + b, e - b)]);
    }
    return WA_GLUE.storeSave(UTF8ToString(id), parts, UTF8ToString(meta));
});
EM_JS(void, js_store_save_settings, (const char* json), { WA_GLUE.storeSaveSettings(UTF8ToString(json)); });
EM_JS(void, js_store_do, (const char* what, const char* id, const char* arg), {
    WA_GLUE.storeDo(UTF8ToString(what), UTF8ToString(id), UTF8ToString(arg));
});
EM_JS(char*, js_store_new_id, (), { return WA_GLUE.toHeap(WA_STORE.newId()); });
EM_JS(void, js_store_mark_shown, (), { WA_STORE.markShown(); });
EM_JS(char*, js_photo_put, (const char* data_url), { return WA_GLUE.toHeap(WA_STORE.putPhoto(UTF8ToString(data_url))); });
EM_JS(void, js_download, (const char* name, const char* mime, const char* data), {
    WA_GLUE.download(UTF8ToString(name), UTF8ToString(mime), UTF8ToString(data));
});
EM_JS(int, js_copy_text, (const char* text), { return WA_GLUE.copyText(UTF8ToString(text)) ? 1 : 0; });
EM_JS(void, js_announce, (const char* text), { WA_GLUE.announce(UTF8ToString(text)); });
EM_JS(char*, js_now_iso, (int date_only), { return WA_GLUE.toHeap(WA_GLUE.now(date_only !== 0)); });
EM_JS(void, js_publish_tree, (const char* json), { WA_GLUE.publishTree(UTF8ToString(json)); });
EM_JS(void, js_focus_element, (const char* id), { WA_GLUE.focusElement(UTF8ToString(id)); });
EM_JS(void, js_first_frame, (), { WA_GLUE.firstFrame(); });
EM_JS(void, js_set_page_state, (const char* theme, float font_px), {
    WA_GLUE.setPageState(UTF8ToString(theme), font_px);
});
EM_JS(double, js_device_pixel_ratio, (), { return window.devicePixelRatio || 1; });
EM_JS(void, js_fetch_host_checklists, (const char* known, const char* also), {
    WA_GLUE.fetchHostChecklists(UTF8ToString(known), UTF8ToString(also));
});
EM_JS(char*, js_page_config, (), { return WA_GLUE.toHeap(WA_GLUE.pageConfig()); });
EM_JS(char*, js_page_language, (), { return WA_GLUE.toHeap(WA_GLUE.pageLanguage()); });
EM_JS(void, js_fetch_language, (const char* code, const char* file), {
    WA_GLUE.fetchLanguage(UTF8ToString(code), UTF8ToString(file));
});
EM_JS(void, js_set_page_language, (const char* code), { document.documentElement.lang = UTF8ToString(code); });
EM_JS(void, js_fetch_checklist, (const char* file), { WA_GLUE.fetchChecklist(UTF8ToString(file)); });
EM_JS(int, js_preferred_theme, (), { return WA_GLUE.preferredTheme(); });
EM_JS(void, js_wake_after, (int ms), { setTimeout(WA_GLUE.wake, ms); });
EM_JS(void, js_save_after, (int ms), { setTimeout(WA_GLUE.saveDue, ms); });

namespace {
std::string take(char* p) {
    if (!p) return {};
    std::string s(p);
    std::free(p);
    return s;
}
}  // namespace

namespace wa::browser {
std::string store_boot() { return take(js_store_boot()); }
int store_save(const std::string& id, const std::string& text, const TextParts& parts,
               const std::string& meta_json) {
    static_assert(sizeof(std::size_t) == sizeof(unsigned), "wasm32: the offsets are read as HEAPU32");
    return js_store_save(id.c_str(), text.c_str(), static_cast<int>(text.size()),
                         reinterpret_cast<const unsigned*>(parts.begins.data()), static_cast<int>(parts.begins.size()),
                         parts.keys.c_str(), meta_json.c_str());
}
void store_save_settings(const std::string& json) { js_store_save_settings(json.c_str()); }
void store_do(const char* what, const std::string& id, const std::string& arg) {
    js_store_do(what, id.c_str(), arg.c_str());
}
std::string store_new_id() { return take(js_store_new_id()); }
void store_mark_shown() { js_store_mark_shown(); }
std::string photo_put(const std::string& data_url) { return take(js_photo_put(data_url.c_str())); }
void download(const char* file_name, const char* mime, const std::string& content) {
    js_download(file_name, mime, content.c_str());
}
bool copy_text(const std::string& text) { return js_copy_text(text.c_str()) != 0; }
void announce(const std::string& text) { js_announce(text.c_str()); }
std::string now_iso() { return take(js_now_iso(0)); }
std::string today() { return take(js_now_iso(1)); }
void publish_tree(const std::string& json) { js_publish_tree(json.c_str()); }
void focus_element(const std::string& id) { js_focus_element(id.c_str()); }
void first_frame() { js_first_frame(); }
void set_page_state(const char* theme_id, float font_px) { js_set_page_state(theme_id, font_px); }
float device_pixel_ratio() { return static_cast<float>(js_device_pixel_ratio()); }
void fetch_host_checklists(const std::string& known, const std::string& also) {
    js_fetch_host_checklists(known.c_str(), also.c_str());
}
std::string page_config() { return take(js_page_config()); }
void fetch_checklist(const std::string& file) { js_fetch_checklist(file.c_str()); }
std::string page_language() { return take(js_page_language()); }
void fetch_language(const std::string& code, const std::string& file) { js_fetch_language(code.c_str(), file.c_str()); }
void set_page_language(const std::string& code) { js_set_page_language(code.c_str()); }
int preferred_theme() { return js_preferred_theme(); }
double now_ms() { return emscripten_get_now(); }
void wake_after(int ms) { js_wake_after(ms); }
void save_after(int ms) { js_save_after(ms); }
}  // namespace wa::browser

#else  // natively: the NativeBrowser record (browser.h)

namespace wa::browser {
NativeBrowser& native() {
    static NativeBrowser b;
    return b;
}
std::string store_boot() { return native().boot; }
int store_save(const std::string& id, const std::string& text, const TextParts& parts,
               const std::string& meta_json) {
    NativeBrowser& b = native();
    b.saves.push_back({id, text, meta_json, static_cast<int>(b.saves.size()) + 1, {}});
    for (std::size_t at = 0, end; at <= parts.keys.size(); at = end + 1) {
        end = std::min(parts.keys.find('\n', at), parts.keys.size());
        b.saves.back().part_keys.push_back(parts.keys.substr(at, end - at));
    }
    return b.saves.back().seq;
}
void store_save_settings(const std::string& json) { native().settings.push_back(json); }
void store_do(const char* what, const std::string& id, const std::string& arg) {
    native().store_calls.push_back(std::string(what) + " " + id + (arg.empty() ? "" : " " + arg));
}
std::string store_new_id() {
    std::string n = std::to_string(++native().new_ids);
    return std::string(16 - n.size(), '0') + n;
}
void store_mark_shown() {}
std::string photo_put(const std::string& data_url) { return data_url; }
void download(const char* file_name, const char*, const std::string&) { native().downloads.push_back(file_name); }
bool copy_text(const std::string&) { return false; }
void announce(const std::string& text) { native().announced.push_back(text); }
std::string now_iso() { return native().now; }
std::string today() { return native().now.substr(0, 10); }
void publish_tree(const std::string&) {}
void focus_element(const std::string&) {}
void first_frame() {}
void set_page_state(const char*, float) {}
float device_pixel_ratio() { return 1.0f; }
void fetch_host_checklists(const std::string&, const std::string&) {}
std::string page_config() { return native().config; }
void fetch_checklist(const std::string&) {}
std::string page_language() { return native().language; }
void fetch_language(const std::string& code, const std::string& file) { native().language_fetches.push_back(code + " " + file); }
void set_page_language(const std::string& code) { native().page_lang = code; }
int preferred_theme() { return 0; }
double now_ms() { return native().ms; }
void wake_after(int) {}
void save_after(int) { ++native().saves_due; }
}  // namespace wa::browser
#endif
