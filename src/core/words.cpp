#include "core/words.h"

namespace wa {
namespace {

const Words kEnglishWords = {
    {"Not answered", "Met", "Partly met", "Not met", "Not applicable", "Not sure yet"},
    {"To do", "Doing", "Done"},
    {"No cost", "Under $100", "$100 to $1,000", "Over $1,000"},
    {"Hours", "Days", "Weeks"},
    {"Priority", "Quick win", "Checklist", "Section", "Item", "Answer", "Essential", "Weight", "Kind", "Action",
     "Cost band", "Effort", "Suggested owner", "Owner", "Due", "Status", "Cost estimate", "Notes", "Key",
     "Checklist version", "Made with", "Figure"},
    ".",
    "{n}%",
    {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
     "December"},
    {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
    "{year}-{mm}-{dd}",
    "{weekday}, {month} {day}, {year}",
    "{day} {month} {year}, {time}",
};
const Words* g_words = &kEnglishWords;

}  // namespace

const Words& english_words() { return kEnglishWords; }
const Words& words() { return *g_words; }
void set_words(const Words* w) { g_words = w ? w : &kEnglishWords; }

}  // namespace wa
