// "Words used here": the terms the checklists keep (lbf, N, CFR, WCAG, H.E.A.T. ...)
// explained in a sentence each, behind one disclosure button on the Audit screen,
// so an item's text stays short and nobody has to leave the page to look one up.
#include <imgui.h>

#include "app/app.h"
#include "app/strings.h"
#include "app/ui.h"

namespace wa {

void App::draw_glossary() {
    const LawText& l = tr_law();
    ui::ButtonStyle b;
    // One button whose name stays the same; aria-expanded says whether the list is shown.
    b.selected = audit_screen_.show_glossary;
    b.expanded = audit_screen_.show_glossary ? 1 : 0;
    if (ui::button("toggle-glossary", l.glossary_button, b)) audit_screen_.show_glossary = !audit_screen_.show_glossary;
    if (!audit_screen_.show_glossary) return;
    ui::heading("glossary-heading", 3, l.glossary_heading);
    for (const LawText::Term& term : l.glossary) {
        const std::string line = std::string(term.term) + ": " + term.meaning;
        ui::text(line.c_str());
    }
}

}  // namespace wa
