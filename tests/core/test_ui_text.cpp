// The app's English text (src/app/strings_en.cpp) names the core's answers,
// cost bands, efforts and statuses by index in the core's enum order; if the
// core reorders a vocabulary, these names must follow.
#include <doctest/doctest.h>

#include <string>

#include "app/strings.h"
#include "core/audit.h"
#include "core/checklist.h"

using namespace wa;

TEST_CASE("UI names follow the core's vocabularies, in order") {
    const UiText& t = tr();
    const Answer answers[5] = {Answer::Met, Answer::Partly, Answer::NotMet, Answer::NotApplicable, Answer::NotSure};
    for (int i = 0; i < 5; ++i) {
        CAPTURE(i);
        CHECK(static_cast<int>(answers[i]) - static_cast<int>(Answer::Met) == i);
        CHECK(std::string(t.answer_names[i]) == answer_label(answers[i]));
    }
    for (Cost c : {Cost::None, Cost::Under100, Cost::From100To1000, Cost::Over1000})
        CHECK(std::string(t.cost_names[static_cast<int>(c)]) == cost_label(c));
    for (Effort e : {Effort::Hours, Effort::Days, Effort::Weeks})
        CHECK(std::string(t.effort_names[static_cast<int>(e)]) == effort_label(e));
    const char* statuses[3] = {"todo", "doing", "done"};
    for (int i = 0; i < 3; ++i) CHECK(std::string(t.status_names[i]) == status_label(statuses[i]));
}

TEST_CASE("the results views' text is complete (a missing string would be a null)") {
    const ResultsText& r = tr_results();
    const char* const* s = reinterpret_cast<const char* const*>(&r);
    for (size_t i = 0; i < sizeof(ResultsText) / sizeof(const char*); ++i) {
        CAPTURE(i);
        REQUIRE(s[i] != nullptr);
        CHECK(s[i][0] != '\0');
    }
}
