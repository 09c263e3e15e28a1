#include "app/format.h"

#include <cstdarg>

#include "core/say.h"

namespace wa {

std::string format(const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    std::string out = vsay(fmt, args);
    va_end(args);
    return out;
}

}  // namespace wa
