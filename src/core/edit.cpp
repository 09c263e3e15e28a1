#include "core/edit.h"

#include <cstdio>

#include "core/dates.h"
#include "core/json_reader.h"  // with_commas
#include "core/field_rules.h"
#include "core/law.h"

namespace wa {

namespace {


// Typed text into `field` under its length rule.
Edit set_text(std::string& field, std::string_view typed, std::size_t max_chars, std::string& updated_at,
              const std::string& now_iso) {
    Edit e;
    std::string clean = clean_typed_text(typed);
    e.result = Edit::Kept;
    if (utf8_chars(clean) > max_chars) {
        clean = cut_to_chars(clean, max_chars);
        e.result = Edit::Cut;
        e.message = "This field holds at most " + with_commas(max_chars) +
                    " characters: what was typed after that was not kept.";
    }
    if (clean == field) {
        if (e.result == Edit::Kept) e.result = Edit::Unchanged;
        return e;
    }
    field = std::move(clean);
    updated_at = now_iso;
    return e;
}

Edit set_date(std::string& field, std::string_view typed, std::string& updated_at, const std::string& now_iso) {
    Edit e;
    const TypedDate d = read_typed_date(typed);
    if (!d.ok && !d.empty) {
        e.result = Edit::Refused;
        std::string shown = clean_typed_text(typed);
        e.message = "\"" + cut_to_chars(shown, 40) + "\": " + d.problem + ".";
        return e;
    }
    e.read_as = d.ok ? long_date_text(d.iso) : std::string();
    if (d.iso == field) return e;  // Unchanged
    field = d.iso;
    updated_at = now_iso;
    e.result = Edit::Kept;
    return e;
}

std::string quoted_start(std::string_view s, std::size_t chars = 50) {
    const std::string cut = cut_to_chars(s, chars);
    return "\"" + cut + (cut.size() < s.size() ? "\xE2\x80\xA6" : "") + "\"";
}

}  // namespace

Edit set_profile_text(Audit& a, ProfileText field, std::string_view typed, const std::string& now_iso) {
    std::string& f = field == ProfileText::Library ? a.profile.library : a.profile.branch;
    return set_text(f, typed, kMaxNameChars, a.updated_at, now_iso);
}

Edit set_profile_date(Audit& a, std::string_view typed, const std::string& now_iso) {
    return set_date(a.profile.date, typed, a.updated_at, now_iso);
}

Edit set_library_kind(Audit& a, std::string_view kind, const std::string& now_iso) {
    Edit e;
    LibraryKind k = LibraryKind::NotSaid;
    if (!parse_library_kind(kind, k)) {
        e.result = Edit::Refused;
        e.message = "The kind of library must be public, private or not sure.";
        return e;
    }
    if (a.profile.library_kind == kind) return e;
    a.profile.library_kind = std::string(kind);
    a.updated_at = now_iso;
    e.result = Edit::Kept;
    return e;
}

Edit set_auditor_roles(Audit& a, std::string_view lines, const std::string& now_iso) {
    Edit e;
    std::vector<std::string> roles;
    bool cut = false;
    const std::string clean = clean_typed_text(lines);
    std::size_t start = 0;
    while (start <= clean.size()) {
        std::size_t end = clean.find('\n', start);
        if (end == std::string::npos) end = clean.size();
        std::string role = clean.substr(start, end - start);
        if (!role.empty() && role.back() == '\r') role.pop_back();
        if (role.find_first_not_of(" \t\r\n") != std::string::npos) {  // blank as the loader sees it
            if (utf8_chars(role) > kMaxNameChars) {
                role = cut_to_chars(role, kMaxNameChars);
                cut = true;
            }
            roles.push_back(std::move(role));
        }
        start = end + 1;
    }
    if (cut) {
        e.result = Edit::Cut;
        e.message = "A role holds at most " + with_commas(kMaxNameChars) +
                    " characters: what was typed after that was not kept.";
    }
    if (roles == a.profile.auditor_roles) return e;
    a.profile.auditor_roles = std::move(roles);
    a.updated_at = now_iso;
    if (!cut) e.result = Edit::Kept;
    return e;
}

Edit set_item_note(Audit& a, const std::string& checklist_id, const std::string& item_id, std::string_view typed,
                   const std::string& now_iso) {
    const Response* r = find_response(a, checklist_id, item_id);
    if (!r && typed.empty()) return {};
    return set_text(response_for(a, checklist_id, item_id).note, typed, kMaxLongTextChars, a.updated_at, now_iso);
}

Edit set_action_text(Audit& a, const std::string& action_key, ActionText field, std::string_view typed,
                     const std::string& now_iso) {
    const ActionState* s = find_action_state(a, action_key);
    if (!s && typed.empty()) return {};
    ActionState& st = action_state_for(a, action_key);
    switch (field) {
        case ActionText::Owner: return set_text(st.owner, typed, kMaxNameChars, a.updated_at, now_iso);
        case ActionText::CostEstimate: return set_text(st.cost_estimate, typed, kMaxNameChars, a.updated_at, now_iso);
        case ActionText::Notes: break;
    }
    return set_text(st.notes, typed, kMaxLongTextChars, a.updated_at, now_iso);
}

Edit set_action_due(Audit& a, const std::string& action_key, std::string_view typed, const std::string& now_iso) {
    const ActionState* s = find_action_state(a, action_key);
    if (!s && read_typed_date(typed).empty) return {};
    if (!s) {
        // Created only when the date is taken: a refused one leaves no empty entry behind.
        std::string due;
        Edit e = set_date(due, typed, a.updated_at, now_iso);
        if (e.changed()) action_state_for(a, action_key).due = due;
        return e;
    }
    return set_date(action_state_for(a, action_key).due, typed, a.updated_at, now_iso);
}

Edit set_action_status(Audit& a, const std::string& action_key, std::string_view status, const std::string& now_iso) {
    Edit e;
    if (!is_valid_status(status)) {
        e.result = Edit::Refused;
        e.message = "The status must be To do, Doing or Done.";
        return e;
    }
    ActionState& st = action_state_for(a, action_key);
    if (st.status == status) return e;
    st.status = std::string(status);
    a.updated_at = now_iso;
    e.result = Edit::Kept;
    return e;
}

std::string action_name(const Audit& a, const std::string& action_key) {
    std::string_view parts[3];
    if (split_key(action_key, parts) == 3) {
        if (const Checklist* c = find_checklist(a, parts[0])) {
            if (const Item* it = find_item(*c, parts[1])) {
                if (parts[2] == kFindOutActionId) return quoted_start("Find out: " + it->prompt);
                for (const RecommendedAction& ra : it->actions)
                    if (ra.id == parts[2]) return quoted_start(ra.text);
            }
        }
    }
    return quoted_start(action_key);
}

std::vector<ValueToFix> values_to_fix(const Audit& a) {
    std::vector<ValueToFix> out;
    const Profile& p = a.profile;
    auto long_name = [&](const char* field, const char* label, const std::string& v) {
        const std::string why = length_problem(v, kMaxNameChars);
        if (!why.empty())
            out.push_back({field, "", std::string(label) + ": the name " + why + ". Shorten it on the Library screen."});
    };
    long_name("profile-library", "Library system", p.library);
    long_name("profile-branch", "Branch", p.branch);
    if (!p.date.empty() && !is_iso_date(p.date)) {
        std::string m = "Date of the audit: " + quoted_start(p.date) + " is not a date the app can read";
        const TypedDate d = read_typed_date(p.date);
        m += d.ok ? " (it may mean " + long_date_text(d.iso) + "). Choose the day on the Library screen."
                  : ". Choose the day on the Library screen.";
        out.push_back({"profile-date", "", m});
    }
    for (const std::string& r : p.auditor_roles) {
        const std::string why = length_problem(r, kMaxNameChars);
        if (!why.empty())
            out.push_back({"profile-roles", "",
                           "Who is auditing: the role " + quoted_start(r) + " " + why + ". Shorten it on the Library screen."});
    }
    for (const auto& [key, r] : a.responses) {
        const std::string why = length_problem(r.note, kMaxLongTextChars);
        if (why.empty()) continue;
        std::string_view parts[3];
        std::string item = key;
        if (split_key(key, parts) == 2)
            if (const Checklist* c = find_checklist(a, parts[0]))
                if (const Item* it = find_item(*c, parts[1])) item = it->prompt;
        out.push_back({"item-note", key, "The note on " + quoted_start(item) + " " + why + ". Shorten it on the Audit screen."});
    }
    for (const auto& entry : a.actions) {
        const std::string& key = entry.first;  // named, not bound: a lambda below uses it (C++17)
        const ActionState& s = entry.second;
        const std::string name = "Plan action " + action_name(a, key) + ": ";
        auto too_long = [&](const char* field, const char* what, const std::string& v, std::size_t max) {
            const std::string why = length_problem(v, max);
            if (!why.empty()) out.push_back({field, key, name + what + " " + why + ". Shorten it on the Plan screen."});
        };
        too_long("owner", "the owner", s.owner, kMaxNameChars);
        too_long("cost", "the cost estimate", s.cost_estimate, kMaxNameChars);
        too_long("notes", "the notes", s.notes, kMaxLongTextChars);
        if (!s.due.empty() && !is_iso_date(s.due)) {
            std::string m = name + "the due date " + quoted_start(s.due) + " is not a date";
            const TypedDate d = read_typed_date(s.due);
            m += d.ok ? " (it may mean " + long_date_text(d.iso) + "). Choose the day on the Plan screen."
                      : ". Choose the day on the Plan screen.";
            out.push_back({"due", key, m});
        }
    }
    return out;
}

} // namespace wa
