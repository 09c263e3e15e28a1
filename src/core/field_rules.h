// field_rules.h: the rules for what people type into an audit, in one place.
//
// The same rules serve when a value is typed (the setters in edit.h, which the
// app uses for every field) and when a file is read (audit.cpp, plan.cpp): so
// the app never writes a file that it, its command-line tool, Compare or "Start
// next year's audit" would refuse. A file made elsewhere (by hand, by an older
// version) whose typed value breaks a rule still opens: the value is kept as it
// is and listed by values_to_fix() (audit.h), in words a librarian reads, until
// someone fixes it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace wa {

// Lengths are counted in characters (Unicode code points), not bytes: a
// branch's name in Chinese is three bytes a character, and 300 of them are
// still a name.
constexpr std::size_t kMaxNameChars = 300;       // a library, a branch, a role, an owner, a cost estimate
constexpr std::size_t kMaxLongTextChars = 20000;  // a note, an action's notes, a piece of text evidence
// What a file may hold in a typed field: the JSON reader's own cap on one
// string. Past the rule's length a value is kept and listed, not refused.
constexpr std::size_t kMaxTypedBytes = 1024u * 1024u;

// Characters in UTF-8 text (a byte that starts no character counts as one).
std::size_t utf8_chars(std::string_view s);
// Typed text made safe to keep: bytes that are not UTF-8 become U+FFFD (the
// replacement sign), NUL characters are dropped. Text from a browser is
// already UTF-8; a lone surrogate from a paste is not.
std::string clean_typed_text(std::string_view s);
// At most `max_chars` characters, never cutting one in two.
std::string cut_to_chars(std::string_view s, std::size_t max_chars);

// "" when `s` keeps the rule, else why not, as the end of a sentence
// ("is 412 characters long; the most is 300").
std::string length_problem(std::string_view s, std::size_t max_chars);

// A date typed by a person, in the forms people type: 2025-05-15, 5/15/2025,
// 05/15/25, 15/05/2025 (read day first only when the first number cannot be a
// month), May 15, 2025, 15 May 2025, Thursday, May 15, 2025, 15 de mayo de 2025.
// Spaces around it do not matter. `iso` is YYYY-MM-DD when `ok`.
struct TypedDate {
    bool ok = false;
    bool empty = false;    // nothing typed (clears the date)
    std::string iso;
    std::string problem;   // when not ok and not empty: why, in plain words
};
TypedDate read_typed_date(std::string_view typed);
// Numbers-only dates read day first (15/5/2025), as Spanish writes them (issue 25):
// the app sets it with its language. Month first otherwise, as US libraries write them;
// either way a date whose first number cannot be the month (or the day) is read the other way.
void set_dates_day_first(bool day_first);

// "Thursday, May 15, 2025", for saying back how a typed date was read.
std::string long_date_text(std::string_view iso);

} // namespace wa
