#include "generate.h"

#include <cstdio>

namespace wa {

namespace {

// splitmix64: tiny, fast, and the same on every compiler and platform.
struct Rng {
    std::uint64_t s;
    std::uint64_t next() {
        std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    bool chance(int percent) { return below(100) < percent; }
};

const char* const kTricky[] = {
    "Quote \"here\", and a comma",
    "Line one\nline two\r\nline three",
    "<script>alert('x')</script> & <b>bold</b>",
    "=HYPERLINK(\"http://example.com\",\"click\")",
    "+1 555 0100",
    "-5 degrees",
    "@everyone",
    "Caf\xC3\xA9 na\xC3\xAFve \xE2\x80\x93 \xE2\x98\x95 \xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E",
    "Tab\tseparated",
    "Back\\slash and | pipe and *stars* _under_ [link](x)",
    "  leading and trailing spaces  ",
    "# not a heading",
};

const char* const kWords[] = {"quiet", "space", "signage", "staff", "welcome", "sensory", "ramp", "door",
                              "lighting", "schedule", "caregiver", "storytime", "counter", "loop", "captions",
                              "map", "seating", "noise", "entrance", "toilet"};

std::string words(Rng& r, int n) {
    std::string s;
    for (int i = 0; i < n; ++i) {
        if (i) s += ' ';
        s += kWords[r.below(static_cast<int>(sizeof kWords / sizeof kWords[0]))];
    }
    return s;
}

std::string text(Rng& r, const GenerateOptions& o, int n_words) {
    std::string s = words(r, n_words);
    if (o.tricky_text && r.chance(25)) s += " " + std::string(kTricky[r.below(static_cast<int>(sizeof kTricky / sizeof kTricky[0]))]);
    if (!s.empty()) s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string timestamp(Rng& r) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "2024-%02d-%02dT%02d:%02d:%02dZ", 1 + r.below(12), 1 + r.below(28), r.below(24),
                  r.below(60), r.below(60));
    return buf;
}

std::string date(Rng& r) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "2025-%02d-%02d", 1 + r.below(12), 1 + r.below(28));
    return buf;
}

// A 1x1 transparent PNG.
const char* kTinyPng =
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

} // namespace

Audit generate_audit(const GenerateOptions& o) {
    Rng r{o.seed * 0x2545F4914F6CDD1Dull + 1};
    Audit a;
    a.created_at = "2024-01-02T09:00:00Z";
    a.updated_at = "2024-12-30T17:45:00Z";
    a.profile.library = o.tricky_text ? "Bibliot\xC3\xA8que \"Main\" <Central>" : "Main Library";
    a.profile.branch = "Branch " + std::to_string(o.seed);
    a.profile.date = "2024-06-15";
    a.profile.auditor_roles = {"Branch manager", "Children's librarian"};

    const int costs = 4, efforts = 3;
    for (int ci = 0; ci < o.checklists; ++ci) {
        Checklist c;
        c.id = "generated-" + std::to_string(ci);
        c.version = "1." + std::to_string(ci) + "." + std::to_string(r.below(10));
        c.title = "Generated checklist " + std::to_string(ci) + ": " + text(r, o, 3);
        c.summary = text(r, o, 12);
        c.language = ci % 2 ? "fr-CA" : "en";
        for (int si = 0; si < o.sections_per_checklist; ++si) {
            Section s;
            s.id = "section-" + std::to_string(si);
            s.title = "Section " + std::to_string(si) + " " + text(r, o, 2);
            if (r.chance(50)) s.summary = text(r, o, 8);
            for (int ii = 0; ii < o.items_per_section; ++ii) {
                Item it;
                it.id = "item-" + std::to_string(si) + "-" + std::to_string(ii);
                it.prompt = "Is the " + words(r, 3) + " ready? " + text(r, o, 2);
                it.how_to_check = text(r, o, 10);
                it.looks_like = text(r, o, 10);
                it.why = text(r, o, 8);
                it.weight = 1 + r.below(3);
                it.essential = r.chance(25);
                const std::vector<std::string>& helps = helps_ids();
                int first = r.below(static_cast<int>(helps.size()));
                int n = 1 + r.below(3);
                for (int h = 0; h < n && h < static_cast<int>(helps.size()); ++h)
                    it.helps.push_back(helps[static_cast<std::size_t>((first + h) % static_cast<int>(helps.size()))]);
                it.change = change_ids()[static_cast<std::size_t>(r.below(static_cast<int>(change_ids().size())))];
                int na = 1 + r.below(o.actions_per_item_max < 1 ? 1 : o.actions_per_item_max);
                for (int ai = 0; ai < na; ++ai) {
                    RecommendedAction ra;
                    ra.id = "action-" + std::to_string(ai);
                    ra.text = text(r, o, 9);
                    ra.cost = static_cast<Cost>(r.below(costs));
                    ra.effort = static_cast<Effort>(r.below(efforts));
                    ra.owner = r.chance(50) ? "Branch manager" : "Facilities";
                    it.actions.push_back(std::move(ra));
                }
                if (r.chance(30)) it.references.push_back({text(r, o, 4), r.chance(50) ? "https://example.org/ref" : ""});
                s.items.push_back(std::move(it));
            }
            c.sections.push_back(std::move(s));
        }
        a.checklists.push_back(std::move(c));
    }

    for (const Checklist& c : a.checklists) {
        for (const Section& s : c.sections) {
            for (const Item& it : s.items) {
                int roll = r.below(100);
                if (roll < 12) continue;  // never touched
                Response resp;
                static const Answer kAnswers[] = {Answer::Met, Answer::Met, Answer::Partly, Answer::NotMet,
                                                  Answer::NotApplicable, Answer::NotSure, Answer::Unanswered};
                resp.answer = kAnswers[r.below(7)];
                if (resp.answer != Answer::Unanswered || r.chance(50)) resp.answered_at = timestamp(r);
                if (r.chance(40)) resp.note = text(r, o, 12);
                if (r.chance(15)) resp.evidence.push_back({"text", text(r, o, 6), "", ""});
                if (r.chance(10)) resp.evidence.push_back({"link", r.chance(50) ? text(r, o, 2) : "", "https://example.org/photo?id=1&x=2", ""});
                if (o.with_images && r.chance(10)) resp.evidence.push_back({"image", "Photo", "", kTinyPng});
                if (resp.answer == Answer::Unanswered && resp.note.empty() && resp.evidence.empty()) resp.note = "Come back later";
                a.responses[item_key(c.id, it.id)] = std::move(resp);

                const Response& saved = a.responses[item_key(c.id, it.id)];
                bool planned = saved.answer == Answer::NotMet || saved.answer == Answer::Partly;
                if (planned && r.chance(40)) {
                    const RecommendedAction& ra = it.actions[static_cast<std::size_t>(r.below(static_cast<int>(it.actions.size())))];
                    ActionState st;
                    static const char* const kStatus[] = {"todo", "doing", "done"};
                    st.status = kStatus[r.below(3)];
                    if (r.chance(70)) st.owner = text(r, o, 2);
                    if (r.chance(50)) st.due = date(r);
                    if (r.chance(30)) st.cost_estimate = "$" + std::to_string(10 * (1 + r.below(50)));
                    if (r.chance(30)) st.notes = text(r, o, 7);
                    a.actions[action_key(c.id, it.id, ra.id)] = std::move(st);
                }
                if (saved.answer == Answer::NotSure && r.chance(30)) {
                    ActionState st;
                    st.owner = "Facilities";
                    a.actions[action_key(c.id, it.id, kFindOutActionId)] = std::move(st);
                }
            }
        }
    }
    return a;
}

} // namespace wa
