// Walk: the figure of an item that measures or counts itself (core/measure.h).
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
#include "app/format.h"
#include "app/strings.h"
#include "app/ui.h"
#include "core/measure.h"

namespace wa {
namespace {

// "8", "8.5", "8,5" (a decimal comma), " 36 ": a figure as people type it. False otherwise.
bool parse_figure(std::string text, double& out) {
    for (char& ch : text)
        if (ch == ',') ch = '.';
    const size_t first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return false;
    const size_t last = text.find_last_not_of(" \t");
    text = text.substr(first, last - first + 1);
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size()) return false;
    if (!(v > -1e9 && v < 1e9)) return false;  // also refuses "nan" and "inf"
    out = v;
    return true;
}

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
        if (measure_units_.count(key)) unit = measure_units_[key];
        if (!m.metric_unit.empty()) {
            const std::string group_label = format(t.measure_unit_group, m.what.c_str());
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
                    unit = names[i];
                    measure_units_[key] = unit;
                    // The figure typed is read in the unit now chosen: the unit is part of what was typed.
                    if (resp && !resp->measurement.unit.empty()) {
                        set_measurement(response_for(audit_, c.id, item.id), resp->measurement.value, unit,
                                        browser::now_iso());
                        changed();
                    }
                }
            }
        }
        std::string draft;
        auto d = measure_drafts_.find(key);
        if (d != measure_drafts_.end()) draft = d->second;
        else if (resp && !resp->measurement.unit.empty()) draft = number_text(resp->measurement.value);
        const std::string label = format(t.measure_label, m.what.c_str(), unit.c_str());
        // A figure is short: a field about 12 characters wide, not the whole line.
        ImGui::PushItemWidth(std::min(ImGui::CalcItemWidth(), ImGui::CalcTextSize("0000000000000").x));
        const bool typed = ui::text_field("measure-value", label.c_str(), &draft, 0, t.measure_hint, "decimal");
        ImGui::PopItemWidth();
        if (typed) {
            measure_drafts_[key] = draft;
            double v = 0;
            if (draft.find_first_not_of(" \t") == std::string::npos) {
                if (resp && !resp->measurement.unit.empty()) {
                    clear_measurement(response_for(audit_, c.id, item.id));
                    changed();
                }
                measure_error_.clear();
            } else if (parse_figure(draft, v)) {
                set_measurement(response_for(audit_, c.id, item.id), v, unit, browser::now_iso());
                changed();
                measure_error_.clear();
            } else {
                if (measure_error_.empty()) announce_ = t.measure_not_number;  // said once, not at every key
                measure_error_ = t.measure_not_number;  // the figure kept before stays kept
            }
            resp = find_response(audit_, c.id, item.id);
        }
        if (!measure_error_.empty()) ui::text_id("measure-error", measure_error_.c_str());
        // The rule on its own until there is a figure; then the suggestion below says it.
        if (!resp || resp->measurement.unit.empty()) {
            const std::string rule = format(t.rule_label, sentence(measure_rule_text(m)).c_str());
            ui::text_id("measure-rule", rule.c_str(), true);
        }
    } else {
        const TallyRule& rule = *item.tally;
        ui::heading("tally-heading", 3, t.tally_heading);
        const std::string each = sentence(format(t.tally_question, rule.each.c_str(), rule.what.c_str()));
        ui::text_id("tally-question", each.c_str());
        const TallyTotal before = resp ? tally_total(resp->tally) : TallyTotal{};
        // Large targets for a tablet held at the desk: two side by side, or stacked when narrow.
        const float full_w = ImGui::CalcItemWidth();
        const bool side = full_w > 420.0f * text_scale_;
        ui::ButtonStyle big;
        big.height = ImGui::GetFrameHeight() * 2.0f;
        big.width = side ? (full_w - ImGui::GetStyle().ItemSpacing.x) * 0.5f : full_w;
        const std::string yes_name = format(t.tally_add_yes_name, rule.what.c_str(), before.yes);
        const std::string no_name = format(t.tally_add_no_name, rule.what.c_str(), before.no);
        // The counts on the buttons too, to be seen at a glance; neither answer is
        // coloured as the one to press.
        const std::string yes_label = format(t.tally_add_yes, before.yes);
        const std::string no_label = format(t.tally_add_no, before.no);
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
                                 : format(t.tally_counts, n.yes, n.no, (100 * n.yes + n.count() / 2) / n.count(),
                                          n.count());
        // A polite live status: each tap is heard, with the running share (and, below, what it suggests).
        ui::status("tally-counts", counts.c_str());
        if (step != 0) counted = counts;
        if (n.count() == 0) {
            const std::string rule_line = format(t.rule_label, sentence(tally_rule_text(rule)).c_str());
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
        const std::string use = format(t.use_suggestion, t.answer_names[si]);
        ui::ButtonStyle us;
        us.disabled = resp && resp->answer == suggested;
        if (ui::button("use-suggestion", use.c_str(), us)) answer_current(suggested);
    }
    if (is_override(item, resp)) ui::text_id("figure-override", t.override_note);
}

}  // namespace wa
