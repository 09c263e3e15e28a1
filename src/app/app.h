// The app: the audit being worked on, which screen is showing, and the
// person's display settings. Screens are drawn by screen_*.cpp, one file each.
//
// Every change to the audit goes through mark_changed(); after the frame the
// audit is saved to browser storage at once (never lose work), and the status
// line says whether that worked.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "app/palette.h"
#include "core/audit.h"
#include "core/checklist.h"
#include "core/compare.h"
#include "core/plan.h"

namespace wa {

// The audit's steps (the Steps navigation), then Compare, which needs no audit:
// it puts the plans branches send back side by side.
enum class Screen { Start, Profile, Choose, Walk, Review, Plan, Export, Compare };
constexpr int kScreenCount = 7;  // the steps; Compare is reached from Start

// One item of the audit in walking order.
struct WalkStop {
    int checklist = 0, section = 0, item = 0;  // indexes into Audit::checklists
};

// A file that was opened while an audit with answers is open: the person chooses.
struct PendingOpen {
    bool active = false;
    std::string file_name;
    Audit audit;
};

int answered_count(const Audit& a);

class App {
public:
    void start();
    void draw();
    void after_frame();
    bool wants_frames() const { return false; }

    // From the page (web/glue.js).
    void open_text(const std::string& file_name, const std::string& text, bool from_host);
    std::string audit_json() const;
    std::string load_json_api(const std::string& text);
    void add_photo(const std::string& data_url);  // "" when the file was not a picture
    std::string photo_data(const std::string& source) const;  // the data: URL of a photo shown by ui::image
    void add_compare_file(const std::string& file_name, const std::string& text);  // a branch's plan
    void save_shortcut();  // Ctrl+S / Cmd+S: download the audit file, as "Save the audit file" does
    void flush_save();     // the page is being left or hidden: save a pending change now
    void touch_scroll(float dy) { touch_scroll_px_ += dy; }  // a finger dragged the content by dy CSS pixels

    float text_scale() const { return text_scale_; }
    ThemeId theme() const { return theme_; }

private:
    // screens
    void draw_header();
    void draw_start();
    void draw_profile();
    void draw_choose();
    void draw_walk();
    void draw_evidence(const Checklist& c, const Item& item);
    void draw_review();
    void draw_plan();
    void draw_compare();
    void draw_export();
    void draw_pending_open();
    void draw_messages();
    void draw_display_settings();

    // actions
    void go(Screen s);
    void mark_changed();
    void save_now();
    void save_settings();
    void load_settings();
    void begin_new_audit();
    void replace_audit(Audit a, const std::string& message);
    void keep_previous();  // copies the audit to a backup slot in storage before it is replaced
    void rebuild_walk();
    void set_messages(std::vector<std::string> lines, bool error);
    void offer_download_of_audit();
    void answer_current(Answer a);
    // What a walk stop points at (indexes into audit_.checklists).
    const Checklist& checklist_of(const WalkStop& w) const;
    const Item& item_of(const WalkStop& w) const;
    Answer answer_of(const WalkStop& w) const;
    void show_item(int pos);  // walk to an item: scroll to its top, keep the focus, announce it
    int next_unanswered_from(int pos) const;
    std::string file_stem() const;

    Audit audit_;
    bool has_audit_ = false;
    bool resumed_ = false;
    std::vector<Checklist> library_;     // checklists on offer: shipped, then the host's
    std::vector<bool> chosen_;           // parallel to library_, on the Choose screen
    std::vector<WalkStop> walk_;
    int walk_pos_ = 0;
    std::string pending_item_;           // item to resume at (from settings), applied by rebuild_walk()
    bool show_why_ = false;
    std::map<std::string, std::string> evidence_drafts_;  // links being typed, by item key
    std::string evidence_error_;         // why the last link or photo was not added
    std::string photo_checklist_, photo_item_;  // the item "Add a photo" was pressed on
    bool number_keys_ = true;            // keys 1-5 answer (can be turned off: WCAG 2.1.4)
    Screen screen_ = Screen::Start;
    bool screen_changed_ = true;
    bool item_changed_ = false;

    // plan screen
    int plan_filter_ = 0;                // 0 all, 1 quick wins, 2 to do, 3 doing, 4 done
    std::string plan_checklist_;         // show one checklist's actions; "" all
    std::string plan_open_key_;          // the action whose details are open

    // compare screen: the plans opened there, for this visit only
    std::vector<NamedPlan> compared_;

    // messages shown at the top of the screen (import errors, merge results)
    std::vector<std::string> messages_;
    bool messages_are_errors_ = false;
    PendingOpen pending_;
    bool confirm_new_ = false;           // "start a new audit" asked, waiting for the person's yes

    // saving
    bool dirty_ = false;
    double last_save_ms_ = -1e9;         // browser::now_ms() of the last save
    double wake_due_ms_ = -1e9;          // when the pending wake_after() for a save fires
    bool save_failed_ = false;
    std::string saved_at_;               // "14:02", shown in the status line
    std::string announce_;               // said by the live region after the frame

    float touch_scroll_px_ = 0;          // applied to the content at the next frame

    // display
    ThemeId theme_ = ThemeId::Light;
    float text_scale_ = 1.0f;
    bool theme_from_settings_ = false;
};

}  // namespace wa
