// What the app's native tests share: an ImGui context with no renderer, and
// frames drawn as the page draws them (main.cpp), minus the renderer.
#pragma once

#include <string>

#include <doctest/doctest.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/theme.h"
#include "app/ui.h"

namespace wa_test {

using namespace wa;

// What the font atlas and the style of the current ImGui context were made
// for: the text scale, the theme and finger-size targets (theme::touch_targets).
struct BuiltFor {
    float scale = 0;
    int theme = -1;
    bool touch = false;
};
inline BuiltFor g_built;

struct Frame {
    Frame() {
        g_built = BuiltFor{};
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.LogFilename = nullptr;
        io.DisplaySize = ImVec2(1280, 900);
        io.DeltaTime = 1.0f / 60.0f;
    }
    ~Frame() {
        ImGui::DestroyContext();
        theme::set_touch_targets(false);  // a test that turned them on leaves the mouse's sizes behind
    }
};

// One frame as the page draws it (main.cpp), minus the renderer. Returns the
// accessibility record published to the page ("" when unchanged).
inline std::string draw(App& app, float width = 1280, float height = 900) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(width, height);
    if (g_built.scale != app.text_scale()) {
        g_built.scale = app.text_scale();
        theme::build_fonts(app.text_scale(), 1.0f, true);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);  // the atlas a renderer would upload
        g_built.theme = -1;
    }
    if (g_built.theme != static_cast<int>(app.theme()) || g_built.touch != theme::touch_targets()) {
        g_built.theme = static_cast<int>(app.theme());
        g_built.touch = theme::touch_targets();
        theme::apply(app.theme(), app.text_scale());
    }
    ImGui::NewFrame();
    ui::begin_frame();
    app.draw();
    std::string tree = ui::end_frame_changes();
    ImGui::Render();
    app.after_frame();
    return tree;
}

// A few frames (layout settles over two or three), then the record must be valid JSON.
inline void draw_settled(App& app, const char* where, float width = 1280, float height = 900) {
    CAPTURE(where);
    std::string last;
    for (int i = 0; i < 3; ++i) {
        std::string t = draw(app, width, height);
        if (!t.empty()) last = t;
    }
    if (!last.empty()) {
        const auto j = nlohmann::json::parse(last, nullptr, false);
        REQUIRE_FALSE(j.is_discarded());
        // The whole list, or only the nodes that changed, by position.
        CHECK((j.is_array() || (j.is_object() && j["patch"].is_array() && !j["patch"].empty())));
    }
    CHECK_FALSE(ui::nodes().empty());
}

inline const ui::Node* node_by_id(const char* id) {
    for (const ui::Node& n : ui::nodes())
        if (n.id == id) return &n;
    return nullptr;
}

}  // namespace wa_test
