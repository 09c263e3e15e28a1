// Typed fields: every field a person types into goes through a core setter
// (core/edit.h), so the app holds, saves and exports only what its own loader
// reads back. What the setter says is shown at the field, where the eyes are.
#include <imgui.h>

#include "app/app.h"
#include "core/say.h"
#include "app/strings.h"
#include "app/theme.h"
#include "app/ui.h"
#include "core/dates.h"
#include "core/field_rules.h"

namespace wa {

const ValueToFix* App::value_to_fix(const char* field, const std::string& key) {
    if (!derived_.has_fixes) {
        derived_.fixes = values_to_fix(audit_);
        derived_.has_fixes = true;
    }
    for (const ValueToFix& v : derived_.fixes)
        if (v.field == field && v.key == key) return &v;
    return nullptr;
}

bool App::typed_field(const char* id, const char* label, const std::string& value, const Setter& set,
                      const TypedFieldStyle& style) {
    const std::string sid = id;
    // A refused text stays in the field as typed (it is the person's), never
    // replaced by the value kept; anything accepted replaces the draft.
    auto draft = field_drafts_.find(sid);
    std::string shown = draft != field_drafts_.end() ? draft->second : value;
    auto note = field_notes_.find(sid);
    // The field's description: the hint, then what was said about the last edit
    // or the value kept that breaks a rule, so a screen reader reads it with the field.
    std::string description = style.hint ? style.hint : "";
    const std::string said = note != field_notes_.end() ? note->second : std::string();
    const std::string fix = style.fix ? style.fix->message : std::string();
    for (const std::string* extra : {&said, &fix})
        if (!extra->empty()) description += (description.empty() ? "" : " ") + *extra;
    bool changed = false;
    if (ui::text_field(id, label, &shown, style.height, description.empty() ? nullptr : description.c_str(),
                       style.input_mode, style.max_chars)) {
        const Edit e = set(shown);
        if (e.result == Edit::Refused) {
            field_drafts_[sid] = shown;
            field_notes_[sid] = e.message;
            announce_ = e.message;
        } else {
            field_drafts_.erase(sid);
            if (e.result == Edit::Cut) {
                field_notes_[sid] = e.message;
                announce_ = e.message;
            } else if (!e.read_as.empty() && !is_iso_date(shown)) {
                // A date typed in another form (a browser without a date
                // picker, a paste): say back the day it was read as.
                field_notes_[sid] = say(tr_entry().date_read_as, e.read_as.c_str());
            } else {
                field_notes_.erase(sid);
            }
            if (e.changed()) {
                mark_changed();
                changed = true;
            }
        }
    }
    note = field_notes_.find(sid);
    if (note != field_notes_.end()) ui::text_id((sid + "-said").c_str(), note->second.c_str());
    if (style.fix) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::to_vec4(theme::colors().bad));
        ui::text_id((sid + "-fix").c_str(), style.fix->message.c_str());
        ImGui::PopStyleColor();
        // A date kept in words ("May 15, 2025") that reads as one day: one press takes it.
        if (style.input_mode && std::string(style.input_mode) == "date") {
            const TypedDate d = read_typed_date(value);
            if (d.ok) {
                const std::string use = say(tr_entry().date_use, long_date_text(d.iso).c_str());
                if (ui::button((sid + "-use").c_str(), use.c_str()) && set(d.iso).changed()) {
                    mark_changed();
                    changed = true;
                    ui::request_focus(id);  // the button is gone next frame; the field keeps the focus
                    ui::replace_text(id);
                    announce_ = use;
                }
            }
        }
    }
    return changed;
}

void App::stray_typing() { announce_ = tr_entry().stray_typing; }

void App::forget_field_notes() {
    field_notes_.clear();
    field_drafts_.clear();
}

}  // namespace wa
