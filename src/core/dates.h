// dates.h: the only date formats in the files.
//   dates:      "2024-05-01"            (profile date, action due dates)
//   timestamps: "2024-05-01T14:03:00Z"  (UTC; fractional seconds allowed)
// Both sort correctly as plain strings, which merge relies on.
#pragma once

#include <string>
#include <string_view>

namespace wa {

bool is_iso_date(std::string_view s);      // YYYY-MM-DD, a real calendar day
bool is_iso_timestamp(std::string_view s); // YYYY-MM-DDTHH:MM:SS[.fff]Z
std::string iso_utc_now();                 // "2024-05-01T14:03:00Z"
std::string today_utc();                   // "2024-05-01"

} // namespace wa
