// edit.h: changing an audit as a person does, field by field, by the rules of
// field_rules.h; and listing what in an audit breaks those rules.
//
// The app changes typed fields only through these setters, so everything it
// saves, exports or hands to "Start next year's audit" loads again without a
// word (tests/core/test_edit.cpp proves it with random edits). A value that
// breaks a rule is never half-taken in silence: it is refused (a date that is
// no date: nothing changes) or cut (text over its length: the rest is not
// kept), and the Edit says so in words to show at the field.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/audit.h"

namespace wa {

struct Edit {
    enum Result { Unchanged, Kept, Cut, Refused } result = Unchanged;
    std::string message;  // for Cut and Refused: what happened, to show at the field
    std::string read_as;  // dates: the day understood, in words ("Thursday, May 15, 2025"); "" when cleared
    bool changed() const { return result == Kept || result == Cut; }
};

enum class ProfileText { Library, Branch };
enum class ActionText { Owner, CostEstimate, Notes };

// Each sets the audit's updated_at to `now_iso` when it changes something.
Edit set_profile_text(Audit& a, ProfileText field, std::string_view typed, const std::string& now_iso);
// A date in any form read_typed_date() reads; kept as YYYY-MM-DD. "" clears it.
Edit set_profile_date(Audit& a, std::string_view typed, const std::string& now_iso);
// "public", "private" or "not-sure" (core/law.h); anything else is refused.
Edit set_library_kind(Audit& a, std::string_view kind, const std::string& now_iso);
// One role a line, as typed in a text area: blank lines are not roles.
Edit set_auditor_roles(Audit& a, std::string_view lines, const std::string& now_iso);
Edit set_item_note(Audit& a, const std::string& checklist_id, const std::string& item_id, std::string_view typed,
                   const std::string& now_iso);
Edit set_action_text(Audit& a, const std::string& action_key, ActionText field, std::string_view typed,
                     const std::string& now_iso);
Edit set_action_due(Audit& a, const std::string& action_key, std::string_view typed, const std::string& now_iso);
// "todo", "doing" or "done"; anything else is refused.
Edit set_action_status(Audit& a, const std::string& action_key, std::string_view status, const std::string& now_iso);

// A value in the audit that breaks a rule: kept as it was (from a file made by
// hand or by an older version) until someone fixes it. `field` names it as the
// app's widgets do ("profile-date", "due-<action key>", "item-note" with `key`
// the item's), so the app can show the message at the field.
struct ValueToFix {
    std::string field;    // "profile-library", "profile-branch", "profile-date", "profile-roles",
                          // "owner", "due", "cost", "notes" (plan actions), "item-note"
    std::string key;      // the action's or the item's key; "" for the profile
    std::string message;  // the whole sentence: what, which value, what to do
};
std::vector<ValueToFix> values_to_fix(const Audit& a);

// A plan action's text as the plan shows it ("Find out: ..." for a find-out
// task), shortened for a message; the key itself when the checklist does not have it.
std::string action_name(const Audit& a, const std::string& action_key);

} // namespace wa
