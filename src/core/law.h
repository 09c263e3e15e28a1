// law.h: which part of the ADA a library answers to, and what that changes.
//
// A library run by a city, county, district or state is a public entity
// under ADA Title II (28 CFR part 35). A private or nonprofit library that is
// not part of a government (many association libraries) is a place of public
// accommodation under Title III (28 CFR part 36): no ADA coordinator duty
// (35.107), barrier removal where "readily achievable" (36.304) instead of
// program access (35.150), and the 2024 web rule (35.200) does not cover it.
// The Library screen asks; items whose legal basis differs carry a note
// (Item::title_iii), and the reports say which law was assumed.
#pragma once

#include <string>
#include <string_view>

namespace wa {

struct Item;

enum class LibraryKind { NotSaid, Public, Private, NotSure };

// "public", "private", "not-sure"; "" for NotSaid (the field is left out of the file).
const char* library_kind_id(LibraryKind k);
// false when `id` is none of the above ("" is NotSaid and true).
bool parse_library_kind(std::string_view id, LibraryKind& out);
LibraryKind library_kind_of(std::string_view id);  // unknown -> NotSaid

// One line for the reports: which law the legal items were read against.
//   "Law assumed: ADA Title II (a public library run by a city, county, district or state)."
std::string law_assumed_text(LibraryKind k);
// The sentence after "Law assumed: ", for a report that shows the term apart.
const char* law_assumed_value(LibraryKind k);
// What the item says for this library's law, "" when nothing differs:
//   Private: "Private or nonprofit library (ADA Title III): <note>"
//   NotSure / NotSaid: "If the library is private or nonprofit (ADA Title III): <note>"
std::string item_law_text(const Item& it, LibraryKind k);
// True when the item's duty does not bind a Title III library (the item is then
// good practice there, or answered Not applicable with the note as the reason).
bool not_required_here(const Item& it, LibraryKind k);

}  // namespace wa
