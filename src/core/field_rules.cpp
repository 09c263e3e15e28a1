#include "core/field_rules.h"

#include <cstdio>
#include <cstdlib>
#include <vector>

#include "core/dates.h"
#include "core/json_reader.h"  // with_commas
#include "core/words.h"

namespace wa {

namespace {

// Length of the UTF-8 sequence starting at s[i] when it is a valid one, else 0.
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return 1;
    std::size_t n = 0;
    unsigned int cp = 0;
    if (c >= 0xC2 && c <= 0xDF) { n = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 4; cp = c & 0x07; }
    else return 0;
    if (i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k) {
        const unsigned char cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates (what a lone UTF-16 half becomes) and beyond U+10FFFF are not UTF-8.
    if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}



// Month words people type, English and Spanish, full or short: 1..12, or 0.
int month_of_word(const std::string& w) {
    static const char* const kWords[][2] = {
        {"january", "1"}, {"jan", "1"}, {"enero", "1"}, {"ene", "1"},
        {"february", "2"}, {"feb", "2"}, {"febrero", "2"},
        {"march", "3"}, {"mar", "3"}, {"marzo", "3"},
        {"april", "4"}, {"apr", "4"}, {"abril", "4"}, {"abr", "4"},
        {"may", "5"}, {"mayo", "5"},
        {"june", "6"}, {"jun", "6"}, {"junio", "6"},
        {"july", "7"}, {"jul", "7"}, {"julio", "7"},
        {"august", "8"}, {"aug", "8"}, {"agosto", "8"}, {"ago", "8"},
        {"september", "9"}, {"sep", "9"}, {"sept", "9"}, {"septiembre", "9"}, {"setiembre", "9"}, {"set", "9"},
        {"october", "10"}, {"oct", "10"}, {"octubre", "10"},
        {"november", "11"}, {"nov", "11"}, {"noviembre", "11"},
        {"december", "12"}, {"dec", "12"}, {"diciembre", "12"}, {"dic", "12"},
    };
    for (const auto& e : kWords)
        if (w == e[0]) return std::atoi(e[1]);
    return 0;
}

// Words that may stand in a date without changing it: weekdays, "de", "of", ordinal endings.
bool filler_word(const std::string& w) {
    static const char* const kFill[] = {
        "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs",
        "friday", "fri", "saturday", "sat", "sunday", "sun", "lunes", "martes", "jueves", "viernes",
        "mi\xC3\xA9rcoles", "miercoles", "s\u00e1bado", "sabado", "domingo", "de", "del", "of", "the",
        "st", "nd", "rd", "th"};
    for (const char* f : kFill)
        if (w == f) return true;
    return false;
}

struct Token {
    bool number = false;
    std::string text;  // digits, or the word in lower case (ASCII letters lowered)
};

std::vector<Token> date_tokens(std::string_view s) {
    std::vector<Token> out;
    std::size_t i = 0;
    while (i < s.size()) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= '0' && c <= '9') {
            Token t{true, {}};
            while (i < s.size() && s[i] >= '0' && s[i] <= '9') t.text += s[i++];
            out.push_back(std::move(t));
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80) {
            Token t{false, {}};
            while (i < s.size()) {
                unsigned char d = static_cast<unsigned char>(s[i]);
                if (d >= 'A' && d <= 'Z') d = static_cast<unsigned char>(d - 'A' + 'a');
                else if (!((d >= 'a' && d <= 'z') || d >= 0x80)) break;
                t.text += static_cast<char>(d);
                ++i;
            }
            out.push_back(std::move(t));
        } else {
            ++i;  // spaces, commas, slashes, dashes, dots
        }
    }
    return out;
}

int days_in_month(int y, int m) {
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : kDays[m - 1];
}

std::string iso_of(int y, int m, int d) {
    char buf[48];  // room for any int, though y, m and d are checked to be a real day
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

int to_int(const std::string& digits) { return digits.size() > 6 ? 1000000 : std::atoi(digits.c_str()); }

}  // namespace

std::size_t utf8_chars(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++n) {
        const std::size_t len = utf8_sequence(s, i);
        i += len ? len : 1;
    }
    return n;
}

std::string clean_typed_text(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t len = utf8_sequence(s, i);
        if (len == 0) {
            out += "\xEF\xBF\xBD";  // U+FFFD
            ++i;
        } else {
            if (!(len == 1 && s[i] == '\0')) out.append(s.data() + i, len);
            i += len;
        }
    }
    return out;
}

std::string cut_to_chars(std::string_view s, std::size_t max_chars) {
    std::size_t i = 0, n = 0;
    while (i < s.size() && n < max_chars) {
        const std::size_t len = utf8_sequence(s, i);
        i += len ? len : 1;
        ++n;
    }
    return std::string(s.substr(0, i));
}

std::string length_problem(std::string_view s, std::size_t max_chars) {
    if (s.size() <= max_chars) return "";  // fewer bytes than the limit: fewer characters too
    const std::size_t n = utf8_chars(s);
    if (n <= max_chars) return "";
    return "is " + with_commas(n) + " characters long; the most is " + with_commas(max_chars);
}

namespace {
bool g_day_first = false;
}  // namespace

void set_dates_day_first(bool day_first) { g_day_first = day_first; }

TypedDate read_typed_date(std::string_view typed) {
    TypedDate r;
    const std::size_t first = typed.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        r.empty = true;
        return r;
    }
    const std::string_view s = typed.substr(first, typed.find_last_not_of(" \t\r\n") - first + 1);
    const std::string kHow = "type it like 5/15/2025 or 2025-05-15, or choose the day from the calendar";
    if (s.size() > 60) {
        r.problem = "this is not a date; " + kHow;
        return r;
    }
    std::vector<std::string> numbers;
    int month_word = 0, words = 0;
    for (const Token& t : date_tokens(s)) {
        if (t.number) numbers.push_back(t.text);
        else if (const int m = month_of_word(t.text); m && !month_word) month_word = m;
        else if (!filler_word(t.text)) ++words;
    }
    int y = 0, m = 0, d = 0;
    if (words == 0 && !month_word && numbers.size() == 3) {
        const std::string &a = numbers[0], &b = numbers[1], &c = numbers[2];
        if (a.size() == 4) {  // 2025-05-15, 2025/5/15
            y = to_int(a), m = to_int(b), d = to_int(c);
        } else if (c.size() == 4 || c.size() == 2) {
            y = to_int(c) + (c.size() == 2 ? 2000 : 0);
            // Month first, as US libraries write dates; day first only when the
            // first number cannot be a month (15/05/2025). The app says back the
            // date it understood, so a misreading is seen at once.
            const bool day_first = g_day_first ? !(to_int(b) > 12 && to_int(a) <= 12) : to_int(a) > 12 && to_int(b) <= 12;
            if (day_first) d = to_int(a), m = to_int(b);
            else m = to_int(a), d = to_int(b);
        }
    } else if (words == 0 && month_word && numbers.size() == 2) {
        m = month_word;
        const std::string &a = numbers[0], &b = numbers[1];
        if (b.size() == 4 && a.size() <= 2) d = to_int(a), y = to_int(b);        // May 15, 2025; 15 May 2025
        else if (a.size() == 4 && b.size() <= 2) y = to_int(a), d = to_int(b);   // 2025 May 15
        else {
            r.problem = "write the year with four digits, like May 15, 2025";
            return r;
        }
    }
    if (y == 0) {
        r.problem = "this is not a date the app can read; " + kHow;
        return r;
    }
    if (m < 1 || m > 12) {
        r.problem = "there is no month " + std::to_string(m) + "; " + kHow;
        return r;
    }
    if (y < 1900 || y > 2200) {
        r.problem = "the year " + std::to_string(y) + " is not one an audit can have";
        return r;
    }
    if (d < 1 || d > days_in_month(y, m)) {
        r.problem = "there is no " + std::string(english_words().months[m - 1]) + " " + std::to_string(d) + " in " +
                    std::to_string(y);
        return r;
    }
    r.ok = true;
    r.iso = iso_of(y, m, d);
    return r;
}

// "Thursday, May 15, 2025"; "jueves, 15 de mayo de 2025" in Spanish (words.h).
std::string long_date_text(std::string_view iso) { return weekday_date_text(iso); }

} // namespace wa
