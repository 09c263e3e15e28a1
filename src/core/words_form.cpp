// Numbers and dates in the form of the language's words (words.h; issue 25).
// Kept apart from words.cpp, whose string literals are exactly the texts a
// translation lists (scripts/lang_compact.py reads them in order).
#include <cstdlib>
#include <cstring>

#include "core/dates.h"
#include "core/words.h"

namespace wa {
namespace {

// `pattern` with each "{name}" of `names` replaced by its value; other braces are kept as they are.
std::string fill(const char* pattern, const char* const* names, const std::string* values, int n) {
    std::string out;
    for (const char* p = pattern; *p;) {
        int found = -1;
        std::size_t len = 0;
        if (*p == '{')
            for (int i = 0; i < n && found < 0; ++i) {
                len = std::strlen(names[i]);
                if (std::strncmp(p + 1, names[i], len) == 0 && p[len + 1] == '}') found = i;
            }
        if (found < 0) {
            out += *p++;
            continue;
        }
        out += values[found];
        p += len + 2;
    }
    return out;
}

std::string dated(const char* pattern, std::string_view iso, const std::string& time = "") {
    if (!is_iso_date(iso.substr(0, 10)) || (iso.size() != 10 && iso[10] != 'T')) return std::string(iso);
    const std::string day(iso.substr(8, 2)), month(iso.substr(5, 2)), year(iso.substr(0, 4));
    const int y = std::atoi(year.c_str()), m = std::atoi(month.c_str()), d = std::atoi(day.c_str());
    // Sakamoto's method: the day of the week of a Gregorian date.
    static const int kT[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    const int yy = m < 3 ? y - 1 : y;
    const int wd = (yy + yy / 4 - yy / 100 + yy / 400 + kT[m - 1] + d) % 7;
    const Words& w = words();
    static const char* const kNames[] = {"weekday", "month", "mm", "day", "dd", "year", "time"};
    const std::string values[] = {w.weekdays[wd], w.months[m - 1], month, std::to_string(d), day, year, time};
    return fill(pattern, kNames, values, 7);
}

}  // namespace

std::string decimal_text(std::string number) {
    const std::size_t dot = number.find('.');
    if (dot != std::string::npos) number.replace(dot, 1, words().decimal_point);
    return number;
}

std::string date_text(std::string_view iso) { return dated(words().date, iso); }
std::string weekday_date_text(std::string_view iso) { return dated(words().weekday_date, iso); }
std::string date_time_text(std::string_view iso, const std::string& time) { return dated(words().date_time, iso, time); }
std::string percent_number(long n) {
    static const char* const kName[] = {"n"};
    const std::string value = std::to_string(n);
    return fill(words().percent, kName, &value, 1);
}

}  // namespace wa

