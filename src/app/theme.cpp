#include "app/theme.h"

#include <cstring>

#include "app/embedded.h"

namespace wa::theme {
namespace {

ThemeId g_theme = ThemeId::Light;
bool g_touch = false;
ImFont* g_h1 = nullptr;
ImFont* g_h2 = nullptr;

}  // namespace

ImVec4 to_vec4(Rgb c, float alpha) { return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, alpha); }
const Palette& colors() { return palette(g_theme); }
ThemeId current() { return g_theme; }
void set_touch_targets(bool on) { g_touch = on; }
bool touch_targets() { return g_touch; }
ImVec4 accent() { return to_vec4(colors().accent); }
ImVec4 accent_hovered() { return to_vec4(colors().accent_hovered); }
ImVec4 on_accent() { return to_vec4(colors().on_accent); }
ImVec4 muted_text() { return to_vec4(colors().muted_text); }
ImU32 focus_ring_u32() { return ImGui::GetColorU32(to_vec4(colors().focus)); }
ImU32 border_u32() { return ImGui::GetColorU32(to_vec4(colors().border)); }
ImU32 good_u32() { return ImGui::GetColorU32(to_vec4(colors().good)); }
ImU32 warn_u32() { return ImGui::GetColorU32(to_vec4(colors().warn)); }
ImU32 bad_u32() { return ImGui::GetColorU32(to_vec4(colors().bad)); }
ImFont* heading_font(int level) { return level <= 1 ? g_h1 : level == 2 ? g_h2 : nullptr; }

void build_fonts(float text_scale, float pixel_ratio, bool all_glyphs) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const EmbeddedFile* ttf = find_embedded("font.ttf");
    // The characters the font was cut down to (see font_ranges.inc). Text with a
    // character outside them is drawn by the page (ui.cpp, PageInk), or else as
    // U+FFFD, ImGui's first choice of fallback glyph.
    static const ImWchar all_ranges[] = {
#include "app/font_ranges.inc"
        0};
    // The UI text (strings_en.cpp) needs only these: 100 glyphs instead of 470.
    static const ImWchar first_ranges[] = {0x0020, 0x007E, 0x00B7, 0x00B7, 0x2026, 0x2026,
                                           0x2713, 0x2713, 0xFFFD, 0xFFFD, 0};
    const ImWchar* ranges = all_glyphs ? all_ranges : first_ranges;
    auto add = [&](float px) -> ImFont* {
        ImFontConfig cfg;
        cfg.FontDataOwnedByAtlas = false;  // the bytes live in the wasm's data section
        cfg.RasterizerDensity = pixel_ratio;
        cfg.OversampleH = 2;
        cfg.PixelSnapH = false;
        if (!ttf) return io.Fonts->AddFontDefault(&cfg);
        return io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(ttf->data), static_cast<int>(ttf->size),
                                              px, &cfg, ranges);
    };
    const float body = kBaseFontPx * text_scale;
    add(body);  // the first font added is the default
    g_h1 = add(body * 1.45f);
    g_h2 = add(body * 1.2f);
    io.Fonts->Build();
}

void apply(ThemeId id, float text_scale) {
    g_theme = id;
    const Palette& p = colors();
    ImGuiStyle style;  // start from defaults so repeated calls don't compound scaling
    ImGui::StyleColorsLight(&style);
    style.WindowPadding = ImVec2(20, 16);
    // A frame is the font's height plus twice this: 18 + 16 = 34 px with a
    // mouse, 18 + 26 = 44 px for a finger (WCAG 2.5.5, Apple's 44 pt). The
    // items' spacing (10 px) already keeps targets 8 px apart or more.
    style.FramePadding = ImVec2(12, g_touch ? (kMinTouchTarget - kBaseFontPx) * 0.5f : 8.0f);
    style.ItemSpacing = ImVec2(10, 10);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.ScrollbarSize = 18;
    style.GrabMinSize = 18;
    style.FrameRounding = 6;
    style.WindowRounding = 0;
    style.ChildRounding = 8;
    style.FrameBorderSize = 1.5f;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1;
    style.ScaleAllSizes(text_scale);
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = to_vec4(p.text);
    c[ImGuiCol_TextDisabled] = to_vec4(p.muted_text);
    c[ImGuiCol_WindowBg] = to_vec4(p.background);
    c[ImGuiCol_ChildBg] = to_vec4(p.surface);
    c[ImGuiCol_PopupBg] = to_vec4(p.surface);
    c[ImGuiCol_Border] = to_vec4(p.border);
    c[ImGuiCol_FrameBg] = to_vec4(p.field);
    c[ImGuiCol_FrameBgHovered] = to_vec4(p.field);
    c[ImGuiCol_FrameBgActive] = to_vec4(p.field);
    c[ImGuiCol_Button] = to_vec4(p.button);
    c[ImGuiCol_ButtonHovered] = to_vec4(p.button_hovered);
    c[ImGuiCol_ButtonActive] = to_vec4(p.accent_hovered);
    c[ImGuiCol_CheckMark] = to_vec4(p.text);
    c[ImGuiCol_Header] = to_vec4(p.button);
    c[ImGuiCol_HeaderHovered] = to_vec4(p.button_hovered);
    c[ImGuiCol_HeaderActive] = to_vec4(p.button_hovered);
    c[ImGuiCol_Separator] = to_vec4(p.border);
    c[ImGuiCol_ScrollbarBg] = to_vec4(p.background);
    c[ImGuiCol_ScrollbarGrab] = to_vec4(p.border);
    c[ImGuiCol_ScrollbarGrabHovered] = to_vec4(p.muted_text);
    c[ImGuiCol_ScrollbarGrabActive] = to_vec4(p.text);
    c[ImGuiCol_PlotHistogram] = to_vec4(p.accent);
    c[ImGuiCol_TableHeaderBg] = to_vec4(p.button);
    c[ImGuiCol_TableBorderStrong] = to_vec4(p.border);
    c[ImGuiCol_TableBorderLight] = to_vec4(p.border, 0.5f);
    c[ImGuiCol_TableRowBg] = to_vec4(p.surface);
    c[ImGuiCol_TableRowBgAlt] = to_vec4(p.background);
    c[ImGuiCol_NavHighlight] = to_vec4(p.focus);
    ImGui::GetStyle() = style;
}

}  // namespace wa::theme
