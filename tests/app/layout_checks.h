// Layout checks over the mirror's nodes (issue 21 for a finger, issue 25 for
// Spanish, which runs about a quarter longer than English): nothing runs past
// the window or the area that clips it, targets of a finger's size, and no two
// visible nodes drawn over each other.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app/theme.h"
#include "app/ui.h"
#include "core/audit.h"

namespace wa_test {

using namespace wa;

// The stress of many answers: every third item answered, each answer in
// turn, so the plan, the Review chart and the essential gaps all have rows.
inline void answer_every_third(Audit& a) {
    int k = 0;
    const Answer answers[] = {Answer::Met, Answer::Partly, Answer::NotMet, Answer::NotApplicable, Answer::NotSure};
    for (const Checklist& c : a.checklists)
        for (const Section& s : c.sections)
            for (const Item& it : s.items)
                if (k++ % 3 == 0) set_answer(a, c.id, it.id, answers[k % 5], "2026-11-26T09:00:00Z");
}

inline bool interactive(ui::Role r) {
    switch (r) {
        case ui::Role::Button: case ui::Role::Toggle: case ui::Role::Radio: case ui::Role::Checkbox:
        case ui::Role::TextField: case ui::Role::TextArea: case ui::Role::Tab: case ui::Role::Link: return true;
        default: return false;
    }
}

// Wholly inside its visible area (the window, a scrolling region), vertically:
// the part of a long screen scrolled out of view is not judged.
inline bool in_view(const ui::Node& n) { return n.y >= n.clip_y - 0.5f && n.y + n.h <= n.clip_y + n.clip_h + 0.5f; }

// Nothing runs past the right edge of the window or of the area that clips it.
inline void check_inside(float width, const std::string& where) {
    for (const ui::Node& n : ui::nodes()) {
        if (n.w <= 0 || n.h <= 0) continue;
        CAPTURE(where);
        CAPTURE(n.id);
        CAPTURE(n.label.substr(0, 80));
        CHECK(n.x >= -0.5f);
        CHECK(n.x + n.w <= width + 0.5f);
        CHECK(n.x + n.w <= n.clip_x + n.clip_w + 0.5f);
    }
}

// Targets of a finger's size, and room between them.
inline void check_targets(const std::string& where) {
    std::vector<const ui::Node*> seen;
    for (const ui::Node& n : ui::nodes())
        if (interactive(n.role) && !n.disabled && in_view(n) && n.w > 0) seen.push_back(&n);
    for (size_t i = 0; i < seen.size(); ++i) {
        const ui::Node& a = *seen[i];
        CAPTURE(where);
        CAPTURE(a.id);
        CHECK(a.w >= theme::kMinTouchTarget - 0.5f);
        CHECK(a.h >= theme::kMinTouchTarget - 0.5f);
        for (size_t j = i + 1; j < seen.size(); ++j) {
            const ui::Node& b = *seen[j];
            const float dx = std::max(a.x, b.x) - std::min(a.x + a.w, b.x + b.w);
            const float dy = std::max(a.y, b.y) - std::min(a.y + a.h, b.y + b.h);
            CAPTURE(b.id);
            CHECK(std::max(dx, dy) >= 8.0f - 0.5f);
        }
    }
}

// No two nodes wholly in view overlap by more than a pixel: text drawn over a
// button, a label over its field, a long word over the next column. The nodes
// are flat (a table's cells, a button, a line of text; no containers), so any
// overlap is one thing drawn on another.
inline void check_no_overlap(const std::string& where) {
    std::vector<const ui::Node*> seen;
    for (const ui::Node& n : ui::nodes())
        if (n.w > 0 && n.h > 0 && in_view(n)) seen.push_back(&n);
    for (size_t i = 0; i < seen.size(); ++i)
        for (size_t j = i + 1; j < seen.size(); ++j) {
            const ui::Node& a = *seen[i];
            const ui::Node& b = *seen[j];
            const float ox = std::min(a.x + a.w, b.x + b.w) - std::max(a.x, b.x);
            const float oy = std::min(a.y + a.h, b.y + b.h) - std::max(a.y, b.y);
            CAPTURE(where);
            CAPTURE(a.id);
            CAPTURE(a.label.substr(0, 60));
            CAPTURE(b.id);
            CAPTURE(b.label.substr(0, 60));
            CHECK_FALSE((ox > 1.0f && oy > 1.0f));
        }
}

}  // namespace wa_test
