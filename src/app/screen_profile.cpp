// Library profile: who and what is audited. Roles only, never names.
#include <imgui.h>

#include "app/app.h"
#include "app/strings.h"
#include "app/ui.h"
#include "core/law.h"

namespace wa {

void App::draw_profile() {
    const UiText& t = tr();
    ui::heading("screen-heading", 1, t.profile_title);
    ui::text(t.profile_help);
    Profile& p = audit_.profile;
    if (ui::text_field("profile-library", t.library_name, &p.library)) mark_changed();
    if (ui::text_field("profile-branch", t.branch_name, &p.branch)) mark_changed();
    if (ui::text_field("profile-date", t.audit_date, &p.date, 0, t.audit_date_hint)) mark_changed();
    draw_library_kind(p);
    // Roles are edited as lines of one text area: simplest for a person and a screen reader.
    std::string roles;
    for (size_t i = 0; i < p.auditor_roles.size(); ++i) roles += (i ? "\n" : "") + p.auditor_roles[i];
    if (ui::text_field("profile-roles", t.auditor_roles, &roles, ImGui::GetFrameHeight() * 3.0f,
                       t.auditor_roles_hint)) {
        p.auditor_roles.clear();
        size_t start = 0;
        while (start <= roles.size()) {
            size_t end = roles.find('\n', start);
            if (end == std::string::npos) end = roles.size();
            p.auditor_roles.push_back(roles.substr(start, end - start));
            start = end + 1;
        }
        // Keep an empty last line while typing, but not empty lines elsewhere.
        mark_changed();
    }
    ImGui::Spacing();
    if (ui::button("profile-back", t.back_button)) go(Screen::Start);
    ImGui::SameLine();
    ui::ButtonStyle primary;
    primary.primary = true;
    if (ui::button("profile-continue", t.continue_button, primary)) go(Screen::Choose);
}

// Which ADA title applies (core/law.h): one choice of three; none chosen means "not said".
void App::draw_library_kind(Profile& p) {
    const LawText& l = tr_law();
    ImGui::Spacing();
    ui::text(l.kind_label);
    static const LibraryKind kKinds[] = {LibraryKind::Public, LibraryKind::Private, LibraryKind::NotSure};
    static const char* const kIds[] = {"kind-public", "kind-private", "kind-not-sure"};
    for (int i = 0; i < 3; ++i) {
        const char* id = library_kind_id(kKinds[i]);
        if (ui::radio("library-kind", l.kind_label, kIds[i], l.kind_names[i], p.library_kind == id)) {
            p.library_kind = id;
            mark_changed();
        }
    }
    ui::text(l.kind_help, true);
    ImGui::Spacing();
}

}  // namespace wa
