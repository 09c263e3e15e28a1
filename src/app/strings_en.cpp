#include "app/strings.h"

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
    "Continue where you left off",
    "Continue the audit",
    "%s: %d of %d items answered",
    "Start a new audit",
    "Open a file",
    "An audit or plan file (.json) saved from Welcome Audit, or a checklist from your consortium.",
    "A new audit replaces the one open now (%d answers) in this browser. "
    "Save its file first if you will need it again.",
    "Start the new audit",
    // profile
    "About your library",
    "This goes at the top of your plan. Use roles, not names, for the people doing the audit.",
    "Library system",
    "Branch",
    "Date of the audit",
    "Year-month-day, for example 2026-11-25.",
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
    // walk
    "Audit",
    "Item %d of %d",
    "%d of %d answered",
    "How to check",
    "What good looks like",
    "Why it matters",
    "Show why it matters",
    "Hide why it matters",
    "Your answer",
    {"Met", "Partly met", "Not met", "Not applicable", "Not sure yet"},
    "Single-key shortcuts: 1 to 5 answer, N next, P previous, U next unanswered",
    "Note (optional)",
    "What you saw, measured or heard. No patrons' names.",
    "Evidence: links",
    "Link to a photo, document or page (optional)",
    "A web address starting with https://, for example a shared photo album. No photos of patrons.",
    "Add link",
    "Remove",
    "Remove link %s",
    "Photo",
    "That is not a web address. It must start with https:// (or http://) and have no spaces.",
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
    "Essential items not met",
    "No essential gaps among the answered items.",
    "Go to the plan",
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
    "Year-month-day, for example 2027-01-31.",
    "Status",
    {"To do", "Doing", "Done"},
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
    "Keeps everything: answers, notes and the plan. Open it here again later.",
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
    "No audit open yet.",
    // open
    "%s could not be opened. Nothing was changed.",
    "Opened %s.",
    "%s is an audit. You already have an audit open with %d answers. What should happen?",
    "Replace my audit with the file",
    "Merge the file into my audit",
    "Cancel",
    "Your current audit is discarded. Save its file first if you might need it.",
    "Answers from both are kept; where both answered the same item, the newer answer wins.",
    "%s is an improvement plan. Its owners, dates and statuses were copied into your audit's plan (%d actions).",
    "Added the checklist %s.",
    "Dismiss",
    "The audit saved in this browser could not be read. It has been kept aside; "
    "start a new audit or open your audit file.",
    "This is an improvement plan, not an audit. To continue an audit, open its audit file "
    "(saved with \"Save the audit file\"). To change a plan, first open the audit it came from.",
    "%d answers added, %d replaced by newer ones, %d checklists added.",
    "Owner: %s",
    " Saved.",
};

}  // namespace

const UiText& tr() { return kEnglish; }

}  // namespace wa
