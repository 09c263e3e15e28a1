// words.h: the words the core writes into what people read (the exports'
// answer, status, cost and effort names, the CSV headers), English by default.
// The app sets them in the audit's language (issue 25; docs/languages.md) with
// the same catalog as its own texts; ids, enums and JSON fields never change.
// Every member is a `const char*` (or an array of them), so a translation can
// copy the struct as an array of texts (app strings_en.cpp).
#pragma once

#include <string>
#include <string_view>

namespace wa {

struct Words {
    const char* answers[6];     // in the order of wa::Answer: not answered, met, partly met, not met, n/a, not sure
    const char* statuses[3];    // todo, doing, done
    const char* costs[4];       // in the order of wa::Cost
    const char* efforts[3];     // in the order of wa::Effort
    const char* csv_header[22]; // plan_to_csv's columns
    // The language's form of numbers and dates (issue 25), on screen and in
    // reports; the files keep ISO dates and '.' numbers always. The patterns
    // name their parts ({day} {dd} {month} {mm} {year} {weekday} {time} {n})
    // rather than use printf, so a language may put them in any order.
    const char* decimal_point;  // "." ("," in Spanish: "8,5")
    const char* percent;        // "{n}%"
    const char* months[12];
    const char* weekdays[7];    // Sunday first
    const char* date;           // "{year}-{mm}-{dd}": English reports keep ISO dates
    const char* weekday_date;   // "{weekday}, {month} {day}, {year}"
    const char* date_time;      // "{day} {month} {year}, {time}": when a report was made
};

const Words& english_words();
// The words exports use now; English unless set.
const Words& words();
// nullptr: English again. The struct must outlive its use.
void set_words(const Words* w);

// In the form of words() (words_form.cpp): "8.5" -> "8,5" in Spanish; an ISO
// date as "15 de mayo de 2025" (text that is not one is given back as it is);
// with its weekday; with a time ("18:18 UTC"); 90 -> "90%".
std::string decimal_text(std::string number);
std::string date_text(std::string_view iso);
std::string weekday_date_text(std::string_view iso);
std::string date_time_text(std::string_view iso, const std::string& time);
std::string percent_number(long n);

}  // namespace wa
