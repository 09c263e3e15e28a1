// words.h: the words the core writes into what people read (the exports'
// answer, status, cost and effort names, the CSV headers), English by default.
// The app sets them in the audit's language (issue 25; docs/languages.md) with
// the same catalog as its own texts; ids, enums and JSON fields never change.
// Every member is a `const char*` (or an array of them), so a translation can
// copy the struct as an array of texts (app strings_en.cpp).
#pragma once

namespace wa {

struct Words {
    const char* answers[6];     // in the order of wa::Answer: not answered, met, partly met, not met, n/a, not sure
    const char* statuses[3];    // todo, doing, done
    const char* costs[4];       // in the order of wa::Cost
    const char* efforts[3];     // in the order of wa::Effort
    const char* csv_header[22]; // plan_to_csv's columns
};

const Words& english_words();
// The words exports use now; English unless set.
const Words& words();
// nullptr: English again. The struct must outlive its use.
void set_words(const Words* w);

}  // namespace wa
