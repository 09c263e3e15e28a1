// Library profile: who and what is audited. Roles only, never names.
#include <imgui.h>

#include "app/app.h"
#include "app/browser.h"
#include "app/strings.h"
#include "app/ui.h"
#include "core/field_rules.h"

namespace wa {

void App::draw_profile() {
    const UiText& t = tr();
    ui::heading("screen-heading", 1, t.profile_title);
    ui::text(t.profile_help);
    const Profile& p = audit_.profile;
    // Every field through the core's setters (core/edit.h): the same rules as
    // the loader's, so what is typed here always opens again.
    typed_field("profile-library", t.library_name, p.library,
                [&](std::string_view v) { return set_profile_text(audit_, ProfileText::Library, v, browser::now_iso()); },
                {0, nullptr, nullptr, value_to_fix("profile-library", ""), int(kMaxNameChars)});
    typed_field("profile-branch", t.branch_name, p.branch,
                [&](std::string_view v) { return set_profile_text(audit_, ProfileText::Branch, v, browser::now_iso()); },
                {0, nullptr, nullptr, value_to_fix("profile-branch", ""), int(kMaxNameChars)});
    // A real date input (the browser's date picker; the file keeps YYYY-MM-DD).
    typed_field("profile-date", t.audit_date, p.date,
                [&](std::string_view v) { return set_profile_date(audit_, v, browser::now_iso()); },
                {0, t.audit_date_hint, "date", value_to_fix("profile-date", "")});
    // Roles are edited as lines of one text area: simplest for a person and a
    // screen reader. Blank lines are not roles (the field keeps them while it
    // is being typed in: the mirror never overwrites a focused field).
    std::string roles;
    for (size_t i = 0; i < p.auditor_roles.size(); ++i) roles += (i ? "\n" : "") + p.auditor_roles[i];
    typed_field("profile-roles", t.auditor_roles, roles,
                [&](std::string_view v) { return set_auditor_roles(audit_, v, browser::now_iso()); },
                {ImGui::GetFrameHeight() * 3.0f, t.auditor_roles_hint, nullptr, value_to_fix("profile-roles", "")});
    ImGui::Spacing();
    if (ui::button("profile-back", t.back_button)) go(Screen::Start);
    ImGui::SameLine();
    ui::ButtonStyle primary;
    primary.primary = true;
    if (ui::button("profile-continue", t.continue_button, primary)) go(Screen::Choose);
}

}  // namespace wa
