// Numbers and dates in the form of the language's words (words.h; issue 25).
// Kept apart from words.cpp, whose string literals are exactly the texts a
// translation lists (scripts/lang_compact.py reads them in order).
#include <cstdlib>

#include "core/dates.h"
#include "core/words.h"

namespace wa {
namespace {

// `pattern` with each "{name}" of `parts` replaced; other braces are kept as they are.
std::string fill(const char* pattern, std::initializer_list<std::pair<const char*, std::string>> parts) {
    std::string out;
    for (const char* p = pattern; *p;) {
        bool done = false;
        if (*p == '{')
            for (const auto& [name, value] : parts) {
                const std::size_t n = std::char_traits<char>::length(name);
                if (std::char_traits<char>::compare(p + 1, name, n) == 0 && p[n + 1] == '}') {
                    out += value;
                    p += n + 2;
                    done = true;
                    break;
                }
            }
        if (!done) out += *p++;
    }
    return out;
}

std::string dated(const char* pattern, std::string_view iso, const std::string& time = "") {
    if (!is_iso_date(iso.substr(0, 10)) || (iso.size() != 10 && iso[10] != 'T')) return std::string(iso);
    const int y = std::atoi(std::string(iso.substr(0, 4)).c_str());
    const int m = std::atoi(std::string(iso.substr(5, 2)).c_str());
    const int d = std::atoi(std::string(iso.substr(8, 2)).c_str());
    // Sakamoto's method: the day of the week of a Gregorian date.
    static const int kT[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    const int yy = m < 3 ? y - 1 : y;
    const int wd = (yy + yy / 4 - yy / 100 + yy / 400 + kT[m - 1] + d) % 7;
    const Words& w = words();
    return fill(pattern, {{"weekday", w.weekdays[wd]},
                          {"month", w.months[m - 1]},
                          {"mm", std::string(iso.substr(5, 2))},
                          {"day", std::to_string(d)},
                          {"dd", std::string(iso.substr(8, 2))},
                          {"year", std::to_string(y)},
                          {"time", time}});
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
std::string percent_number(long n) { return fill(words().percent, {{"n", std::to_string(n)}}); }

}  // namespace wa

#include <cstdarg>
#include <cstdio>

#include "core/report_words.h"

namespace wa {

std::string say(const char* format, ...) {
    char small[256];
    va_list args, again;
    va_start(args, format);
    va_copy(again, args);
    const int n = std::vsnprintf(small, sizeof small, format, args);
    va_end(args);
    std::string out;
    if (n < 0) out = format;
    else if (n < static_cast<int>(sizeof small)) out.assign(small, n);
    else {
        out.resize(static_cast<std::size_t>(n) + 1);
        std::vsnprintf(&out[0], out.size(), format, again);
        out.resize(static_cast<std::size_t>(n));
    }
    va_end(again);
    return out;
}

}  // namespace wa
