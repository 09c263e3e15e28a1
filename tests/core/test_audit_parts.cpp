// The audit's text cut into parts for the browser store (web/storage.js keeps
// each part as a record and writes only the parts that changed): the parts
// must join back to the text in key order, and a change to one answer or
// note must change only that item's part (and the head, which holds the time).
#include <doctest/doctest.h>

#include <map>

#include "core/audit.h"
#include "core/edit.h"
#include "test_util.h"

using namespace wa;

namespace {
// key -> text of each part; checks that the parts are contiguous and sorted.
std::vector<std::string> keys_of(const TextParts& parts) {
    std::vector<std::string> keys;
    std::size_t at = 0;
    for (std::size_t nl; (nl = parts.keys.find('\n', at)) != std::string::npos; at = nl + 1)
        keys.push_back(parts.keys.substr(at, nl - at));
    keys.push_back(parts.keys.substr(at));
    return keys;
}
std::map<std::string, std::string> cut(const std::string& text, const TextParts& parts) {
    std::map<std::string, std::string> out;
    const std::vector<std::string> keys = keys_of(parts);
    REQUIRE(!parts.begins.empty());
    REQUIRE(keys.size() == parts.begins.size());
    CHECK(parts.begins.front() == 0);
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const std::size_t end = i + 1 < keys.size() ? parts.begins[i + 1] : text.size();
        REQUIRE(parts.begins[i] <= end);
        if (i > 0) CHECK(keys[i - 1] < keys[i]);
        out[keys[i]] = text.substr(parts.begins[i], end - parts.begins[i]);
    }
    return out;
}
std::string joined(const std::map<std::string, std::string>& parts) {
    std::string s;
    for (const auto& [k, t] : parts) s += t;  // key order, as the store reads them
    return s;
}
Audit big_audit() {
    Audit a = wa_test::mini_audit();
    a.checklists.push_back(wa_test::shipped_checklist("physical-access.json"));
    a.checklists.push_back(wa_test::shipped_checklist("welcome-behaviors.json"));
    for (const Checklist& c : a.checklists)
        for (const Section& s : c.sections)
            for (const Item& it : s.items) response_for(a, c.id, it.id).note = "seen " + it.id;
    action_state_for(a, "mini-welcome/greeting/a1").owner = "Sam";
    action_state_for(a, "mini-welcome/greeting-2/a1").owner = "Kim";  // "greeting-2/" sorts before "greeting/"
    return a;
}
}  // namespace

TEST_CASE("the parts of a saved audit join back to its text, in key order") {
    const Audit a = big_audit();
    TextParts parts;
    const std::string text = audit_to_json_text(a, nullptr, &parts);
    CHECK(text == audit_to_json_text(a));  // the same bytes with or without parts
    const auto by_key = cut(text, parts);
    CHECK(joined(by_key) == text);
    CHECK(by_key.count("0") == 1);
    CHECK(by_key.count("1/0002") == 1);  // the third checklist
    CHECK(by_key.count("2/mini-welcome/greeting") == 1);
    CHECK(by_key.count("3/mini-welcome/greeting/") == 1);
    CHECK(by_key.count("4") == 1);
    CHECK(load_audit(joined(by_key), "joined.json").ok());
    // With the checklists' kept texts (as the app saves), the same cuts.
    std::vector<std::string> kept;
    for (const Checklist& c : a.checklists) kept.push_back(checklist_text_in_audit(c));
    TextParts again;
    CHECK(audit_to_json_text(a, &kept, &again) == text);
    CHECK(again.keys == parts.keys);
    CHECK(again.begins == parts.begins);
}

TEST_CASE("a changed note or answer changes only its item's part and the head") {
    Audit a = big_audit();
    TextParts parts;
    const auto before = cut(audit_to_json_text(a, nullptr, &parts), parts);
    const std::string some_item = "2/" + item_key(a.checklists[1].id, a.checklists[1].sections[0].items[3].id);
    response_for(a, a.checklists[1].id, a.checklists[1].sections[0].items[3].id).note += " again";
    response_for(a, a.checklists[1].id, a.checklists[1].sections[0].items[3].id).answer = Answer::Met;
    a.updated_at = "2026-12-05T00:00:00Z";
    const auto after = cut(audit_to_json_text(a, nullptr, &parts), parts);
    REQUIRE(after.size() == before.size());
    std::vector<std::string> changed;
    for (const auto& [k, t] : after)
        if (before.at(k) != t) changed.push_back(k);
    CHECK(changed == std::vector<std::string>{"0", some_item});
    // An answer taken away removes its part and changes no other.
    a.responses.erase(item_key("mini-welcome", "greeting"));
    const auto fewer = cut(audit_to_json_text(a, nullptr, &parts), parts);
    CHECK(fewer.size() == before.size() - 1);
    CHECK(fewer.count("2/mini-welcome/greeting") == 0);
    for (const auto& [k, t] : fewer) CHECK_MESSAGE(after.at(k) == t, k);
}

TEST_CASE("a first answer after the last one adds its part and changes no other") {
    Audit a = wa_test::mini_audit();
    a.responses.clear();
    a.checklists.push_back(wa_test::shipped_checklist("physical-access.json"));
    const Checklist& pa = a.checklists.back();
    response_for(a, pa.id, pa.sections[0].items[0].id).answer = Answer::Met;
    TextParts parts;
    const auto before = cut(audit_to_json_text(a, nullptr, &parts), parts);
    response_for(a, pa.id, pa.sections[0].items[1].id).answer = Answer::Partly;  // sorts after the first
    const auto after = cut(audit_to_json_text(a, nullptr, &parts), parts);
    CHECK(after.size() == before.size() + 1);
    for (const auto& [k, t] : before) CHECK_MESSAGE(after.at(k) == t, k);
}

TEST_CASE("keys that would not sort in text order make one part") {
    Audit a = wa_test::mini_audit();
    response_for(a, "mini-welcome", "greeting").note = "x";
    a.responses["Odd/Key"] = a.responses.begin()->second;  // not an id: not in the sorted order
    TextParts parts;
    const std::string text = audit_to_json_text(a, nullptr, &parts);
    REQUIRE(parts.begins.size() == 1);
    CHECK(parts.keys == "0");
    CHECK(parts.begins[0] == 0);
    CHECK(!text.empty());
}
