// All text the app shows, in one place, ready for translation: a translation
// is another UiText instance. Strings with %d / %s are printf formats; keep the
// same placeholders in the same order when translating.
#pragma once
#include <string>
#include <vector>

namespace wa {

struct UiText {
    const char* app_name;
    const char* tagline;
    const char* intro;
    const char* privacy;
    // navigation
    const char* steps_label;
    const char* step_names[7];
    const char* display_label;
    const char* theme_names[3];
    const char* text_size;
    const char* smaller_text;
    const char* larger_text;
    // start
    const char* resume_button;
    const char* new_audit;
    const char* open_file;
    const char* open_file_hint;
    // profile
    const char* profile_title;
    const char* profile_help;
    const char* library_name;
    const char* branch_name;
    const char* audit_date;
    const char* audit_date_hint;
    const char* auditor_roles;
    const char* auditor_roles_hint;
    const char* continue_button;
    const char* back_button;
    // choose
    const char* choose_title;
    const char* choose_help;
    const char* checklist_meta;       // "%d items, about %d minutes"
    const char* from_host;
    const char* start_audit;
    const char* choose_none;
    const char* choose_loading;       // while the chosen checklists' files arrive
    const char* checklist_unavailable;  // "%s could not be loaded ..."
    // walk
    const char* walk_title;
    const char* item_of;              // "Item %d of %d"
    const char* answered_of;          // "%d of %d answered"
    const char* how_to_check;
    const char* looks_like;
    const char* why_matters;
    const char* show_why;             // a disclosure button: aria-expanded says whether it is open
    const char* your_answer;
    const char* answer_names[5];      // met, partly, not met, n/a, not sure
    const char* number_keys;
    const char* note_label;
    const char* note_hint;
    const char* evidence_heading;
    const char* evidence_link_label;
    const char* evidence_link_hint;
    const char* evidence_add;
    const char* evidence_remove;      // "Remove"
    const char* evidence_remove_name; // "Remove %s"
    const char* evidence_photo;       // "Photo %d, %s": an image, listed by number and size
    const char* evidence_add_photo;
    const char* evidence_photo_hint;
    const char* evidence_photo_added;
    const char* evidence_not_photo;
    const char* evidence_photo_too_big;
    const char* evidence_bad_link;
    const char* evidence_link_too_long;
    const char* evidence_full;
    const char* evidence_added;
    const char* evidence_removed;
    const char* previous;
    const char* next;
    const char* next_unanswered;
    const char* all_answered;
    const char* sections_label;
    const char* essential_tag;
    const char* weight_label;         // "Impact: %s"
    const char* weight_names[3];
    // review
    const char* review_title;
    const char* review_help;
    const char* overall;
    const char* not_scored_yet;
    const char* counts_line;          // "%d met, %d partly, %d not met, %d not applicable, %d not sure yet, %d unanswered"
    const char* essential_gaps;
    const char* no_essential_gaps;
    const char* to_plan;
    // review: the summary at a glance (core/glance.h)
    const char* glance_title;
    const char* glance_chart;          // the chart's caption, also the mirror table's
    const char* glance_columns[4];     // Checklist, Score, Answered, Essential gaps
    const char* glance_answered;       // "%d of %d"
    const char* glance_beside;         // "%s, %d of %d answered, essential gaps: %d"
    const char* glance_gaps;           // "Essential gaps (%d)"
    const char* glance_more_gaps;      // "And %d more, listed by checklist below."
    const char* glance_wins;
    const char* glance_no_wins;
    const char* glance_all_wins;       // "%d quick wins in all; the plan lists every one."
    const char* glance_open;
    const char* glance_open_line;      // "%s: %d not answered, %d not sure yet"
    const char* glance_all_answered;
    const char* glance_measured;
    const char* details_title;
    // plan
    const char* plan_title;
    const char* plan_help;
    const char* plan_empty;
    const char* filter_label;
    const char* filter_names[5];
    const char* checklist_filter_label;
    const char* action_meta;          // "%s · %s · %s"
    const char* owner;
    const char* due;
    const char* due_hint;
    const char* status_label;
    const char* status_names[3];      // todo, doing, done
    const char* cost_names[4];        // in the order of wa::Cost: none, under $100, $100-1,000, over $1,000
    const char* effort_names[3];      // in the order of wa::Effort: hours, days, weeks
    const char* cost_estimate;
    const char* notes;
    const char* quick_win;
    const char* find_out;
    const char* shown_of;             // "Showing %d of %d actions"
    // export
    const char* export_title;
    const char* export_help;
    const char* save_audit_file;
    const char* save_audit_hint;
    const char* export_plan_json;
    const char* export_csv;
    const char* export_html;
    const char* export_md;
    const char* copy_summary;
    const char* copied;
    const char* copy_failed;
    const char* downloaded;           // "Downloaded %s"
    // saving
    const char* saved_at;             // "Saved on this computer at %s"
    const char* not_saved;
    const char* download_now;
    const char* nothing_to_save;
    // compare
    const char* compare_title;
    const char* compare_intro;            // on the Start screen
    const char* compare_button;           // Start: go to Compare
    const char* compare_help;
    const char* compare_add;
    const char* compare_add_hint;
    const char* compare_files;            // "Plans opened (%d)"
    const char* compare_added;            // "Added %s to the comparison."
    const char* compare_not_plan;         // "%s is a checklist, not a plan: ..."
    const char* compare_versions_differ;
    const char* compare_download_csv;
    const char* compare_download_md;
    const char* compare_clear;
    const char* compare_back;
    // open
    const char* open_problem;         // "%s could not be opened:"
    const char* open_ok;              // "Opened %s."
    const char* open_choice;          // "%s is an audit. You already have an audit open with %d answers."
    const char* replace;
    const char* merge;
    const char* cancel;
    const char* replace_hint;
    const char* merge_hint;
    const char* plan_opened;          // "%s is a plan ..."
    const char* checklist_added;      // "Added the checklist %s."
    const char* dismiss;
    const char* plan_without_audit;
    const char* merge_result;         // "%d answers added, %d replaced by newer ones, %d checklists added."
    const char* use_suggested_owner;  // "Owner: %s"
    const char* saved_suffix;         // appended to announcements of a change: " Saved."
    // the audits kept in this browser (Start screen)
    const char* audits_title;         // "Your audits in this browser (%d)"
    const char* audits_none;
    const char* audit_untitled;
    const char* audit_meta;           // "%s · %d of %d answered · %d photos · changed %s"
    const char* audit_open_now;       // shown after the title of the audit open now
    const char* audit_open;
    const char* audit_rename;
    const char* audit_rename_label;   // "New name for %s"
    const char* audit_rename_save;
    const char* audit_duplicate;
    const char* audit_copy_name;      // "%s (copy)"
    const char* audit_next_year;
    const char* audit_save_file;
    const char* audit_delete;
    const char* audit_delete_confirm; // "Delete %s? ..."
    const char* audit_delete_yes;
    const char* audit_action_name;    // "%s: %s", an action and the audit it acts on (accessible names)
    const char* deleted_title;        // "Recently deleted (%d)"
    const char* deleted_hint;
    const char* audit_restore;
    const char* audit_deleted;        // "%s was deleted. ..."
    const char* audit_restored;       // "%s was restored."
    const char* audit_renamed;        // "Renamed to %s."
    const char* audit_duplicated;     // "A copy of %s was added to the list."
    const char* next_year_started;    // "%s"
    const char* open_as_new_hint;
    // where the work is kept
    const char* storage_title;
    const char* storage_idb;
    const char* storage_local;
    const char* storage_memory;
    const char* storage_usage;        // "In use: %s of the %s this browser allows."
    const char* storage_persisted;
    const char* storage_not_persisted;
    const char* storage_safari;
    // two tabs, a conflict, a start after a failure
    const char* busy_elsewhere;       // "%s is open in another tab or window. ..."
    const char* take_over;
    const char* taken_over;           // "%s was opened in another tab or window, ..."
    const char* take_back;
    const char* save_conflict;
    const char* save_mine;
    const char* failed_last_time;     // "Welcome Audit stopped while it was opening %s ..."
    const char* open_anyway;
    const char* saved_memory;
    const char* migrated;             // "%d"
    const char* opening;              // "Opening %s…"
    // long lists in pages (plan actions, essential gaps)
    const char* page_of;              // "%d to %d of %d"
    const char* page_previous;        // "Previous %d"
    const char* page_next;            // "Next %d"
    const char* page_list_name;       // "%s: %s", e.g. "Actions: Next 25"
    const char* actions_word;
    const char* gaps_word;
    // items that measure or count themselves (screen_audit_figures.cpp)
    const char* measure_heading;
    const char* measure_unit;         // "Unit"
    const char* measure_unit_group;   // "Unit for %s"
    const char* measure_label;        // "Measured %s, in %s"
    const char* measure_hint;
    const char* measure_not_number;
    const char* rule_label;           // "Rule: %s"
    const char* tally_heading;
    const char* tally_question;       // "%s: %s?"
    const char* tally_add_yes;        // "+ Yes (%d)"
    const char* tally_add_no;         // "+ No (%d)"
    const char* tally_add_yes_name;   // "Yes: add one, %s (%d so far)": starts with the visible word (WCAG 2.5.3)
    const char* tally_add_no_name;    // "No: add one, not %s (%d so far)"
    const char* tally_undo_yes;
    const char* tally_undo_no;
    const char* tally_none;
    const char* tally_counts;         // "Yes %d, no %d: %d%% yes of %d observed."
    const char* suggestion_none;
    const char* use_suggestion;       // "Use the suggested answer: %s"
    const char* override_note;
    const char* compare_figures;
    const char* compare_not_measured;
};

const UiText& tr();

// Results views (progress since the last audit, branches at a glance): kept
// apart from UiText so the views' text can grow without touching its long list.
struct ResultsText {
    const char* progress_title;
    const char* progress_button;
    const char* progress_help;
    const char* progress_none;
    const char* progress_open_file;
    const char* progress_open_hint;
    const char* progress_stored_title;
    const char* progress_use_stored;
    const char* progress_what_changed;
    const char* progress_table_label;
    const char* col_section;
    const char* col_score;
    const char* progress_then_now;
    const char* col_items;
    const char* progress_counts;
    const char* progress_counts_open;
    const char* progress_counts_unknown;
    const char* progress_items_title;
    const char* progress_item_line;
    const char* progress_moved;
    const char* progress_no_items;
    const char* progress_new_checklist;
    const char* progress_done_title;
    const char* progress_done_then;
    const char* progress_done_since;
    const char* progress_forget;
    const char* progress_forgotten;
    const char* progress_set;
    const char* progress_not_audit;
    const char* progress_back;
    const char* no_score;
    const char* not_answered;
    const char* grid_title;
    const char* grid_help;
    const char* grid_order_label;
    const char* grid_order_opened;
    const char* grid_order_name;
    const char* grid_order_high;
    const char* grid_order_low;
    const char* grid_sections;
    const char* grid_caption;
    const char* grid_page;
    const char* grid_prev;
    const char* grid_next;
    const char* grid_corner;
    const char* grid_csv;
    const char* grid_html;
    const char* grid_ordered;
    const char* grid_library;
};

const ResultsText& tr_results();

// The text around a consortium's configuration (config.json) and the
// versions on Start: its own struct, so that it grows without reordering UiText.
struct ConfigText {
    const char* contact_heading;      // "Questions"
    const char* send_plan_email;      // "When your plan is ready, email it to this address:" (the link follows)
    const char* send_plan_web;        // "When your plan is ready, send it through this page:"
    const char* send_plan_note;       // nothing is sent by the app
    const char* recommended_list;     // "%s recommends: %s."
    const char* recommended_mark;     // "%s (recommended)"
    const char* config_broken;        // "%s could not be used, so Welcome Audit starts with its usual settings. ..."
    const char* config_notes;         // "Notes about %s, for whoever looks after this page:"
    const char* offered_unknown;      // "%s offers the checklist \"%s\", which this version of Welcome Audit does not have."
    const char* language_missing;     // "%s asks for the language \"%s\"; this version has only English, so it is used."
    const char* own_unavailable;      // "The consortium's checklist %s could not be read."
    const char* versions_app;         // "Welcome Audit, version %s"
    const char* versions_checklists;  // "Checklists on offer:", then one line each
    const char* versions_audit;       // "Checklists in the open audit:"
    const char* versions_item;        // "%s, version %s" (title, version)
};
const ConfigText& tr_config();

// What the app says about what people type and choose (fields.cpp, the
// walk's figures, the plan): its own struct, like ConfigText.
struct EntryText {
    const char* date_read_as;         // "Read as %s." (a date typed in another form)
    const char* date_use;             // "Use %s" (a date kept in words that reads as one day)
    const char* unit_question;        // "The figure %s was typed in %s. Convert it, or was it measured in %s?"
    const char* unit_convert;         // "Convert to %s"  (the converted figure with its unit)
    const char* unit_relabel;         // "It was %s"      (the same number in the other unit)
    const char* unit_converted;       // "Converted: %s."
    const char* unit_relabelled;      // "Kept as %s."
    const char* figure_negative;      // "A measurement cannot be below zero."
    const char* figure_too_large;     // "%s is far more than this item measures; check the figure."
    const char* suggestion_said;      // "The figure suggests %s: %s"
    const char* owner_suggested;      // "Suggested owner: %s"
    const char* owner_use;            // "Use the suggestion"  (its name says which)
    const char* owner_use_name;       // "Use the suggested owner: %s"
    const char* action_owner_due;     // "Owner: %s · Due: %s"
    const char* action_no_owner;      // "no owner yet"
    const char* action_no_due;        // "no date yet"
    const char* fixes_heading;        // "Values to check"
    const char* fixes_intro;          // "This audit opened, but these values break a rule ..."
    const char* stray_typing;         // words typed on a button or an answer: where typing goes
};
const EntryText& tr_entry();

// Which ADA title the library answers to (core/law.h), which file to send, and
// the words the checklists use: its own struct, so that it grows without reordering UiText.
struct LawText {
    const char* kind_label;           // "What kind of library is this?"
    const char* kind_names[3];        // public (Title II), private (Title III), not sure
    const char* kind_help;            // how to tell
    const char* which_file_heading;   // "Which file to send"
    const char* which_file;           // the audit file or the plan, and when
    const char* glossary_button;      // "Words used here": a disclosure button
    const char* glossary_heading;
    struct Term {
        const char* term;
        const char* meaning;
    };
    Term glossary[14];
};
const LawText& tr_law();

// What a screen reader hears beyond what a screen shows (the item reached,
// its answer), and keeping the store for good: its own struct, so that it
// grows without reordering UiText.
struct StatusText {
    const char* item_unanswered;      // "Not answered yet."
    const char* item_answered;        // "Your answer: %s."
    const char* keep_button;          // "Keep my audits when the browser cleans up storage"
    const char* keep_hint;            // what it does, and that the browser will ask
    const char* keep_refused;         // the browser said no (or the person did)
    const char* persist_at_first_save;  // browsers that decide by themselves: asked at the first save
    const char* current_step;         // said with the Steps' current button: "Current step"
};
const StatusText& tr_status();

// In the field on a tablet or a phone (issue 21): photos from the camera,
// and the narrow screen's header. Its own struct, like EntryText.
struct FieldText {
    const char* take_photo;           // "Take a photo": a phone's or tablet's camera
    const char* take_photo_hint;
    const char* photo_privacy;        // what this device does to a photo before it is kept
    const char* display_button;       // a disclosure button for the themes and text size (narrow screens)
};
const FieldText& tr_field();

// Languages (app/language.h): the choice on Start and what Start's list of
// problems says about a language file. Its own struct, like FieldText.
struct LanguageText {
    const char* choice_label;         // "Language / Idioma": the same in every language
    const char* missing;              // "%s: %d of %d texts are not translated yet, so they show in English."
    const char* refused;              // "%s: %d translations were not used ..." then one line each
    const char* unreadable;           // "The language file %s could not be read, so English is used."
    const char* loading;              // "Loading %s\u2026"
    // The reports' words (lang/<code>.reports.json) for the audit's language, on Export
    const char* report_words_loading; // "Getting the report's words in %s\u2026"
    const char* report_words_failed;  // "... could not be fetched, so this audit's reports are in English."
};
const LanguageText& tr_language();

// Applies a language's catalog to every struct above (strings_en.cpp): each
// text becomes its translation, or stays English when it has none.
class Translator;
void translate_strings(Translator& t);
// The exports' words (core/words.h and core/report_words.h) looked up in a catalog.
struct ExportWords;
ExportWords translated_export_words(Translator& t);
// The audit part of a language (lang/<code>.reports.json, fetched once a person
// leaves Start, docs/languages.md): EntryText, ResultsText and LawText, applied
// by this, then the exports' words (core/words.h, report_words.h); its English
// texts in that order.
void translate_audit_strings(Translator& t);
std::vector<std::string> audit_part_texts();

}  // namespace wa
