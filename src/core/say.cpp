#include "core/say.h"

#include <cstdio>

namespace wa {

std::string vsay(const char* format, va_list args) {
    char small[256];
    va_list again;
    va_copy(again, args);
    const int n = std::vsnprintf(small, sizeof small, format, args);
    std::string out;
    if (n < 0) out = format;
    else if (n < static_cast<int>(sizeof small)) out.assign(small, static_cast<std::size_t>(n));
    else {
        // Longer than the buffer on the stack: once more, into a string of the size it said.
        out.resize(static_cast<std::size_t>(n) + 1);
        std::vsnprintf(&out[0], out.size(), format, again);
        out.resize(static_cast<std::size_t>(n));
    }
    va_end(again);
    return out;
}

std::string say(const char* format, ...) {
    va_list args;
    va_start(args, format);
    std::string out = vsay(format, args);
    va_end(args);
    return out;
}

}  // namespace wa
