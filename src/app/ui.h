// The app's widget layer: every interactive widget goes through here.
//
// Each call draws with Dear ImGui *and* records a Node (role, name, state,
// rectangle) into this frame's list. web/mirror.js turns that list into real,
// focusable HTML elements over the canvas, so that screen readers and the
// keyboard work as on any web page. Activations that come back from those
// elements (a click, Enter, Space, typing) are queued here and consumed by the
// widget with the same id on the next frame, so a mirror click and a mouse
// click on the canvas take exactly the same code path.
//
// Ids are stable strings chosen by the caller ("answer-met", "nav-next"); they
// become DOM ids, so they must be unique within a frame.
#pragma once
#include <string>
#include <vector>

namespace wa::ui {

enum class Role { Button, Toggle, Radio, Checkbox, TextField, TextArea, Tab, Heading, Text, Progress, Status, Image,
                  Cell, ColumnHeader, RowHeader, Link };
const char* role_name(Role role);

struct Node {
    std::string id;
    Role role = Role::Text;
    std::string label;        // accessible name
    std::string description;  // extra help read after the name
    std::string value;        // text fields: the text; progress: "0".."100"; image: its source key
    std::string group;        // radio group / tab list this belongs to
    std::string group_label;  // accessible name of that group
    std::string shortcut;     // aria-keyshortcuts, e.g. "1"
    int level = 0;            // headings: 1..3
    int checked = -1;         // -1 not applicable, 0 no, 1 yes (radio, checkbox, toggle, selected tab)
    bool current = false;     // aria-current (e.g. the item being audited in a list)
    int expanded = -1;        // buttons that show or hide content: aria-expanded (-1: not such a button)
    bool disabled = false;
    std::string picker;       // activation opens a browser file picker: "file" or "photo" (needs a user gesture)
    std::string table;        // cells: the table they belong to (`group` is then their row)
    std::string table_label;  // that table's accessible name
    std::string input_mode;   // text fields: the on-screen keyboard to offer ("decimal" for a figure),
                              // or "date": the browser's date input (a whole day, YYYY-MM-DD, or nothing)
    int max_chars = 0;        // text fields: the most characters kept (0: no limit said)
    int text_seq = 0;         // text fields: counts the times the app replaced the text itself (replace_text)
    // Text the UI font cannot draw (it holds the characters of font_ranges.inc
    // only: a name in Chinese, Greek or Arabic typed by a person, a consortium's
    // checklist in another script) is drawn by the page instead, with the
    // browser's fonts, shaping and direction: its colour ("#rrggbb") and size in
    // CSS pixels. The canvas keeps the place and draws the rest (frame, fill).
    std::string ink;
    // The language of the text when it is not the page's (an English checklist
    // on a Spanish page, a language's own name on Start): the element's lang.
    // A short tag in a fixed array, not a std::string: nodes are made, copied and
    // compared by the hundred each frame, and a string's code there costs the first load.
    char lang[12] = {};
    // The size of the text as the canvas draws it, in CSS pixels (the page gets
    // the line height with it), and where the canvas wrapped it: the mirror's
    // text then breaks into the same lines, so that a screen reader's line by
    // line reading (browse mode) reads each line the person sees, whole.
    float text_px = 0;                // 0: not a line of text (a button's text is its name)
    std::vector<std::string> lines;   // the lines of wrapped text; empty when it is one line
    float ink_left = 0, ink_top = 0;  // where that text starts in the box, when not at its corner
    float ink_right = 0;              // room kept at the right of wrapped text
    bool ink_wraps = false;           // wrapped within the box (else as the widget lays it out)
    float x = 0, y = 0, w = 0, h = 0;                 // in CSS pixels, relative to the canvas
    float clip_x = 0, clip_y = 0, clip_w = 0, clip_h = 0;  // visible part (scrolling windows)
};

struct ButtonStyle {
    float width = 0;          // 0: fit the label
    float height = 0;
    bool primary = false;     // accent colour: the one main action of a screen
    bool selected = false;    // drawn as pressed/selected
    // What "selected" means to a screen reader. The role never changes with
    // the state: the mirror would replace the element, and its focus with it.
    bool toggle = false;      // a two-state button: aria-pressed follows `selected`
    bool current = false;     // the current one of a set (a section, an open row): aria-current
    int expanded = -1;        // shows or hides content below it: aria-expanded (-1: no)
    const char* shortcut = nullptr;
    const char* description = nullptr;
    const char* name = nullptr;  // accessible name when the label is a symbol ("A+")
    // The caller draws `name` on the button itself, wrapped (plan rows): when the
    // font lacks a character of it, the page draws it instead (Node::ink) and the
    // caller draws nothing (ui::font_lacks tells it).
    bool name_drawn_by_caller = false;
    const char* picker = nullptr;  // "file" (an audit, plan or checklist), "photo" or "plans": opens the browser's picker
    bool disabled = false;
};

// True when the current font lacks a character of the UTF-8 text `s` (ASCII
// never: the font always has it). Such text is drawn by the page (Node::ink).
bool font_lacks(const char* s, const char* end = nullptr);

// Frame lifecycle -----------------------------------------------------------------
void begin_frame();
// What the page's mirror needs to match this frame, as JSON: "" when nothing
// changed since the last call; the whole node list (an array) when elements
// came, went or moved in the list; else {"patch": [[position, node], ...]}
// with only the nodes that changed (web/mirror.js applies either).
std::string end_frame_changes();
const std::vector<Node>& nodes();

// Input from the DOM mirror (called from exported C functions) --------------------
void queue_activate(const std::string& id);
void queue_text(const std::string& id, const std::string& text);
void set_dom_focus(const std::string& id);     // the mirror says this element has focus
const std::string& dom_focus();
// The app wants the DOM focus moved (after a mouse click, or to a new screen's heading).
void request_focus(const std::string& id);
std::string take_focus_request();
bool has_pending_input();
// Something this layer applies over the next frames (input queued, a field
// kept in view while what typing changed shows): the main loop runs another.
bool wants_frame();
// The app changed a text field's text itself (a suggestion taken, a unit
// converted): the page shows the new text even in the field that has the
// focus. Otherwise the page never overwrites a focused field, where the
// person may be typing ahead of the app.
void replace_text(const std::string& id);

// The person's devices (web/glue.js) --------------------------------------------------
// `ring`: the focus last moved by a key or a screen reader, not a pointer or
// a finger: the canvas draws the focus ring around buttons and choices only
// then, as CSS :focus-visible does; a text field shows its ring always.
// `keys`: a key was pressed on this visit (a touch-only tablet has none
// until a keyboard is attached): keyboard_seen().
void set_keyboard_mode(bool ring, bool keys);
bool keyboard_seen();
// The part of the canvas the person can see, in CSS pixels from its top: the
// browser's visual viewport, which an on-screen keyboard shortens. `zoomed`:
// pinch-zoomed in, when the smaller view is the person's choice, not a
// keyboard's. The focused text field is kept inside it (scrolled into view
// when it gets the focus, when typed in and when the visible part changes).
void set_visible_area(float top, float bottom, bool zoomed);
// How much of a canvas `display_height` tall a keyboard covers at its bottom
// (0 when none, or when zoomed), and the height the person sees.
float covered_bottom(float display_height);
float visible_height(float display_height);

// Widgets ---------------------------------------------------------------------------
// The next widget's text is in this language, not the page's (Node::lang).
void set_next_lang(const std::string& code);
bool button(const char* id, const char* label, const ButtonStyle& style = {});
// One option of a radio group; returns true when chosen this frame.
bool radio(const char* group, const char* group_label, const char* id, const char* label, bool selected,
           const ButtonStyle& style = {});
bool checkbox(const char* id, const char* label, bool* value);
// Single-line (height 0) or multi-line text. The visible editor is a real HTML
// <input>/<textarea> placed over this rectangle by the mirror; ImGui draws the frame.
// Returns true when the text changed this frame.
bool text_field(const char* id, const char* label, std::string* value, float height = 0,
                const char* description = nullptr, const char* input_mode = nullptr, int max_chars = 0);
// The selected one is aria-current="step"; `current_description` is said with
// it as well (its description), as not every screen reader says aria-current (Orca 43).
bool tab(const char* group, const char* group_label, const char* id, const char* label, bool selected,
         const char* current_description = nullptr);
void heading(const char* id, int level, const char* text);
void text(const char* text_utf8, bool muted = false);
void text_id(const char* id, const char* text_utf8, bool muted = false);
void progress(const char* id, const char* label, float fraction, const char* overlay = nullptr, float width = 0);
// A picture the canvas cannot show: ImGui reserves a framed box, and the mirror
// draws an <img> there with `alt`. `source` names the picture for the page,
// which fetches its data once per source (browser.h: the app serves it); a
// different picture must have a different source.
void image(const char* id, const char* alt, const std::string& source, float width, float height);
// A table of text, drawn cell by cell and published to the mirror as a real
// table (table > row > columnheader / rowheader / cell), so a screen reader
// moves through it by row and column. rows[0] holds the column headers; the
// first cell of every other row is its row header. `widths` are the columns'
// widths in pixels; a cell's text wraps in its column. `mark` colours a strip
// at a cell's left edge (0: none): the cell's text must say the same in words.
// A cell with `bar` draws a bar above its text (0 to 100% of the cell's width,
// a mark at every quarter, outlined so its length reads in any theme and in
// greyscale): a chart is this table with bars, its figures in words in the same
// cells, never colour alone.
struct TableCell {
    std::string text;
    unsigned int mark = 0;  // an ImU32 colour
    bool indent = false;    // a row header one level down (a section under its checklist)
    bool bar = false;       // a bar above the text
    float fraction = -1;    // the bar's length, 0..1; below 0: no value yet (an empty bar)
};
void table(const char* id, const char* label, const std::vector<float>& widths,
           const std::vector<std::vector<TableCell>>& rows);
// The width text wraps at here: the app's readable column, or the space left.
float readable_width();

// A link the browser follows itself (mailto: or https:): the mirror's <a>
// takes the click and the keyboard; the canvas only draws the underlined text.
void link(const char* id, const char* label, const std::string& href);
// A polite status line (e.g. "Saved"); also drawn as text.
void status(const char* id, const char* text_utf8);

}  // namespace wa::ui
