#include "core/export_common.h"

namespace wa {

std::string library_line(const Profile& p) {
    std::string s = p.library.empty() ? "Unnamed library" : p.library;
    if (!p.branch.empty()) s += ", " + p.branch;
    return s;
}

std::string report_language(const Audit& a) {
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

} // namespace wa
