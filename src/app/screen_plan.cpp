// Plan: actions sorted by priority (the core's order), filterable, with owner,
// due date, status, cost estimate and notes editable in place.
#include <cstdio>

#include <imgui.h>

#include "app/app.h"
#include "core/say.h"
#include "app/browser.h"
#include "app/strings.h"
#include "app/theme.h"
#include "app/ui.h"
#include "core/field_rules.h"
#include "core/plan.h"
#include "core/words.h"

namespace wa {
namespace {

bool passes(int filter, const PlanAction& a) {
    switch (filter) {
        case 1: return a.quick_win;
        case 2: return a.state.status == "todo";
        case 3: return a.state.status == "doing";
        case 4: return a.state.status == "done";
        default: return true;
    }
}

}  // namespace

void App::draw_plan() {
    const UiText& t = tr();
    const std::vector<PlanAction>& plan = current_plan();
    ui::heading("screen-heading", 1, t.plan_title);
    ui::text(t.plan_help, true);
    if (plan.empty()) {
        ui::text_id("plan-empty", t.plan_empty);
        return;
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(t.filter_label);
    for (int f = 0; f < 5; ++f) {
        ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(t.filter_names[f]).x + 60) ImGui::NewLine();
        std::string id = say("filter-%d", f);
        if (ui::radio("plan-filter", t.filter_label, id.c_str(), t.filter_names[f], plan_screen_.filter == f)) {
            plan_screen_.filter = f;
            plan_screen_.page = 0;
        }
    }
    // With more than one checklist, the plan can also show one checklist at a time.
    if (audit_.checklists.size() > 1) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(t.checklist_filter_label);
        for (int c = -1; c < static_cast<int>(audit_.checklists.size()); ++c) {
            const char* name = c < 0 ? t.filter_names[0] : audit_.checklists[static_cast<size_t>(c)].title.c_str();
            const std::string cid = c < 0 ? std::string() : audit_.checklists[static_cast<size_t>(c)].id;
            ImGui::SameLine();
            if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(name).x + 60) ImGui::NewLine();
            const std::string id = "plan-checklist-" + (c < 0 ? std::string("all") : cid);
            if (ui::radio("plan-checklist", t.checklist_filter_label, id.c_str(), name, plan_screen_.checklist == cid)) {
                plan_screen_.checklist = cid;
                plan_screen_.page = 0;
            }
        }
    }
    auto shows = [&](const PlanAction& a) {
        return passes(plan_screen_.filter, a) && (plan_screen_.checklist.empty() || a.checklist_id == plan_screen_.checklist);
    };
    int shown = 0;
    for (const PlanAction& a : plan) shown += shows(a) ? 1 : 0;
    std::string buf = say(t.shown_of, shown, static_cast<int>(plan.size()));
    ui::status("plan-count", buf.c_str());

    // One page of the actions shown (draw_pager): the rest are a Next button away.
    const int first = draw_pager("plan", t.actions_word, &plan_screen_.page, shown);
    int rank = 0, index = -1;
    for (const PlanAction& a : plan) {
        ++rank;
        if (!shows(a)) continue;
        ++index;
        if (index < first) continue;
        if (index >= first + kPageSize) break;
        ImGui::Separator();
        const bool open = plan_screen_.open_key == a.key;
        std::string label = std::to_string(rank) + ". " + (a.quick_win ? std::string(t.quick_win) + ": " : "") + a.text;
        ui::ButtonStyle row;
        row.selected = open;
        row.expanded = open ? 1 : 0;  // the row opens its details below it
        row.width = ImGui::CalcItemWidth();
        const int status = a.state.status == "done" ? 2 : a.state.status == "doing" ? 1 : 0;
        buf = say(t.action_meta, t.cost_names[static_cast<int>(a.cost)],
                      t.effort_names[static_cast<int>(a.effort)], t.status_names[status]);
        std::string desc = a.checklist_title + " · " + a.item_prompt + " · " + buf;
        row.description = desc.c_str();
        row.name_drawn_by_caller = true;
        ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
        // Long action texts wrap inside the button: ImGui buttons are one line, so the
        // label is drawn wrapped over an empty button of the right height.
        const float wrap_w = row.width - ImGui::GetStyle().FramePadding.x * 2;
        const ImVec2 text_size = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap_w);
        row.height = text_size.y + ImGui::GetStyle().FramePadding.y * 2;
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        const std::string row_id = "action-" + a.key;
        row.name = label.c_str();  // the button draws no text itself; its name is the label
        bool clicked = ui::button(row_id.c_str(), "##row", row);
        if (page_turned_) {  // the page just turned: reading and Tab go on from its first row
            page_turned_ = false;
            ui::request_focus(row_id);
        }
        ImGui::PopStyleVar();
        if (!ui::font_lacks(label.c_str()))  // else the page draws it (ButtonStyle::name_drawn_by_caller)
            ImGui::GetWindowDrawList()->AddText(
            nullptr, 0.0f, ImVec2(pos.x + ImGui::GetStyle().FramePadding.x, pos.y + ImGui::GetStyle().FramePadding.y),
            ImGui::GetColorU32(open ? theme::on_accent() : ImGui::GetStyleColorVec4(ImGuiCol_Text)), label.c_str(),
            nullptr, wrap_w);
        if (clicked) plan_screen_.open_key = open ? std::string() : a.key;
        // Closed or open, each row says who owns it and by when.
        const EntryText& et = tr_entry();
        const std::string who = say(et.action_owner_due, a.state.owner.empty() ? et.action_no_owner : a.state.owner.c_str(),
                                       a.state.due.empty() ? et.action_no_due : date_text(a.state.due).c_str());
        ui::text_id(("meta-" + a.key).c_str(), (a.checklist_title + " · " + buf + " · " + who).c_str(), true);
        // A measured or counted item's figure, what it suggests and any override (core/measure.h).
        if (!a.figure.empty()) ui::text_id(("figure-" + a.key).c_str(), a.figure.c_str(), true);
        if (!open) continue;

        ImGui::Indent();
        ui::text_id(("prompt-" + a.key).c_str(), a.item_prompt.c_str(), true);
        const std::string owner_id = "owner-" + a.key;
        // The checklist's suggestion is said as one, beside a button that takes
        // it; it stays while the owner differs, so nothing appears or vanishes
        // beside the field as it is typed in.
        if (!a.suggested_owner.empty() && a.state.owner != a.suggested_owner) {
            ui::text_id(("owner-suggested-" + a.key).c_str(), say(et.owner_suggested, a.suggested_owner.c_str()).c_str(), true);
            ImGui::SameLine();
            if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(et.owner_use).x + 40.0f * text_scale_) ImGui::NewLine();
            const std::string use_name = say(et.owner_use_name, a.suggested_owner.c_str());
            ui::ButtonStyle us;
            us.name = use_name.c_str();
            if (ui::button(("use-owner-" + a.key).c_str(), et.owner_use, us) &&
                set_action_text(audit_, a.key, ActionText::Owner, a.suggested_owner, browser::now_iso()).changed()) {
                mark_changed();
                ui::request_focus(owner_id);  // the button goes; the focus goes to the field it filled
                ui::replace_text(owner_id);
                announce_ = std::string(t.owner) + ": " + a.suggested_owner + "." + t.saved_suffix;
            }
        }
        // The fields show the audit as it is now, not as the plan was worked
        // out at the start of this frame: the suggestion just taken shows at once.
        const ActionState* live = find_action_state(audit_, a.key);
        const ActionState state = live ? *live : ActionState{};
        const std::string& key = a.key;
        auto now = [] { return browser::now_iso(); };
        typed_field(owner_id.c_str(), t.owner, state.owner,
                    [&](std::string_view v) { return set_action_text(audit_, key, ActionText::Owner, v, now()); },
                    {0, nullptr, nullptr, value_to_fix("owner", key), int(kMaxNameChars)});
        typed_field(("due-" + key).c_str(), t.due, state.due,
                    [&](std::string_view v) { return set_action_due(audit_, key, v, now()); },
                    {0, t.due_hint, "date", value_to_fix("due", key)});
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(t.status_label);
        static const char* kStatus[3] = {"todo", "doing", "done"};
        for (int s = 0; s < 3; ++s) {
            ImGui::SameLine();
            const std::string sid = "status-" + std::string(kStatus[s]) + "-" + key;
            if (ui::radio(("status-" + key).c_str(), t.status_label, sid.c_str(), t.status_names[s],
                          state.status == kStatus[s]) &&
                set_action_status(audit_, key, kStatus[s], now()).changed()) {
                mark_changed();
                announce_ = std::string(t.status_label) + ": " + t.status_names[s] + "." + t.saved_suffix;
            }
        }
        typed_field(("cost-" + key).c_str(), t.cost_estimate, state.cost_estimate,
                    [&](std::string_view v) { return set_action_text(audit_, key, ActionText::CostEstimate, v, now()); },
                    {0, nullptr, nullptr, value_to_fix("cost", key), int(kMaxNameChars)});
        typed_field(("notes-" + key).c_str(), t.notes, state.notes,
                    [&](std::string_view v) { return set_action_text(audit_, key, ActionText::Notes, v, now()); },
                    {ImGui::GetFrameHeight() * 2.5f, nullptr, nullptr, value_to_fix("notes", key), int(kMaxLongTextChars)});
        ImGui::Unindent();
    }
}

}  // namespace wa
