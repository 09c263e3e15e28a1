#include "core/merge.h"

#include <algorithm>

#include "core/measure.h"

namespace wa {

MergeReport merge_audits(Audit& into, const Audit& other) {
    MergeReport rep;
    if (into.previous.empty()) into.previous = other.previous;  // the last audit either copy is compared with

    // Checklists: the union; the newer version of the same id wins.
    for (const Checklist& oc : other.checklists) {
        const Checklist* mine = find_checklist(into, oc.id);
        if (!mine) {
            into.checklists.push_back(oc);
            ++rep.checklists_added;
            continue;
        }
        int cmp = compare_versions(oc.version, mine->version);
        if (cmp > 0) {
            std::vector<std::string> notes;
            add_or_update_checklist(into, oc, &notes);
            ++rep.checklists_updated;
            rep.notes.push_back("Checklist \"" + oc.id + "\" updated to version " + oc.version + ".");
            rep.notes.insert(rep.notes.end(), notes.begin(), notes.end());
        } else if (cmp < 0) {
            rep.notes.push_back("Checklist \"" + oc.id + "\": kept version " + mine->version +
                                "; the other audit used the older version " + oc.version + ".");
        }
    }

    // Responses: the newer answered_at wins (ISO 8601 UTC strings sort by time).
    for (const auto& [key, theirs] : other.responses) {
        if (!has_content(theirs)) continue;
        auto it = into.responses.find(key);
        if (it == into.responses.end() || !has_content(it->second)) {
            into.responses[key] = theirs;
            ++rep.responses_added;
            continue;
        }
        Response& mine = it->second;
        if (mine == theirs) continue;
        bool theirs_newer = theirs.answered_at > mine.answered_at;
        // Figures merge on their own terms (measure.h): counts add up, the later measurement wins.
        Response figures;
        figures.measurement = mine.measurement;
        figures.tally = mine.tally;
        merge_figures(figures, theirs, key, rep.conflicts);
        if (mine.answer != theirs.answer) {
            const Response& kept = theirs_newer ? theirs : mine;
            const Response& lost = theirs_newer ? mine : theirs;
            rep.conflicts.push_back("Item " + key + " was answered \"" + answer_label(mine.answer) + "\" here and \"" +
                                    answer_label(theirs.answer) + "\" in the other audit; kept \"" +
                                    answer_label(kept.answer) + "\" (answered " +
                                    (kept.answered_at.empty() ? "at an unknown time" : kept.answered_at) +
                                    ", the later one; the other was answered " +
                                    (lost.answered_at.empty() ? "at an unknown time" : lost.answered_at) + ").");
        }
        if (theirs_newer) {
            // Evidence is never lost: pieces only the older response had are kept.
            std::vector<Evidence> evidence = theirs.evidence;
            for (const Evidence& e : mine.evidence)
                if (std::find(evidence.begin(), evidence.end(), e) == evidence.end()) evidence.push_back(e);
            std::string old_note = mine.note;
            mine = theirs;
            mine.evidence = std::move(evidence);
            if (!old_note.empty() && old_note != mine.note)
                mine.note = mine.note.empty() ? old_note : mine.note + "\n\n" + old_note;
            ++rep.responses_replaced;
        } else {
            for (const Evidence& e : theirs.evidence)
                if (std::find(mine.evidence.begin(), mine.evidence.end(), e) == mine.evidence.end())
                    mine.evidence.push_back(e);
            if (!theirs.note.empty() && theirs.note != mine.note &&
                mine.note.find(theirs.note) == std::string::npos)
                mine.note = mine.note.empty() ? theirs.note : mine.note + "\n\n" + theirs.note;
        }
        mine.measurement = std::move(figures.measurement);
        mine.tally = std::move(figures.tally);
    }

    // Action states: someone's filled-in state beats an untouched default.
    for (const auto& [key, theirs] : other.actions) {
        if (is_default(theirs)) continue;
        auto it = into.actions.find(key);
        if (it == into.actions.end() || is_default(it->second)) {
            into.actions[key] = theirs;
            ++rep.actions_added;
        } else if (!(it->second == theirs)) {
            rep.conflicts.push_back("Action " + key + " has different owner, due date, status or notes in the two "
                                    "audits; kept this audit's.");
        }
    }

    // Profile: fill what is missing; auditor roles are the union.
    if (into.profile.library.empty()) into.profile.library = other.profile.library;
    if (into.profile.branch.empty()) into.profile.branch = other.profile.branch;
    if (into.profile.date.empty()) into.profile.date = other.profile.date;
    for (const std::string& r : other.profile.auditor_roles)
        if (std::find(into.profile.auditor_roles.begin(), into.profile.auditor_roles.end(), r) ==
            into.profile.auditor_roles.end())
            into.profile.auditor_roles.push_back(r);
    if (!other.created_at.empty() && (into.created_at.empty() || other.created_at < into.created_at))
        into.created_at = other.created_at;
    if (other.updated_at > into.updated_at) into.updated_at = other.updated_at;
    return rep;
}

} // namespace wa
