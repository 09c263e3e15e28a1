// What people type (or paste): any bytes through the setters of edit.h, as
// the app's fields use them. Whatever they keep, the audit saves and loads
// back equal and without a single problem: the app never writes what it
// cannot read (issue 20).
#include "core/checklist.h"
#include "core/edit.h"
#include "core/field_rules.h"
#include "core/measure.h"
#include "fuzz_util.h"

namespace {

// One checklist, one item, one action: the fields the setters fill belong to it.
const char* const kChecklist =
    R"({"format":"welcome-audit/checklist","format_version":1,"id":"mini-welcome","version":"1.0.0",)"
    R"("title":"Mini welcome check","summary":"A small checklist used by the tests.","language":"en",)"
    R"("sections":[{"id":"entrance","title":"Entrance","items":[{"id":"door-open",)"
    R"("prompt":"Can the main door be opened without help?","how_to_check":"Try it with a bag in one hand.",)"
    R"("looks_like":"An automatic door or a light door with a push button.",)"
    R"("why":"A heavy door stops wheelchair users and parents with strollers.","weight":3,"essential":true,)"
    R"("helps":["wheelchair"],"change":"space",)"
    R"("actions":[{"id":"prop-hours","text":"Ask staff to hold the door and post a sign with the bell.",)"
    R"("cost":"none","effort":"hours","owner":"Branch manager"}]}]}]})";

wa::Audit base() {
    static const wa::Loaded<wa::Checklist> c = wa::load_checklist(kChecklist, "mini.json");
    if (!c.ok()) wa_fuzz_fail("the fuzz target's own checklist does not load");
    return wa::new_audit(wa::Profile{}, {*c.value}, "2026-12-04T10:00:00Z");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view in = wa_fuzz_bytes(data, size);
    wa::Audit a = base();
    const std::string now = "2026-12-04T10:00:00Z";
    const std::string key = "mini-welcome/door-open/prop-hours";
    // Pieces split at NUL bytes; each piece's first byte says which field it goes to.
    while (!in.empty()) {
        const std::size_t z = in.find('\0');
        std::string_view piece = in.substr(0, z);
        in = z == std::string_view::npos ? std::string_view() : in.substr(z + 1);
        if (piece.empty()) continue;
        const unsigned char which = static_cast<unsigned char>(piece[0]) % 11;
        const std::string_view typed = piece.substr(1);
        switch (which) {
            case 0: wa::set_profile_text(a, wa::ProfileText::Library, typed, now); break;
            case 1: wa::set_profile_text(a, wa::ProfileText::Branch, typed, now); break;
            case 2: wa::set_profile_date(a, typed, now); break;
            case 3: wa::set_auditor_roles(a, typed, now); break;
            case 4: wa::set_item_note(a, "mini-welcome", "door-open", typed, now); break;
            case 5: wa::set_action_text(a, key, wa::ActionText::Owner, typed, now); break;
            case 6: wa::set_action_text(a, key, wa::ActionText::Notes, typed, now); break;
            case 7: wa::set_action_due(a, key, typed, now); break;
            case 8: wa::set_action_status(a, key, typed, now); break;
            case 9: wa::set_library_kind(a, typed, now); break;
            case 10: wa::add_link_evidence(a, "mini-welcome", "door-open", typed, now); break;
        }
        // The date reader's promise: a day it reads is a real day.
        const wa::TypedDate d = wa::read_typed_date(typed);
        if (d.ok && wa::read_typed_date(d.iso).iso != d.iso) wa_fuzz_fail("a date read does not read back as itself");
        double v = 0;
        if (wa::read_typed_figure(typed, v) && !(v > -1e9 && v < 1e9)) wa_fuzz_fail("a figure beyond the limit was read");
    }
    if (!wa::values_to_fix(a).empty()) wa_fuzz_fail("a setter kept a value that breaks a rule");
    const std::string text = wa::audit_to_json_text(a);
    wa::Loaded<wa::Audit> back = wa::load_audit(text, "audit.json");
    if (!back.ok()) wa_fuzz_fail("the app wrote an audit its loader refuses");
    if (!back.problems.empty()) wa_fuzz_fail("the app wrote an audit its loader has something to say about");
    if (!(*back.value == a)) wa_fuzz_fail("the audit did not load back equal");
    return 0;
}
