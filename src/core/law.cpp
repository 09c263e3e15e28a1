#include "core/law.h"

#include "core/checklist.h"

namespace wa {

const char* library_kind_id(LibraryKind k) {
    switch (k) {
        case LibraryKind::Public: return "public";
        case LibraryKind::Private: return "private";
        case LibraryKind::NotSure: return "not-sure";
        case LibraryKind::NotSaid: break;
    }
    return "";
}

bool parse_library_kind(std::string_view id, LibraryKind& out) {
    for (LibraryKind k : {LibraryKind::NotSaid, LibraryKind::Public, LibraryKind::Private, LibraryKind::NotSure})
        if (id == library_kind_id(k)) {
            out = k;
            return true;
        }
    return false;
}

LibraryKind library_kind_of(std::string_view id) {
    LibraryKind k = LibraryKind::NotSaid;
    return parse_library_kind(id, k) ? k : LibraryKind::NotSaid;
}

std::string law_assumed_text(LibraryKind k) {
    switch (k) {
        case LibraryKind::Public:
            return "Law assumed: ADA Title II, for a public library run by a city, county, district or state.";
        case LibraryKind::Private:
            return "Law assumed: ADA Title III, for a private or nonprofit library that is not part of a government. "
                   "Items whose rule differs say so.";
        case LibraryKind::NotSure:
            return "Law assumed: ADA Title II (the library was not sure which applies). Items whose rule differs for a "
                   "private or nonprofit library (Title III) say so.";
        case LibraryKind::NotSaid: break;
    }
    return "Law assumed: ADA Title II (the kind of library was not given). Items whose rule differs for a private or "
           "nonprofit library (Title III) say so.";
}

std::string item_law_text(const Item& it, LibraryKind k) {
    if (it.title_iii_note.empty() || k == LibraryKind::Public) return "";
    if (k == LibraryKind::Private) return "Private or nonprofit library (ADA Title III): " + it.title_iii_note;
    return "If the library is private or nonprofit (ADA Title III): " + it.title_iii_note;
}

bool not_required_here(const Item& it, LibraryKind k) {
    return k == LibraryKind::Private && !it.title_iii_note.empty() && !it.title_iii_applies;
}

}  // namespace wa
