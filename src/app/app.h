// The app: the audit being worked on, which screen is showing, and the
// person's display settings. Screens are drawn by screen_*.cpp, one file each.
//
// Every change to the audit goes through mark_changed(); after the frame the
// audit is saved to the browser's store (web/storage.js) at once, and the
// status line says "Saved" only when the store has confirmed it. Several
// audits are kept; the Start screen lists them (app_store.cpp).
#pragma once
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "app/palette.h"
#include "core/audit.h"
#include "core/checklist.h"
#include "core/compare.h"
#include "core/config.h"
#include "core/edit.h"
#include "core/glance.h"
#include "core/plan.h"
#include "core/progress.h"
#include "core/scoring.h"

namespace wa {

// The audit's steps (the Steps navigation), then Compare, which needs no audit:
// it puts the plans branches send back side by side; then Progress (reached
// from Review): this audit beside the last one.
enum class Screen { Start, Library, Checklists, Audit, Review, Plan, Export, Compare, Progress };  // named as the Steps name them
constexpr int kScreenCount = 7;  // the steps; Compare is reached from Start, Progress from Review
constexpr int kPageSize = 25;    // rows of a long list shown at once (App::draw_pager)

// One item of the audit in walking order.
struct WalkStop {
    int checklist = 0, section = 0, item = 0;  // indexes into Audit::checklists
};

// The audit's items in walking order, and each "checklist/item" key's place in
// it; a question another checklist of the audit asks is left to that one.
void build_walk(const Audit& a, std::vector<WalkStop>& stops, std::map<std::string, int>& index);

// One audit kept in this browser, as the store lists it (web/storage.js).
struct StoredAudit {
    std::string id, name, library, branch, date, updated;  // updated: local time, as the page writes it
    std::vector<std::string> checklists;                   // titles
    int answered = 0, total = 0, photos = 0;
    bool unreadable = false;                                // kept as it was, could not be read
};

// What the store said about itself and what it holds.
struct StoreState {
    std::string backend = "memory";  // "indexeddb", "localstorage" or "memory"
    std::vector<StoredAudit> audits, deleted;
    double usage = -1, quota = -1;   // bytes; -1 when the browser does not say
    bool persisted = false;          // the browser agreed not to clear it on its own
    bool persist_prompt = false;     // asking for that makes the browser ask the person (Firefox)
    bool persist_refused = false;    // asked, and the browser (or the person) said no
    bool clears_after_a_week = false;  // Safari and WebKit, unless installed
};

// A notice about an audit that is not open here: open in another tab,
// taken over by one, or the one the app stopped on last time.
struct StoreNotice {
    enum Kind { None, Busy, TakenOver, FailedLastTime, Conflict } kind = None;
    std::string id, title;
};

// A file that was opened while an audit with answers is open: the person chooses.
struct PendingOpen {
    bool active = false;
    std::string file_name;
    Audit audit;
};

int answered_count(const Audit& a);
std::string file_stem_for(const std::string& library, const std::string& branch, const std::string& date);

// A checklist on offer on the Checklists screen. A shipped checklist is known by
// its catalog entry (made at build time by scripts/make_catalog.py: title,
// summary, item count) until someone chooses it: a hosted page then fetches its
// file (web/glue.js), the offline file reads it from inside the wasm. So the
// page's first load carries no checklist, and none twice (checklist_catalog.cpp).
struct CatalogEntry {
    enum class State { Listed, Loading, Loaded, Unavailable };
    std::string file;                  // beside the page: "checklists/welcome-behaviors.json"; "" when the person opened it
    std::string id, version, title, summary;
    int items = 0;
    State state = State::Listed;
    bool recommended = false;          // by the consortium (config.json): marked and ticked on Checklists
    std::string shipped_file;          // the English file of a shipped checklist ("" for others)
    std::vector<std::string> languages;  // translations beside it: "es" is checklists/es/<its name>
    Checklist checklist;               // when Loaded
};

class App {
    friend struct AppProbe;  // tests/app: puts the app on a screen or an item, as a person's clicks would
public:
    void start();
    void draw();
    void after_frame();
    // Asked after each frame by the main loop (main.cpp), which stops when
    // nothing is left to show: true when something set during this frame
    // shows only in the next (a screen or an item opened at its top, a
    // finger's scroll, an audit changed after part of it was drawn).
    bool wants_frame() const;
    // The main loop stopped: everything there was to show is on the canvas.
    void settled();

    // From the page (web/glue.js).
    void open_text(const std::string& file_name, const std::string& text, bool from_host);
    void checklist_unavailable(const std::string& file);  // a checklist's file could not be fetched
    std::string audit_json() const;
    std::string load_json_api(const std::string& text);
    void add_photo(const std::string& data_url);  // "" when the file was not a picture
    void add_compare_file(const std::string& file_name, const std::string& text);  // a branch's plan
    void open_previous_file(const std::string& file_name, const std::string& text);  // last year's audit or plan
    void save_shortcut();  // Ctrl+S / Cmd+S: download the audit file, as "Save the audit file" does
    void flush_save();     // the page is being left or hidden: save a pending change now
    void stray_typing();   // words typed on a button or a choice (mirror.js): say where typing goes
    void touch_scroll(float dy) { touch_scroll_px_ += dy; }  // a finger dragged the content by dy CSS pixels
    // From the store (web/storage.js): events as JSON ("saved", "list", "busy",
    // "lost", "error"), and the text of a stored audit asked for by store_do.
    void store_event(const std::string& json);
    void store_opened(const std::string& id, const std::string& purpose, const std::string& text);
    // A language's catalog fetched by the page (browser::fetch_language); ok false: it could not be.
    void language_arrived(const std::string& code, const std::string& file, const std::string& text, bool ok);

    float text_scale() const { return text_scale_; }
    ThemeId theme() const { return theme_; }

private:
    // screens
    void draw_header();
    void draw_start();
    void draw_library();
    void draw_library_kind(const Profile& p);  // which ADA title applies (core/law.h)
    void draw_checklists();
    void draw_audit();
    void draw_item_help(const Item& item);      // how to check, what good looks like, why, the law, words
    void draw_answers(Answer current);          // the five answers (and the shortcuts' switch)
    void draw_evidence(const Checklist& c, const Item& item);
    void draw_figures(const Checklist& c, const Item& item);  // measured or counted items (screen_audit_figures.cpp)
    void draw_review();
    void draw_plan();
    void draw_compare();
    void draw_branch_grid(const std::vector<NamedPlan>& plans);
    void draw_progress();
    void set_previous(PreviousAudit p, const std::string& title);  // p.empty(): stop comparing
    void draw_export();
    void draw_glossary();  // "Words used here": the terms the checklists keep (strings.h LawText)
    void draw_pending_open();
    void draw_messages();
    // A long list shown `kPageSize` rows at a time, with Previous/Next buttons
    // and a status line that says which rows are shown: every row can be
    // reached by keyboard and screen reader, and a frame stays cheap.
    // Returns the first row to show.
    int draw_pager(const char* id, const char* what, int* page, int rows);
    // What the screens show that follows from the audit alone, worked out when a
    // screen first needs it after a change (mark_changed), never every frame.
    // Kept for the whole frame: a change made while drawing shows next frame.
    const std::vector<PlanAction>& current_plan();
    const Scores& current_scores();
    const Glance& current_glance();
    const Progress& current_progress();
    void draw_display_settings();
    void draw_display_choices();  // themes and text size (behind a disclosure button on a narrow screen)
    void draw_stored_audits();
    void draw_stored_audit(const StoredAudit& s);
    void draw_store_notice();
    void draw_storage_info();
    void draw_keep_for_good();

    // Typed fields (fields.cpp): the typed text goes through a core setter
    // (core/edit.h); what it says (text cut at its length, a date refused or
    // read as a day) is shown under the field and said, and a refused text
    // stays in the field as typed. A value kept from a file that breaks a
    // rule (values_to_fix) is shown there too, with a way to fix it.
    using Setter = std::function<Edit(std::string_view)>;
    struct TypedFieldStyle {
        float height = 0;                  // 0: one line
        const char* hint = nullptr;        // read with the field
        const char* input_mode = nullptr;  // "date": the browser's date picker; "decimal": a figure
        const ValueToFix* fix = nullptr;   // the value kept breaks a rule: said at the field
        int max_chars = 0;                 // the rule's length (core/field_rules.h): the field stops there
    };
    bool typed_field(const char* id, const char* label, const std::string& value, const Setter& set,
                     const TypedFieldStyle& style);
    const ValueToFix* value_to_fix(const char* field, const std::string& key);
    void forget_field_notes();  // a new screen, item or audit: the last edits' notes are done with
    std::map<std::string, std::string> field_notes_;   // by field id: what the last edit said
    std::map<std::string, std::string> field_drafts_;  // by field id: a refused text, kept as typed

    // actions
    void go(Screen s);
    void mark_changed();
    void save_now();
    void save_settings();
    void open_store_at_start();
    void load_settings(const JsonNode& settings);
    std::string audit_summary_json() const;  // what the store's list shows of the open audit
    void begin_new_audit();
    // The audit becomes the open one; `id` "" gives it a new place in the store.
    void set_open_audit(Audit a, const std::string& id);
    void open_as_new(Audit a, const std::string& message);
    void externalize_photos(Audit& a);  // photos as data: URLs go to the store; the audit keeps references
    std::string stored_title(const StoredAudit& s) const;  // unique within the list
    std::string base_title(const StoredAudit& s) const;    // its name, or library, branch and date
    void rebuild_walk();
    // The audit as saved. Each checklist's part is kept between saves: with
    // 25 checklists (1,025 items) writing them took 12 ms of every save in the
    // browser, and a key pressed meanwhile waited a frame. They change only
    // with the audit's set of checklists, which always goes through rebuild_walk.
    std::string saved_audit_text(TextParts* parts = nullptr);  // parts: for the store (audit.h)
    std::vector<std::string> checklist_texts_;
    int checklists_version_ = 0;        // rebuild_walk() counts
    int checklist_texts_version_ = -1;  // the checklists_version_ checklist_texts_ were written for
    // the checklists on offer (checklist_catalog.cpp)
    void load_catalog();
    void add_to_catalog(Checklist c, const std::string& file, bool from_host);
    void request_checklist(size_t i);  // fetch (or read) a listed checklist's file, once
    std::string file_to_read(const CatalogEntry& e) const;  // in the app's language when it comes in it
    void forget_checklists_in_other_languages();
    void start_chosen();               // "Start the audit": waits for the chosen checklists' files
    void say_unavailable(const CatalogEntry& e);
    void update_to_catalog_versions();  // the open audit's checklists, to newer versions on offer
    void reset_choices();               // Checklists: only the consortium's recommended checklists ticked
    // the consortium's configuration, config.json beside the page (consortium.cpp)
    // {"file", "text"} or {"file", "error"} from the page (browser::page_config)
    void apply_page_config(const std::string& page_json);
    void add_config_checklists();       // the ones written inside config.json, after the catalog
    void draw_consortium();             // on Start: who hosts the page, whom to ask, where plans go
    void draw_send_plan_to();           // the consortium's address for plans, as text and a link
    void draw_config_problems();
    // the language (app/language.h; app_language.cpp)
    void start_language();                           // the page's pick, before anything is said
    void choose_language(const std::string& code);   // the choice on Start
    void draw_language_choice();
    void draw_versions();               // Start's footer: the app's and each checklist's version
    void set_messages(std::vector<std::string> lines, bool error);
    void offer_download_of_audit();
    void answer_current(Answer a);
    // What a walk stop points at (indexes into audit_.checklists).
    const Checklist& checklist_of(const WalkStop& w) const;
    const Item& item_of(const WalkStop& w) const;
    Answer answer_of(const WalkStop& w) const;
    void show_item(int pos);  // walk to an item: scroll to its top, keep the focus, announce it
    std::string item_announcement();  // "Item 5 of 40. The question. Your answer: Met. 12 of 40 answered."
    int next_unanswered_from(int pos);
    // Each walk stop's answer, in walk order, worked out again after any change
    // (mark_changed, rebuild_walk): the Audit screen counts answers three times a
    // frame (progress, "Next unanswered", each section's n/m), which with 1,000
    // items was 3,000 map lookups, a millisecond a frame in the browser.
    const std::vector<Answer>& walk_answers();
    std::string file_stem() const;

    Audit audit_;
    bool has_audit_ = false;
    std::string audit_id_;               // its key in the store
    std::string previous_id_;            // next year's audit: the audit it was started from
    StoreState store_;
    StoreNotice notice_;
    int frames_to_shown_ = 0;            // frames left until the opened audit counts as shown (never stuck)
    std::vector<CatalogEntry> catalog_;  // checklists on offer: shipped, then the host's
    Config config_;                      // the consortium's; empty when there is none or it is broken
    std::vector<std::string> config_problems_;  // what was wrong with it, said on Start
    std::vector<std::string> language_problems_;  // a language file's missing or refused texts, said on Start
    std::string language_setting_;               // chosen on Start and remembered; "": the page decides
    std::string language_loading_;               // a language being fetched (its code)
    std::string checklist_lang_;                 // the walked checklist's language when not the page's ("" when it is)
    // Each screen's own state, as ImGuiContext groups its sections: what a
    // screen remembers between frames lives in its struct, named as people
    // name the screen (its file: screen_<name>.cpp).
    struct StartScreen {
        std::string rename_id, rename_text;  // the audit being renamed
        std::string confirm_delete_id;       // the audit whose delete waits for a yes
    };
    struct ChecklistsScreen {
        std::vector<bool> chosen;            // parallel to catalog_
        bool starting = false;               // "Start the audit" pressed, waiting for checklist files
        std::set<std::string> pending_updates;  // checklist ids to update in the open audit when their file arrives
        std::string texts_asked;             // the file of the checklists' titles in this language, once asked for
    };
    struct AuditScreen {
        std::vector<WalkStop> stops;         // every item of the audit, in walking order
        std::map<std::string, int> index;    // "checklist/item" -> position in stops
        int pos = 0;
        std::string pending_item;            // item to resume at (from settings), applied by rebuild_walk()
        bool show_why = false;
        bool show_glossary = false;          // "Words used here"
        std::map<std::string, std::string> evidence_drafts;  // links being typed, by item key
        std::string evidence_error;          // why the last link or photo was not added
        std::string photo_checklist, photo_item;  // the item a photo button was pressed on
        std::map<std::string, std::string> measure_drafts;  // figures as typed, by item key (a half-typed one is kept)
        std::map<std::string, std::string> measure_units;   // the unit chosen for an item's figure, by item key
        std::string measure_error;           // why the figure typed was not taken
        std::pair<std::string, std::string> unit_question;  // item key, unit chosen: convert the figure, or relabel it?
        // Keys 1-5 answer and N, P, U move, when the person turns them on: off by
        // default, so text meant for a note, typed where the focus is not, never
        // changes an answer unseen (WCAG 2.1.4; issue 20). Remembered in the settings.
        bool number_keys = false;
    };
    struct PlanScreen {
        int filter = 0;                      // 0 all, 1 quick wins, 2 to do, 3 doing, 4 done
        std::string checklist;               // show one checklist's actions; "" all
        std::string open_key;                // the action whose details are open
        int page = 0;
    };
    struct CompareScreen {                   // the plans opened there, for this visit only
        std::vector<NamedPlan> plans;
        int grid_order = 0;                  // GridOrder (core/compare_grid.h)
        bool grid_sections = false;
        int grid_first = 0;                  // the first branch column shown (the rest are a page turn away)
    };
    StartScreen start_screen_;
    ChecklistsScreen checklists_screen_;
    // The audit part of the page's and the open audit's languages (language.h
    // report_words_file), fetched once a person leaves Start, not with the first
    // screen; the files asked for.
    void want_report_words();
    std::vector<std::string> report_words_asked_;
    AuditScreen audit_screen_;
    PlanScreen plan_screen_;
    CompareScreen compare_screen_;
    Screen screen_ = Screen::Start;
    bool screen_changed_ = true;
    bool item_changed_ = false;

    bool page_turned_ = false;           // a pager moved: the first row of the new page takes the focus
    std::map<std::string, int> gap_pages_;  // review: the page of each checklist's essential gaps
    int audit_version_ = 0;  // mark_changed() counts; what follows from the audit is worked out again
    struct Derived {
        int version = -1;  // the audit_version_ it was worked out for
        bool has_plan = false, has_scores = false, has_glance = false, has_progress = false, has_fixes = false;
        std::vector<ValueToFix> fixes;  // values kept that break a rule (core/edit.h)
        std::vector<PlanAction> plan;
        Scores scores;
        Glance glance;
        Progress progress;
    };
    Derived derived_;  // emptied by draw() when the audit changed since it was worked out
    // walk_answers(): not in Derived, as the walk may change in the middle of a
    // frame (an answer given, a checklist added) and the screen reads it after that.
    std::vector<Answer> walk_answers_;
    int walk_answers_version_ = -1;     // the audit_version_ it was worked out for
    int walk_answered_ = 0;             // stops with an answer

    // messages shown at the top of the screen (import errors, merge results)
    std::vector<std::string> messages_;
    bool messages_are_errors_ = false;
    bool messages_follow_ = false;       // set this frame: they go along to the screen the action opens
    void say_values_to_fix();            // an audit just opened keeps values that break a rule: list them
    PendingOpen pending_;

    // saving
    bool dirty_ = false;
    double last_save_ms_ = -1e9;         // browser::now_ms() of the last save
    double save_due_ms_ = -1e9;          // when the pending save_after() fires
    int save_seq_ = 0;                   // the last save asked of the store; its answer sets the status
    enum class SaveState { None, Saved, MemoryOnly, Failed } save_state_ = SaveState::None;
    std::string saved_at_;               // "14:02" (the page's local time), shown in the status line
    std::string announce_;               // said by the live region after the frame

    float touch_scroll_px_ = 0;          // applied to the content at the next frame

    // A narrow screen (a phone, or a tablet at 200% text): the header
    // scrolls away with the content, the display settings fold behind one
    // button, and an item's answers follow its question (App::draw).
    bool compact_ = false;
    bool display_open_ = false;          // the display settings are unfolded (compact only)
    float header_height_ = 0;            // of the header inside the content, when it scrolls with it

    // display
    ThemeId theme_ = ThemeId::Light;
    float text_scale_ = 1.0f;
    bool theme_from_settings_ = false;
};

}  // namespace wa
