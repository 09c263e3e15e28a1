#include <algorithm>
// The app's side of the audit store (app_store.cpp), natively, in
// milliseconds: the NativeBrowser (browser.h) plays web/storage.js. It hands
// the app what the store holds at start, records every save the app asks
// for, and feeds back what the store answers: saved, kept in memory only,
// failed, a conflict with another tab, the audit taken by another tab, an
// audit open elsewhere or one the app stopped on last time.
#include <doctest/doctest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/browser.h"
#include "app/testing/app_probe.h"
#include "app/ui.h"
#include "core/audit.h"
#include "test_util.h"
#include "app_test_util.h"

using namespace wa;
using wa_test::draw_settled;
using wa_test::node_by_id;
using nlohmann::json;

namespace {

browser::NativeBrowser& nb() { return browser::native(); }

// A browser that holds one audit (the mini fixture), `extra` merged into its boot information;
// listed with its time of change, as glue.js always lists an audit.
void boot_with_mini(json extra = json::object()) {
    nb() = browser::NativeBrowser{};
    nb().now = "2026-12-04T10:00:00Z";
    json boot = {{"backend", "indexeddb"},
                 {"list", json::array({{{"id", "a1"}, {"library", "Riverside Public Library"}, {"branch", "Eastside"},
                                        {"date", "2024-05-01"}, {"checklists", {"Mini welcome check"}},
                                        {"answered", 5}, {"total", 5}, {"updatedText", "Dec 4, 2026, 10:00 AM"}}})}};
    boot.update(extra);
    nb().boot = boot.dump();
}

// The store's boot information when the mini audit was open on the Audit screen.
json resume_mini() {
    return {{"resume", {{"id", "a1"}, {"text", wa_test::fixture("audit-mini.json")}}}, {"settings", {{"screen", 3}}}};
}

std::string label(const char* id) {
    const ui::Node* n = node_by_id(id);
    return n ? n->label : std::string();
}

bool said(const std::string& part) {
    for (const std::string& a : nb().announced)
        if (a.find(part) != std::string::npos) return true;
    return false;
}

// The save the app asks for after a change: the page calls flush_save when save_after's time comes.
const browser::NativeBrowser::Save& save_now(App& app) {
    REQUIRE(nb().saves_due > 0);
    const size_t before = nb().saves.size();
    app.flush_save();
    REQUIRE(nb().saves.size() == before + 1);
    return nb().saves.back();
}

}  // namespace

TEST_CASE("store: the audit to resume opens at start, on the screen and with the settings it was left with") {
    wa_test::Frame f;
    json extra = resume_mini();
    extra["settings"] = {{"screen", 3}, {"shortcuts", true}, {"text_scale", 1.25}};
    boot_with_mini(extra);
    App app;
    app.start();
    draw_settled(app, "resumed");
    REQUIRE(AppProbe::has_audit(app));
    CHECK(node_by_id("answer-met"));              // the Audit screen
    CHECK(node_by_id("answer-met")->shortcut == "1");  // shortcuts were on
    CHECK(app.text_scale() == doctest::Approx(1.25f));
    CHECK(nb().saves.empty());  // opening is no change: nothing to save
}

TEST_CASE("store: a change is saved once, with its summary; 'Saved' only once the store says so") {
    wa_test::Frame f;
    boot_with_mini(resume_mini());
    App app;
    app.start();
    draw_settled(app, "resumed");
    ui::queue_activate("answer-partly");
    draw_settled(app, "answered");
    const auto& s = save_now(app);
    CHECK(s.id == "a1");
    Loaded<Audit> saved = load_audit(s.text, "saved", PhotoRefs::Allowed);
    REQUIRE(saved.ok());
    CHECK(saved.problems.empty());
    CHECK(saved.value->responses.at("mini-welcome/door-open").answer == Answer::Partly);
    // In parts, each answered item apart, so that the store writes only the changed ones.
    CHECK(s.part_keys.front() == "0");
    CHECK(std::count(s.part_keys.begin(), s.part_keys.end(), "2/mini-welcome/door-open") == 1);
    CHECK(s.part_keys.back() == "4");
    const json meta = json::parse(s.meta);
    CHECK(meta["library"] == "Riverside Public Library");
    CHECK(meta["answered"] == 5);
    CHECK(label("save-status").empty());  // asked, not yet confirmed
    // An answer to an older save does not count; the answer to this one does.
    app.store_event(json({{"type", "saved"}, {"seq", s.seq - 1}, {"status", "saved"}, {"time", "09:00"}}).dump());
    draw_settled(app, "old answer");
    CHECK(label("save-status").empty());
    app.store_event(json({{"type", "saved"}, {"seq", s.seq}, {"status", "saved"}, {"time", "14:02"}}).dump());
    draw_settled(app, "saved");
    CHECK(label("save-status") == "Saved on this computer at 14:02");
    app.flush_save();  // nothing changed since: nothing to save
    CHECK(nb().saves.size() == 1);
}

TEST_CASE("store: a save that failed, or kept only in memory, says so and offers the file") {
    wa_test::Frame f;
    boot_with_mini(resume_mini());
    App app;
    app.start();
    draw_settled(app, "resumed");
    ui::queue_activate("answer-met");
    draw_settled(app, "answered");
    const int seq = save_now(app).seq;
    app.store_event(json({{"type", "saved"}, {"seq", seq}, {"status", "failed: the browser has no room left"}}).dump());
    draw_settled(app, "failed");
    CHECK(label("save-status").rfind("Not saved:", 0) == 0);
    CHECK(node_by_id("save-download"));
    CHECK(said("Not saved:"));
    ui::queue_activate("save-download");
    draw_settled(app, "download");
    REQUIRE(nb().downloads.size() == 1);
    CHECK(nb().downloads[0].find("-audit.json") != std::string::npos);
    ui::queue_activate("answer-partly");
    draw_settled(app, "again");
    const int seq2 = save_now(app).seq;
    app.store_event(json({{"type", "saved"}, {"seq", seq2}, {"status", "memory"}}).dump());
    draw_settled(app, "memory");
    CHECK_FALSE(label("save-status").empty());
    CHECK(label("save-status").rfind("Saved on this computer", 0) != 0);  // never "Saved" when it is not kept
}

TEST_CASE("store: another tab's save wins a conflict; nothing more is written over it") {
    wa_test::Frame f;
    boot_with_mini(resume_mini());
    App app;
    app.start();
    draw_settled(app, "resumed");
    ui::queue_activate("answer-met");
    draw_settled(app, "answered");
    const int seq = save_now(app).seq;
    app.store_event(json({{"type", "saved"}, {"seq", seq}, {"status", "conflict"}}).dump());
    draw_settled(app, "conflict");
    CHECK(said("changed in another tab"));
    ui::queue_activate("answer-partly");
    draw_settled(app, "after the conflict");
    app.flush_save();
    CHECK(nb().saves.size() == 1);  // the other tab's save is not overwritten
}

TEST_CASE("store: taken over by another tab, the audit closes here and Start says where it went") {
    wa_test::Frame f;
    boot_with_mini(resume_mini());
    App app;
    app.start();
    draw_settled(app, "resumed");
    app.store_event(json({{"type", "lost"}, {"id", "a1"}}).dump());
    draw_settled(app, "lost");
    CHECK_FALSE(AppProbe::has_audit(app));
    CHECK(node_by_id("new-audit"));  // Start
    CHECK(said("was opened in another tab or window"));
    CHECK(node_by_id("notice-take-over"));
}

TEST_CASE("store: an audit open in another tab, or stopped on last time, is named on Start and not opened") {
    for (const char* kind : {"busy", "failed"}) {
        CAPTURE(kind);
        wa_test::Frame f;
        json extra = {{kind, {{"id", "a1"}, {"library", "Riverside Public Library"}, {"branch", "Eastside"},
                              {"date", "2024-05-01"}}}};
        extra["settings"] = {{"screen", 3}};  // it was left on the Audit screen
        boot_with_mini(extra);
        App app;
        app.start();
        draw_settled(app, kind);
        CHECK_FALSE(AppProbe::has_audit(app));
        CHECK(node_by_id("new-audit"));  // Start, never an empty Audit screen
        CHECK_FALSE(node_by_id("walk-choose"));
        std::string all;
        for (const ui::Node& n : ui::nodes()) all += n.label + "\n";
        CHECK(all.find("Riverside Public Library, Eastside (2024-05-01)") != std::string::npos);
        if (std::string(kind) == "busy") {
            CHECK(said("is open in another tab or window"));
            ui::queue_activate("notice-take-over");
            draw_settled(app, "take over");
            REQUIRE_FALSE(nb().store_calls.empty());
            CHECK(nb().store_calls.back() == "take-over a1");
        }
    }
}

TEST_CASE("store: next year's audit starts from a kept one; the notice goes with it to Library and no further") {
    wa_test::Frame f;
    boot_with_mini();
    App app;
    app.start();
    draw_settled(app, "start");
    ui::queue_activate("next-year-a1");
    draw_settled(app, "asked");
    REQUIRE_FALSE(nb().store_calls.empty());
    CHECK(nb().store_calls.back() == "next-year a1");
    app.store_opened("a1", "next-year", wa_test::fixture("audit-mini.json"));
    draw_settled(app, "next year");
    REQUIRE(AppProbe::has_audit(app));
    CHECK(node_by_id("profile-library"));  // the Library screen
    CHECK(label("message-0").find("Next year's audit has started") != std::string::npos);
    ui::queue_activate("step-0");  // Start
    draw_settled(app, "start again");
    CHECK_FALSE(node_by_id("message-0"));
    // It was given its own place: the first save goes under a new id, with last year's id beside it.
    const auto& s = save_now(app);
    CHECK(s.id != "a1");
    CHECK(json::parse(s.meta)["previous"] == "a1");
    // The settings remember the shortcuts as they are.
    REQUIRE_FALSE(nb().settings.empty());
    CHECK(json::parse(nb().settings.back())["shortcuts"] == false);
}

TEST_CASE("store: two audits with the same name are told apart in the list") {
    wa_test::Frame f;
    boot_with_mini();
    json boot = json::parse(nb().boot);
    json twin = boot["list"][0];
    twin["id"] = "b2";
    twin["updatedText"] = "Dec 4, 2026, 10:00 AM";
    boot["list"].push_back(twin);
    boot["list"][0]["updatedText"] = "May 1, 2024, 9:00 AM";
    json triplet = twin;
    triplet["id"] = "c3";
    boot["list"].push_back(triplet);
    nb().boot = boot.dump();
    App app;
    app.start();
    draw_settled(app, "three of a name");
    CHECK(label("audit-a1") == "Riverside Public Library, Eastside (2024-05-01) \xC2\xB7 May 1, 2024, 9:00 AM");
    CHECK(label("audit-b2") == "Riverside Public Library, Eastside (2024-05-01) \xC2\xB7 Dec 4, 2026, 10:00 AM \xC2\xB7 b2");
    CHECK(label("audit-c3") == "Riverside Public Library, Eastside (2024-05-01) \xC2\xB7 Dec 4, 2026, 10:00 AM \xC2\xB7 c3");
}

// The list of kept audits comes from the store a second after a save: until
// then Start showed the open audit under its old library name, and the name
// (and the Rename field's label) changed under the person's eyes.
TEST_CASE("store: Start names the open audit as its profile is now, before the store lists it again") {
    wa_test::Frame f;
    boot_with_mini(resume_mini());
    App app;
    app.start();
    draw_settled(app, "resumed");
    ui::queue_activate("step-1");  // Library
    draw_settled(app, "library");
    ui::queue_text("profile-library", "Hillside Library");
    draw_settled(app, "typed");
    ui::queue_activate("step-0");  // Start, no list from the store since
    draw_settled(app, "start");
    CHECK(label("audit-a1") == "Hillside Library, Eastside (2024-05-01) (open now)");
    CHECK(label("rename-a1") == "Rename: Hillside Library, Eastside (2024-05-01)");
}
