// For tests and benchmarks that draw the app natively (tests/app,
// bench/frame_bench.cpp): puts the app on a screen or an item, as a
// person's clicks would. App declares AppProbe a friend; nothing in the
// shipped app uses it.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "app/app.h"

namespace wa {

struct AppProbe {
    static void go(App& app, Screen s) {
        app.screen_ = s;
        app.screen_changed_ = true;
    }
    static void item(App& app, int pos) { app.audit_screen_.pos = pos; }
    static void new_audit(App& app) { app.begin_new_audit(); }  // "Start a new audit"
    static int items(const App& app) { return static_cast<int>(app.audit_screen_.stops.size()); }
    static void text_scale(App& app, float s) { app.text_scale_ = s; }
    static void theme(App& app, ThemeId t) { app.theme_ = t; }
    static void show_item(App& app, int pos) { app.show_item(pos); }  // "Next": the item opens at its question
    static void open_plan_action(App& app, const std::string& key) { app.plan_screen_.open_key = key; }
    static bool has_audit(const App& app) { return app.has_audit_; }
    static std::string saved_text(App& app) { return app.saved_audit_text(); }  // what a save writes
    // A consortium's config.json as the page would pass it; call before App::start.
    static void page_config(App& app, const std::string& file, const std::string& text) {
        app.apply_page_config(nlohmann::json({{"file", file}, {"text", text}}).dump());
    }
};

}  // namespace wa
