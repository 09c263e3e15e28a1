// The Library screen: who and what is audited. Roles only, never names.
#include <imgui.h>

#include "app/app.h"
#include "app/browser.h"
#include "app/strings.h"
#include "app/ui.h"
#include "core/field_rules.h"
#include "core/law.h"

namespace wa {

void App::draw_library() {
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
    draw_library_kind(p);
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
    if (ui::button("profile-continue", t.continue_button, primary)) go(Screen::Checklists);
}

// Which ADA title applies (core/law.h): one choice of three; none chosen means "not said".
void App::draw_library_kind(const Profile& p) {
    const LawText& l = tr_law();
    ImGui::Spacing();
    ui::text(l.kind_label);
    static const LibraryKind kKinds[] = {LibraryKind::Public, LibraryKind::Private, LibraryKind::NotSure};
    static const char* const kIds[] = {"kind-public", "kind-private", "kind-not-sure"};
    for (int i = 0; i < 3; ++i) {
        const char* id = library_kind_id(kKinds[i]);
        if (ui::radio("library-kind", l.kind_label, kIds[i], l.kind_names[i], p.library_kind == id) &&
            set_library_kind(audit_, id, browser::now_iso()).changed())
            mark_changed();
    }
    ui::text(l.kind_help, true);
    ImGui::Spacing();
}

}  // namespace wa
