#include "app/ui.h"
#include "app/ui_tree.h"

#include "core/say.h"

#include <algorithm>
#include <map>
#include <cctype>
#include <cstdio>
#include <cmath>
#include <cstring>
#include <initializer_list>

#include <imgui.h>
#include <imgui_internal.h>
#include "core/json_writer.h"

#include "app/theme.h"

namespace wa::ui {
namespace {

struct State {
    std::vector<Node> nodes;
    std::vector<Node> last_nodes;  // the nodes of the last frame (end_frame_changes)
    std::vector<std::string> activations;  // ids activated from the DOM, consumed by widgets
    std::vector<std::pair<std::string, std::string>> texts;  // (id, new text) typed in the DOM
    std::string dom_focus;
    std::string next_lang;  // set_next_lang: for the next node recorded
    bool scroll_to_focus = false;  // focus moved by keyboard: bring the widget into view once
    std::string focus_request;
    int auto_id = 0;
    std::map<std::string, int> replaced;  // text field id -> times the app replaced its text (replace_text)
    bool keyboard_mode = false;  // the last input was a key: the focus ring shows (set_keyboard_mode)
    bool keyboard_seen = false;
    float visible_top = 0, visible_bottom = 1e9f;  // set_visible_area: what the person sees of the canvas
    bool zoomed = false;
    bool keep_field_in_view = false;  // the focused text field is brought into the visible part once
    int keep_after_typing = 0;        // frames left in which typing's effects (a line shown above the field) may move it
    ImVec2 display;                   // the canvas's size at the last frame (a rotation, a resize)
};
State g;

bool take_activation(const std::string& id) {
    auto it = std::find(g.activations.begin(), g.activations.end(), id);
    if (it == g.activations.end()) return false;
    g.activations.erase(it);
    return true;
}

// A node for the widget `id` with its role and accessible name; the caller
// adds the rest (state, group, value) and calls record().
Node make_node(const char* id, Role role, const char* label) {
    Node n;
    n.id = id;
    n.role = role;
    n.label = label;
    return n;
}

// The focused text field, from `a` to `b`, in a scrolling area clipped to
// `ca`..`cb`: scrolled so that it and its label stand inside the part the
// person sees, above an on-screen keyboard. The content has room for it at
// its bottom (App::draw adds the covered height), so the last field of a
// screen can rise above the keyboard too.
void keep_in_view(ImVec2 a, ImVec2 b, ImVec2 ca, ImVec2 cb) {
    g.keep_field_in_view = false;
    const float top = std::max(ca.y, g.visible_top);
    const float bottom = std::min(cb.y, g.visible_bottom);
    const float margin = ImGui::GetStyle().ItemSpacing.y;
    const float label = ImGui::GetTextLineHeightWithSpacing();  // text_field writes its label above it
    float delta = 0;
    if (bottom - top < (b.y + margin) - (a.y - label)) delta = (a.y - label) - top;  // too tall: its top
    else if (b.y + margin > bottom) delta = b.y + margin - bottom;
    else if (a.y - label < top) delta = (a.y - label) - top;
    if (delta != 0) ImGui::SetScrollY(std::max(0.0f, ImGui::GetScrollY() + delta));
}

// Fills rectangle and clip of the last ImGui item into `n` and appends it.
Node& record(Node n) {
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 ca = dl->GetClipRectMin(), cb = dl->GetClipRectMax();
    n.x = a.x; n.y = a.y; n.w = b.x - a.x; n.h = b.y - a.y;
    n.clip_x = ca.x; n.clip_y = ca.y; n.clip_w = cb.x - ca.x; n.clip_h = cb.y - ca.y;
    const bool focused = !g.dom_focus.empty() && n.id == g.dom_focus;
    if (focused && n.role == Role::Heading && g.scroll_to_focus) {
        // A new screen focuses its heading: brought into view when it is not
        // wholly in view already (what stands above it, such as a message
        // about the file just opened, stays in view when there is room).
        g.scroll_to_focus = false;
        if (a.y < ca.y || b.y > cb.y) ImGui::SetScrollHereY(0.05f);
    }
    const bool field = n.role == Role::TextField || n.role == Role::TextArea;
    if (focused && n.role != Role::Heading && n.role != Role::Text) {
        // The mirror's element has the real focus; draw a ring the sighted
        // keyboard user sees. Not after a tap or a click on a button (as CSS
        // :focus-visible): a ring left on a tapped control only puzzles.
        const float t = 3.0f;
        if (g.keyboard_mode || field)
            dl->AddRect(ImVec2(a.x - t, a.y - t), ImVec2(b.x + t, b.y + t), theme::focus_ring_u32(), 4.0f, 0, t);
        if (g.scroll_to_focus) {
            g.scroll_to_focus = false;
            if (a.y < ca.y || b.y > cb.y) {
                ImGui::SetScrollHereY(0.35f);
                g.keep_field_in_view = false;  // done here; the visible part is checked again next time
            }
        }
    }
    if (focused && field && g.keep_field_in_view) keep_in_view(a, b, ca, cb);
    if (!g.next_lang.empty()) std::snprintf(n.lang, sizeof n.lang, "%s", g.next_lang.c_str());
    g.next_lang.clear();
    g.nodes.push_back(std::move(n));
    return g.nodes.back();
}

// A mouse click on the canvas moves the DOM focus to the matching element, so the
// next Tab continues from where the person clicked.
void follow_mouse(const char* id) {
    if (ImGui::IsItemClicked(ImGuiMouseButton_Left)) g.focus_request = id;
}

// Controls that flow: at 390 px (a phone) or 200% text a row of buttons
// does not fit, and a control cut off at the window's edge cannot be read or
// reached. A control that follows another on its line (SameLine) but does
// not fit in what is left of it starts a new line instead.
void flow(float width) {
    if (ImGui::GetCurrentWindow()->DC.IsSameLine && width > ImGui::GetContentRegionAvail().x) ImGui::NewLine();
}

// ImGui::Button, and more: it flows (above), it is at least a finger wide on
// a touch screen (theme::touch_targets), and a label wider than the whole
// line wraps inside a taller button instead of running off the screen.
// `size` as ImGui::Button's (0: fit the label). Sets `*wrapped`.
bool framed_button(const char* label, ImVec2 size, bool* wrapped) {
    const ImGuiStyle& st = ImGui::GetStyle();
    const char* end = ImGui::FindRenderedTextEnd(label);
    const float min_w = theme::touch_targets() ? theme::kMinTouchTarget : 0.0f;
    if (size.x <= 0 && ImGui::CalcTextSize(label, end).x + st.FramePadding.x * 2 < min_w) size.x = min_w;
    const float need = size.x > 0 ? size.x : ImGui::CalcTextSize(label, end).x + st.FramePadding.x * 2;
    flow(need);
    const float avail = ImGui::GetContentRegionAvail().x;
    *wrapped = size.x <= 0 && need > avail + 0.5f && avail > st.FramePadding.x * 4;
    if (!*wrapped) return ImGui::Button(label, size);
    const float inner = avail - st.FramePadding.x * 2;
    const ImVec2 text = ImGui::CalcTextSize(label, end, false, inner);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::Button("##wrapped", ImVec2(avail, std::max(size.y, text.y + st.FramePadding.y * 2)));
    ImGui::RenderTextWrapped(ImVec2(at.x + st.FramePadding.x, at.y + st.FramePadding.y), label, end, inner);
    return pressed;
}

// Wrapped text wraps at the enclosing wrap position (the app's readable column),
// or at the window's edge when none was pushed.
struct WrapScope {
    bool pushed = false;
    WrapScope() {
        if (ImGui::GetCurrentWindow()->DC.TextWrapPos < 0.0f) {
            ImGui::PushTextWrapPos(0.0f);
            pushed = true;
        }
    }
    ~WrapScope() {
        if (pushed) ImGui::PopTextWrapPos();
    }
};

// Text the font lacks characters of: drawn transparent on the canvas (so the
// layout is ImGui's as ever) and written by the page over it (Node::ink). Made
// after any colour the widget pushes, so the page uses the same colour.

struct PageInk {
    bool on = false;
    ImVec4 color;
    float px = 0;
    explicit PageInk(const char* s) {
        if (!font_lacks(s, ImGui::FindRenderedTextEnd(s))) return;  // not what follows "##"
        on = true;
        color = ImGui::GetStyleColorVec4(ImGuiCol_Text);
        px = ImGui::GetFontSize() * kCssEmPerLineHeight;
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));
    }
    ~PageInk() {
        if (on) ImGui::PopStyleColor();
    }
    void mark(Node& n) const {
        if (!on) return;
        auto byte = [](float v) { return static_cast<int>(std::clamp(v, 0.0f, 1.0f) * 255.0f + 0.5f); };
        n.ink = say("#%02x%02x%02x", byte(color.x), byte(color.y), byte(color.z));
        n.text_px = px;
    }
};

// The lines `text` is drawn in when wrapped at `wrap_width` with the current
// font, as ImFont::CalcTextSizeA wraps it (blanks at a wrap are dropped, a
// newline ends a line); empty when it is one line.
std::vector<std::string> wrapped_lines(const char* text, const char* end, float wrap_width) {
    std::vector<std::string> lines;
    if (wrap_width <= 0.0f) return lines;
    ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    const char* s = text;
    while (s < end) {
        const char* eol = font->CalcWordWrapPositionA(scale, s, end, wrap_width);
        if (eol == s) {  // a word wider than the line: at least one character
            unsigned int c = 0;
            eol += std::max(1, ImTextCharFromUtf8(&c, s, end));
        }
        const char* nl = static_cast<const char*>(std::memchr(s, '\n', static_cast<size_t>(eol - s)));
        if (nl) eol = nl;
        lines.emplace_back(s, eol);
        s = eol;
        while (s < end && (*s == ' ' || *s == '\t')) ++s;
        if (s < end && *s == '\n') ++s;
    }
    if (lines.size() < 2) lines.clear();
    return lines;
}

// A line (or wrapped lines) of text, drawn by the page when the font lacks a character of it.
void inked_text(const char* text_utf8, Node& n) {
    const PageInk ink(text_utf8);
    const char* end = ImGui::FindRenderedTextEnd(text_utf8);
    const float wrap_pos = ImGui::GetCurrentWindow()->DC.TextWrapPos;
    if (!ink.on && wrap_pos >= 0.0f)
        n.lines = wrapped_lines(text_utf8, end, ImGui::CalcWrapWidthForPos(ImGui::GetCursorScreenPos(), wrap_pos));
    ImGui::TextUnformatted(text_utf8);
    ink.mark(n);
    n.text_px = ImGui::GetFontSize() * kCssEmPerLineHeight;
}

}  // namespace

void set_next_lang(const std::string& code) { g.next_lang = code; }

bool font_lacks(const char* s, const char* end) {
    const ImFont* font = ImGui::GetFont();
    for (const char* p = s; end ? p < end : *p != 0;) {
        if (static_cast<unsigned char>(*p) < 0x80) {
            ++p;
            continue;
        }
        unsigned int c = 0;
        const int n = ImTextCharFromUtf8(&c, p, end);
        p += n > 0 ? n : 1;
        if (c == '\n' || c == IM_UNICODE_CODEPOINT_INVALID) continue;
        if (!font || font->FindGlyphNoFallback(static_cast<ImWchar>(c)) == nullptr) return true;
    }
    return false;
}

void begin_frame() {
    g.nodes.clear();
    g.auto_id = 0;
    // A rotation or a browser that shrinks the page for its keyboard
    // (interactive-widget=resizes-content): the field typed in stays in view.
    const ImVec2 d = ImGui::GetIO().DisplaySize;
    if (d.x != g.display.x || d.y != g.display.y) g.keep_field_in_view = true;
    g.display = d;
    // What the typing changes shows a frame later (the owner's suggestion
    // line appears above the owner field): the field is kept in view again.
    if (g.keep_after_typing > 0) {
        --g.keep_after_typing;
        g.keep_field_in_view = true;
    }
}

std::string end_frame_changes() {
    // Activations for widgets that no longer exist (the screen changed) are dropped.
    g.activations.clear();
    g.texts.clear();
    return tree_changes(g.nodes, g.last_nodes);
}

const std::vector<Node>& nodes() { return g.nodes; }

void queue_activate(const std::string& id) { g.activations.push_back(id); }
void queue_text(const std::string& id, const std::string& text) {
    g.texts.emplace_back(id, text);
    g.keep_field_in_view = true;  // as a browser does: the text typed is where the eyes are
    g.keep_after_typing = 3;
}
void set_dom_focus(const std::string& id) {
    if (id != g.dom_focus) g.scroll_to_focus = g.keep_field_in_view = true;
    g.dom_focus = id;
}
void set_keyboard_mode(bool ring, bool keys) {
    g.keyboard_mode = ring;
    g.keyboard_seen = g.keyboard_seen || keys;
}
bool keyboard_seen() { return g.keyboard_seen; }
void set_visible_area(float top, float bottom, bool zoomed) {
    if (top == g.visible_top && bottom == g.visible_bottom && zoomed == g.zoomed) return;
    g.visible_top = top;
    g.visible_bottom = bottom;
    g.zoomed = zoomed;
    g.keep_field_in_view = true;
}
float covered_bottom(float display_height) {
    return g.zoomed ? 0.0f : std::max(0.0f, display_height - g.visible_bottom);
}
float visible_height(float display_height) {
    if (g.zoomed) return display_height;
    return std::max(0.0f, std::min(display_height, g.visible_bottom) - std::max(0.0f, g.visible_top));
}
const std::string& dom_focus() { return g.dom_focus; }
void request_focus(const std::string& id) { g.focus_request = id; }
std::string take_focus_request() {
    std::string r;
    r.swap(g.focus_request);
    return r;
}
bool has_pending_input() { return !g.activations.empty() || !g.texts.empty(); }
bool wants_frame() { return has_pending_input() || g.keep_after_typing > 0; }
void replace_text(const std::string& id) { ++g.replaced[id]; }

bool button(const char* id, const char* label, const ButtonStyle& style) {
    ImGui::PushID(id);
    int colors = 0;
    if (style.primary || style.selected) {
        ImGui::PushStyleColor(ImGuiCol_Button, theme::accent());
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme::accent_hovered());
        ImGui::PushStyleColor(ImGuiCol_Text, theme::on_accent());
        colors = 3;
    }
    if (style.disabled) ImGui::BeginDisabled();
    std::string shown = label;
    if (style.shortcut) {
        shown = shown.substr(0, shown.find("##")) + "  (" + static_cast<char>(std::toupper(style.shortcut[0])) + ")";
    }
    bool pressed = false;
    Node n = make_node(id, style.toggle ? Role::Toggle : Role::Button, label);
    {
        const PageInk ink(shown.c_str());
        bool wrapped = false;
        pressed = framed_button(shown.c_str(), ImVec2(style.width, style.height), &wrapped);
        if (!style.name) ink.mark(n);  // a symbol's spoken name ("A+") is not what is drawn
        if (wrapped && !style.name) {  // the page wraps it as the canvas did
            n.ink_left = n.ink_right = ImGui::GetStyle().FramePadding.x;
            n.ink_top = ImGui::GetStyle().FramePadding.y;
            n.ink_wraps = ink.on;
        }
    }
    if (style.name && style.name_drawn_by_caller) {  // in the button's own text colour, still pushed
        const PageInk ink(style.name);
        ink.mark(n);
        // Wrapped between the button's side paddings; a button centres its text
        // from top to bottom, which matches the row's own top and bottom padding.
        n.ink_left = n.ink_right = ImGui::GetStyle().FramePadding.x;
        n.ink_wraps = ink.on;
    }
    if (style.disabled) ImGui::EndDisabled();
    ImGui::PopStyleColor(colors);
    follow_mouse(id);
    ImGui::PopID();
    if (!style.disabled && take_activation(id)) pressed = true;
    if (style.toggle) n.checked = style.selected ? 1 : 0;
    n.current = style.current;
    n.expanded = style.expanded;
    if (const char* hash = std::strstr(label, "##")) n.label.assign(label, hash);
    if (style.name) n.label = style.name;
    if (style.description) n.description = style.description;
    if (style.shortcut) n.shortcut = style.shortcut;
    n.disabled = style.disabled;
    if (style.picker) n.picker = style.picker;
    record(std::move(n));
    return pressed && !style.disabled;
}

bool radio(const char* group, const char* group_label, const char* id, const char* label, bool selected,
           const ButtonStyle& style) {
    // Drawn as a large button: selection shows by colour *and* a check mark.
    std::string shown = selected ? std::string("\xE2\x9C\x93 ") + label : std::string("    ") + label;
    if (style.shortcut) shown += std::string("   (") + style.shortcut + ")";
    ImGui::PushID(id);
    if (selected) {
        ImGui::PushStyleColor(ImGuiCol_Button, theme::accent());
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme::accent_hovered());
        ImGui::PushStyleColor(ImGuiCol_Text, theme::on_accent());
    }
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    bool wrapped = false;
    bool pressed = framed_button(shown.c_str(), ImVec2(style.width, style.height), &wrapped);
    ImGui::PopStyleVar();
    if (selected) ImGui::PopStyleColor(3);
    follow_mouse(id);
    ImGui::PopID();
    if (take_activation(id)) pressed = true;
    Node n = make_node(id, Role::Radio, label);
    n.group = group;
    n.group_label = group_label;
    n.checked = selected ? 1 : 0;
    if (style.shortcut) n.shortcut = style.shortcut;
    if (style.description) n.description = style.description;
    record(std::move(n));
    return pressed;
}

bool checkbox(const char* id, const char* label, bool* value) {
    ImGui::PushID(id);
    // A label too long for the line (a checklist's name on a phone, 200%
    // text) wraps beside the box, instead of ImGui's one line cut off.
    const ImGuiStyle& st = ImGui::GetStyle();
    const char* end = ImGui::FindRenderedTextEnd(label);
    const float box = ImGui::GetFrameHeight();
    const float avail = ImGui::GetContentRegionAvail().x;
    const float inner = avail - box - st.ItemInnerSpacing.x;
    bool changed = false;
    if (ImGui::CalcTextSize(label, end).x <= inner || inner < box) {
        changed = ImGui::Checkbox(label, value);
    } else {
        const ImVec2 text = ImGui::CalcTextSize(label, end, false, inner);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const ImVec2 size(avail, std::max(box, text.y + st.FramePadding.y * 2));
        if (ImGui::InvisibleButton("##checkbox", size)) {
            *value = !*value;
            changed = true;
        }
        const bool hovered = ImGui::IsItemHovered(), held = ImGui::IsItemActive();
        const ImU32 frame = ImGui::GetColorU32(held && hovered ? ImGuiCol_FrameBgActive
                                               : hovered       ? ImGuiCol_FrameBgHovered
                                                               : ImGuiCol_FrameBg);
        ImGui::RenderFrame(at, ImVec2(at.x + box, at.y + box), frame, true, st.FrameRounding);
        if (*value) {
            const float pad = std::max(1.0f, std::floor(box / 6.0f));
            ImGui::RenderCheckMark(ImGui::GetWindowDrawList(), ImVec2(at.x + pad, at.y + pad),
                                   ImGui::GetColorU32(ImGuiCol_CheckMark), box - pad * 2.0f);
        }
        ImGui::RenderTextWrapped(ImVec2(at.x + box + st.ItemInnerSpacing.x, at.y + st.FramePadding.y), label, end, inner);
    }
    follow_mouse(id);
    ImGui::PopID();
    if (take_activation(id)) { *value = !*value; changed = true; }
    Node n = make_node(id, Role::Checkbox, label);
    n.checked = *value ? 1 : 0;
    record(std::move(n));
    return changed;
}

bool text_field(const char* id, const char* label, std::string* value, float height, const char* description,
                const char* input_mode, int max_chars) {
    bool changed = false;
    for (auto& [tid, text] : g.texts) {
        if (tid == id && text != *value) { *value = text; changed = true; }
    }
    {
        WrapScope wrap;  // a long label on a phone wraps
        ImGui::TextUnformatted(label);
    }
    // No wider than what is left of the line: an indented field (a plan
    // action's owner) on a phone would run past the window's edge.
    const float w = std::max(1.0f, std::min(ImGui::CalcItemWidth(), ImGui::GetContentRegionAvail().x));
    const float h = height > 0 ? height : ImGui::GetFrameHeight();
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::PushID(id);
    ImGui::InvisibleButton("##field", ImVec2(w, h));
    ImGui::PopID();
    // Draw the frame and the text: the mirror's real <input> covers this exactly
    // once the page's script runs; the drawing keeps screenshots honest without it.
    // The field someone is typing in is the exception: it is the mirror's own,
    // focused element, which shows each key at once. Leaving its text out of
    // the canvas leaves the canvas unchanged by a key press, so the page shows
    // the key without drawing the canvas again (main.cpp skips an unchanged frame).
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImGuiStyle& st = ImGui::GetStyle();
    dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), ImGui::GetColorU32(ImGuiCol_FrameBg), st.FrameRounding);
    dl->AddRect(p, ImVec2(p.x + w, p.y + h), ImGui::GetColorU32(ImGuiCol_Border), st.FrameRounding, 0, 1.5f);
    if (g.dom_focus != id) {
        ImGui::PushClipRect(p, ImVec2(p.x + w, p.y + h), true);
        dl->AddText(nullptr, 0.0f, ImVec2(p.x + st.FramePadding.x, p.y + st.FramePadding.y),
                    ImGui::GetColorU32(ImGuiCol_Text), value->c_str(), nullptr, height > 0 ? w - 2 * st.FramePadding.x : 0.0f);
        ImGui::PopClipRect();
    }
    Node n = make_node(id, height > 0 ? Role::TextArea : Role::TextField, label);
    n.value = *value;
    if (description) n.description = description;
    if (input_mode) n.input_mode = input_mode;
    n.max_chars = max_chars;
    if (auto r = g.replaced.find(id); r != g.replaced.end()) n.text_seq = r->second;
    record(std::move(n));
    return changed;
}

bool tab(const char* group, const char* group_label, const char* id, const char* label, bool selected,
         const char* current_description) {
    ImGui::PushID(id);
    if (selected) {
        // Hovered and pressed too: the current step under the pointer (or a
        // finger just lifted) keeps its colours, never white on light grey.
        ImGui::PushStyleColor(ImGuiCol_Button, theme::accent());
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme::accent_hovered());
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, theme::accent_hovered());
        ImGui::PushStyleColor(ImGuiCol_Text, theme::on_accent());
    }
    bool wrapped = false;
    Node n = make_node(id, Role::Tab, label);
    bool pressed = false;
    {
        const PageInk ink(label);  // a step named in a script the font lacks: the page draws it
        pressed = framed_button(label, ImVec2(0, 0), &wrapped);
        ink.mark(n);
    }
    if (selected) ImGui::PopStyleColor(4);
    follow_mouse(id);
    ImGui::PopID();
    if (take_activation(id)) pressed = true;
    n.group = group;
    n.group_label = group_label;
    n.checked = selected ? 1 : 0;
    if (selected && current_description) n.description = current_description;
    record(std::move(n));
    return pressed;
}

void heading(const char* id, int level, const char* text_utf8) {
    ImFont* font = theme::heading_font(level);
    if (font) ImGui::PushFont(font);
    Node n = make_node(id, Role::Heading, text_utf8);
    {
        WrapScope wrap;
        inked_text(text_utf8, n);
    }
    if (font) ImGui::PopFont();
    n.level = level;
    record(std::move(n));
}

void text_id(const char* id, const char* text_utf8, bool muted) {
    if (muted) ImGui::PushStyleColor(ImGuiCol_Text, theme::muted_text());
    Node n = make_node(id, Role::Text, text_utf8);
    {
        WrapScope wrap;
        inked_text(text_utf8, n);
    }
    if (muted) ImGui::PopStyleColor();
    record(std::move(n));
}

void text(const char* text_utf8, bool muted) {
    std::string id = say("t%d", g.auto_id++);
    text_id(id.c_str(), text_utf8, muted);
}

void progress(const char* id, const char* label, float fraction, const char* overlay, float width) {
    // The figure is written above the bar, never on it: text over a partly
    // filled bar cannot keep its contrast on both colours.
    if (overlay) {
        WrapScope wrap;
        ImGui::TextUnformatted(overlay);
    }
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, theme::accent());
    ImGui::ProgressBar(fraction, ImVec2(width > 0 ? width : -1.0f, ImGui::GetFontSize() * 0.9f), "");
    ImGui::PopStyleColor();
    Node n = make_node(id, Role::Progress, label);
    n.value = std::to_string(static_cast<int>(fraction * 100.0f + 0.5f));
    if (overlay) n.description = overlay;
    record(std::move(n));
}

// A bar from `a`, `width` long: its track, its fill (`fraction` of it; below
// 0 none: no value yet), an outline in the text colour and a mark at every
// quarter below it, so its length reads without colour.
static void draw_bar(ImVec2 a, float width, float height, float fraction) {
    const Palette& p = theme::colors();
    const ImU32 outline = ImGui::GetColorU32(theme::to_vec4(p.text));
    const float font = ImGui::GetFontSize();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, ImVec2(a.x + width, a.y + height), ImGui::GetColorU32(theme::to_vec4(p.field)));
    if (fraction > 0)
        dl->AddRectFilled(a, ImVec2(a.x + std::max(2.0f, width * std::min(1.0f, fraction)), a.y + height),
                          ImGui::GetColorU32(theme::accent()));
    const float ring = std::max(1.0f, font / 12.0f);
    dl->AddRect(a, ImVec2(a.x + width, a.y + height), outline, 0.0f, 0, ring);
    for (int q = 1; q < 4; ++q) {
        const float x = a.x + width * static_cast<float>(q) / 4.0f;
        dl->AddLine(ImVec2(x, a.y + height), ImVec2(x, a.y + height + font * 0.3f), outline, ring);
    }
}

void table(const char* id, const char* label, const std::vector<float>& widths,
           const std::vector<std::vector<TableCell>>& rows) {
    const float pad = ImGui::GetStyle().FramePadding.x;
    const float strip = std::max(4.0f, ImGui::GetFontSize() * 0.3f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImU32 head_bg = ImGui::GetColorU32(ImGuiCol_TableHeaderBg);
    const float bar_height = ImGui::GetFontSize() * 1.1f;
    const float bar_room = bar_height + ImGui::GetFontSize() * 0.3f + ImGui::GetStyle().ItemSpacing.y;  // bar, quarter marks, gap
    // Too narrow for its columns (a phone at 200% text: a word would break
    // letter by letter): each row's cells stand one under the other, the
    // whole width, still a row of cells for the screen reader.
    float total = 0;
    for (float w : widths) total += w;
    const bool stacked = widths.size() > 1 && total < ImGui::GetFontSize() * 18.0f;
    auto width_of = [&](size_t c) { return stacked ? total : widths[c]; };
    auto height_of = [&](const TableCell& cell, size_t c) {
        const float inner = width_of(c) - 2 * pad - strip - (cell.indent ? pad * 2 : 0);
        return (cell.bar ? bar_room : 0.0f) + ImGui::CalcTextSize(cell.text.c_str(), nullptr, false, std::max(1.0f, inner)).y + 2 * pad;
    };
    float y = origin.y;
    for (size_t r = 0; r < rows.size(); ++r) {
        // Side by side, the row is as tall as its tallest wrapped cell.
        float h = 0;
        for (size_t c = 0; c < rows[r].size() && c < widths.size(); ++c) h = std::max(h, height_of(rows[r][c], c));
        float x = origin.x;
        const std::string row_id = say("%s-r%zu", id, r);
        for (size_t c = 0; c < rows[r].size() && c < widths.size(); ++c) {
            const TableCell& cell = rows[r][c];
            const float cell_h = stacked ? height_of(cell, c) : h;
            const ImVec2 a(x, y), b(x + width_of(c), y + cell_h);
            if (r == 0 || c == 0) dl->AddRectFilled(a, b, head_bg);
            if (cell.mark) dl->AddRectFilled(a, ImVec2(a.x + strip, b.y), cell.mark);
            dl->AddRect(a, b, theme::border_u32());
            const float indent = cell.indent ? pad * 2 : 0;
            const float inner = width_of(c) - 2 * pad - strip - indent;
            const Role role = r == 0 ? Role::ColumnHeader : c == 0 ? Role::RowHeader : Role::Cell;
            const std::string cell_id = say("%s-%zu", row_id.c_str(), c);
            Node n = make_node(cell_id.c_str(), role, cell.text.c_str());
            {
                const float top = cell.bar ? bar_room : 0.0f;
                if (cell.bar) draw_bar(ImVec2(a.x + strip + pad + indent, a.y + pad), inner, bar_height, cell.fraction);
                const PageInk ink(cell.text.c_str());  // a branch's name in another script: the page draws it
                dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(a.x + strip + pad + indent, a.y + pad + top),
                            ImGui::GetColorU32(ImGuiCol_Text), cell.text.c_str(), nullptr, std::max(1.0f, inner));
                ink.mark(n);
                n.ink_left = strip + pad + indent;  // the text's place in the cell, wrapped as the canvas wraps it
                n.ink_top = pad + top;
                n.ink_right = pad;
                n.ink_wraps = ink.on;
            }
            ImGui::SetCursorScreenPos(a);
            ImGui::Dummy(ImVec2(width_of(c), cell_h));
            n.group = row_id;
            n.table = id;
            n.table_label = label;
            record(std::move(n));
            if (stacked) y += cell_h;
            else x += widths[c];
        }
        if (!stacked) y += h;
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, y));
    ImGui::Dummy(ImVec2(0, 0));
}

float readable_width() {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float wrap = ImGui::GetCurrentWindow()->DC.TextWrapPos;
    if (wrap <= 0.0f) return avail;
    return std::max(1.0f, std::min(avail, ImGui::CalcWrapWidthForPos(ImGui::GetCursorScreenPos(), wrap)));
}

void image(const char* id, const char* alt, const std::string& source, float width, float height) {
    const float avail = ImGui::GetContentRegionAvail().x;
    if (width > avail && avail > 1.0f) {  // a phone at 200% text: smaller, same shape
        height *= avail / width;
        width = avail;
    }
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, height));
    // The frame shows where the picture goes while the page loads it.
    ImGui::GetWindowDrawList()->AddRect(a, ImVec2(a.x + width, a.y + height), theme::border_u32());
    Node n = make_node(id, Role::Image, alt);
    n.value = source;
    record(std::move(n));
}

void link(const char* id, const char* label, const std::string& href) {
    // Room above and below, so the target is at least 24 px high (WCAG 2.5.8),
    // and a finger's 44 px on a touch screen (2.5.5).
    const float target = theme::touch_targets() ? theme::kMinTouchTarget : 24.0f;
    const float pad = std::max(0.0f, (target - ImGui::GetTextLineHeight()) * 0.5f);
    Node n = make_node(id, Role::Link, label);
    ImGui::BeginGroup();
    ImGui::Dummy(ImVec2(0, pad));
    {
        WrapScope wrap;
        inked_text(label, n);
        n.ink_top = pad;  // the text sits below the group's top padding
    }
    // The text's own colour (its contrast is checked), underlined as links are.
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(a.x, b.y), b, ImGui::GetColorU32(ImGuiCol_Text), 1.5f);
    ImGui::Dummy(ImVec2(0, pad));
    ImGui::EndGroup();
    n.value = href;
    record(std::move(n));
}

void status(const char* id, const char* text_utf8) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::muted_text());
    Node n = make_node(id, Role::Status, text_utf8);
    {
        WrapScope wrap;  // a long file name on a phone
        inked_text(text_utf8, n);  // a file's name in another script
    }
    ImGui::PopStyleColor();
    record(std::move(n));
}

}  // namespace wa::ui
