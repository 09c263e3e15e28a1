// Everything the app asks of the browser, in one place. The JavaScript side is
// web/glue.js (window.WA_GLUE). Outside Emscripten these are inert stubs, so the
// rest of the app never needs an #ifdef.
#pragma once
#include <string>

namespace wa::browser {

// Browser storage (localStorage). Returns false when storage is full or disabled.
bool storage_save(const char* key, const std::string& text);
std::string storage_load(const char* key);  // "" when absent
void storage_remove(const char* key);

void download(const char* file_name, const char* mime, const std::string& content);
bool copy_text(const std::string& text);
void announce(const std::string& text);        // polite live region
std::string now_iso();                          // "2026-11-25T21:54:40Z"
std::string today();                            // "2026-11-25"
void publish_tree(const std::string& json);     // the widget record, to web/mirror.js
void focus_element(const std::string& id);      // move DOM focus to a mirror element
void first_frame();                             // hide the loading indicator
void set_page_state(const char* theme_id, float text_scale, float font_px);  // CSS for the mirror's inputs
float device_pixel_ratio();
void fetch_host_checklists();                   // asks glue.js to fetch checklists/index.json (http only)
// The person's preferences from CSS media queries: 0 none/light, 1 dark, 2 more contrast.
int preferred_theme();
double now_ms();                                // a monotonic clock (performance.now)
void wake_after(int ms);                        // draw a frame after `ms` even if nothing happens

}  // namespace wa::browser
