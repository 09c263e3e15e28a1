#include "core/dates.h"

#include <ctime>

namespace wa {

namespace {
bool digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
    out = 0;
    if (pos + n > s.size()) return false;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

int days_in_month(int y, int m) {
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : kDays[m - 1];
}

bool date_part(std::string_view s) {
    int y, m, d;
    if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
    if (!digits(s, 0, 4, y) || !digits(s, 5, 2, m) || !digits(s, 8, 2, d)) return false;
    return y >= 1900 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}
} // namespace

bool is_iso_date(std::string_view s) { return s.size() == 10 && date_part(s); }

bool is_iso_timestamp(std::string_view s) {
    if (s.size() < 20 || !date_part(s) || s[10] != 'T' || s[13] != ':' || s[16] != ':') return false;
    int h, mi, se;
    if (!digits(s, 11, 2, h) || !digits(s, 14, 2, mi) || !digits(s, 17, 2, se)) return false;
    if (h > 23 || mi > 59 || se > 60) return false;  // 60: leap second
    std::size_t i = 19;
    if (s[i] == '.') {
        ++i;
        std::size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        if (i == start || i - start > 9) return false;
    }
    return i + 1 == s.size() && s[i] == 'Z';
}

std::string iso_utc_now() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
#if defined(_WIN32)
    gmtime_s(&tm, &t);
#else
    gmtime_r(&t, &tm);
#endif
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string today_utc() { return iso_utc_now().substr(0, 10); }

} // namespace wa
