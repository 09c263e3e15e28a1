#include "core/law.h"

#include "core/checklist.h"
#include "core/report_words.h"

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
    const ReportWords& w = report_words();
    return std::string(w.law_assumed) + ": " + law_assumed_value(k);
}

const char* law_assumed_value(LibraryKind k) {
    const ReportWords& w = report_words();
    switch (k) {
        case LibraryKind::Public: return w.law_public;
        case LibraryKind::Private: return w.law_private;
        case LibraryKind::NotSure: return w.law_not_sure;
        case LibraryKind::NotSaid: break;
    }
    return w.law_not_said;
}

std::string item_law_text(const Item& it, LibraryKind k) {
    if (it.title_iii_note.empty() || k == LibraryKind::Public) return "";
    const ReportWords& w = report_words();
    return say(k == LibraryKind::Private ? w.law_item_private : w.law_item_if_private, it.title_iii_note.c_str());
}

bool not_required_here(const Item& it, LibraryKind k) {
    return k == LibraryKind::Private && !it.title_iii_note.empty() && !it.title_iii_applies;
}

}  // namespace wa
