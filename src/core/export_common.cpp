#include "core/export_common.h"

#include "core/law.h"

namespace wa {

std::string library_line(const Profile& p) {
    std::string s = p.library.empty() ? "Unnamed library" : p.library;
    if (!p.branch.empty()) s += ", " + p.branch;
    return s;
}

std::string report_language(const Audit& a) {
    // The audit's own language (issue 25), else its first checklist's (older files).
    if (!a.profile.language.empty()) return a.profile.language;
    return a.checklists.empty() || a.checklists.front().language.empty() ? "en" : a.checklists.front().language;
}

std::string tally_counts(const Tally& t) {
    return std::to_string(t.met) + " met, " + std::to_string(t.partly) + " partly met, " +
           std::to_string(t.not_met) + " not met, " + std::to_string(t.not_applicable) + " not applicable, " +
           std::to_string(t.not_sure) + " not sure yet, " + std::to_string(t.unanswered) + " not answered";
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
    static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};
    // YYYY-MM-DDTHH:MM..., digits where digits belong; anything else is shown as given.
    auto digits = [&](std::size_t from, std::size_t n) {
        for (std::size_t i = from; i < from + n; ++i)
            if (i >= iso.size() || iso[i] < '0' || iso[i] > '9') return false;
        return true;
    };
    if (iso.size() < 16 || !digits(0, 4) || iso[4] != '-' || !digits(5, 2) || iso[7] != '-' || !digits(8, 2) ||
        iso[10] != 'T' || !digits(11, 2) || iso[13] != ':' || !digits(14, 2))
        return iso;
    const int month = std::stoi(iso.substr(5, 2)), day = std::stoi(iso.substr(8, 2));
    if (month < 1 || month > 12) return iso;
    const bool utc = iso.back() == 'Z';
    return std::to_string(day) + " " + kMonths[month - 1] + " " + iso.substr(0, 4) + ", " + iso.substr(11, 5) +
           (utc ? " UTC" : "");
}

const char* const kPriorityExplained =
    "Priority: a number from 1 to 72 that orders the plan. It is higher for items that weigh more, for essential "
    "items and for items not met, and higher again when the fix costs little and takes hours, not weeks. "
    "Start at the top.";

std::string plan_law_text(const Audit& a, const PlanAction& p) {
    const Checklist* c = find_checklist(a, p.checklist_id);
    const Item* it = c ? find_item(*c, p.item_id) : nullptr;
    return it ? item_law_text(*it, library_kind_of(a.profile.library_kind)) : "";
}

} // namespace wa
