#include "app/browser.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#include <cstdlib>

// Each EM_JS body calls into web/glue.js; glue.js owns the browser details.
EM_JS(int, js_storage_save, (const char* key, const char* text), {
    return WA_GLUE.storageSave(UTF8ToString(key), UTF8ToString(text)) ? 1 : 0;
});
EM_JS(char*, js_storage_load, (const char* key), {
    const s = WA_GLUE.storageLoad(UTF8ToString(key));
    if (s === null || s === undefined) return 0;
    const n = lengthBytesUTF8(s) + 1;
    const p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});
EM_JS(void, js_storage_remove, (const char* key), { WA_GLUE.storageRemove(UTF8ToString(key)); });
EM_JS(void, js_download, (const char* name, const char* mime, const char* data), {
    WA_GLUE.download(UTF8ToString(name), UTF8ToString(mime), UTF8ToString(data));
});
EM_JS(int, js_copy_text, (const char* text), { return WA_GLUE.copyText(UTF8ToString(text)) ? 1 : 0; });
EM_JS(void, js_announce, (const char* text), { WA_GLUE.announce(UTF8ToString(text)); });
EM_JS(char*, js_now_iso, (int date_only), {
    const s = WA_GLUE.now(date_only !== 0);
    const n = lengthBytesUTF8(s) + 1;
    const p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});
EM_JS(void, js_publish_tree, (const char* json), { WA_GLUE.publishTree(UTF8ToString(json)); });
EM_JS(void, js_focus_element, (const char* id), { WA_GLUE.focusElement(UTF8ToString(id)); });
EM_JS(void, js_first_frame, (), { WA_GLUE.firstFrame(); });
EM_JS(void, js_set_page_state, (const char* theme, float scale, float font_px), {
    WA_GLUE.setPageState(UTF8ToString(theme), scale, font_px);
});
EM_JS(double, js_device_pixel_ratio, (), { return window.devicePixelRatio || 1; });
EM_JS(void, js_fetch_host_checklists, (), { WA_GLUE.fetchHostChecklists(); });
EM_JS(int, js_preferred_theme, (), { return WA_GLUE.preferredTheme(); });
EM_JS(void, js_wake_after, (int ms), { setTimeout(WA_GLUE.wake, ms); });

namespace {
std::string take(char* p) {
    if (!p) return {};
    std::string s(p);
    std::free(p);
    return s;
}
}  // namespace

namespace wa::browser {
bool storage_save(const char* key, const std::string& text) { return js_storage_save(key, text.c_str()) != 0; }
std::string storage_load(const char* key) { return take(js_storage_load(key)); }
void storage_remove(const char* key) { js_storage_remove(key); }
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
void set_page_state(const char* theme_id, float text_scale, float font_px) {
    js_set_page_state(theme_id, text_scale, font_px);
}
float device_pixel_ratio() { return static_cast<float>(js_device_pixel_ratio()); }
void fetch_host_checklists() { js_fetch_host_checklists(); }
int preferred_theme() { return js_preferred_theme(); }
double now_ms() { return emscripten_get_now(); }
void wake_after(int ms) { js_wake_after(ms); }
}  // namespace wa::browser

#else  // native stubs: the app's logic can be compiled without a browser

namespace wa::browser {
bool storage_save(const char*, const std::string&) { return false; }
std::string storage_load(const char*) { return {}; }
void storage_remove(const char*) {}
void download(const char*, const char*, const std::string&) {}
bool copy_text(const std::string&) { return false; }
void announce(const std::string&) {}
std::string now_iso() { return "1970-01-01T00:00:00Z"; }
std::string today() { return "1970-01-01"; }
void publish_tree(const std::string&) {}
void focus_element(const std::string&) {}
void first_frame() {}
void set_page_state(const char*, float, float) {}
float device_pixel_ratio() { return 1.0f; }
void fetch_host_checklists() {}
int preferred_theme() { return 0; }
double now_ms() { return 0; }
void wake_after(int) {}
}  // namespace wa::browser
#endif
