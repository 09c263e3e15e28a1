#include "app/strings.h"

#include <cstring>
#include <type_traits>

#include "core/language.h"
#include "core/report_words.h"
#include "core/words.h"

namespace wa {
namespace {

const UiText kEnglish = {
    "Welcome Audit",
    "Inclusion and accessibility self-audits for public libraries",
    "Walk through a checklist with your team, one question at a time. Your answers become an "
    "improvement plan: what to fix, who owns it, by when and at what cost, quick wins first.",
    "Private by design: everything stays on this computer, in this browser. Nothing is sent anywhere. "
    "Do not write patrons' names or personal details in notes.",
    // navigation
    "Steps",
    {"Start", "Library", "Checklists", "Audit", "Review", "Plan", "Save and export"},
    "Display",
    {"Light", "Dark", "High contrast"},
    "Text size",
    "Smaller text",
    "Larger text",
    // start
    "Continue the audit",
    "Start a new audit",
    "Open a file",
    "An audit or plan file (.json) saved from Welcome Audit, or a checklist from your consortium.",
    // profile
    "About your library",
    "This goes at the top of your plan. Use roles, not names, for the people doing the audit.",
    "Library system",
    "Branch",
    "Date of the audit",
    "Choose the day from the calendar, or type it (for example 5/15/2026).",
    "Who is auditing (roles, one per line)",
    "For example: Branch manager, Children's librarian.",
    "Continue",
    "Back",
    // choose
    "Choose checklists",
    "Pick the self-audits to do now. You can add more later; answers are kept.",
    "%d items, about %d minutes",
    "Added by your library system",
    "Start the audit",
    "Choose at least one checklist to start.",
    "Loading the chosen checklists\xE2\x80\xA6",
    "The checklist \"%s\" could not be loaded from the website. Check the internet connection and "
    "press Start the audit again. Nothing you entered is lost.",
    // walk
    "Audit",
    "Item %d of %d",
    "%d of %d answered",
    "How to check",
    "What good looks like",
    "Why it matters",
    "Why it matters",
    "Your answer",
    {"Met", "Partly met", "Not met", "Not applicable", "Not sure yet"},
    "Single-key shortcuts (off unless you turn them on): 1 to 5 answer, N next, P previous, U next unanswered",
    "Note (optional)",
    "What you saw, measured or heard. No patrons' names.",
    "Evidence: links and photos",
    "Link to a photo, document or page (optional)",
    "A web address starting with https://, for example a shared photo album. No photos of patrons.",
    "Add link",
    "Remove",
    "Remove %s",
    "Photo %d, %s",
    "Choose photos",
    "A picture of the space, a sign or a display, shrunk to fit in the audit file. "
    "Never photograph patrons.",
    "Photo added.",
    "That file could not be read as a picture. Choose a JPEG, PNG, GIF or WebP photo.",
    "That photo is too large even after shrinking it. Try a smaller picture.",
    "That is not a web address. It must start with https:// (or http://) and have no spaces.",
    "That web address is longer than 2,000 characters, more than an audit keeps. Use a shorter "
    "address for the same page, for example a shared album's short link.",
    "This item already has 100 pieces of evidence; remove one before adding another.",
    "Link added.",
    "Link removed.",
    "Previous",
    "Next",
    "Next unanswered",
    "Every item has an answer. Well done! Go to Review to see your scores.",
    "Sections",
    "Essential",
    "Impact: %s",
    {"some", "high", "very high"},
    // review
    "Review",
    "Scores count met as full credit and partly met as half, weighted by impact. "
    "Not applicable, not sure yet and unanswered items are left out of the score and counted below.",
    "Overall",
    "not scored yet",
    "%d met, %d partly, %d not met, %d not applicable, %d not sure yet, %d unanswered",
    "Essential items not fully met (Not met or Partly met)",
    "No essential gaps among the answered items.",
    "Go to the plan",
    // review: the summary at a glance
    "Summary at a glance",
    "Scores: each bar runs from 0 to 100%, with a mark at every quarter",
    {"Checklist", "Score", "Answered", "Essential gaps"},
    "%d of %d",
    "%s, %d of %d answered, essential gaps: %d",
    "Essential gaps (%d)",
    "And %d more, listed by checklist below.",
    "Top quick wins: no cost, a few hours",
    "None: no action left to do costs nothing and takes only hours.",
    "%d quick wins in all; the plan lists every one.",
    "Not yet answered",
    "%s: %d not answered, %d not sure yet",
    "Every item has an answer.",
    "Measured figures",
    "Scores in detail",
    // plan
    "Improvement plan",
    "Quick wins first: high impact, no or low cost, done in hours. Give each action an owner and a date.",
    "Nothing to plan yet: answer items as not met, partly met or not sure yet and they appear here.",
    "Show",
    {"All", "Quick wins", "To do", "Doing", "Done"},
    "Checklist",
    "%s · %s · %s",
    "Owner (a role)",
    "Due date",
    "Choose the day from the calendar, or type it (for example 1/31/2027).",
    "Status",
    {"To do", "Doing", "Done"},
    {"No cost", "Under $100", "$100 to $1,000", "Over $1,000"},
    {"Hours", "Days", "Weeks"},
    "Cost estimate",
    "Notes",
    "Quick win",
    "Find out",
    "Showing %d of %d actions",
    // export
    "Save and export",
    "Save the audit file to continue on another computer or to send it to your library system. "
    "Export the plan to share it.",
    "Save the audit file (.json)",
    "Keeps everything: answers, notes, evidence and the plan. Open it here again later.",
    "Plan as JSON (for your library system)",
    "Plan as a spreadsheet (.csv)",
    "Printable report (.html)",
    "Plan as text (Markdown, .md)",
    "Copy a summary",
    "Summary copied to the clipboard.",
    "Could not copy. Your browser blocked the clipboard.",
    "Downloaded %s",
    // saving
    "Saved on this computer at %s",
    "Not saved: this browser's storage is full or turned off. Download the audit file to keep your work.",
    "Download the audit file",
    "There is no audit to save yet: start a new audit or open a file first.",
    // compare
    "Compare branches",
    "For library systems: put the plans your branches send back side by side.",
    "Compare branches' plans",
    "Open the plan files (or audit files) your branches exported. For each checklist you see every "
    "branch's score, its essential gaps and how much of its plan is done. The files stay on this "
    "computer and are not kept after you close the page.",
    "Add plan files",
    "Choose one or more .json files exported with \"Plan as JSON\" or \"Save the audit file\".",
    "Plans opened (%d)",
    "Added %s to the comparison.",
    "%s is a checklist, not a plan or an audit, so it cannot be compared.",
    "The branches used different versions of this checklist: compare these scores with care.",
    "Download the comparison (spreadsheet, .csv)",
    "Download the comparison (text, Markdown .md)",
    "Clear the comparison",
    "Back to start",
    // open
    "%s could not be opened. Nothing was changed.",
    "Opened %s.",
    "%s is an audit. You already have an audit open with %d answers. What should happen?",
    "Open it as its own audit",
    "Merge the file into my audit",
    "Cancel",
    "Your current audit stays in the list of audits kept in this browser.",
    "Answers from both are kept; where both answered the same item, the newer answer wins.",
    "%s is an improvement plan. Its owners, dates and statuses were copied into your audit's plan (%d actions).",
    "Added the checklist %s.",
    "Dismiss",
    "This is an improvement plan, not an audit. To continue an audit, open its audit file "
    "(saved with \"Save the audit file\"). To change a plan, first open the audit it came from.",
    "%d answers added, %d replaced by newer ones, %d checklists added.",
    "Owner: %s",
    " Saved.",
    // the audits kept in this browser
    "Your audits in this browser (%d)",
    "No audit is kept in this browser yet. Start a new one, or open an audit file.",
    "Audit without a library name",
    "%s · %d of %d answered · %d photos · changed %s",
    "(open now)",
    "Open",
    "Rename",
    "New name for %s",
    "Save the name",
    "Duplicate",
    "%s (copy)",
    "Start next year's audit from this one",
    "Save to a file",
    "Delete",
    "Delete %s? It stays under Recently deleted for 30 days, in case you change your mind.",
    "Yes, delete it",
    "%s: %s",
    "Recently deleted (%d)",
    "Deleted audits are kept here for 30 days, then removed for good.",
    "Restore",
    "%s was deleted. You can restore it under Recently deleted for 30 days.",
    "%s was restored.",
    "Renamed to %s.",
    "A copy of %s was added to the list.",
    "Next year's audit has started: same library and checklists, nothing answered yet. "
    "Last year's audit (%s) stays in the list to compare with.",
    "Your current audit stays in the list of audits kept in this browser.",
    // where the work is kept
    "Where your work is kept",
    "Audits and photos are kept in this browser, on this device, and saved after every change. "
    "Nothing is sent anywhere.",
    "This browser gives Welcome Audit only a small store (about 5 MB, roughly 25 photos) and may not "
    "keep it. Save the audit file often.",
    "This browser does not let Welcome Audit keep anything (storage is turned off or refused). "
    "Your work is lost when this page closes: save the audit file before you close it.",
    "In use: %s of the %s this browser allows.",
    "The browser has agreed to keep this data even when the disk runs low.",
    "The browser may clear this data on its own when the disk runs low, and a private window "
    "loses everything when it closes. Save the audit file to keep a copy elsewhere.",
    "Safari removes a site's saved data after 7 days without a visit, unless the page was added to "
    "the Home Screen. Open Welcome Audit at least once a week, or save the audit file.",
    // two tabs, a conflict, a start after a failure
    "%s is open in another tab or window. An audit is open in one place at a time, so that "
    "neither overwrites the other's answers.",
    "Open it here instead",
    "%s was opened in another tab or window, so it was closed here. Everything entered here was "
    "saved first.",
    "Open it here again",
    "This audit was changed in another tab or window after it was opened here, so the latest change "
    "made here was not saved over it.",
    "Save my version as a file",
    "Welcome Audit stopped while it was opening %s last time, so it did not open it again by itself. "
    "Its answers are still kept in this browser.",
    "Try to open it again",
    "Not kept: this browser allows no storage. Save the audit file before you close the page.",
    "Your audit was moved to the browser's larger store (%d kept). Nothing was lost.",
    "Opening %s…",
    // long lists in pages
    "Showing %d to %d of %d",
    "Previous %d",
    "Next %d",
    "%s: %s",
    "Actions",
    "Essential gaps",
    // items that measure or count themselves
    "Measure it",
    "Unit",
    "Unit for %s",
    "Measured %s (unit: %s)",
    "Type the figure as you read it, like 8 or 8.5, in the unit chosen above.",
    "Type the figure as a number, like 8 or 8.5. The figure entered before is still kept.",
    "Rule: %s.",
    "Count as you watch",
    "%s: %s?",
    "+ Yes (%d)",
    "+ No (%d)",
    "Yes: add one, %s (%d so far)",
    "No: add one, not %s (%d so far)",
    "Take back a yes",
    "Take back a no",
    "Nothing counted yet.",
    "Yes %d, no %d: %d%% yes of %d observed.",
    "Measure or count first: the rule then suggests an answer here.",
    "Use the suggested answer: %s",
    "Your answer differs from the suggestion. It is kept as you chose it, and the plan and "
    "exports show both; a note saying why helps whoever reads the plan.",
    "Measured and counted",
    "not measured",
};

const ConfigText kConfigEnglish = {
    "Questions",
    "When your plan is ready, email it to this address:",
    "When your plan is ready, send it through this page:",
    "Welcome Audit sends nothing by itself: save the plan on the Save and export step, then send the file.",
    "%s recommends: %s.",
    "%s (recommended)",
    "This page's settings file (%s) could not be used, so Welcome Audit starts with its usual settings. "
    "Your audits are not affected. Please tell whoever looks after this page what is wrong:",
    "Notes about this page's settings file (%s), for whoever looks after this page:",
    "%s offers the checklist \"%s\", which this version of Welcome Audit does not have.",
    "%s asks for the language \"%s\", which this page does not have, so English is used.",
    "The consortium's checklist %s could not be read.",
    "Welcome Audit, version %s",
    "Checklists on offer:",
    "Checklists in the open audit:",
    "%s, version %s",
};

const StatusText kStatusEnglish = {
    "Not answered yet.",
    "Your answer: %s.",
    "Keep my audits when the browser cleans up storage",
    "When the disk runs low, a browser may delete what sites keep, audits included. This button asks this "
    "browser to keep your audits; it asks you to allow it.",
    "The browser will not keep your audits for good, so it may delete them when the disk runs low. "
    "Save the audit file to keep a copy elsewhere.",
    "At the first save, Welcome Audit asks the browser to keep your audits for good, so that they "
    "are not cleared to make room.",
    "Current step",
};

}  // namespace


namespace {
const EntryText kEntryEnglish = {
    "Read as %s.",
    "Use %s",
    "The figure %s was typed in %s. Convert it, or was it measured in %s?",
    "Convert to %s",
    "It was %s",
    "Converted: %s.",
    "Kept as %s.",
    "A measurement cannot be below zero: check the figure.",
    "%s is far more than this item measures: check the figure and its unit.",
    "The figure suggests %s: %s.",
    "Suggested owner: %s",
    "Use the suggestion",
    "Use the suggested owner: %s",
    "Owner: %s \xC2\xB7 Due: %s",
    "no owner yet",
    "no date yet",
    "Values to check",
    "This audit opened, but these values were kept as they were written and break a rule. "
    "Nothing was lost: fix each one where it is shown.",
    "Keys typed here go nowhere: the focus is on a button or an answer, not in a field. Tab moves on to the next field.",
};
}  // namespace


namespace {
const ResultsText kResultsEnglish = {
    "Progress since the last audit",
    "Progress since the last audit",
    "This audit beside the last one: per checklist and section, which items got better, stayed the same or got worse, which were answered for the first time, and which plan actions were done. Items are matched by their question, also when a new checklist version moved or merged questions.",
    "There is no earlier audit to compare with yet. Open last year's audit or plan file, or choose one of the audits kept in this browser.",
    "Open last year's audit or plan file",
    "An audit file (.audit.json) gives the full picture; a plan file (.plan.json) knows only the items that needed action.",
    "Audits kept in this browser",
    "Compare with %s",
    "What changed",
    "%s: sections, last time and now",
    "Section",
    "Score",
    "%s then, %s now",
    "Items",
    "%d better, %d the same, %d worse, %d answered for the first time",
    ", %d not answered yet",
    ", %d not in last year's plan",
    "Items that changed",
    "%s: %s (%s then, %s now)",
    "%s Last time this was the question \"%s\".",
    "No item changed its answer.",
    "This checklist was not in the last audit.",
    "Plan actions done",
    "Done from last year's plan: %d",
    "Done since this audit began: %d",
    "Stop comparing with the last audit",
    "This audit is no longer compared with %s.",
    "This audit is now compared with %s.",
    "%s is a checklist, not an audit or a plan. Open last year's audit or plan file.",
    "Back to Review",
    "no score",
    "not answered",
    "Branches at a glance",
    "Each column is a branch, each row a checklist. A cell gives the score, a word for how it stands (Good: 80 to 100%; Fair: 50 to 79%; Low: under 50%) and the essential items not fully met.",
    "Order the branches",
    "As opened",
    "By name, A to Z",
    "By score, highest first",
    "By score, lowest first",
    "Show sections",
    "Branches at a glance, %s; branches %d to %d of %d",
    "Showing branches %d to %d of %d, %s.",
    "Previous branches",
    "Next branches",
    "Checklist",
    "Download the grid (spreadsheet, CSV)",
    "Download the grid as a printable page (HTML)",
    "Branches ordered %s.",
    "Every branch is part of %s.",
};
}  // namespace


namespace {
const LawText kLawEnglish = {
    "What kind of library is this?",
    {"Public: run by a city, county, library district or state (ADA Title II)",
     "Private or nonprofit, not part of a government (ADA Title III)",
     "Not sure"},
    "This decides which part of the Americans with Disabilities Act (ADA) the legal items are read against. "
    "A library is public when it is part of a government: it runs on public money, its staff are government "
    "employees, or its board is elected by voters or appointed by officials. Otherwise it is private, as many "
    "association libraries are. "
    "If you are not sure, items show what differs for a private library, and the report says so.",
    "Which file to send",
    "Send the audit file (.json) when someone will continue or check this audit: it holds everything. "
    "Send the plan as JSON only when your library system asks for plans, for example to compare branches. "
    "If in doubt, send the audit file.",
    "Words used here",
    "Words used here",
    {{"lbf", "Pounds of force: what a door pressure gauge reads. 5 lbf is about 22 newtons."},
     {"N", "Newtons: the metric unit of force. 22.2 N is 5 pounds of force."},
     {"in, ft, mm", "Inches, feet and millimetres. Each figure is given in both: 36 in (915 mm)."},
     {"ADA", "The Americans with Disabilities Act, the US law on the rights of people with disabilities."},
     {"Title II, Title III", "Title II covers state and local governments, so public libraries. Title III covers "
                             "private places open to the public, so private and nonprofit libraries."},
     {"CFR", "The Code of Federal Regulations. \"28 CFR 35.107\" is section 107 of part 35 in title 28: the ADA "
             "rule for state and local governments."},
     {"2010 Standards", "The 2010 ADA Standards for Accessible Design. Numbers such as 405.2 are its sections."},
     {"Readily achievable", "Easy to do without much difficulty or expense: what Title III asks of barrier removal "
                            "in an existing building."},
     {"WCAG 2.1 AA", "The Web Content Accessibility Guidelines, version 2.1, level AA: the yardstick for an "
                     "accessible website."},
     {"H.E.A.T.", "Hear them out, empathize, apologize, thank: four steps for an upset patron."},
     {"Relay call, 711", "A call through an operator or a video interpreter for a Deaf, hard of hearing or "
                         "speech-disabled caller. 711 reaches a relay service."},
     {"Partly met", "Some of the way there. A count or a measure between the two lines of an item's rule."},
     {"A small sample", "Fewer than 30 people or things counted. The real share may be well above or below "
                        "what you saw; the app says the likely range."},
     {"Priority", "A number from 1 to 72 that orders the plan: higher for heavy, essential and unmet items, "
                  "and for cheap, quick fixes."}},
};
}  // namespace


namespace {
const FieldText kFieldEnglish = {
    "Take a photo",
    "Opens the camera on a phone or tablet (elsewhere, the file dialog). Never photograph patrons.",
    "Photos are turned upright, made smaller and stripped of their location (GPS) and camera details "
    "on this device, before they are kept.",
    "Display and text size",
};
}  // namespace


namespace {
const LanguageText kLanguageEnglish = {
    "Language / Idioma",
    "%s: %d of %d texts are not translated yet, so they show in English.",
    "%s: %d translations were not used because their placeholders (%%s, %%d) differ from the English text:",
    "The language file %s could not be read, so English is used:",
    "Loading %s\xE2\x80\xA6",
    "Getting the report's words in %s\xE2\x80\xA6",
    "The report's words in %s could not be fetched, so this audit's reports are in English.",
};
}  // namespace

// --- the language shown now ---------------------------------------------------
// Each struct's copy in the language chosen (app/language.h): English until a
// catalog is applied, then every member looked up by its English text.
namespace {
UiText g_ui = kEnglish;
ConfigText g_config = kConfigEnglish;
StatusText g_status = kStatusEnglish;
EntryText g_entry = kEntryEnglish;
ResultsText g_results = kResultsEnglish;
LawText g_law = kLawEnglish;
FieldText g_field = kFieldEnglish;
LanguageText g_language = kLanguageEnglish;

// Every member of these structs is a `const char*` (or an array or struct of
// them, strings.h), so a struct's bytes are an array of pointers: copied out
// with memcpy, translated one by one and copied back (no aliasing through a
// cast). The asserts catch a member of another type added later.
template <class T>
T translated(const T& english, Translator& t) {
    static_assert(std::is_trivially_copyable_v<T> && std::is_standard_layout_v<T>);
    static_assert(sizeof(T) % sizeof(const char*) == 0 && alignof(T) == alignof(const char*));
    constexpr std::size_t n = sizeof(T) / sizeof(const char*);
    const char* texts[n];
    std::memcpy(texts, &english, sizeof(T));
    for (const char*& s : texts) s = t(s);
    T out;
    std::memcpy(&out, texts, sizeof(T));
    return out;
}
}  // namespace

// Not inlined: apply_language calls it three ways (record, apply, English), and
// each inlined copy costs the first load bytes.
__attribute__((noinline)) void translate_strings(Translator& t) {
    g_ui = translated(kEnglish, t);
    g_config = translated(kConfigEnglish, t);
    g_status = translated(kStatusEnglish, t);
    g_field = translated(kFieldEnglish, t);
    g_language = translated(kLanguageEnglish, t);
    // EntryText, ResultsText, LawText and the core's words come with the audit
    // part (translate_audit_strings, translated_export_words), after Start.
}

ExportWords translated_export_words(Translator& t) {
    return {translated(english_words(), t), translated(english_report_words(), t)};
}

void translate_audit_strings(Translator& t) {
    g_entry = translated(kEntryEnglish, t);
    g_results = translated(kResultsEnglish, t);
    g_law = translated(kLawEnglish, t);
}

std::vector<std::string> audit_part_texts() {
    std::vector<std::string> seen;
    Translator record(nullptr, &seen);
    (void)translated(kEntryEnglish, record);
    (void)translated(kResultsEnglish, record);
    (void)translated(kLawEnglish, record);
    (void)translated_export_words(record);
    return seen;
}

const UiText& tr() { return g_ui; }
const ConfigText& tr_config() { return g_config; }
const StatusText& tr_status() { return g_status; }
const EntryText& tr_entry() { return g_entry; }
const ResultsText& tr_results() { return g_results; }
const LawText& tr_law() { return g_law; }
const FieldText& tr_field() { return g_field; }
const LanguageText& tr_language() { return g_language; }

}  // namespace wa
