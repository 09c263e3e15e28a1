#include "core/scoring.h"

#include <cmath>

#include "core/report_words.h"
#include "core/words.h"

namespace wa {

double Tally::percent() const { return possible > 0 ? 100.0 * earned / possible : -1.0; }

void Tally::add(const Tally& o) {
    earned += o.earned;
    possible += o.possible;
    met += o.met;
    partly += o.partly;
    not_met += o.not_met;
    not_applicable += o.not_applicable;
    not_sure += o.not_sure;
    unanswered += o.unanswered;
    total += o.total;
}

bool operator==(const Tally& a, const Tally& b) {
    return a.earned == b.earned && a.possible == b.possible && a.met == b.met && a.partly == b.partly &&
           a.not_met == b.not_met && a.not_applicable == b.not_applicable && a.not_sure == b.not_sure &&
           a.unanswered == b.unanswered && a.total == b.total;
}
bool operator==(const SectionScore& a, const SectionScore& b) {
    return a.id == b.id && a.title == b.title && a.tally == b.tally;
}
bool operator==(const ChecklistScore& a, const ChecklistScore& b) {
    return a.id == b.id && a.title == b.title && a.version == b.version && a.tally == b.tally &&
           a.sections == b.sections && a.essential_gaps == b.essential_gaps;
}
bool operator==(const Scores& a, const Scores& b) {
    return a.overall == b.overall && a.checklists == b.checklists;
}

double answer_credit(Answer a) {
    switch (a) {
    case Answer::Met: return 1.0;
    case Answer::Partly: return 0.5;
    default: return 0.0;
    }
}

bool answer_is_scored(Answer a) { return a == Answer::Met || a == Answer::Partly || a == Answer::NotMet; }

Scores score(const Audit& a) {
    Scores s;
    std::string key;
    for (const Checklist& c : a.checklists) {
        ChecklistScore cs;
        cs.id = c.id;
        cs.title = c.title;
        cs.version = c.version;
        for (const Section& sec : c.sections) {
            SectionScore ss;
            ss.id = sec.id;
            ss.title = sec.title;
            for (const Item& it : sec.items) {
                if (asked_elsewhere(a, it)) continue;  // scored once, at its home
                key = item_key(c.id, it.id);
                auto r = a.responses.find(key);
                Answer ans = r == a.responses.end() ? Answer::Unanswered : r->second.answer;
                Tally& t = ss.tally;
                ++t.total;
                switch (ans) {
                case Answer::Met: ++t.met; break;
                case Answer::Partly: ++t.partly; break;
                case Answer::NotMet: ++t.not_met; break;
                case Answer::NotApplicable: ++t.not_applicable; break;
                case Answer::NotSure: ++t.not_sure; break;
                case Answer::Unanswered: ++t.unanswered; break;
                }
                if (answer_is_scored(ans)) {
                    t.possible += it.weight;
                    t.earned += it.weight * answer_credit(ans);
                }
                if (it.essential && (ans == Answer::NotMet || ans == Answer::Partly))
                    cs.essential_gaps.push_back(key);
            }
            cs.tally.add(ss.tally);
            cs.sections.push_back(std::move(ss));
        }
        s.overall.add(cs.tally);
        s.checklists.push_back(std::move(cs));
    }
    return s;
}

std::string percent_text(const Tally& t) {
    double p = t.percent();
    if (p < 0) return report_words().no_score_yet;
    long r = std::lround(p);
    // Never round up to a perfect score that was not reached, or down to zero.
    if (r == 100 && t.earned < t.possible) r = 99;
    if (r == 0 && t.earned > 0) r = 1;
    return percent_number(r);
}

} // namespace wa
