// The Audit screen: the figure of an item that measures or counts itself (core/measure.h).
//
// A measured item gets a number field with a unit choice (the item's unit or
// its metric twin: the figure is kept as typed, in the unit chosen); a
// counted item gets large "+ Yes" and "+ No" buttons, with a way to take
// one back. Both show the rule, what the figure suggests and why, and a
// button that gives the suggested answer. The answer stays the auditor's: an
// answer that differs from the suggestion is kept, and said to be an override.
// Everything is a ui:: widget, so the mirror reads it and the keyboard reaches it.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>

#include <imgui.h>

#include "app/app.h"
#include "app/browser.h"
#include "core/say.h"
#include "app/strings.h"
#include "app/ui.h"
#include "core/measure.h"

namespace wa {
namespace {

int answer_index(Answer a) { return static_cast<int>(a) - static_cast<int>(Answer::Met); }

// A line that starts a sentence on screen: "Door opening force 8 lbf ...".
std::string sentence(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

}  // namespace

void App::draw_figures(const Checklist& c, const Item& item) {
    if (!item.measure && !item.tally) return;
    const UiText& t = tr();
    const std::string key = item_key(c.id, item.id);
    const Response* resp = find_response(audit_, c.id, item.id);
    // A figure entered changes the audit as an answer does: its time, then a save.
    auto changed = [this] {
        audit_.updated_at = browser::now_iso();
        mark_changed();
    };

    std::string counted;  // after a tap: the counts, said with what they now suggest

    if (item.measure) {
        const Measure& m = *item.measure;
        ui::heading("measure-heading", 3, t.measure_heading);
        // The unit: as stored with the figure, else as last chosen here, else the item's.
        std::string unit = resp && !resp->measurement.unit.empty() ? resp->measurement.unit : m.unit;
        if (audit_screen_.measure_units.count(key)) unit = audit_screen_.measure_units[key];
        const EntryText& et = tr_entry();
        const bool has_figure = resp && !resp->measurement.unit.empty();
        if (!m.metric_unit.empty()) {
            const std::string group_label = say(t.measure_unit_group, m.what.c_str());
            ImGui::AlignTextToFramePadding();
            ui::text(t.measure_unit);
            ImGui::SameLine();
            ui::ButtonStyle us;
            us.height = ImGui::GetFrameHeight() * 1.2f;
            us.width = ImGui::CalcTextSize("mmmmm").x + 24.0f * text_scale_;
            const std::string names[2] = {m.unit, m.metric_unit};
            const char* ids[2] = {"measure-unit", "measure-unit-metric"};
            for (int i = 0; i < 2; ++i) {
                ImGui::SameLine();
                if (ui::radio("measure-unit", group_label.c_str(), ids[i], names[i].c_str(), unit == names[i], us) &&
                    unit != names[i]) {
                    if (has_figure) {
                        // A figure is there: the person says whether it is to be
                        // converted or was measured in the other unit. Nothing
                        // changes until then.
                        audit_screen_.unit_question = {key, names[i]};
                        ui::request_focus("unit-convert");
                    } else {
                        unit = names[i];
                        audit_screen_.measure_units[key] = unit;
                    }
                }
            }
        }
        if (has_figure && audit_screen_.unit_question.first == key && audit_screen_.unit_question.second != resp->measurement.unit) {
            const std::string& to = audit_screen_.unit_question.second;
            const Measurement& x = resp->measurement;
            const bool to_metric = to == m.metric_unit;
            const std::string typed = number_text(x.value) + " " + x.unit;
            const std::string converted = number_text(convert_figure(m, x.value, to_metric)) + " " + to;
            const std::string relabelled = number_text(x.value) + " " + to;
            ui::text_id("unit-question", say(et.unit_question, typed.c_str(), x.unit.c_str(), to.c_str()).c_str());
            int choice = 0;
            if (ui::button("unit-convert", say(et.unit_convert, converted.c_str()).c_str())) choice = 1;
            ImGui::SameLine();
            if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(relabelled.c_str()).x + 120.0f * text_scale_)
                ImGui::NewLine();
            if (ui::button("unit-relabel", say(et.unit_relabel, relabelled.c_str()).c_str())) choice = 2;
            if (choice) {
                const double v = choice == 1 ? convert_figure(m, x.value, to_metric) : x.value;
                set_measurement(response_for(audit_, c.id, item.id), v, to, browser::now_iso());
                audit_screen_.measure_units[key] = to;
                audit_screen_.measure_drafts.erase(key);
                audit_screen_.unit_question = {};
                changed();
                resp = find_response(audit_, c.id, item.id);
                unit = to;
                announce_ = say(choice == 1 ? et.unit_converted : et.unit_relabelled,
                                   measurement_text(m, resp->measurement).c_str());
                ui::request_focus("measure-value");  // the buttons go; the figure's field takes the focus
                ui::replace_text("measure-value");
            }
        }
        std::string draft;
        auto d = audit_screen_.measure_drafts.find(key);
        if (d != audit_screen_.measure_drafts.end()) draft = d->second;
        else if (has_figure) draft = number_text(resp->measurement.value);
        const std::string label = say(t.measure_label, m.what.c_str(), unit.c_str());
        // A figure is short: a field about 12 characters wide, not the whole line.
        ImGui::PushItemWidth(std::min(ImGui::CalcItemWidth(), ImGui::CalcTextSize("0000000000000").x));
        const bool typed = ui::text_field("measure-value", label.c_str(), &draft, 0, t.measure_hint, "decimal");
        ImGui::PopItemWidth();
        if (typed) {
            audit_screen_.measure_drafts[key] = draft;
            const Answer before = suggested_answer(item, resp);
            const std::string error_before = audit_screen_.measure_error;
            double v = 0;
            if (draft.find_first_not_of(" \t") == std::string::npos) {
                if (resp && !resp->measurement.unit.empty()) {
                    clear_measurement(response_for(audit_, c.id, item.id));
                    changed();
                }
                audit_screen_.measure_error.clear();
            } else if (!read_typed_figure(draft, v)) {
                audit_screen_.measure_error = t.measure_not_number;  // the figure kept before stays kept
            } else if (const FigureCheck check = check_figure(m, v, unit); check != FigureCheck::Fine) {
                // Refused at entry, said at the field; the figure kept before stays kept.
                audit_screen_.measure_error = check == FigureCheck::Negative
                                     ? std::string(et.figure_negative)
                                     : say(et.figure_too_large, (number_text(v) + " " + unit).c_str());
            } else {
                set_measurement(response_for(audit_, c.id, item.id), v, unit, browser::now_iso());
                changed();
                audit_screen_.measure_error.clear();
            }
            resp = find_response(audit_, c.id, item.id);
            // What the figure suggests is said when it changes, not at every key.
            const Answer after = suggested_answer(item, resp);
            const int ai = answer_index(after);
            if (after != before && ai >= 0 && ai < 5)
                announce_ = say(et.suggestion_said, t.answer_names[ai], suggestion_text(item, resp).c_str());
            if (!audit_screen_.measure_error.empty() && audit_screen_.measure_error != error_before) announce_ = audit_screen_.measure_error;  // once, not at every key
        }
        if (!audit_screen_.measure_error.empty()) ui::text_id("measure-error", audit_screen_.measure_error.c_str());
        // The rule on its own until there is a figure; then the suggestion below says it.
        if (!resp || resp->measurement.unit.empty()) {
            const std::string rule = say(t.rule_label, sentence(measure_rule_text(m)).c_str());
            ui::text_id("measure-rule", rule.c_str(), true);
        }
    } else {
        const TallyRule& rule = *item.tally;
        ui::heading("tally-heading", 3, t.tally_heading);
        const std::string each = sentence(say(t.tally_question, rule.each.c_str(), rule.what.c_str()));
        ui::text_id("tally-question", each.c_str());
        const TallyTotal before = resp ? tally_total(resp->tally) : TallyTotal{};
        // Large targets for a tablet held at the desk: two side by side, or stacked when narrow.
        const float full_w = ImGui::CalcItemWidth();
        const bool side = full_w > 420.0f * text_scale_;
        ui::ButtonStyle big;
        big.height = ImGui::GetFrameHeight() * 2.0f;
        big.width = side ? (full_w - ImGui::GetStyle().ItemSpacing.x) * 0.5f : full_w;
        const std::string yes_name = say(t.tally_add_yes_name, rule.what.c_str(), before.yes);
        const std::string no_name = say(t.tally_add_no_name, rule.what.c_str(), before.no);
        // The counts on the buttons too, to be seen at a glance; neither answer is
        // coloured as the one to press.
        const std::string yes_label = say(t.tally_add_yes, before.yes);
        const std::string no_label = say(t.tally_add_no, before.no);
        int step = 0;  // +1 yes, -1 take back a yes, +2 no, -2 take back a no
        big.name = yes_name.c_str();
        if (ui::button("tally-yes", yes_label.c_str(), big)) step = 1;
        if (side) ImGui::SameLine();
        big.name = no_name.c_str();
        if (ui::button("tally-no", no_label.c_str(), big)) step = 2;
        ui::ButtonStyle undo;
        undo.disabled = before.yes == 0;
        if (ui::button("tally-yes-undo", t.tally_undo_yes, undo)) step = -1;
        ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(t.tally_undo_no).x + 40.0f * text_scale_)
            ImGui::NewLine();
        undo.disabled = before.no == 0;
        if (ui::button("tally-no-undo", t.tally_undo_no, undo)) step = -2;
        if (step != 0) {
            tally_step(response_for(audit_, c.id, item.id), step == 1 || step == -1, step > 0 ? 1 : -1,
                       browser::now_iso());
            changed();
            resp = find_response(audit_, c.id, item.id);
        }
        const TallyTotal n = resp ? tally_total(resp->tally) : TallyTotal{};
        std::string counts = n.count() == 0
                                 ? std::string(t.tally_none)
                                 : say(t.tally_counts, n.yes, n.no, (100 * n.yes + n.count() / 2) / n.count(),
                                          n.count());
        // A polite live status: each tap is heard, with the running share (and, below, what it suggests).
        ui::status("tally-counts", counts.c_str());
        if (step != 0) counted = counts;
        if (n.count() == 0) {
            const std::string rule_line = say(t.rule_label, sentence(tally_rule_text(rule)).c_str());
            ui::text_id("tally-rule", rule_line.c_str(), true);
        }
    }

    // What the figure suggests, and why; then a button that gives that answer.
    const Answer suggested = suggested_answer(item, resp);
    const std::string why = suggestion_text(item, resp);
    ui::text_id("figure-suggestion", why.empty() ? t.suggestion_none : sentence(why).c_str());
    if (!counted.empty()) announce_ = counted + (why.empty() ? "" : " " + why + ".") + t.saved_suffix;
    const int si = answer_index(suggested);
    if (si >= 0 && si < 5) {
        const std::string use = say(t.use_suggestion, t.answer_names[si]);
        ui::ButtonStyle us;
        us.disabled = resp && resp->answer == suggested;
        if (ui::button("use-suggestion", use.c_str(), us)) answer_current(suggested);
    }
    if (is_override(item, resp)) ui::text_id("figure-override", t.override_note);
}

}  // namespace wa
