#include "core/export_common.h"

#include "core/law.h"
#include "core/report_words.h"

namespace wa {

std::string library_line(const Profile& p) {
    std::string s = p.library.empty() ? std::string(report_words().unnamed_library) : p.library;
    if (!p.branch.empty()) s += ", " + p.branch;
    return s;
}

std::string report_language(const Audit& a) {
    // The audit's own language (issue 25), else its first checklist's (older files).
    if (!a.profile.language.empty()) return a.profile.language;
    return a.checklists.empty() || a.checklists.front().language.empty() ? "en" : a.checklists.front().language;
}

std::string tally_counts(const Tally& t) {
    return say(report_words().tally_counts, t.met, t.partly, t.not_met, t.not_applicable, t.not_sure, t.unanswered);
}

std::vector<std::string> essential_gap_texts(const Audit& a, const Scores& s) {
    std::vector<std::string> out;
    for (const ChecklistScore& cs : s.checklists) {
        const Checklist* c = find_checklist(a, cs.id);
        for (const std::string& key : cs.essential_gaps) {
            std::string item = key.substr(cs.id.size() + 1);
            const Item* it = c ? find_item(*c, item) : nullptr;
            out.push_back(cs.title + ": " + (it ? it->prompt : item));
        }
    }
    return out;
}

std::string join(const std::vector<std::string>& parts, const char* sep) {
    std::string s;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) s += sep;
        s += parts[i];
    }
    return s;
}

std::string readable_time(const std::string& iso) {
    // YYYY-MM-DDTHH:MM..., digits where digits belong; anything else is shown as given.
    auto digits = [&](std::size_t from, std::size_t n) {
        for (std::size_t i = from; i < from + n; ++i)
            if (i >= iso.size() || iso[i] < '0' || iso[i] > '9') return false;
        return true;
    };
    if (iso.size() < 16 || iso[10] != 'T' || !digits(11, 2) || iso[13] != ':' || !digits(14, 2)) return iso;
    const std::string day = iso.substr(0, 10);
    const std::string said = date_time_text(day, iso.substr(11, 5) + (iso.back() == 'Z' ? " UTC" : ""));
    return said == day ? iso : said;  // not a calendar day: as given
}

std::string plan_law_text(const Audit& a, const PlanAction& p) {
    const Checklist* c = find_checklist(a, p.checklist_id);
    const Item* it = c ? find_item(*c, p.item_id) : nullptr;
    return it ? item_law_text(*it, library_kind_of(a.profile.library_kind)) : "";
}

} // namespace wa
