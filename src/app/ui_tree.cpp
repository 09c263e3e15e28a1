// The mirror's side of the widgets (web/mirror.js): each frame's nodes as
// JSON, and only what changed since the last frame. Apart from ui.cpp's
// widgets because it knows nothing of ImGui: plain nodes in, text out.
#include "app/ui_tree.h"

#include <cstring>
#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <string>

#include "core/json_writer.h"

namespace wa::ui {

const char* role_name(Role role) {
    switch (role) {
        case Role::Button: return "button";
        case Role::Toggle: return "toggle";
        case Role::Radio: return "radio";
        case Role::Checkbox: return "checkbox";
        case Role::TextField: return "textbox";
        case Role::TextArea: return "textarea";
        case Role::Tab: return "tab";
        case Role::Heading: return "heading";
        case Role::Text: return "text";
        case Role::Progress: return "progressbar";
        case Role::Status: return "status";
        case Role::Image: return "image";
        case Role::Cell: return "cell";
        case Role::ColumnHeader: return "columnheader";
        case Role::RowHeader: return "rowheader";
        case Role::Link: return "link";
    }
    return "text";
}

namespace {

// Everything but the rectangle and the clip.
bool same_content(const Node& a, const Node& b) {
    return a.id == b.id && a.role == b.role && a.label == b.label && a.description == b.description &&
           a.value == b.value && a.group == b.group && a.group_label == b.group_label && a.shortcut == b.shortcut &&
           a.level == b.level && a.checked == b.checked && a.current == b.current && a.expanded == b.expanded && a.disabled == b.disabled &&
           a.picker == b.picker && a.table == b.table && a.table_label == b.table_label && a.input_mode == b.input_mode && a.max_chars == b.max_chars && a.text_seq == b.text_seq &&
           a.ink == b.ink && std::strcmp(a.lang, b.lang) == 0 && a.text_px == b.text_px && a.lines == b.lines && a.ink_left == b.ink_left && a.ink_top == b.ink_top &&
           a.ink_right == b.ink_right && a.ink_wraps == b.ink_wraps;
}

bool same_geometry(const Node& a, const Node& b) {
    return a.x == b.x && a.y == b.y && a.w == b.w && a.h == b.h && a.clip_x == b.clip_x && a.clip_y == b.clip_y &&
           a.clip_w == b.clip_w && a.clip_h == b.clip_h;
}

// Same element in the same place of the page's tree: the mirror can update
// it where it is, without rebuilding the list around it.
bool same_place(const Node& a, const Node& b) {
    return a.id == b.id && a.role == b.role && a.group == b.group && a.group_label == b.group_label &&
           a.table == b.table && a.table_label == b.table_label;
}

// Entirely outside its clip rectangle: scrolled out of view.
bool out_of_view(const Node& n) {
    return n.y + n.h <= n.clip_y || n.y >= n.clip_y + n.clip_h || n.x + n.w <= n.clip_x || n.x >= n.clip_x + n.clip_w;
}

// CSS pixels to a hundredth: a float's last bits would only lengthen the text
// ("12.5", not "12.500000476837158").
double px(float v) { return std::round(static_cast<double>(v) * 100.0) / 100.0; }
void rect(JsonWriter& w, std::initializer_list<float> v) {
    w.begin_array();
    for (float x : v) w.number(px(x));
    w.end_array();
}

void write_node(JsonWriter& w, const Node& n) {
    w.begin_object();
    w.field_str("id", n.id);
    w.field_str("role", role_name(n.role));
    w.field_str("label", n.label);
    w.key("r");
    rect(w, {n.x, n.y, n.w, n.h});
    w.key("c");
    rect(w, {n.clip_x, n.clip_y, n.clip_w, n.clip_h});
    if (!n.description.empty()) w.field_str("desc", n.description);
    if (n.role == Role::TextField || n.role == Role::TextArea || n.role == Role::Progress || n.role == Role::Image ||
        n.role == Role::Link)
        w.field_str("value", n.value);
    if (!n.group.empty()) {
        w.field_str("group", n.group);
        w.field_str("groupLabel", n.group_label);
    }
    if (!n.shortcut.empty()) w.field_str("key", n.shortcut);
    if (n.level) w.field_int("level", n.level);
    if (n.checked >= 0) w.field_bool("checked", n.checked == 1);
    if (n.current) w.field_bool("current", true);
    if (n.expanded >= 0) w.field_bool("expanded", n.expanded == 1);
    if (n.disabled) w.field_bool("disabled", true);
    if (!n.picker.empty()) w.field_str("opensFile", n.picker);
    if (!n.table.empty()) {
        w.field_str("table", n.table);
        w.field_str("tableLabel", n.table_label);
    }
    if (!n.input_mode.empty()) w.field_str("inputMode", n.input_mode);
    if (n.lang[0]) w.field_str("lang", n.lang);
    if (n.max_chars > 0) w.field_int("maxChars", n.max_chars);
    if (n.text_seq > 0) w.field_int("seq", n.text_seq);
    if (n.text_px > 0) {
        w.field_num("px", px(n.text_px));
        w.field_num("lh", px(n.text_px / kCssEmPerLineHeight));  // ImGui's line: the font's ascent to descent
    }
    if (!n.lines.empty()) w.field_strings("lines", n.lines);
    if (!n.ink.empty()) {
        w.field_str("ink", n.ink);
        if (n.ink_left > 0 || n.ink_top > 0 || n.ink_right > 0) {
            w.key("inkAt");
            rect(w, {n.ink_left, n.ink_top, n.ink_right});
        }
        if (n.ink_wraps) w.field_bool("inkWraps", true);
    }
    w.end_object();
}

}  // namespace

std::string tree_changes(const std::vector<Node>& nodes, std::vector<Node>& last) {
    // Most frames change nothing the page shows (ImGui settles over a few
    // frames after input): comparing the nodes is far cheaper than writing them.
    const bool same_shape = nodes.size() == last.size() &&
                            std::equal(nodes.begin(), nodes.end(), last.begin(), same_place);
    // Written compact, with the core's writer: text from files and people
    // may hold bad UTF-8, which it writes as U+FFFD, never an abort.
    std::string out;
    JsonWriter w(out, JsonWriter::Compact);
    if (same_shape) {
        // The same elements in the same order (a key typed in a note, a
        // toggle, a scroll): only the nodes that changed, by position, so the
        // page touches a few elements instead of a thousand.
        // A node that only moved (the content scrolled: all of them) is sent
        // as its eight figures, not its whole description.
        bool any = false;
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const Node& n = nodes[i];
            const bool content = same_content(n, last[i]);
            if (content && same_geometry(n, last[i])) continue;
            // Out of view before and after: the page's element stays where it
            // was, wholly clipped (invisible, and no mouse or finger reaches it),
            // until it comes back into view. Most of a long screen is out of view.
            if (content && out_of_view(n) && out_of_view(last[i])) continue;
            if (!any) {
                w.begin_object();
                w.key("patch");
                w.begin_array();
                any = true;
            }
            w.begin_array();
            w.integer(static_cast<long long>(i));
            if (content) rect(w, {n.x, n.y, n.w, n.h, n.clip_x, n.clip_y, n.clip_w, n.clip_h});
            else write_node(w, n);
            w.end_array();
            last[i] = n;
        }
        if (!any) return "";
        w.end_array();
        w.end_object();
    } else {
        w.begin_array();
        for (const Node& n : nodes) write_node(w, n);
        w.end_array();
        last = nodes;
    }
    return out;
}


}  // namespace wa::ui
