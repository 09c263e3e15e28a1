// The Audit screen: one item at a time. The prompt, how to check, what good looks like,
// why it matters on demand; five answers as large buttons (keys 1 to 5); a
// note and evidence links; previous, next and next unanswered; the sections
// with their progress.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <imgui.h>

#include "app/app.h"
#include "app/browser.h"
#include "core/say.h"
#include "app/language.h"
#include "app/strings.h"
#include "app/theme.h"
#include "app/ui.h"
#include "core/field_rules.h"
#include "core/law.h"
#include "core/json_reader.h"  // format_bytes

namespace wa {
namespace {

const Answer kAnswers[5] = {Answer::Met, Answer::Partly, Answer::NotMet, Answer::NotApplicable, Answer::NotSure};

}  // namespace

const std::vector<Answer>& App::walk_answers() {
    if (walk_answers_version_ != audit_version_ || walk_answers_.size() != audit_screen_.stops.size()) {
        walk_answers_.resize(audit_screen_.stops.size());
        walk_answered_ = 0;
        for (size_t k = 0; k < audit_screen_.stops.size(); ++k) {
            walk_answers_[k] = answer_of(audit_screen_.stops[k]);
            if (walk_answers_[k] != Answer::Unanswered) ++walk_answered_;
        }
        walk_answers_version_ = audit_version_;
    }
    return walk_answers_;
}

int App::next_unanswered_from(int pos) {
    const std::vector<Answer>& answers = walk_answers();
    const int n = static_cast<int>(answers.size());
    for (int k = 0; k < n; ++k) {
        const int i = (pos + k) % n;
        if (answers[static_cast<size_t>(i)] == Answer::Unanswered) return i;
    }
    return -1;
}

void App::show_item(int pos) {
    if (audit_screen_.stops.empty()) return;
    // A link typed but not added yet is added on the way out (a valid one),
    // or kept for when the person comes back to this item: never dropped.
    if (audit_screen_.pos >= 0 && audit_screen_.pos < static_cast<int>(audit_screen_.stops.size())) {
        const WalkStop& from = audit_screen_.stops[static_cast<size_t>(audit_screen_.pos)];
        auto draft = audit_screen_.evidence_drafts.find(item_key(checklist_of(from).id, item_of(from).id));
        if (draft != audit_screen_.evidence_drafts.end() &&
            add_link_evidence(audit_, checklist_of(from).id, item_of(from).id, draft->second, browser::now_iso()) ==
                EvidenceResult::Added) {
            audit_screen_.evidence_drafts.erase(draft);
            mark_changed();
        }
    }
    audit_screen_.pos = std::clamp(pos, 0, static_cast<int>(audit_screen_.stops.size()) - 1);
    audit_screen_.show_why = false;
    item_changed_ = true;
    audit_screen_.evidence_error.clear();
    audit_screen_.measure_error.clear();
    audit_screen_.unit_question = {};
    forget_field_notes();
    announce_ = item_announcement();
    save_settings();
}

// What a screen reader hears on reaching an item (show_item, the Audit step):
// where it is, the question, its answer, and how far the audit has come.
std::string App::item_announcement() {
    const UiText& t = tr();
    if (audit_screen_.stops.empty()) return t.walk_title;
    const int pos = std::clamp(audit_screen_.pos, 0, static_cast<int>(audit_screen_.stops.size()) - 1);
    const WalkStop& w = audit_screen_.stops[static_cast<size_t>(pos)];
    std::string s = say(t.item_of, pos + 1, static_cast<int>(audit_screen_.stops.size())) + ". " + item_of(w).prompt;
    if (!std::ispunct(static_cast<unsigned char>(s.back()))) s += '.';
    const int answer = static_cast<int>(answer_of(w)) - static_cast<int>(Answer::Met);  // answer_names start at Met
    s += ' ';
    s += answer >= 0 && answer < 5 ? say(tr_status().item_answered, t.answer_names[answer])
                                   : std::string(tr_status().item_unanswered);
    walk_answers();
    return s + ' ' + say(t.answered_of, walk_answered_, static_cast<int>(audit_screen_.stops.size())) + '.';
}

void App::answer_current(Answer a) {
    const WalkStop& w = audit_screen_.stops[static_cast<size_t>(audit_screen_.pos)];
    set_answer(audit_, checklist_of(w).id, item_of(w).id, a, browser::now_iso());
    mark_changed();
    const int name = static_cast<int>(a) - static_cast<int>(Answer::Met);  // answer_names start at Met
    if (name >= 0 && name < 5) announce_ = std::string(tr().answer_names[name]) + "." + tr().saved_suffix;
}

// Evidence for the current item: links (to an album or a document kept
// elsewhere) and photos (shrunk by glue.js and kept in the audit file), each
// listed with its own Remove button; text evidence from a file is listed too.
void App::draw_evidence(const Checklist& c, const Item& item) {
    const UiText& t = tr();
    ui::heading("evidence-heading", 3, t.evidence_heading);
    const Response* resp = find_response(audit_, c.id, item.id);
    const size_t count = resp ? resp->evidence.size() : 0;
    int photos = 0;  // photos are numbered among the item's photos
    for (size_t k = 0; k < count; ++k) {
        const Evidence& e = resp->evidence[k];
        std::string shown = e.kind == "link" ? e.url : e.text;
        if (e.kind == "image") {
            shown = say(t.evidence_photo, ++photos, format_bytes(photo_bytes(e)).c_str());
        }
        if (e.kind != "text" && !e.text.empty()) shown += " (" + e.text + ")";
        std::string id = say("evidence-%zu", k);
        ui::text_id(id.c_str(), shown.c_str());
        ImGui::SameLine();  // beside the text when it fits, else below it (long links, 200% text)
        if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(t.evidence_remove).x + 40.0f * text_scale_)
            ImGui::NewLine();
        id = say("evidence-remove-%zu", k);
        const std::string name = say(t.evidence_remove_name, shown.c_str());
        ui::ButtonStyle rs;
        rs.name = name.c_str();
        if (ui::button(id.c_str(), t.evidence_remove, rs) && remove_evidence(audit_, c.id, item.id, k, browser::now_iso())) {
            mark_changed();
            announce_ = std::string(t.evidence_removed) + t.saved_suffix;
            ui::request_focus("evidence-link");
            return;  // the list changed under the loop
        }
        if (e.kind == "image") {
            id = say("evidence-photo-%zu", k);
            // The page shows the photo from the store, by its reference (storage.js).
            ui::image(id.c_str(), shown.c_str(), e.data_url, 240.0f * text_scale_,
                      180.0f * text_scale_);
        }
    }
    const std::string key = item_key(c.id, item.id);
    std::string draft = audit_screen_.evidence_drafts.count(key) ? audit_screen_.evidence_drafts[key] : std::string();
    if (ui::text_field("evidence-link", t.evidence_link_label, &draft, 0, t.evidence_link_hint)) {
        if (draft.empty()) audit_screen_.evidence_drafts.erase(key);
        else audit_screen_.evidence_drafts[key] = draft;
    }
    if (ui::button("evidence-add", t.evidence_add)) {
        switch (add_link_evidence(audit_, c.id, item.id, draft, browser::now_iso())) {
        case EvidenceResult::Added:
            mark_changed();
            audit_screen_.evidence_drafts.erase(key);
            audit_screen_.evidence_error.clear();
            announce_ = std::string(t.evidence_added) + t.saved_suffix;
            break;
        case EvidenceResult::NotALink:
        case EvidenceResult::NotAPhoto:
        case EvidenceResult::TooBig: audit_screen_.evidence_error = t.evidence_bad_link; announce_ = audit_screen_.evidence_error; break;
        case EvidenceResult::LinkTooLong: audit_screen_.evidence_error = t.evidence_link_too_long; announce_ = audit_screen_.evidence_error; break;
        case EvidenceResult::Full: audit_screen_.evidence_error = t.evidence_full; announce_ = audit_screen_.evidence_error; break;
        }
    }
    // Two ways to a photo: the camera (a tablet walked around the building),
    // or pictures already taken, several at once. Either opens the browser's
    // picker from the press itself (web/glue.js): a tap, a click or a key.
    const FieldText& ft = tr_field();
    ui::ButtonStyle cs;
    cs.picker = "camera";
    cs.description = ft.take_photo_hint;
    const bool camera = ui::button("evidence-camera", ft.take_photo, cs);
    ImGui::SameLine();
    ui::ButtonStyle ps;
    ps.picker = "photo";
    ps.description = t.evidence_photo_hint;
    if (ui::button("evidence-photo", t.evidence_add_photo, ps) || camera) {
        // The picture arrives later (add_photo); it belongs to this item.
        audit_screen_.photo_checklist = c.id;
        audit_screen_.photo_item = item.id;
    }
    ui::text_id("evidence-photo-privacy", ft.photo_privacy, true);
    if (!audit_screen_.evidence_error.empty()) ui::text_id("evidence-error", audit_screen_.evidence_error.c_str());
}

void App::add_photo(const std::string& data_url) {
    const UiText& t = tr();
    if (audit_screen_.photo_item.empty() || !find_checklist(audit_, audit_screen_.photo_checklist)) return;  // no item asked for it
    switch (add_photo_evidence(audit_, audit_screen_.photo_checklist, audit_screen_.photo_item, data_url, browser::now_iso())) {
    case EvidenceResult::Added: {
        // The picture goes to the store; the audit keeps its reference.
        Evidence& added = find_response(audit_, audit_screen_.photo_checklist, audit_screen_.photo_item)->evidence.back();
        added.data_url = browser::photo_put(added.data_url);
        mark_changed();
        audit_screen_.evidence_error.clear();
        announce_ = std::string(t.evidence_photo_added) + t.saved_suffix;
        break;
    }
    case EvidenceResult::NotAPhoto:
    case EvidenceResult::NotALink:
    case EvidenceResult::LinkTooLong: audit_screen_.evidence_error = t.evidence_not_photo; announce_ = audit_screen_.evidence_error; break;
    case EvidenceResult::TooBig: audit_screen_.evidence_error = t.evidence_photo_too_big; announce_ = audit_screen_.evidence_error; break;
    case EvidenceResult::Full: audit_screen_.evidence_error = t.evidence_full; announce_ = audit_screen_.evidence_error; break;
    }
}

void App::draw_audit() {
    const UiText& t = tr();
    if (audit_screen_.stops.empty()) {
        ui::heading("screen-heading", 1, t.walk_title);
        ui::text(t.choose_none);
        if (ui::button("walk-choose", t.step_names[static_cast<int>(Screen::Checklists)])) go(Screen::Checklists);
        return;
    }
    audit_screen_.pos = std::clamp(audit_screen_.pos, 0, static_cast<int>(audit_screen_.stops.size()) - 1);
    const WalkStop& w = audit_screen_.stops[static_cast<size_t>(audit_screen_.pos)];
    const Checklist& c = checklist_of(w);
    const Section& section = c.sections[static_cast<size_t>(w.section)];
    const Item& item = item_of(w);
    const Response* resp = find_response(audit_, c.id, item.id);
    const Answer current = resp ? resp->answer : Answer::Unanswered;

    walk_answers();
    const int answered = walk_answered_;
    std::string buf = say(t.item_of, audit_screen_.pos + 1, static_cast<int>(audit_screen_.stops.size()));
    std::string heading = c.title + ": " + buf;
    ui::heading("screen-heading", 1, heading.c_str());
    buf = say(t.answered_of, answered, static_cast<int>(audit_screen_.stops.size()));
    ui::progress("walk-progress", buf.c_str(), audit_screen_.stops.empty() ? 0.0f : static_cast<float>(answered) / static_cast<float>(audit_screen_.stops.size()), buf.c_str());
    // Navigation sits above the item: after moving, the new prompt and the
    // buttons are both in view, and the focus stays on the button pressed.
    ui::ButtonStyle prev;
    prev.shortcut = audit_screen_.number_keys ? "p" : nullptr;
    prev.disabled = audit_screen_.pos == 0;
    if (ui::button("walk-previous", t.previous, prev)) {
        show_item(audit_screen_.pos - 1);
    }
    ImGui::SameLine();
    ui::ButtonStyle next;
    next.primary = true;
    next.shortcut = audit_screen_.number_keys ? "n" : nullptr;
    next.disabled = audit_screen_.pos + 1 >= static_cast<int>(audit_screen_.stops.size());
    if (ui::button("walk-next", t.next, next)) {
        show_item(audit_screen_.pos + 1);
    }
    ImGui::SameLine();
    const int nu = next_unanswered_from((audit_screen_.pos + 1) % static_cast<int>(audit_screen_.stops.size()));
    ui::ButtonStyle nus;
    nus.disabled = nu < 0;
    nus.shortcut = audit_screen_.number_keys ? "u" : nullptr;
    if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(t.next_unanswered).x + 40) ImGui::NewLine();
    if (ui::button("walk-next-unanswered", t.next_unanswered, nus) && nu >= 0) {
        show_item(nu);
    }
    if (nu < 0) ui::text_id("walk-done", t.all_answered);

    ImGui::Spacing();
    // The checklist's words in its own language when the page speaks another
    // (an English checklist on a Spanish page): screen readers switch voice.
    checklist_lang_ = c.language.empty() || c.language == current_language() ? "" : c.language;
    ui::set_next_lang(checklist_lang_);
    ui::text_id("item-section", section.title.c_str(), true);
    ui::set_next_lang(checklist_lang_);
    ui::heading("item-prompt", 2, item.prompt.c_str());
    std::string tags;
    if (item.essential) tags = std::string(t.essential_tag) + " · ";
    buf = say(t.weight_label, t.weight_names[std::clamp(item.weight, 1, 3) - 1]);
    tags += buf;
    ui::text_id("item-tags", tags.c_str(), true);

    // On a phone the answers come right after the question, so both are on
    // the first screen; the help to check it follows. Elsewhere the help
    // comes first, and the figures, which suggest an answer, just above them.
    if (compact_) {
        draw_answers(current);
        draw_figures(c, item);
        draw_item_help(item);
    } else {
        draw_item_help(item);
        draw_figures(c, item);
        draw_answers(current);
    }

    typed_field("item-note", t.note_label, resp ? resp->note : std::string(),
                [&](std::string_view v) { return set_item_note(audit_, c.id, item.id, v, browser::now_iso()); },
                {ImGui::GetFrameHeight() * 3.0f, t.note_hint, nullptr, value_to_fix("item-note", item_key(c.id, item.id)), int(kMaxLongTextChars)});
    draw_evidence(c, item);

    // Sections of this checklist with their progress; the current one is marked.
    ImGui::Spacing();
    ui::heading("sections-heading", 2, t.sections_label);
    // A section's first stop is not always its first item: a question another
    // checklist of the audit asks is not a stop here (asked_elsewhere).
    // (Read again here: an answer given above in this frame is counted at once.)
    const std::vector<Answer>& answers = walk_answers();
    for (size_t k = 0; k < audit_screen_.stops.size(); ++k) {
        const WalkStop& s = audit_screen_.stops[k];
        if (s.checklist != w.checklist) continue;
        if (k > 0 && audit_screen_.stops[k - 1].checklist == s.checklist && audit_screen_.stops[k - 1].section == s.section) continue;
        const int first_of_section = static_cast<int>(k);
        const Section& sec = c.sections[static_cast<size_t>(s.section)];
        int done = 0, stops = 0;
        for (size_t m = k; m < audit_screen_.stops.size() && audit_screen_.stops[m].checklist == s.checklist && audit_screen_.stops[m].section == s.section; ++m) {
            if (answers[m] != Answer::Unanswered) ++done;
            ++stops;
        }
        buf = say("%s (%d/%d)", sec.title.c_str(), done, stops);
        std::string id = say("section-%s", sec.id.c_str());
        ui::ButtonStyle bs;
        bs.selected = bs.current = s.section == w.section;
        if (ui::button(id.c_str(), buf.c_str(), bs)) {
            show_item(first_of_section);
        }
    }
    // Other checklists in this audit: jump to their first item.
    for (size_t k = 0; k < audit_screen_.stops.size(); ++k) {
        const WalkStop& s = audit_screen_.stops[k];
        if (s.checklist == w.checklist || (k > 0 && audit_screen_.stops[k - 1].checklist == s.checklist)) continue;
        const Checklist& oc = checklist_of(s);
        std::string id = say("checklist-%s", oc.id.c_str());
        if (ui::button(id.c_str(), oc.title.c_str())) {
            show_item(static_cast<int>(k));
            // This button is not listed on the other checklist's items: reading
            // goes on from the new item's question, never from the page's top.
            ui::request_focus("item-prompt");
        }
    }
}

void App::draw_item_help(const Item& item) {
    const UiText& t = tr();
    ui::heading("how-heading", 3, t.how_to_check);
    ui::set_next_lang(checklist_lang_);
    ui::text_id("item-how", item.how_to_check.c_str());
    ui::heading("good-heading", 3, t.looks_like);
    ui::set_next_lang(checklist_lang_);
    ui::text_id("item-good", item.looks_like.c_str());
    ui::ButtonStyle why;
    // One button whose name stays the same; aria-expanded says whether the text is shown.
    why.selected = audit_screen_.show_why;
    why.expanded = audit_screen_.show_why ? 1 : 0;
    if (ui::button("toggle-why", t.show_why, why)) audit_screen_.show_why = !audit_screen_.show_why;
    if (audit_screen_.show_why) {
        ui::heading("why-heading", 3, t.why_matters);
        ui::set_next_lang(checklist_lang_);
        ui::text_id("item-why", item.why.c_str());
    }
    // What differs when the library answers to ADA Title III (core/law.h).
    if (const std::string law = item_law_text(item, library_kind_of(audit_.profile.library_kind)); !law.empty())
        ui::text_id("item-law", law.c_str());
    draw_glossary();
}

void App::draw_answers(Answer current) {
    const UiText& t = tr();
    ImGui::Spacing();
    ui::heading("answer-heading", 3, t.your_answer);
    // Large for a mouse (51 px); a finger's frame is 44 px already, and five
    // answers of 66 px would push the last off a phone's first screen.
    const float big_h = ImGui::GetFrameHeight() * (theme::touch_targets() ? 1.2f : 1.5f);
    const float full_w = ImGui::CalcItemWidth();
    const bool two_cols = full_w > 520.0f * text_scale_;
    static const char* kIds[5] = {"answer-met", "answer-partly", "answer-not-met", "answer-na", "answer-not-sure"};
    static const char* kKeys[5] = {"1", "2", "3", "4", "5"};
    for (int i = 0; i < 5; ++i) {
        ui::ButtonStyle s;
        s.height = big_h;
        s.width = two_cols ? (full_w - ImGui::GetStyle().ItemSpacing.x) * 0.5f : full_w;
        s.shortcut = audit_screen_.number_keys ? kKeys[i] : nullptr;
        if (two_cols && i % 2 == 1) ImGui::SameLine();
        if (ui::radio("answer", t.your_answer, kIds[i], t.answer_names[i], current == kAnswers[i], s))
            answer_current(kAnswers[i]);
    }
    // A touch screen with no keyboard has no use for key shortcuts: the
    // switch shows once a key is pressed (a keyboard attached), or when on.
    if (!theme::touch_targets() || ui::keyboard_seen() || audit_screen_.number_keys)
        if (ui::checkbox("number-keys", t.number_keys, &audit_screen_.number_keys)) save_settings();
}

}  // namespace wa
